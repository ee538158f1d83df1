from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from kgbuilder.errors import QueryError
from kgbuilder.query.params import bind, split_param
from kgbuilder.store import OxigraphStore

P = URIRef("http://example.org/p")
NAME = URIRef("http://example.org/name")


@pytest.fixture
def store() -> OxigraphStore:
    store = OxigraphStore()
    g = URIRef("http://example.org/g")
    store.replace_graph(
        g,
        [
            (URIRef("http://example.org/a"), NAME, Literal("Ana")),
            (URIRef("http://example.org/b"), NAME, Literal('Bo" } . ?s ?p ?o . FILTER("')),
            (URIRef("http://example.org/a"), P, URIRef("http://example.org/b")),
        ],
    )
    return store


def test_bind_restricts_a_select_like_initial_bindings(store: OxigraphStore) -> None:
    query = "SELECT ?s WHERE { ?s <http://example.org/name> ?n }"
    result = store.query(bind(query, {"n": Literal("Ana")}))
    assert result.values() == [("http://example.org/a",)]


def test_bind_keeps_a_hostile_value_one_term(store: OxigraphStore) -> None:
    hostile = 'Bo" } . ?s ?p ?o . FILTER("'
    query = "SELECT ?s WHERE { ?s <http://example.org/name> ?n }"
    result = store.query(bind(query, {"n": Literal(hostile)}))
    assert result.values() == [("http://example.org/b",)]


def test_bind_is_seen_by_filters_of_the_group(store: OxigraphStore) -> None:
    query = "SELECT ?s WHERE { ?s <http://example.org/name> ?n FILTER(?n = ?wanted) }"
    result = store.query(bind(query, {"wanted": Literal("Ana")}))
    assert result.values() == [("http://example.org/a",)]


@pytest.mark.parametrize(
    "query",
    [
        "CONSTRUCT WHERE { ?s <http://example.org/name> ?n }",
        "CONSTRUCT { ?s <http://example.org/q> ?n } WHERE { ?s <http://example.org/name> ?n }",
        "DESCRIBE ?s WHERE { ?s <http://example.org/name> ?n }",
    ],
)
def test_bind_works_for_graph_queries(store: OxigraphStore, query: str) -> None:
    result = store.query(bind(query, {"n": Literal("Ana")}))
    subjects = {str(s) for s, _, _ in result.triples}
    assert subjects == {"http://example.org/a"}


def test_bind_works_for_ask(store: OxigraphStore) -> None:
    query = "ASK { ?s <http://example.org/name> ?n }"
    assert store.query(bind(query, {"n": Literal("Ana")})).boolean is True
    assert store.query(bind(query, {"n": Literal("Nobody")})).boolean is False


def test_bind_refuses_a_variable_the_query_does_not_have() -> None:
    with pytest.raises(QueryError, match=r"no variable \?x"):
        bind("SELECT ?s WHERE { ?s ?p ?o }", {"x": Literal("1")})


def test_bind_refuses_updates() -> None:
    with pytest.raises(QueryError, match="only be bound in a query"):
        bind("DELETE WHERE { ?s ?p ?o }", {"s": Literal("1")})


@pytest.mark.parametrize(
    ("text", "pair"),
    [("name=Ana", ("name", "Ana")), ("?x=a=b", ("x", "a=b")), ("n=", ("n", ""))],
)
def test_split_param_splits_at_first_equals(text: str, pair: tuple[str, str]) -> None:
    assert split_param(text) == pair


@pytest.mark.parametrize("text", ["noequals", "bad name=1", "=1"])
def test_split_param_refuses_malformed(text: str) -> None:
    with pytest.raises(QueryError, match="name=value"):
        split_param(text)
