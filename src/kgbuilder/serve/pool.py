"""Worker processes for the endpoint: queries run there, and a query past its timeout is killed.

Oxigraph's SPARQL engine has no cancellation, so a timeout that only stops waiting would leave the
query running and eating a core. Each worker is a process holding the store open read-only; a
request borrows an idle worker, and when the deadline passes the endpoint kills that process
(the work stops at once) and starts a fresh one in the background, while the other workers go on
serving. Writes (SPARQL Update, Graph Store Protocol) go to one writer process; after each write
the readers reopen the store before their next query, so they see it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import sys
import time
from dataclasses import dataclass
from typing import Any

from kgbuilder.errors import StoreError
from kgbuilder.serve import frames
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
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            self.process.kill()
        self.writer.close()


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
    reader, writer = await asyncio.open_connection(sock=ours)
    worker = _Process(process, reader, writer)
    try:
        header, _ = await asyncio.wait_for(frames.areceive(reader), timeout=120)
    except (asyncio.IncompleteReadError, TimeoutError):
        worker.kill()
        raise WorkerFailedError("a query worker died while starting") from None
    if header.get("status") != "ready":
        worker.kill()
        raise WorkerFailedError(str(header.get("message", "a query worker could not start")))
    return worker


class _Group:
    """Interchangeable workers of one kind (readers, or the single writer)."""

    def __init__(self, spec: StoreSpec, size: int) -> None:
        self.spec = spec
        self.size = size
        self.idle: asyncio.Queue[_Process] = asyncio.Queue()
        self.all: set[_Process] = set()
        self.respawns: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        workers = await asyncio.gather(*(_spawn(self.spec) for _ in range(self.size)))
        for worker in workers:
            self.all.add(worker)
            self.idle.put_nowait(worker)

    async def _replace(self, dead: _Process) -> None:
        self.all.discard(dead)
        await dead.process.wait()
        for attempt in range(5):
            try:
                worker = await _spawn(self.spec)
            except WorkerFailedError as exc:
                log.error("query worker restart %d failed: %s", attempt + 1, exc)
                await asyncio.sleep(0.5 * (attempt + 1))
                continue
            self.all.add(worker)
            self.idle.put_nowait(worker)
            return

    def replace(self, dead: _Process) -> None:
        dead.kill()
        task = asyncio.create_task(self._replace(dead))
        self.respawns.add(task)
        task.add_done_callback(self.respawns.discard)

    async def call(
        self, header: dict[str, Any], body: bytes, deadline: float
    ) -> tuple[dict[str, Any], bytes]:
        try:
            worker = await asyncio.wait_for(self.idle.get(), max(0.0, deadline - time.monotonic()))
        except TimeoutError:
            raise OverloadedError("every worker is busy") from None
        try:
            worker.writer.write(frames.encode(header, body))
            reply = await asyncio.wait_for(
                frames.areceive(worker.reader), max(0.0, deadline - time.monotonic())
            )
        except TimeoutError:
            self.replace(worker)
            raise TimedOutError from None
        except (asyncio.IncompleteReadError, ConnectionError):
            self.replace(worker)
            raise WorkerFailedError("the query worker died (out of memory?)") from None
        except BaseException:
            # cancelled (the client went away): the worker may be mid-query, so it cannot be reused
            self.replace(worker)
            raise
        self.idle.put_nowait(worker)
        return reply

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
        self.generation = 0
        self._write_lock = asyncio.Lock()

    async def start(self) -> None:
        # the writer first: it recovers and opens the store read-write before readers open it
        try:
            if self.writer is not None:
                await self.writer.start()
            await self.readers.start()
        except WorkerFailedError as exc:
            await self.close()
            raise StoreError(str(exc)) from None

    async def query(
        self, text: str, format_name: str, cap: int, deadline: float
    ) -> tuple[dict[str, Any], bytes]:
        header = {
            "op": "query",
            "text": text,
            "format": format_name,
            "cap": cap,
            "generation": self.generation,
        }
        return await self.readers.call(header, b"", deadline)

    async def write(
        self, header: dict[str, Any], body: bytes, deadline: float
    ) -> tuple[dict[str, Any], bytes]:
        if self.writer is None:
            raise StoreError("this endpoint is read-only")
        async with self._write_lock:
            try:
                reply = await self.writer.call(header, body, deadline)
            finally:
                self.generation += 1  # even a killed write may have committed part of its work
            return reply

    @property
    def alive(self) -> int:
        return (
            self.readers.idle.qsize()
            + sum(1 for w in self.readers.all if w.process.returncode is None)
            - self.readers.idle.qsize()
        )

    async def close(self) -> None:
        await self.readers.close()
        if self.writer is not None:
            await self.writer.close()
