"""Worker processes for the endpoint: queries run there, and a query past its timeout is killed.

Oxigraph's SPARQL engine has no cancellation, so a timeout that only stops waiting would leave the
query running and eating a core. Each worker is a process holding the store open read-only; a
request borrows an idle worker, and when the deadline passes the endpoint kills that process
(the work stops at once) and starts a fresh one in the background, while the other workers go on
serving.

Writes (SPARQL Update, Graph Store Protocol) go to one writer process, the only one that opens the
store itself once writes are allowed. Readers never open files that a process is writing (RocksDB
does not allow it: see ``snapshots``): after each write the writer checkpoints the store into a
new snapshot folder, the write is answered once that snapshot is published, and each reader
switches to the newest snapshot before its next query. A snapshot is deleted when no reader
(running, or starting) has it open.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import sys
import time
from collections import deque
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kgbuilder.errors import StoreError
from kgbuilder.serve import frames
from kgbuilder.serve.snapshots import remove_snapshot
from kgbuilder.serve.worker import StoreSpec

log = logging.getLogger(__name__)


class OverloadedError(Exception):
    """No worker became free before the request's deadline."""


class TimedOutError(Exception):
    """The request ran past its deadline; its worker was killed."""


class WorkerFailedError(Exception):
    """A worker died or could not open the store."""


@dataclass(eq=False)  # compared (and hashed) by identity
class _Process:
    process: asyncio.subprocess.Process
    connection: frames.FrameProtocol
    snapshot: str | None = field(default=None)  # the snapshot this process has open

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()
        self.connection.close()


async def _spawn(spec: StoreSpec) -> _Process:
    ours, theirs = socket.socketpair()
    try:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "kgbuilder.serve.worker_main",
            str(theirs.fileno()),
            spec.to_json(),
            pass_fds=(theirs.fileno(),),
            stdin=asyncio.subprocess.DEVNULL,
        )
    finally:
        theirs.close()
    _, connection = await asyncio.get_running_loop().create_connection(
        frames.FrameProtocol, sock=ours
    )
    worker = _Process(process, connection, spec.snapshot)
    try:
        header, _ = await asyncio.wait_for(connection.next_frame(), timeout=120)
    except (EOFError, TimeoutError):
        worker.kill()
        raise WorkerFailedError("a query worker died while starting") from None
    if header.get("status") != "ready":
        worker.kill()
        raise WorkerFailedError(str(header.get("message", "a query worker could not start")))
    return worker


