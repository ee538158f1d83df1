"""The embedded store: Oxigraph on disk (or in memory), queried through its own SPARQL engine.

Queries are passed to pyoxigraph as strings with the default graph as the union of the named
graphs; ``dataset`` exposes the same store to rdflib through oxrdflib for users who want the
rdflib API.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, URIRef

from kgbuilder.atomic import process_alive, sync_folder
from kgbuilder.crashpoints import crash_point
from kgbuilder.errors import QueryError, StoreError
from kgbuilder.sparqltext import declares_dataset
from kgbuilder.store.base import Quad, Triple
from kgbuilder.store.results import QueryResult
from kgbuilder.store.terms import from_oxigraph, to_oxigraph


class OxigraphStore:
    """A ``GraphStore`` over a ``pyoxigraph.Store``: on disk at ``path``, or in memory."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except (OSError, RuntimeError) as exc:  # RocksDB reports corruption as RuntimeError
            raise StoreError(f"cannot open the store at {path}: {exc}") from None

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for bulk work and benchmarks."""
        return self._store

    def replace_graph(self, name: URIRef, triples: Iterable[Triple]) -> None:
        graph = ox.NamedNode(str(name))
        self.remove_graph(name)
        self._store.add_graph(graph)
        self._store.bulk_extend(
            ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph)  # type: ignore[arg-type]
            for s, p, o in triples
        )

    def add_graphs(self, graphs: Mapping[URIRef, Iterable[Triple]]) -> None:
        """Add the triples of several named graphs in one bulk load (the graphs should be new)."""
        names = {name: ox.NamedNode(str(name)) for name in graphs}
        for graph in names.values():
            self._store.add_graph(graph)
        self._store.bulk_extend(
            ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), names[name])  # type: ignore[arg-type]
            for name in sorted(graphs)
            for s, p, o in graphs[name]
        )

    def load_file(self, path: os.PathLike[str] | str, *, graph: URIRef | None = None) -> None:
        """Add the statements of an RDF file through pyoxigraph's bulk loader (no rdflib terms).

        N-Quads and TriG go to their own named graphs; N-Triples and Turtle (and the default
        graph of a quads file) go to ``graph``.
        """
        if self.read_only:
            raise StoreError(f"the store at {self.path} is open read-only")
        fmt = rdf_file_format(path)
        if graph is None and not fmt.supports_datasets:
            raise StoreError(f"{path}: triples outside a named graph, and no graph given")
        target = ox.NamedNode(str(graph)) if graph is not None else None
        try:
            self._store.bulk_load(path=os.fspath(path), format=fmt, to_graph=target)
        except (SyntaxError, OSError) as exc:
            raise StoreError(f"{path}: cannot load: {exc}") from None

    def remove_graph(self, name: URIRef) -> None:
        graph = ox.NamedNode(str(name))
        if self._store.contains_named_graph(graph):
            self._store.remove_graph(graph)

    def graph_names(self) -> list[URIRef]:
        return sorted(
            URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode)
        )

    def query(self, sparql: str) -> QueryResult:
        return convert_result(self.query_oxigraph(sparql))

    def query_oxigraph(
        self, sparql: str, *, prefixes: dict[str, str] | None = None
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Like ``query``, the result as pyoxigraph gives it (for writers that need no rdflib).

        ``prefixes`` are declared for the query (its own declarations win).
        """
        try:
            # the union is the default graph unless the query names its own dataset (FROM)
            union = not declares_dataset(sparql)
            return self._store.query(sparql, use_default_graph_as_union=union, prefixes=prefixes)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}") from None
        except (OSError, ValueError) as exc:
            raise QueryError(f"query failed: {exc}") from None

    def update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.path} is open read-only")
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL update: {exc}") from None
        except (OSError, ValueError) as exc:
            raise QueryError(f"update failed: {exc}") from None

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        name = ox.NamedNode(str(graph)) if graph is not None else None
        for quad in self._store.quads_for_pattern(None, None, None, name):
            if isinstance(quad.graph_name, ox.NamedNode):
                yield (
                    from_oxigraph(quad.subject),
                    from_oxigraph(quad.predicate),
                    from_oxigraph(quad.object),
                    URIRef(quad.graph_name.value),
                )

    def __len__(self) -> int:
        return len(self._store)

    @property
    def dataset(self) -> Dataset:
        from oxrdflib import OxigraphStore as RdflibOxigraphStore

        return Dataset(store=RdflibOxigraphStore(store=self._store), default_union=True)

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()

    def close(self) -> None:
        self.flush()
        # pyoxigraph closes the database when the last reference goes away
        del self._store


def convert_result(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, limit: int | None = None
) -> QueryResult:
    """A pyoxigraph query result as a ``QueryResult`` of rdflib terms.

    ``limit`` reads at most that many rows or triples: the engine yields them lazily, so a
    result too large to hold is never computed past what will be sent.
    """
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ASK", boolean=bool(result))
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        rows = [
            tuple(None if t is None else from_oxigraph(t) for t in solution)
            for solution in itertools.islice(result, limit)
        ]
        return QueryResult("SELECT", variables=variables, rows=rows)
    triples = [
        (from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object))
        for t in itertools.islice(result, limit)
    ]
    return QueryResult("CONSTRUCT", triples=triples)


