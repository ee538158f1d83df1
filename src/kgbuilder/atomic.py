"""Atomic file output: write beside the target, flush to disk, then rename over it.

A crash at any point leaves either the previous file or the new one, never a half-written file.
The temporary file's name carries the writer's process id (``temp_prefix``), so the next build can
remove what a killed one left behind (``remove_stale_temps``) without touching a live writer's.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from kgbuilder.crashpoints import crash_point


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; on success it replaces ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=".tmp", dir=target.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        install_file(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def staged_path(target: Path) -> Path:
    """Where another process may write ``target``'s next version whole (by ``atomic_path``), for
    this process to put in place later with ``install_file``: a temporary file's name with this
    process's id, so that a killed build's leftover is removed as any other
    (``remove_stale_temps``)."""
    return target.with_name(f"{temp_prefix(target.name)}staged.tmp")


def install_file(written: Path, target: Path) -> None:
    """Put a file written whole and flushed to disk in ``target``'s place, by a rename."""
    # mkstemp makes the file private (0600); give it the mode a plain open() would
    os.chmod(written, _file_mode(target))
    crash_point(f"replace:{target.name}")
    os.replace(written, target)
    sync_folder(target.parent)


def temp_prefix(name: str) -> str:
    """The start of a temporary file's name for ``name``: hidden, with this process's id."""
    return f".{name}.{os.getpid()}."


def remove_stale_temps(folder: Path) -> int:
    """Delete the temporary files (``temp_prefix``) under ``folder`` whose writer is gone, as a
    process killed while writing leaves them; the number removed."""
    removed = 0
    for path in folder.rglob(".*.tmp"):
        parts = path.name[1 : -len(".tmp")].rsplit(".", 2)
        if len(parts) != 3 or not parts[1].isdigit() or process_alive(int(parts[1])):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed


def process_alive(pid: int) -> bool:
    """Whether a process of this id runs (on this machine)."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it runs, as another user
        return True
    except OSError:
        return False
    return True


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk, so the new name survives a power cut too.

    A process killed after ``os.replace`` leaves the new file in place anyway; this is for the
    machine that goes down. Systems that cannot open a folder (Windows) skip it.
    """
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomic(target: Path, data: bytes | str) -> None:
    """Replace ``target`` with ``data`` atomically (text is written as UTF-8)."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(target) as temp:
        temp.write_bytes(payload)


def write_unflushed(target: Path, data: bytes | str) -> None:
    """Replace ``target`` with ``data`` by a rename, without waiting for the disk: for cache files
    that say whether they are whole (a length, a hash in their name), which a reader checks and a
    later build makes again when a power cut left them short. Two flushes per file cost a
    millisecond each, seconds over the thousand pieces of a first build."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=temp_prefix(target.name), suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
        os.chmod(name, _file_mode(target))
        os.replace(name, target)
    finally:
        Path(name).unlink(missing_ok=True)


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