def _expire(waiter: asyncio.Future[Any]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


class _Group:
    """Interchangeable workers of one kind (readers, or the single writer)."""

    def __init__(self, spec: StoreSpec, size: int) -> None:
        self.spec = spec
        self.size = size
        self.idle: deque[_Process] = deque()
        self.waiting: deque[asyncio.Future[_Process]] = deque()  # requests for a worker, in order
        self.all: set[_Process] = set()
        self.respawns: set[asyncio.Task[None]] = set()
        self.starting: list[str | None] = []  # the snapshots of the workers being started

    async def _start_one(self) -> _Process:
        spec = self.spec
        self.starting.append(spec.snapshot)
        try:
            worker = await _spawn(spec)
        finally:
            self.starting.remove(spec.snapshot)
        self.all.add(worker)
        return worker

    async def start(self) -> None:
        workers = await asyncio.gather(*(self._start_one() for _ in range(self.size)))
        for worker in workers:
            self.release(worker)

    def in_use(self) -> set[str | None]:
        """The snapshots that workers of this group have open or are opening."""
        return {w.snapshot for w in self.all} | set(self.starting)

    async def _replace(self, dead: _Process) -> None:
        self.all.discard(dead)
        await dead.process.wait()
        for attempt in range(5):
            try:
                worker = await self._start_one()
            except WorkerFailedError as exc:
                log.error("query worker restart %d failed: %s", attempt + 1, exc)
                await asyncio.sleep(0.5 * (attempt + 1))
                continue
            self.release(worker)
            return

    def replace(self, dead: _Process) -> None:
        dead.kill()
        task = asyncio.create_task(self._replace(dead))
        self.respawns.add(task)
        task.add_done_callback(self.respawns.discard)

    async def call(
        self, header: dict[str, Any], body: bytes, deadline: float
    ) -> tuple[dict[str, Any], bytes]:
        worker = self.idle.popleft() if self.idle else await self._wait_for_worker(deadline)
        if "snapshot" in header:
            # the newest snapshot as of now (not as of the request): the worker switches to it
            # before answering, and from here on it counts as open
            header = {**header, "snapshot": self.spec.snapshot}
            worker.snapshot = self.spec.snapshot
        waiter = worker.connection.request(header, body)
        timer = asyncio.get_running_loop().call_later(
            max(0.0, deadline - time.monotonic()), _expire, waiter
        )
        try:
            reply = await waiter
        except TimeoutError:
            self.replace(worker)
            raise TimedOutError from None
        except (EOFError, ConnectionError):
            self.replace(worker)
            raise WorkerFailedError("the query worker died (out of memory?)") from None
        except BaseException:
            # cancelled (the client went away): the worker may be mid-query, so it cannot be reused
            self.replace(worker)
            raise
        finally:
            timer.cancel()
        if reply[0].get("retire"):
            self.replace(worker)  # it could not open the snapshot and has left
        else:
            self.release(worker)
        return reply

    async def _wait_for_worker(self, deadline: float) -> _Process:
        """The next worker released, or OverloadedError at the deadline (first come, first served)."""
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[_Process] = loop.create_future()
        self.waiting.append(waiter)
        timer = loop.call_later(max(0.0, deadline - time.monotonic()), _expire, waiter)
        try:
            return await waiter
        except TimeoutError:
            raise OverloadedError("every worker is busy") from None
        except BaseException:
            # cancelled (the client went away) just after a worker was handed over: pass it on
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                self.release(waiter.result())
            raise
        finally:
            timer.cancel()
            if not waiter.done():
                waiter.cancel()

    def release(self, worker: _Process) -> None:
        """A worker is free: hand it to the longest-waiting request, or keep it idle."""
        while self.waiting:
            waiter = self.waiting.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        self.idle.append(worker)

    async def close(self) -> None:
        for task in list(self.respawns):
            task.cancel()
        for worker in list(self.all):
            worker.kill()
            with contextlib.suppress(ProcessLookupError):
                await worker.process.wait()
        self.all.clear()


class WorkerPool:
    """Readers for queries, a writer for updates when they are allowed."""

    def __init__(self, spec: StoreSpec, *, readers: int, writer: bool) -> None:
        read_spec = StoreSpec(spec.out_dir, spec.data_dir, read_only=True)
        self.readers = _Group(read_spec, readers)
        self.writer = (
            _Group(StoreSpec(spec.out_dir, spec.data_dir, read_only=False), 1) if writer else None
        )
        self._write_lock = asyncio.Lock()
        self._snapshots: list[str] = []  # published, oldest first; the last is the current one
        self._published = 0
        self._roots: set[Path] = set()

    async def start(self) -> None:
        # the writer first: it recovers and opens the store, and snapshots it for the readers
        try:
            if self.writer is not None:
                await self.writer.start()
                await self._publish(time.monotonic() + 120)
            await self.readers.start()
        except (WorkerFailedError, OverloadedError, TimedOutError) as exc:
            await self.close()
            raise StoreError(str(exc) or "the writer could not snapshot the store") from None

    async def query(
        self, text: str, format_name: str, cap: int, deadline: float
    ) -> tuple[dict[str, Any], bytes]:
        header = {
            "op": "query",
            "text": text,
            "format": format_name,
            "cap": cap,
            "snapshot": None,  # set to the current one when a worker takes the query
        }
        try:
            return await self.readers.call(header, b"", deadline)
        finally:
            self._collect()

    async def write(
        self, header: dict[str, Any], body: bytes, deadline: float
    ) -> tuple[dict[str, Any], bytes]:
        """Run a write; answer once the readers can see it (its snapshot is published)."""
        if self.writer is None:
            raise StoreError("this endpoint is read-only")
        async with self._write_lock:
            try:
                reply = await self.writer.call(header, body, deadline)
            except (TimedOutError, WorkerFailedError):
                # a killed write may have committed part of its work: publish what is there
                # once the writer is back, so that readers and the store agree
                with contextlib.suppress(OverloadedError, TimedOutError, WorkerFailedError):
                    await self._publish(time.monotonic() + 120)
                raise
            if reply[0].get("status") == "ok":
                await self._publish(time.monotonic() + 120)
            return reply

    async def _publish(self, deadline: float) -> None:
        """Have the writer snapshot the store; readers switch to it on their next query."""
        assert self.writer is not None
        self._published += 1
        header = {"op": "snapshot", "owner": os.getpid(), "number": self._published}
        reply, _ = await self.writer.call(header, b"", deadline)
        if reply.get("status") != "ok":
            raise WorkerFailedError(str(reply.get("message", "the store could not be snapshot")))
        snapshot = reply.get("snapshot")
        if snapshot is None:  # a remote store: readers query it directly
            return
        self._snapshots.append(snapshot)
        self._roots.add(Path(snapshot).parent)
        self.readers.spec = replace(self.readers.spec, snapshot=snapshot)
        self._collect()

    def _collect(self) -> None:
        """Delete the snapshots that are neither current nor open in a reader."""
        keep = self.readers.in_use() | set(self._snapshots[-1:])
        for old in [s for s in self._snapshots if s not in keep]:
            self._snapshots.remove(old)
            remove_snapshot(Path(old))

    @property
    def alive(self) -> int:
        return sum(1 for w in self.readers.all if w.process.returncode is None)

    async def close(self) -> None:
        await self.readers.close()
        if self.writer is not None:
            await self.writer.close()
        self._snapshots.clear()
        for root in self._roots:  # every process is gone: nothing has a snapshot open
            remove_snapshot(root)
