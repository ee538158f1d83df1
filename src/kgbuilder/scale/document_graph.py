"""One document's named graph: from its cached extraction to its fingerprint and triples.

Input: the document's cache entry and the build's entity table. Output: a ``GraphItem`` whose
fingerprint is taken from the resolved input alone, and whose triples are built only when asked
(an unchanged graph is never built). The item says which names the resolution looked up in the
table, so that a later build can tell, from the table alone, that the graph is the same
(``document_prints``). The same code runs in the build process and in the worker
processes of ``graph_workers``, so both give the same graph.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from kgbuilder.datamodel import Entity, Source
from kgbuilder.errors import StoreError
from kgbuilder.extract.run import above_confidence
from kgbuilder.iri import IriMinter
from kgbuilder.model.builder import build_graphs
from kgbuilder.model.bundle import Triple
from kgbuilder.resolve.entities import EntityTable
from kgbuilder.resolve.resolver import document_input
from kgbuilder.scale.cache import CachedDocument, ExtractionCache
from kgbuilder.scale.fingerprint import input_fingerprint
from kgbuilder.store.terms import to_oxigraph


@dataclass
class GraphItem:
    """One named graph: its fingerprint, and how to build its triples."""

    name: URIRef
    fingerprint: str
    triples: Callable[[], set[Triple]]
    #: a document's graph: the loose names its resolution looked up in the entity table, and
    #: the digest of the table's answers (``EntityTable.answers_digest``)
    looked_up: tuple[str, ...] = ()
    answers: str = ""


def cached_document(
    cache: ExtractionCache, key: str, path: Path, shown: str, min_confidence: float
) -> CachedDocument:
    """A document's source and extraction from the cache (filtered by confidence)."""
    entry = cache.get(key, path=shown)
    if entry is None:
        raise StoreError(
            f"the extraction cache lost the entry of {path} during the build "
            f"({cache.path(key)}); build again"
        )
    if min_confidence > 0:
        return CachedDocument(entry.source, above_confidence(entry.extraction, min_confidence))
    return entry


def document_item(
    entry: CachedDocument,
    table: EntityTable,
    sources: Mapping[str, Source],
    base_iri: str,
    context: str,
) -> GraphItem:
    """The named graph of one document, resolved against the build's entity table."""
    with table.recording() as looked_up:
        data = document_input(table, entry.source, entry.extraction)
    entities: Mapping[str, Entity] = table.entities
    name = IriMinter(base_iri).graph(entry.source.id)

    def triples() -> set[Triple]:
        bundle = build_graphs(data, base_iri, entities=entities, sources=sources)
        return bundle.graphs.get(name, set())

    fingerprint = input_fingerprint(data, entities, context)
    names = tuple(sorted(looked_up))
    return GraphItem(name, fingerprint, triples, names, table.answers_digest(names))


def graph_quads(name: URIRef, triples: set[Triple]) -> list[ox.Quad]:
    """A graph's triples as Oxigraph quads in the named graph ``name``."""
    graph = ox.NamedNode(str(name))
    return [
        ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph)  # type: ignore[arg-type]
        for s, p, o in triples
    ]
