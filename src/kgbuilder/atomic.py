"""Atomic file output: write beside the target, flush to disk, then rename over it.

A crash at any point leaves either the previous file or the new one, never a half-written file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; on success it replaces ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); give it the mode a plain open() would
        os.chmod(temp, _file_mode(target))
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def write_atomic(target: Path, data: bytes | str) -> None:
    """Replace ``target`` with ``data`` atomically (text is written as UTF-8)."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(target) as temp:
        temp.write_bytes(payload)


def _file_mode(target: Path) -> int:
    """The target's mode if it exists, else what the umask allows for a new file (often 0644)."""
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    # Linux reports it without changing it; elsewhere set and restore it (process-wide, briefly)
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
