from __future__ import annotations

import itertools

import networkx as nx
import pytest

from kgbuilder.analyze.communities import communities, modularity


def _two_cliques() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for group in ("abcde", "vwxyz"):
        graph.add_edges_from(itertools.combinations(group, 2))
    graph.add_edge("e", "v")
    return graph


def test_communities_find_two_cliques() -> None:
    assert communities(_two_cliques()) == [list("abcde"), list("vwxyz")]


@pytest.mark.parametrize("seed", [0, 1, 42])
def test_communities_partition_the_seed_graph_the_same_way_each_time(
    seed_projection: nx.MultiDiGraph, seed: int
) -> None:
    parts = communities(seed_projection, seed=seed)
    assert parts == communities(seed_projection, seed=seed)
    members = [n for part in parts for n in part]
    assert sorted(members) == sorted(seed_projection)
    assert [len(p) for p in parts] == sorted((len(p) for p in parts), reverse=True)


def test_communities_resolution_changes_their_size(seed_projection: nx.MultiDiGraph) -> None:
    coarse = communities(seed_projection, resolution=0.2)
    fine = communities(seed_projection, resolution=3.0)
    assert len(coarse) < len(fine)


def test_modularity_rewards_the_found_communities() -> None:
    graph = _two_cliques()
    found = modularity(graph, communities(graph))
    assert found > 0.4
    assert found > modularity(graph, [list("abcvw"), list("dexyz")])
    assert modularity(nx.MultiDiGraph(), []) == 0.0
    assert communities(nx.MultiDiGraph()) == []
