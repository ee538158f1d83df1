"""RDF files from the store: quads sorted, then serialised by Oxigraph with the model's prefixes.

Sorting makes the bytes depend only on the graph (not on store order or hash seeds), so two builds
of the same inputs give identical files.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import cast

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from kgbuilder.atomic import atomic_path
from kgbuilder.errors import UnknownNameError
from kgbuilder.export.ordered import Sorted, sort_statements
from kgbuilder.kinds import unknown_name_message
from kgbuilder.store.base import GraphStore
from kgbuilder.store.terms import to_oxigraph

#: format name -> (pyoxigraph format, holds named graphs)
RDF_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    "trig": (ox.RdfFormat.TRIG, True),
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "turtle": (ox.RdfFormat.TURTLE, False),
    "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
    "rdfxml": (ox.RdfFormat.RDF_XML, False),
}


def rdf_format(name: str) -> tuple[ox.RdfFormat, bool]:
    try:
        return RDF_FORMATS[name]
    except KeyError:
        raise UnknownNameError(unknown_name_message("RDF format", name, RDF_FORMATS)) from None


def sorted_quads(quads: Iterable[tuple[Node, Node, Node, URIRef]], *, union: bool) -> list[ox.Quad]:
    """Quads in a canonical order; with ``union`` the graph names are dropped and duplicates merged."""
    return _canonical(
        (
            ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.NamedNode(str(g)))  # type: ignore[arg-type]
            for s, p, o, g in quads
        ),
        union=union,
    )


def _canonical(quads: Iterable[ox.Quad], *, union: bool) -> list[ox.Quad]:
    out: dict[str, ox.Quad] = {}
    default = ox.DefaultGraph()
    for quad in quads:
        if union:
            quad = ox.Quad(quad.subject, quad.predicate, quad.object, default)
        out.setdefault(_sort_key(quad), quad)
    return [out[key] for key in sorted(out)]


def _store_quads(store: GraphStore) -> Iterator[ox.Quad]:
    """The store's named-graph quads as pyoxigraph terms (straight from pyoxigraph when embedded)."""
    from kgbuilder.store.oxigraph import OxigraphStore

    if isinstance(store, OxigraphStore):
        raw = store.oxigraph.quads_for_pattern(None, None, None, None)
        return (q for q in raw if isinstance(q.graph_name, ox.NamedNode))
    return (
        ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.NamedNode(str(g)))  # type: ignore[arg-type]
        for s, p, o, g in store.quads()
    )


def _write_ordered(
    store: GraphStore,
    targets: list[tuple[Path, str]],
    prefixes: dict[str, str],
    *,
    base_iri: str | None = None,
) -> int:
    """Read the store once, then stream its statements in canonical order (``export.ordered``)
    into each file, written atomically; the number of statements of the last file."""
    orders = tuple(not rdf_format(name)[1] for _, name in targets)
    sorters = sort_statements(_store_quads(store), orders=orders)
    count = 0
    for (path, format_name), sorted_ in zip(targets, sorters, strict=True):
        fmt = rdf_format(format_name)[0]
        count = 0

        def counted(source: Sorted = sorted_) -> Iterator[ox.Quad | ox.Triple]:
            nonlocal count
            for statement in source.statements():
                count += 1
                yield statement

        with atomic_path(path) as temp, open(temp, "wb") as out:
            statements = cast("Iterator[ox.Quad]", counted())  # quads, or triples for graph formats
            ox.serialize(statements, out, format=fmt, prefixes=prefixes, base_iri=base_iri)
    return count


def _sort_key(quad: ox.Quad) -> str:
    graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
    # rdf:type first within a subject, so each description opens with what the thing is
    predicate = str(quad.predicate)
    rank = "0" if predicate == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" else "1"
    return "\x00".join((graph, str(quad.subject), rank + predicate, str(quad.object)))


def serialize_quads(
    quads: list[ox.Quad], format_name: str, prefixes: dict[str, str], *, base_iri: str | None = None
) -> bytes:
    """Serialise sorted quads (as triples for the graph formats); prefixes where the format has them."""
    fmt, datasets = rdf_format(format_name)
    statements: list[ox.Quad] | list[ox.Triple] = quads
    if not datasets:
        statements = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    data = ox.serialize(statements, format=fmt, prefixes=prefixes, base_iri=base_iri)
    assert data is not None  # no output given, so pyoxigraph returns the bytes
    return data


def write_rdf_files(
    store: GraphStore, targets: Iterable[tuple[Path, str]], prefixes: dict[str, str]
) -> None:
    """Write several RDF files of one store, read once, each streamed in canonical order."""
    _write_ordered(store, list(targets), prefixes)


def write_rdf(
    store: GraphStore,
    path: Path,
    format_name: str,
    prefixes: dict[str, str],
    *,
    base_iri: str | None = None,
) -> int:
    """Write the store as one RDF file, atomically; returns the number of statements written.

    With ``base_iri``, IRIs under it are written relative to an ``@base`` (Turtle, TriG).
    """
    return _write_ordered(store, [(path, format_name)], prefixes, base_iri=base_iri)
