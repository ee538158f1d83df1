"""Snapshots: a reader's frozen copy of a store that a writer goes on changing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kgbuilder.serve.snapshots import (
    remove_stale_snapshots,
    snapshot_root,
    take_snapshot,
)

G = ox.NamedNode("http://example.org/g")
S, P = ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p")


def _values(store: ox.Store) -> list[str]:
    return sorted(q.object.value for q in store.quads_for_pattern(S, P, None, G))


def test_take_snapshot_is_frozen_while_the_store_changes(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = ox.Store(str(path))
    store.add(ox.Quad(S, P, ox.Literal("one"), G))
    first = take_snapshot(store, path, os.getpid(), 1)
    store.add(ox.Quad(S, P, ox.Literal("two"), G))
    store.optimize()  # compaction deletes the table files the first snapshot was taken from
    second = take_snapshot(store, path, os.getpid(), 2)
    assert first.parent == second.parent == snapshot_root(path, os.getpid())
    assert _values(ox.Store.read_only(str(first))) == ["one"]
    assert _values(ox.Store.read_only(str(second))) == ["one", "two"]


def test_take_snapshot_replaces_a_half_made_one(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = ox.Store(str(path))
    store.add(ox.Quad(S, P, ox.Literal("one"), G))
    leftover = snapshot_root(path, os.getpid()) / "1"
    leftover.mkdir(parents=True)
    (leftover / "CURRENT").write_text("garbage")
    assert _values(ox.Store.read_only(str(take_snapshot(store, path, os.getpid(), 1)))) == ["one"]


@pytest.mark.parametrize("running", [True, False])
def test_remove_stale_snapshots_keeps_only_running_endpoints(tmp_path: Path, running: bool) -> None:
    path = tmp_path / "store"
    path.mkdir()
    if running:
        pid = os.getpid()
    else:
        child = subprocess.run(
            [sys.executable, "-c", "import os; print(os.getpid())"],
            check=True,
            capture_output=True,
            text=True,
        )
        pid = int(child.stdout)  # a process that has exited
    root = snapshot_root(path, pid)
    (root / "3").mkdir(parents=True)
    remove_stale_snapshots(path)
    assert root.exists() is running
    assert path.exists()
