"""The quads of a store in canonical order, in bounded memory: an external merge sort.

Input: any stream of quads (pyoxigraph terms). Output: the same statements, deduplicated and
ordered by ``sort_key`` (named graph, subject, ``rdf:type`` first, predicate, object), as a stream
for a pyoxigraph serializer, which writes as it reads. Up to ``chunk`` statements are sorted in
memory; a bigger graph is sorted in runs written to temporary files and merged, so a graph of any
size is exported with a few hundred megabytes. The order and the statements are those of sorting
everything at once, so the bytes of the exported file do not depend on the chunk size.
"""

from __future__ import annotations

import heapq
import io
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO

import pyoxigraph as ox

#: statements sorted in memory at a time (about 250 bytes each)
CHUNK = 1_000_000
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def sort_key(quad: ox.Quad, *, union: bool) -> str:
    """Graph (unless ``union``), subject, rank + predicate, object, in N-Triples form, joined by
    NUL (which N-Triples escapes, so it separates unambiguously)."""
    predicate = str(quad.predicate)
    rank = "0" if predicate == _RDF_TYPE else "1"
    parts = (str(quad.subject), rank + predicate, str(quad.object))
    if union:
        return "\x00".join(parts)
    graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
    return "\x00".join((graph, *parts))


def ordered_statements(
    quads: Iterable[ox.Quad], *, union: bool, chunk: int = CHUNK
) -> Iterator[ox.Quad | ox.Triple]:
    """The statements in canonical order: triples with ``union`` (duplicates merged), else quads."""
    runs: list[IO[str]] = []
    keys: list[str] = []
    try:
        for quad in quads:
            keys.append(sort_key(quad, union=union))
            if len(keys) >= chunk:
                runs.append(_spill(keys))
                keys = []
        keys.sort()
        if runs:
            if keys:
                runs.append(_spill(keys))
                keys = []
            merged: Iterable[str] = heapq.merge(*(_lines(run) for run in runs))
        else:
            merged = keys
        yield from _statements(_unique(merged), union=union)
    finally:
        for run in runs:
            run.close()


def _spill(keys: list[str]) -> IO[str]:
    """Write one sorted run to a temporary file (deleted when closed)."""
    keys.sort()
    run = tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n")  # noqa: SIM115 (closed by the caller)
    run.writelines(key + "\n" for key in keys)
    run.seek(0)
    return run


def _lines(run: IO[str]) -> Iterator[str]:
    for line in run:
        yield line[:-1]


def _unique(keys: Iterable[str]) -> Iterator[str]:
    previous = None
    for key in keys:
        if key != previous:
            yield key
            previous = key


def _statements(keys: Iterator[str], *, union: bool) -> Iterator[ox.Quad | ox.Triple]:
    """Keys back to terms, through pyoxigraph's N-Quads parser (fast, and exact)."""
    stream = io.BufferedReader(_KeyStream(keys, union=union), buffer_size=1 << 16)
    for quad in ox.parse(stream, format=ox.RdfFormat.N_QUADS):
        if union:
            yield ox.Triple(quad.subject, quad.predicate, quad.object)
        else:
            yield quad


class _KeyStream(io.RawIOBase):
    """A binary file whose content is the N-Quads lines of sort keys, made as it is read."""

    def __init__(self, keys: Iterator[str], *, union: bool) -> None:
        self._keys = keys
        self._union = union
        self._buffer = memoryview(b"")
        self._position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, target: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._position >= len(self._buffer):
            block = list(_take(self._keys, 4096))
            if not block:
                return 0
            self._buffer = memoryview("".join(self._line(key) for key in block).encode("utf-8"))
            self._position = 0
        count = min(len(target), len(self._buffer) - self._position)
        target[:count] = self._buffer[self._position : self._position + count]
        self._position += count
        return count

    def _line(self, key: str) -> str:
        if self._union:
            subject, predicate, obj = key.split("\x00")
            return f"{subject} {predicate[1:]} {obj} .\n"
        graph, subject, predicate, obj = key.split("\x00")
        return f"{subject} {predicate[1:]} {obj} {graph} .\n"


def _take(items: Iterator[str], count: int) -> Iterator[str]:
    for _ in range(count):
        item = next(items, None)
        if item is None:
            return
        yield item
