"""Each named graph of a build in canonical order, kept on disk, to write the RDF files from.

Input: the quads of each graph a build writes, with the graph's fingerprint. Output:
``graph.trig`` and ``graph.ttl`` with the bytes ``export.rdf.write_rdf_files`` gives from the
store, made without reading the store back: the TriG file is the graphs' sorted statements one
graph after another, the Turtle file their merge. A graph whose fingerprint did not change keeps
its file from the last build, so an incremental build sorts only what it wrote.

Files live under ``OUT/cache/sorted/``, one per graph and fingerprint, each line the canonical
sort key of one statement (``export.ordered``: N-Triples terms joined by NUL); written to a
temporary file and renamed. A missing file makes the build export from the store instead.
"""

from __future__ import annotations

import hashlib
import heapq
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kgbuilder.atomic import atomic_path, write_unflushed
from kgbuilder.export.ordered import dataset_key, sort_key, statements_of_keys, unique
from kgbuilder.export.rdf import rdf_format
from kgbuilder.scale.fingerprint import graphs_digest
from kgbuilder.scale.spliced_files import (
    SpliceError,
    UnionChunks,
    ensure_piece,
    header,
    prefixes_digest,
    write_spliced,
)
from kgbuilder.store.union_change import Statement, UnionChange

#: sorted runs merged at once (each an open file): below the usual limit of 1,024 open files
MERGE_WIDTH = 200
#: union keys sorted in memory at a time (about 150 bytes each, 30 MB)
RUN_KEYS = 200_000
#: under the folder: the union's statements in chunks, and their pieces (``spliced_files``)
UNION_FOLDER = "union"
#: the sorted statement files, under ``OUT/cache``
SORTED_FOLDER = "sorted"


class SortedGraphs:
    """Sorted statement files of named graphs, by graph IRI and fingerprint."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, graph: str, fingerprint: str) -> Path:
        name = hashlib.sha256(f"{graph}\x1f{fingerprint}".encode()).hexdigest()[:40]
        return self.folder / name[:2] / f"{name}.keys"

    def has(self, graph: str, fingerprint: str) -> bool:
        return self.path(graph, fingerprint).is_file()

    def write(self, graph: str, fingerprint: str, quads: Iterable[ox.Quad]) -> bytes:
        """Sort one graph's quads and keep them, as a store gives them back; the graph as
        N-Quads, in that form. Oxigraph keeps the values of typed literals, not their lexical
        forms (``"0.900"^^xsd:decimal`` comes back as ``"0.9"``), so the quads pass through an
        in-memory store first; the keys are cut from its N-Quads dump (``dump_keys``), which
        writes each term as ``str`` does, without making a Python object per term."""
        canonical = ox.Store()
        canonical.extend(quads)
        data = canonical.dump(format=ox.RdfFormat.N_QUADS) or b""
        keys = sorted(dump_keys(data))
        write_unflushed(self.path(graph, fingerprint), "".join(key + "\n" for key in keys))
        return data

    def piece_path(self, graph: str, fingerprint: str, format_name: str, prefixes: str) -> Path:
        keys = self.path(graph, fingerprint)
        return keys.with_name(f"{keys.stem}-{format_name}-{prefixes}.piece")

    def graph_piece(
        self,
        graph: str,
        fingerprint: str,
        format_name: str,
        prefixes: dict[str, str],
        tag: str | None = None,
        head: bytes | None = None,
    ) -> Path:
        """One graph's serialized piece of a dataset file (TriG, N-Quads), made when missing. Graph
        workers make them beside the graphs' statement files, so the export only splices them."""
        return ensure_piece(
            self.piece_path(graph, fingerprint, format_name, tag or prefixes_digest(prefixes)),
            lambda: _concatenated([self.path(graph, fingerprint)]),
            format_name,
            prefixes,
            header(format_name, prefixes) if head is None else head,
        )

    def write_files(
        self,
        graphs: dict[str, str],
        targets: Iterable[tuple[Path, str]],
        prefixes: dict[str, str],
        *,
        previous: dict[str, str] | None = None,
        change: UnionKeys | None = None,
    ) -> None:
        """Write RDF files of these graphs (IRI -> fingerprint), each atomically, spliced from
        pieces (``spliced_files``): a graph's, or a union chunk's, is serialized only when it is
        new. ``previous`` (the last build's graphs) and ``change`` (the statements that came into
        and left their union since) let the union's chunks be updated instead of made again."""
        ordered = sorted(graphs, key=lambda g: f"<{g}>")  # the order of the graph's N-Triples form
        tag = prefixes_digest(prefixes)
        chunks: list[tuple[str, str]] | None = None
        union = UnionChunks(self.folder / UNION_FOLDER)
        for path, format_name in targets:
            _, datasets = rdf_format(format_name)
            try:
                head = header(format_name, prefixes)
                if datasets:
                    pieces = [
                        self.graph_piece(g, graphs[g], format_name, prefixes, tag, head)
                        for g in ordered
                    ]
                else:
                    if chunks is None:
                        chunks = self._union_chunks(union, graphs, ordered, previous, change)
                    pieces = [
                        ensure_piece(
                            union.piece_path(name, format_name, tag),
                            lambda name=name: union.read(name),  # type: ignore[misc]
                            format_name,
                            prefixes,
                            head,
                        )
                        for _, name in chunks
                    ]
                write_spliced(path, head, pieces)
            except SpliceError:
                self._write_streamed(
                    [self.path(g, graphs[g]) for g in ordered], path, format_name, prefixes
                )
        if chunks is not None:
            union.prune(chunks)

    def _union_chunks(
        self,
        union: UnionChunks,
        graphs: dict[str, str],
        ordered: list[str],
        previous: dict[str, str] | None,
        change: UnionKeys | None,
    ) -> list[tuple[str, str]]:
        describes = graphs_digest(graphs)
        chunks = union.load(describes)
        if chunks is not None:
            return chunks
        last = union.load(graphs_digest(previous)) if previous is not None else None
        if last is not None and change is not None:
            chunks = union.update(last, *change)
        else:
            with ExitStack() as stack:
                files = [self.path(g, graphs[g]) for g in ordered]
                chunks = union.rebuild(unique(_merged(files, stack)))
        union.save(describes, chunks)
        return chunks

    def _write_streamed(
        self, files: list[Path], path: Path, format_name: str, prefixes: dict[str, str]
    ) -> None:
        """One file serialized from all the statements at once (no pieces)."""
        fmt, datasets = rdf_format(format_name)
        with ExitStack() as stack:
            keys = _concatenated(files) if datasets else unique(_merged(files, stack))
            statements = statements_of_keys(keys, union=not datasets)
            with atomic_path(path) as temp, open(temp, "wb") as out:
                ox.serialize(statements, out, format=fmt, prefixes=prefixes)

    def prune(self, keep: dict[str, str]) -> None:
        """Delete the files (statements and pieces) of graphs and fingerprints not in ``keep``,
        and stray temporary files."""
        wanted = {self.path(g, f).stem for g, f in keep.items()}
        if not self.folder.is_dir():
            return
        for shard in self.folder.iterdir():
            if shard.is_dir() and shard.name != UNION_FOLDER:
                for entry in shard.iterdir():
                    if entry.name.split("-", 1)[0].split(".", 1)[0] not in wanted:
                        entry.unlink(missing_ok=True)


