"""Snapshots of the store for the endpoint's readers while its writer changes the store.

One process may write an Oxigraph (RocksDB) store. A process that opens the same files read-only
while another writes them can read a manifest naming table files that a compaction has just
deleted (pyoxigraph calls it undefined behaviour; the endpoint's readers hit
``Corruption: ... 000451.sst: No such file or directory`` after a write, and died). So when the
endpoint takes writes, no reader opens the live store: after each write the writer takes a
checkpoint (``Store.backup``: the immutable table files hard-linked, the manifest copied) into a
folder of its own, and the readers open that folder read-only. No process ever writes a snapshot,
and the endpoint deletes one only when no reader has it open.

Snapshots live beside the store, in ``.<store>.serve-<pid>/<n>`` (same file system, so the links
are cheap); the folder of an endpoint that died is removed when the next writer starts.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyoxigraph as ox

from kgbuilder.errors import StoreError


def snapshot_root(store_path: Path, owner: int) -> Path:
    """The folder of endpoint ``owner``'s (a process id) snapshots of the store at ``store_path``."""
    return store_path.with_name(f".{store_path.name}.serve-{owner}")


def take_snapshot(store: ox.Store, store_path: Path, owner: int, number: int) -> Path:
    """Checkpoint ``store`` (open read-write at ``store_path``) as snapshot ``number``."""
    root = snapshot_root(store_path, owner)
    target = root / str(number)
    try:
        root.mkdir(exist_ok=True)
        for leftover in (target, target.with_name(f"{number}.tmp")):  # from a killed writer
            if leftover.exists():
                shutil.rmtree(leftover)
        store.backup(str(target))
    except (OSError, RuntimeError) as exc:
        raise StoreError(f"cannot snapshot the store into {target}: {exc}") from None
    return target


def remove_snapshot(path: Path) -> None:
    """Delete a snapshot no reader has open any more."""
    shutil.rmtree(path, ignore_errors=True)


def remove_stale_snapshots(store_path: Path) -> None:
    """Delete the snapshot folders of endpoints that are no longer running."""
    for root in store_path.parent.glob(f".{store_path.name}.serve-*"):
        pid = root.name.rsplit("-", 1)[-1]
        if not pid.isdigit() or not _running(int(pid)):
            shutil.rmtree(root, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True