def rdf_file_format(path: os.PathLike[str] | str) -> ox.RdfFormat:
    """The RDF format of a file, from its extension (``.nt``, ``.nq``, ``.ttl``, ``.trig``...)."""
    suffix = os.fspath(path).rsplit(".", 1)[-1].lower()
    fmt = ox.RdfFormat.from_extension(suffix)
    if fmt is None:
        raise StoreError(f"{path}: unknown RDF file type (use .nt, .nq, .ttl or .trig)")
    return fmt


# --- the on-disk store of a build, replaced atomically -------------------------------------------


def staging_path(final: Path) -> Path:
    """Where a new store is built before it replaces ``final`` (same folder, so rename is atomic)."""
    return final.with_name(f".{final.name}.new-{os.getpid()}")


def install_store(staged: Path, final: Path) -> None:
    """Put a fully written store in place of the old one.

    The old store is moved aside first and deleted last; ``recover_store`` finishes the job if the
    process dies in between, so a reader always finds a complete store.
    """
    recover_store(final)  # a store moved aside by a build that died is the only good one: keep it
    old = final.with_name(f".{final.name}.old")
    if final.exists():
        os.replace(final, old)
    crash_point("install:aside")
    os.replace(staged, final)
    sync_folder(final.parent)
    shutil.rmtree(old, ignore_errors=True)


def recover_store(final: Path) -> None:
    """Undo a half-finished ``install_store`` and remove abandoned staging folders."""
    old = final.with_name(f".{final.name}.old")
    if not final.exists() and old.exists():
        os.replace(old, final)
    elif old.exists():
        shutil.rmtree(old, ignore_errors=True)
    for staged in final.parent.glob(f".{final.name}.new-*"):
        pid = staged.name.rsplit("-", 1)[-1]
        if not pid.isdigit() or not process_alive(int(pid)):
            shutil.rmtree(staged, ignore_errors=True)


# --- changing some graphs of a build's store ------------------------------------------------------

#: a changed graph's new quads, or None for a graph that goes away
GraphChanges = Mapping[URIRef, "list[ox.Quad] | None"]


@dataclass
class GraphDelta:
    """The quads an update took out of its graphs and put in: what a later stage (validation)
    needs to know to look again only at what changed."""

    removed: list[ox.Quad] = field(default_factory=list)
    added: list[ox.Quad] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.removed) + len(self.added)


def graph_delta(store: OxigraphStore, changes: GraphChanges) -> GraphDelta:
    """What ``changes`` would take out of the store's graphs and put in (graphs in sorted order)."""
    delta = GraphDelta()
    for name in sorted(changes):
        new = changes[name]
        graph = ox.NamedNode(str(name))
        old = {_line(q): q for q in store.oxigraph.quads_for_pattern(None, None, None, graph)}
        if new is None:
            delta.removed.extend(old[line] for line in sorted(old))
            continue
        fresh = {_line(q): q for q in new}
        delta.removed.extend(old[line] for line in sorted(old.keys() - fresh.keys()))
        delta.added.extend(fresh[line] for line in sorted(fresh.keys() - old.keys()))
    return delta


def update_graphs_in_place(store: OxigraphStore, changes: GraphChanges) -> GraphDelta:
    """Make each graph hold exactly its new quads, in one transaction: one SPARQL update of
    ``DELETE DATA``/``INSERT DATA`` with only the triples that differ (``DROP`` for a graph that
    goes away). A reader sees the old graphs or the new ones, a crash leaves the old ones.
    Returns what was deleted and inserted. Graphs must hold no blank nodes."""
    operations: list[str] = []
    delta = GraphDelta()
    for name in sorted(changes):
        one = graph_delta(store, {name: changes[name]})
        delta.removed.extend(one.removed)
        delta.added.extend(one.added)
        if changes[name] is None:
            operations.append(f"DROP SILENT GRAPH <{name}>")
            continue
        if one.removed:
            lines = "\n".join(_line(q) for q in one.removed)
            operations.append(f"DELETE DATA {{ GRAPH <{name}> {{\n{lines}\n}} }}")
        if one.added:
            lines = "\n".join(_line(q) for q in one.added)
            operations.append(f"INSERT DATA {{ GRAPH <{name}> {{\n{lines}\n}} }}")
        if not changes[name] and not store.oxigraph.contains_named_graph(ox.NamedNode(str(name))):
            operations.append(f"CREATE SILENT GRAPH <{name}>")
    if operations:
        store.update(" ;\n".join(operations))
    return delta


def _line(quad: ox.Quad) -> str:
    if isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode):
        raise StoreError("a graph with blank nodes cannot be updated in place")
    return f"{quad.subject} {quad.predicate} {quad.object} ."


def update_graphs_by_copy(final: Path, changes: GraphChanges) -> GraphDelta:
    """Copy the store (a RocksDB checkpoint: hard links to its immutable files), change the copy
    graph by graph, and swap it in (``install_store``): readers see the old store until the swap.
    Returns what the change took out and put in."""
    recover_store(final)
    staged = staging_path(final)
    current = OxigraphStore(final)
    try:
        delta = graph_delta(current, changes)
        current.oxigraph.backup(str(staged))
    finally:
        current.close()
    copy = OxigraphStore(staged)
    for name in sorted(changes):
        new = changes[name]
        copy.remove_graph(name)
        if new is not None:
            graph = ox.NamedNode(str(name))
            copy.oxigraph.add_graph(graph)
            copy.oxigraph.bulk_extend(new)
    copy.close()
    install_store(staged, final)
    return delta
