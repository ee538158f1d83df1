from __future__ import annotations

import networkx as nx

from kgbuilder.analyze.structure import articulation_points, bridges, components
from kgbuilder.config import DEFAULT_BASE_IRI as BASE


def test_components_of_the_seed_graph(seed_projection: nx.MultiDiGraph) -> None:
    parts = components(seed_projection)
    assert sum(len(p) for p in parts) == seed_projection.number_of_nodes()
    assert [len(p) for p in parts] == sorted((len(p) for p in parts), reverse=True)
    # entities with no relation are components of their own
    assert [BASE + "thing/chongqing-noodles"] in parts


def test_bridges_and_articulation_points_of_the_seed_graph(
    seed_projection: nx.MultiDiGraph,
) -> None:
    dazu, carvings = BASE + "place/dazu-district", BASE + "place/dazu-rock-carvings"
    assert (dazu, carvings) in bridges(seed_projection)
    assert dazu in articulation_points(seed_projection)
    assert carvings not in articulation_points(seed_projection)


def test_parallel_relations_are_still_one_bridge() -> None:
    graph = nx.MultiDiGraph()
    graph.add_edges_from([("a", "b"), ("b", "c"), ("c", "a")])
    graph.add_edge("c", "d", key="locatedIn")
    graph.add_edge("d", "c", key="relatedTo")
    assert bridges(graph) == [("c", "d")]
    assert articulation_points(graph) == ["c"]
    assert components(graph) == [["a", "b", "c", "d"]]
