from __future__ import annotations

import networkx as nx
import pytest

from kgbuilder.analyze.centrality import betweenness, pagerank, relation_degree
from kgbuilder.analyze.views import undirected_view


def _star(leaves: int) -> nx.MultiDiGraph:
    return nx.MultiDiGraph([(f"leaf{i}", "hub", "locatedIn") for i in range(leaves)])


def test_relation_degree_counts_parallel_relations(seed_projection: nx.MultiDiGraph) -> None:
    degree = relation_degree(seed_projection)
    assert degree == dict(seed_projection.degree())
    assert sum(degree.values()) == 2 * seed_projection.number_of_edges()


def test_betweenness_of_a_star_is_all_at_the_hub() -> None:
    scores = betweenness(_star(5))
    assert scores["hub"] == pytest.approx(1.0)
    assert {scores[f"leaf{i}"] for i in range(5)} == {0.0}


def test_betweenness_exact_matches_networkx(seed_projection: nx.MultiDiGraph) -> None:
    expected = nx.betweenness_centrality(undirected_view(seed_projection))
    assert betweenness(seed_projection) == pytest.approx(expected)
    # as many samples as entities: exact
    assert betweenness(seed_projection, samples=1000) == pytest.approx(expected)


def test_betweenness_sampled_is_seeded(seed_projection: nx.MultiDiGraph) -> None:
    first = betweenness(seed_projection, samples=8, seed=3)
    assert first == betweenness(seed_projection, samples=8, seed=3)
    assert set(first) == set(seed_projection)


def test_pagerank_follows_relation_direction() -> None:
    graph = _star(4)
    graph.add_edge("hub", "country", key="locatedIn")
    directed = pagerank(graph)
    assert max(directed, key=directed.__getitem__) == "country"
    assert sum(directed.values()) == pytest.approx(1.0)
    undirected = pagerank(graph, directed=False)
    assert max(undirected, key=undirected.__getitem__) == "hub"


def test_pagerank_of_an_empty_graph_is_empty() -> None:
    assert pagerank(nx.MultiDiGraph()) == {}
