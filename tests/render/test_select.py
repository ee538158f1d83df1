"""Choosing the part of the graph to show: entity lookup, neighbourhoods, kinds, relations, queries."""

from __future__ import annotations

import networkx as nx
import pytest

import kgbuilder
from kgbuilder.errors import ConfigError, QueryError
from kgbuilder.render.select import QUERY_PAIR, find_entity, from_query, neighbourhood, restrict


def _by_label(graph: nx.MultiDiGraph, label: str) -> str:
    return next(n for n, d in graph.nodes(data=True) if d["label"] == label)


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("Paulo Braga", "Paulo Braga"),
        ("paulo braga", "Paulo Braga"),
        ("Braga", "Paulo Braga"),  # an alias
        ("CPIC", "Chongqing Polycomp International"),
        ("Sao Paulo", "São Paulo"),  # accents folded
        ("the promotion", "China: An Opportunity, Chongqing Brands"),
    ],
)
def test_find_entity_by_name_or_alias(
    seed_projection: nx.MultiDiGraph, name: str, label: str
) -> None:
    assert find_entity(seed_projection, name) == _by_label(seed_projection, label)


def test_find_entity_by_iri(seed_projection: nx.MultiDiGraph) -> None:
    node = sorted(seed_projection.nodes)[0]
    assert find_entity(seed_projection, node) == node


def test_find_entity_prefers_a_label_to_an_alias() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="Lima", aliases=[])
    graph.add_node("b", label="Lima Barreto", aliases=["Lima"])
    assert find_entity(graph, "Lima") == "a"


def test_find_entity_lists_the_entities_an_ambiguous_alias_names() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="Ana Braga", aliases=["Braga"])
    graph.add_node("b", label="Paulo Braga", aliases=["Braga"])
    with pytest.raises(ConfigError, match="names 2 entities: Ana Braga <a>; Paulo Braga <b>"):
        find_entity(graph, "Braga")


def test_find_entity_suggests_close_names(seed_projection: nx.MultiDiGraph) -> None:
    with pytest.raises(ConfigError, match="did you mean 'Braga'"):
        find_entity(seed_projection, "Brga")
    with pytest.raises(ConfigError, match="no entity is called 'Nobody at all'"):
        find_entity(seed_projection, "Nobody at all")


@pytest.mark.parametrize("depth", [0, 1, 2, 3])
def test_neighbourhood_holds_what_is_within_depth(
    seed_projection: nx.MultiDiGraph, depth: int
) -> None:
    center = find_entity(seed_projection, "Braga")
    reach = {center}
    for _ in range(depth):
        reach |= {m for n in reach for m in nx.all_neighbors(seed_projection, n)}
    view = neighbourhood(seed_projection, center, depth)
    assert set(view.nodes) == reach
    expected_edges = {
        (s, o, k) for s, o, k in seed_projection.edges(keys=True) if s in reach and o in reach
    }
    assert set(view.edges(keys=True)) == expected_edges
    assert view.nodes[center] == seed_projection.nodes[center]


def test_neighbourhood_refuses_a_negative_depth(seed_projection: nx.MultiDiGraph) -> None:
    with pytest.raises(ConfigError, match="depth"):
        neighbourhood(seed_projection, find_entity(seed_projection, "Braga"), -1)


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
