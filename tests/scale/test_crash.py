"""A build killed while it changes the store leaves the last good outputs readable, and the next
build is a correct one (the same as a clean build)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox

import kgbuilder
from kgb_corpus import corpus
from kgbuilder.store.oxigraph import OxigraphStore


def _quads(trig: Path) -> set[str]:
    return {str(q) for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG)}


def _store_quads(store_dir: Path) -> set[str]:
    store = OxigraphStore(store_dir, read_only=True)
    try:
        return {str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, None)}
    finally:
        store.close()


def test_build_killed_while_writing_the_store_leaves_a_readable_store(tmp_path: Path) -> None:
    data, out, clean = tmp_path / "data", tmp_path / "out", tmp_path / "clean"
    corpus(data, 6)
    kgbuilder.build(data, out, render=False, jobs=1).close()
    before = _quads(out / "graph.trig")
    corpus(data, 2, start=20)
    (data / "documents" / "article-001.txt").unlink()
    state = out / "cache" / "state.json"
    command = [sys.executable, "-m", "kgbuilder", "build", "--data", str(data), "--out", str(out)]
    process = subprocess.Popen([*command, "--no-html", "-j1"], start_new_session=True)
    deadline = time.monotonic() + 120
    while state.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)  # the state goes away when the store starts to change
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=60)

    # the last good outputs are readable: the files whole, the store the old one or the new one
    kgbuilder.build(data, clean, render=False, jobs=1).close()
    after = _quads(clean / "graph.trig")
    assert _quads(out / "graph.trig") in (before, after)
    assert _store_quads(out / "store") in (before, after)

    kgbuilder.build(data, out, render=False, jobs=1).close()
    assert (out / "graph.trig").read_bytes() == (clean / "graph.trig").read_bytes()
