from __future__ import annotations

import networkx as nx
import pytest

from kgbuilder.analyze.neighbors import distances, ego_network, neighborhood
from kgbuilder.analyze.views import undirected_view
from kgbuilder.config import DEFAULT_BASE_IRI as BASE

CPIC = BASE + "organization/chongqing-polycomp-international"


def test_neighborhood_seed_company_lists_branch_acquisition_and_places(
    seed_projection: nx.MultiDiGraph,
) -> None:
    rows = neighborhood(seed_projection, CPIC, depth=1)
    found = {row.label: [(link.label, link.subject == CPIC) for link in row.links] for row in rows}
    assert found == {
        "Chongqing Polycomp International Brazil Branch": [("partOf", False)],
        "Capivari Glass Fiber": [("acquired", True)],
        "Chongqing": [("locatedIn", True)],
        "Brazil": [("operatesIn", True)],
    }
    assert {row.distance for row in rows} == {1}
    assert [row.kind for row in rows] == sorted(row.kind for row in rows)
    acquired = next(row for row in rows if row.label == "Capivari Glass Fiber").links[0]
    assert acquired.qualifiers == {"date": "2011"}
    assert acquired.evidence[0]["line"] > 0


@pytest.mark.parametrize("depth", [1, 2, 3, 10])
def test_neighborhood_distances_and_links_are_consistent(
    sentence_projection: nx.MultiDiGraph, depth: int
) -> None:
    center = BASE + "organization/acme"
    rows = neighborhood(sentence_projection, center, depth=depth)
    expected = nx.single_source_shortest_path_length(
        undirected_view(sentence_projection), center, cutoff=depth
    )
    assert {row.node: row.distance for row in rows} == {
        n: d for n, d in expected.items() if n != center
    }
    for row in rows:
        assert row.links
        for link in row.links:
            other = link.object if link.subject == row.node else link.subject
            assert row.node in (link.subject, link.object)
            assert expected[other] == row.distance - 1
    assert [r.distance for r in rows] == sorted(r.distance for r in rows)


def test_ego_network_is_the_induced_subgraph(seed_projection: nx.MultiDiGraph) -> None:
    ego = ego_network(seed_projection, CPIC, depth=1)
    assert set(ego) == set(distances(seed_projection, CPIC, depth=1))
    # the branch's own relation to Brazil is among the neighbours too, so it is kept
    branch, brazil = (
        BASE + "organization/chongqing-polycomp-international-brazil-branch",
        BASE + "place/brazil",
    )
    assert ego.has_edge(branch, brazil, "locatedIn")
    assert ego.number_of_edges() == seed_projection.subgraph(ego).number_of_edges()
    assert ego.nodes[CPIC] == seed_projection.nodes[CPIC]


def test_distances_rejects_bad_arguments(sentence_projection: nx.MultiDiGraph) -> None:
    with pytest.raises(ValueError, match="depth"):
        distances(sentence_projection, BASE + "place/lima", depth=-1)
    with pytest.raises(nx.NodeNotFound):
        distances(sentence_projection, BASE + "place/atlantis")
    assert distances(sentence_projection, BASE + "thing/acme-song", depth=3) == {
        BASE + "thing/acme-song": 0
    }
