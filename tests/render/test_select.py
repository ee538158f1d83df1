"""Choosing the part of the graph to show: neighbourhoods, kinds, relations, queries."""

from __future__ import annotations

import networkx as nx
import pytest

import kgbuilder
from kgbuilder.errors import ConfigError, QueryError
from kgbuilder.render.select import QUERY_PAIR, from_query, restrict
from kgbuilder.render.view import ViewRequest, select_view


def _by_label(graph: nx.MultiDiGraph, label: str) -> str:
    return next(n for n, d in graph.nodes(data=True) if d["label"] == label)


def test_neighbourhood_view_refuses_a_negative_depth(seed_projection: nx.MultiDiGraph) -> None:
    with pytest.raises(ConfigError, match="depth"):
        select_view(seed_projection, ViewRequest(focus="Braga", depth=-1))


@pytest.mark.parametrize(
    ("kinds", "relations"),
    [(["Person", "Organization"], []), ([], ["worksFor", "partOf"]), (["place"], ["LOCATEDIN"])],
)
def test_restrict_keeps_the_kinds_and_relations_asked_for(
    seed_projection: nx.MultiDiGraph, kinds: list[str], relations: list[str]
) -> None:
    view = restrict(seed_projection, kinds=kinds, relations=relations)
    wanted_kinds = {k.casefold() for k in kinds}
    wanted_relations = {r.casefold() for r in relations}
    expected_nodes = {
        n
        for n, d in seed_projection.nodes(data=True)
        if not kinds or d["kind"].casefold() in wanted_kinds
    }
    assert set(view.nodes) == expected_nodes
    assert set(view.edges(keys=True)) == {
        (s, o, k)
        for s, o, k in seed_projection.edges(keys=True)
        if s in expected_nodes
        and o in expected_nodes
        and (not relations or k.casefold() in wanted_relations)
    }


@pytest.mark.parametrize(
    ("kinds", "relations", "message"),
    [(["Organisation"], [], "did you mean 'Organization'"), ([], ["worksfor2"], "relation")],
)
def test_restrict_names_the_known_choices(
    seed_projection: nx.MultiDiGraph, kinds: list[str], relations: list[str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        restrict(seed_projection, kinds=kinds, relations=relations)


def test_from_query_construct_keeps_the_stated_edges(
    seed_graph: kgbuilder.KnowledgeGraph, seed_projection: nx.MultiDiGraph
) -> None:
    result = seed_graph.query(
        "CONSTRUCT { ?p schema:worksFor ?o . ?o rdfs:label ?name } "
        "WHERE { ?p schema:worksFor ?o . ?o rdfs:label ?name }"
    )
    view = from_query(seed_projection, result)
    expected = {(s, o, k) for s, o, k in seed_projection.edges(keys=True) if k == "worksFor"}
    assert set(view.edges(keys=True)) == expected
    for s, o, k in expected:  # with their evidence and qualifiers
        assert view.edges[s, o, k] == seed_projection.edges[s, o, k]


def test_from_query_select_joins_pairs(
    seed_graph: kgbuilder.KnowledgeGraph, seed_projection: nx.MultiDiGraph
) -> None:
    # people who took part in the same event: no direct relation joins them
    result = seed_graph.query(
        "SELECT ?a ?b ('same event' AS ?label) WHERE { ?a kgb:participatedIn ?e . "
        "?b kgb:participatedIn ?e . FILTER(STR(?a) < STR(?b)) }"
    )
    view = from_query(seed_projection, result)
    pairs = {(str(a), str(b)) for a, b, _ in result.rows}
    assert pairs
    assert set(view.edges(keys=True)) == {(a, b, "same event") for a, b in pairs}
    assert all(view.edges[e]["query"] for e in view.edges(keys=True))
    # pairs that a relation joins are drawn with that relation instead
    result = seed_graph.query("SELECT ?o ?p WHERE { ?p schema:worksFor ?o }")
    view = from_query(seed_projection, result)
    assert {k for _, _, k in view.edges(keys=True)} == {"worksFor"}
    assert QUERY_PAIR not in {k for _, _, k in view.edges(keys=True)}


def test_from_query_refuses_ask(seed_graph: kgbuilder.KnowledgeGraph) -> None:
    result = seed_graph.query("ASK { ?s ?p ?o }")
    with pytest.raises(QueryError, match="ASK"):
        from_query(nx.MultiDiGraph(), result)
