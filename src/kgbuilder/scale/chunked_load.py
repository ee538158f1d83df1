"""Bulk loads of N-Quads in chunks, on a thread of their own, while the build makes the next graphs.

pyoxigraph's bulk loader reads its input to the end of a batch (up to a million quads) before it
sorts and writes anything, and that work runs on about one core. Given one stream of a thousand
documents' graphs, it waited for the last graph and then worked alone for 5.7 s of a store stage
of 11.4 s. Fed in chunks from a thread, it sorts and writes one chunk while the build process (or
its worker processes) make the graphs of the next; pyoxigraph does not hold the interpreter lock
while it loads bytes. Smaller batches also bound the loader's memory by the chunk, not by a
million quads.

Each chunk is a bulk load of its own, so a blank node written in two chunks would become two
nodes: a build's graphs hold none (``model.builder`` names every node with an IRI).

Input: N-Quads bytes, graph by graph (``add``). Output: the store holds them all once ``close``
returns; a load error is raised in the build's thread, at the next ``add`` or at ``close``.
"""

from __future__ import annotations

import queue
import threading
from types import TracebackType

import pyoxigraph as ox

#: bytes of N-Quads per bulk load (about 150,000 quads)
CHUNK_BYTES = 32 << 20
#: chunks made and waiting while one is loaded
QUEUED_CHUNKS = 1
#: how often a blocked ``add`` looks whether the loader failed (seconds)
_POLL = 0.5


class ChunkedLoader:
    """Loads the N-Quads given to ``add`` into ``store``, a chunk at a time, on its own thread."""

    def __init__(self, store: ox.Store, *, chunk_bytes: int = CHUNK_BYTES) -> None:
        self._store = store
        self._chunk_bytes = chunk_bytes
        self._parts: list[bytes] = []
        self._size = 0
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=QUEUED_CHUNKS)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kgbuilder-bulk-load", daemon=True)
        self._thread.start()

    def add(self, nquads: bytes) -> None:
        """Queue one graph's N-Quads (whole statements) for loading."""
        self._raise()
        if not nquads:
            return
        self._parts.append(nquads)
        self._size += len(nquads)
        if self._size >= self._chunk_bytes:
            self._flush()

    def close(self) -> None:
        """Load what is left, wait for every load to end, and raise the first load error."""
        try:
            self._flush()
        finally:
            self._put(None, check=False)
            self._thread.join()
        self._raise()

    def __enter__(self) -> ChunkedLoader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if error is None:
            self.close()
            return
        self._parts.clear()  # the build failed: stop the loader without loading the rest
        while True:  # (the chunk being loaded, if any, is finished first)
            try:
                self._queue.get_nowait()
            except queue.Empty:
                break
        self._put(None, check=False)
        self._thread.join()

    def _flush(self) -> None:
        if self._parts:
            chunk = b"".join(self._parts)
            self._parts.clear()
            self._size = 0
            self._put(chunk)

    def _put(self, item: bytes | None, *, check: bool = True) -> None:
        while True:
            if check:
                self._raise()
            try:
                self._queue.put(item, timeout=_POLL)
                return
            except queue.Full:
                continue

    def _run(self) -> None:
        while True:
            chunk = self._queue.get()
            if chunk is None:
                return
            if self._error is not None:
                continue  # drained, not loaded: the build is told at its next call
            try:
                self._store.bulk_load(chunk, format=ox.RdfFormat.N_QUADS)
            except BaseException as exc:  # handed to the build's thread
                self._error = exc

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error
