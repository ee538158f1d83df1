from __future__ import annotations

from rdflib import Literal, URIRef

from kgbuilder.store import OxigraphStore

G1, G2 = URIRef("http://example.org/g/1"), URIRef("http://example.org/g/2")
P = URIRef("http://example.org/p")


def _store() -> OxigraphStore:
    store = OxigraphStore()
    store.replace_graph(G1, [(URIRef("http://example.org/a"), P, Literal("1"))])
    store.replace_graph(G2, [(URIRef("http://example.org/b"), P, Literal("2"))])
    return store


def test_query_default_graph_is_the_union_of_named_graphs() -> None:
    result = _store().query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s")
    assert result.values() == [("http://example.org/a",), ("http://example.org/b",)]


def test_query_honours_the_query_own_from_clause() -> None:
    result = _store().query(f"SELECT ?s FROM <{G2}> WHERE {{ ?s ?p ?o }}")
    assert result.values() == [("http://example.org/b",)]
