from __future__ import annotations

import networkx as nx

from kgbuilder.analyze.views import directed_view, undirected_view


def _graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_edge("a", "b", key="locatedIn")
    graph.add_edge("a", "b", key="operatesIn")
    graph.add_edge("b", "a", key="relatedTo")
    graph.add_edge("c", "c", key="relatedTo")
    graph.add_node("lonely")
    return graph


def test_undirected_view_counts_relations_and_keeps_every_node() -> None:
    view = undirected_view(_graph())
    assert list(view) == ["a", "b", "c", "lonely"]
    assert sorted(view.edges(data="weight")) == [("a", "b", 3)]


def test_directed_view_keeps_direction() -> None:
    view = directed_view(_graph())
    assert sorted(view.edges(data="weight")) == [("a", "b", 2), ("b", "a", 1)]
    assert "lonely" in view


def test_views_of_the_seed_graph_cover_it(seed_projection: nx.MultiDiGraph) -> None:
    view = undirected_view(seed_projection)
    assert set(view) == set(seed_projection)
    assert sum(w for _, _, w in view.edges(data="weight")) == seed_projection.number_of_edges()