def dump_keys(nquads: bytes) -> Iterator[str]:
    """The dataset sort keys (``export.ordered.sort_key``) of N-Quads as Oxigraph writes them:
    one statement a line, ``<s> <p> o <g> .``, the subject, predicate and graph without spaces (an
    IRI or a blank node), the object the rest. A quoted triple (RDF-star) as subject is read
    through pyoxigraph's parser instead."""
    for line in nquads.decode("utf-8").split("\n"):  # not splitlines: U+2028 may stand in a literal
        if not line:
            continue
        if line.startswith("<<"):
            (quad,) = ox.parse(line.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            yield sort_key(quad, union=False)
            continue
        subject, predicate, rest = line[:-2].split(" ", 2)
        obj, graph = rest.rsplit(" ", 1)
        yield dataset_key(subject, predicate, obj, graph)


#: the statements that came into the union, and those that left it, as sort keys (``union_keys``)
UnionKeys = tuple[list[str], list[str]]


def union_keys(change: UnionChange) -> UnionKeys:
    """A union change as the union sort keys of its statements."""
    return (
        sorted(_statement_key(s) for s in change.entered),
        sorted(_statement_key(s) for s in change.left),
    )


def _statement_key(statement: Statement) -> str:
    s, p, o = statement
    return sort_key(ox.Quad(s, p, o), union=True)  # type: ignore[arg-type]


def _concatenated(files: list[Path]) -> Iterator[str]:
    """Dataset keys: each graph's sorted lines, graph after graph (the key begins with the graph)."""
    for path in files:
        with path.open(encoding="utf-8", newline="\n") as lines:
            for line in lines:
                yield line[:-1]


def _union_lines(handle: IO[str]) -> Iterator[str]:
    """A graph's keys without their graph part: still sorted (one graph per file)."""
    for line in handle:
        yield line[line.index("\x00") + 1 : -1]


def _merged(files: list[Path], stack: ExitStack) -> Iterator[str]:
    """Union keys of all the files in order (repeats kept). The files are read into memory a
    group of about ``RUN_KEYS`` keys at a time and each group sorted there: every file is sorted
    already, so the sort merges them, in C, twice as fast as a heap merge in Python. Groups are
    spilled to temporary files when there is more than one, then merged (``MERGE_WIDTH`` at a time),
    so memory holds one group whatever the number of graphs."""
    runs: list[IO[str]] = []
    group: list[str] = []
    for path in files:
        with path.open(encoding="utf-8", newline="\n") as handle:
            group.extend(_union_lines(handle))
        if len(group) >= RUN_KEYS:
            runs.append(_spilled(group, stack))
            group = []
    group.sort()
    if not runs:
        yield from group
        return
    if group:
        runs.append(_spilled(group, stack))
    yield from _merge_runs(runs, stack)


def _spilled(group: list[str], stack: ExitStack) -> IO[str]:
    """A group of keys sorted, without repeats, in a temporary file (deleted with ``stack``)."""
    group.sort()
    run = stack.enter_context(
        tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n")  # noqa: SIM115
    )
    run.writelines(key + "\n" for key in unique(group))
    run.seek(0)
    return run


def _merge_runs(runs: list[IO[str]], stack: ExitStack) -> Iterator[str]:
    while len(runs) > MERGE_WIDTH:
        merged_runs: list[IO[str]] = []
        for start in range(0, len(runs), MERGE_WIDTH):
            run = stack.enter_context(
                tempfile.TemporaryFile("w+", encoding="utf-8", newline="\n")  # noqa: SIM115
            )
            group = runs[start : start + MERGE_WIDTH]
            run.writelines(k + "\n" for k in unique(heapq.merge(*(_plain(r) for r in group))))
            run.seek(0)
            merged_runs.append(run)
        runs = merged_runs
    yield from heapq.merge(*(_plain(r) for r in runs))


def _plain(handle: IO[str]) -> Iterator[str]:
    for line in handle:
        yield line[:-1]
