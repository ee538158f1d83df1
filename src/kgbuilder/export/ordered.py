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
from itertools import islice
from typing import IO, cast

import pyoxigraph as ox

from kgbuilder.bytestream import BytesStream

#: statements sorted in memory at a time, per order (about 250 bytes each)
CHUNK = 500_000
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


def sort_key(quad: ox.Quad, *, union: bool) -> str:
    """Graph (unless ``union``), subject, rank + predicate, object, in N-Triples form, joined by
    NUL (which N-Triples escapes, so it separates unambiguously)."""
    graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
    return _keys(str(quad.subject), str(quad.predicate), str(quad.object), graph)[union]


def dataset_key(subject: str, predicate: str, obj: str, graph: str) -> str:
    """The dataset key of one statement's terms in N-Triples form."""
    rank = "0" if predicate == _RDF_TYPE else "1"
    return f"{graph}\x00{subject}\x00{rank}{predicate}\x00{obj}"


def _keys(subject: str, predicate: str, obj: str, graph: str) -> tuple[str, str]:
    """(dataset key, union key) of one statement."""
    rank = "0" if predicate == _RDF_TYPE else "1"
    union = f"{subject}\x00{rank}{predicate}\x00{obj}"
    return f"{graph}\x00{union}", union


def ordered_statements(
    quads: Iterable[ox.Quad], *, union: bool, chunk: int = CHUNK
) -> Iterator[ox.Quad | ox.Triple]:
    """The statements in canonical order: triples with ``union`` (duplicates merged), else quads."""
    (sorted_,) = sort_statements(quads, orders=(union,), chunk=chunk)
    return sorted_.statements()


def sort_statements(
    quads: Iterable[ox.Quad], *, orders: tuple[bool, ...], chunk: int = CHUNK
) -> list[Sorted]:
    """Sort the quads in one or several orders (``union`` or not) in one pass over them: a store
    is read once for all the files of an export. Each result streams its statements once."""
    sorters = [Sorted(union, chunk) for union in orders]
    wanted = {union: [s for s in sorters if s.union is union] for union in (False, True)}
    for quad in quads:
        graph = quad.graph_name
        keys = _keys(
            str(quad.subject),
            str(quad.predicate),
            str(quad.object),
            "" if isinstance(graph, ox.DefaultGraph) else str(graph),
        )
        for union in (False, True):
            for sorter in wanted[union]:
                sorter.add(keys[union])
    return sorters


class Sorted:
    """Keys of one order: sorted runs on disk and the last chunk in memory."""

    def __init__(self, union: bool, chunk: int) -> None:
        self.union = union
        self.chunk = chunk
        self.keys: list[str] = []
        self.runs: list[IO[str]] = []

    def add(self, key: str) -> None:
        self.keys.append(key)
        if len(self.keys) >= self.chunk:
            self.runs.append(_spill(self.keys))
            self.keys = []

    def statements(self) -> Iterator[ox.Quad | ox.Triple]:
        """The statements, deduplicated, in order; the temporary files go when done."""
        try:
            self.keys.sort()
            if self.runs:
                if self.keys:
                    self.runs.append(_spill(self.keys))
                    self.keys = []
                merged: Iterable[str] = heapq.merge(*(_lines(run) for run in self.runs))
            else:
                merged = self.keys
            statements = statements_of_keys(unique(merged), union=self.union)
            if self.union:
                yield from (ox.Triple(q.subject, q.predicate, q.object) for q in statements)
            else:
                yield from statements
        finally:
            self.keys = []
            for run in self.runs:
                run.close()
            self.runs = []


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


def unique(keys: Iterable[str]) -> Iterator[str]:
    """Sorted keys without repeats."""
    previous = None
    for key in keys:
        if key != previous:
            yield key
            previous = key


def statements_of_keys(keys: Iterator[str], *, union: bool) -> Iterator[ox.Quad]:
    """Keys back to terms, through pyoxigraph's parser (fast, and exact). The parser is handed
    on as it is, so that a serializer reading it never calls back into Python per statement;
    union keys come back as quads of the default graph, which the graph formats write as
    triples."""
    stream = io.BufferedReader(BytesStream(_key_blocks(keys, union=union)), buffer_size=1 << 16)
    fmt = ox.RdfFormat.N_TRIPLES if union else ox.RdfFormat.N_QUADS
    return cast("Iterator[ox.Quad]", ox.parse(stream, format=fmt))


def _key_blocks(keys: Iterator[str], *, union: bool) -> Iterator[bytes]:
    """The N-Quads lines of sort keys, 4,096 lines to a block."""
    while block := list(islice(keys, 4096)):
        yield "".join([_line(key, union=union) for key in block]).encode("utf-8")


def _line(key: str, *, union: bool) -> str:
    if union:
        subject, predicate, obj = key.split("\x00")
        return f"{subject} {predicate[1:]} {obj} .\n"
    graph, subject, predicate, obj = key.split("\x00")
    return f"{subject} {predicate[1:]} {obj} {graph} .\n"
