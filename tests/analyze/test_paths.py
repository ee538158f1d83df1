from __future__ import annotations

import itertools

import networkx as nx
import pytest

from kgb_graphs import SENTENCE_TEXT
from kgbuilder.analyze.paths import (
    connection_subgraph,
    connections,
    describe_path,
    kind_name,
    shortest_paths,
)
from kgbuilder.analyze.views import undirected_view
from kgbuilder.config import DEFAULT_BASE_IRI as BASE
from kgbuilder.errors import UnknownNameError

BRAGA = BASE + "person/paulo-braga"
LIMA = BASE + "place/lima"
PROMOTION = BASE + "event/china-an-opportunity-chongqing-brands"


def test_shortest_paths_seed_braga_to_lima_through_the_promotion(
    seed_projection: nx.MultiDiGraph,
) -> None:
    first = connections(seed_projection, BRAGA, LIMA)[0]
    assert first.nodes == (BRAGA, PROMOTION, LIMA)
    took_part, held_in = (hop.links[0] for hop in first.hops)
    assert (took_part.subject, took_part.label, took_part.object) == (
        BRAGA,
        "participatedIn",
        PROMOTION,
    )
    assert (held_in.label, held_in.object) == ("locatedIn", LIMA)
    for link in (took_part, held_in):
        (evidence,) = link.evidence
        assert evidence["method"] == "curated"
        assert evidence["line"] > 0
        assert evidence["primary_title"].startswith("China: An Opportunity")


def test_connections_carry_evidence_sentences(sentence_projection: nx.MultiDiGraph) -> None:
    found = connections(sentence_projection, BASE + "person/ana-souza", LIMA, max_paths=5)
    assert [len(c) for c in found] == sorted(len(c) for c in found)
    assert len(found[0]) == 2
    sentences = set()
    for connection in found:
        for hop in connection.hops:
            for link in hop.links:
                for evidence in link.evidence:
                    assert (
                        evidence["sentence"] == SENTENCE_TEXT[evidence["start"] : evidence["end"]]
                    )
                    sentences.add(evidence["sentence"])
    assert "The Acme Fair took place in Lima from 5 to 8 November 2024." in sentences


def test_describe_path_follows_relations_backwards(sentence_projection: nx.MultiDiGraph) -> None:
    acme, branch, beta = (
        BASE + k for k in ("organization/acme", "organization/acme-peru", "organization/beta")
    )
    connection = describe_path(sentence_projection, [acme, branch, beta])
    part_of, acquired = (hop.links[0] for hop in connection.hops)
    assert (part_of.subject, part_of.label, part_of.forward) == (branch, "partOf", False)
    assert (acquired.subject, acquired.label, acquired.forward) == (beta, "acquired", False)
    assert acquired.qualifiers["date"] == "2011"
    with pytest.raises(nx.NetworkXNoPath):
        describe_path(sentence_projection, [acme, beta])


def test_describe_path_hop_has_the_figures_joining_its_ends(
    seed_projection: nx.MultiDiGraph,
) -> None:
    changan, peru = BASE + "organization/changan", BASE + "place/peru"
    (hop,) = describe_path(seed_projection, [changan, peru]).hops
    assert [link.label for link in hop.links] == ["operatesIn"]
    assert sorted((f["measure"], f["value"]) for f in hop.figures) == [
        ("rank", "1"),
        ("rank", "4"),
        ("sales", "6153"),
    ]
    assert {f["about"] for f in hop.figures} == {changan}


@pytest.mark.parametrize("max_paths", [1, 2, 5, 50])
def test_shortest_paths_are_distinct_simple_and_shortest_first(
    seed_projection: nx.MultiDiGraph, max_paths: int
) -> None:
    paths = shortest_paths(seed_projection, BRAGA, LIMA, max_paths=max_paths)
    view = undirected_view(seed_projection)
    assert 1 <= len(paths) <= max_paths
    assert len(paths[0]) - 1 == nx.shortest_path_length(view, BRAGA, LIMA)
    assert [len(p) for p in paths] == sorted(len(p) for p in paths)
    assert len({tuple(p) for p in paths}) == len(paths)
    for path in paths:
        assert (path[0], path[-1]) == (BRAGA, LIMA)
        assert len(set(path)) == len(path)
        assert all(view.has_edge(u, v) for u, v in itertools.pairwise(path))


@pytest.mark.parametrize("kind", ["Event", "Organization", "Person", "Place"])
def test_shortest_paths_via_pass_through_that_kind(
    seed_projection: nx.MultiDiGraph, kind: str
) -> None:
    paths = shortest_paths(seed_projection, BRAGA, LIMA, max_paths=4, via=kind.lower())
    assert paths
    view = undirected_view(seed_projection)
    for path in paths:
        assert any(seed_projection.nodes[n]["kind"] == kind for n in path[1:-1])
        assert len(set(path)) == len(path)
        assert all(view.has_edge(u, v) for u, v in itertools.pairwise(path))
    assert [len(p) for p in paths] == sorted(len(p) for p in paths)


def _shortest_through(view: nx.Graph, kinds: dict[str, str], s: str, t: str, kind: str) -> int:
    """Brute force: the length of the shortest simple s-t path with an inner node of ``kind``."""
    lengths = [
        len(p) - 1
        for p in nx.all_simple_paths(view, s, t, cutoff=8)
        if any(kinds[n] == kind for n in p[1:-1])
    ]
    return min(lengths, default=-1)


@pytest.mark.parametrize("kind", ["Event", "Organization", "Person", "Place"])
def test_shortest_paths_via_is_shortest_through_that_kind(
    seed_projection: nx.MultiDiGraph, kind: str
) -> None:
    view = undirected_view(seed_projection)
    kinds = dict(seed_projection.nodes(data="kind"))
    (path,) = shortest_paths(seed_projection, BRAGA, LIMA, via=kind, max_paths=1)
    assert len(path) - 1 == _shortest_through(view, kinds, BRAGA, LIMA, kind)


@pytest.mark.parametrize("seed", range(6))
def test_shortest_paths_on_random_graphs_match_networkx(seed: int) -> None:
    simple = nx.gnm_random_graph(40, 70, seed=seed)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from((str(n), {"kind": "Event" if n % 5 == 0 else "Person"}) for n in simple)
    for u, v in simple.edges():
        graph.add_edge(str(u), str(v), key="relatedTo")
    source, target = "1", "2"
    paths = shortest_paths(graph, source, target, max_paths=4)
    if not nx.has_path(simple, 1, 2):
        assert paths == []
        return
    expected = nx.shortest_path_length(simple, 1, 2)
    assert len(paths[0]) - 1 == expected
    via = shortest_paths(graph, source, target, max_paths=3, via="Event")
    kinds = {str(n): "Event" if n % 5 == 0 else "Person" for n in simple}
    view = nx.relabel_nodes(simple, str)
    best = _shortest_through(view, kinds, source, target, "Event")
    assert (len(via[0]) - 1 if via else -1) == best
    for path in via:
        assert any(int(n) % 5 == 0 for n in path[1:-1])
        assert len(set(path)) == len(path)
        assert all(simple.has_edge(int(u), int(v)) for u, v in itertools.pairwise(path))


def test_shortest_paths_not_connected_is_empty(sentence_projection: nx.MultiDiGraph) -> None:
    song = BASE + "thing/acme-song"
    assert shortest_paths(sentence_projection, song, LIMA) == []
    assert shortest_paths(sentence_projection, song, LIMA, via="Event") == []


def test_shortest_paths_rejects_bad_arguments(sentence_projection: nx.MultiDiGraph) -> None:
    with pytest.raises(UnknownNameError, match="did you mean 'Event'"):
        shortest_paths(sentence_projection, LIMA, BASE + "place/peru", via="Evnt")
    with pytest.raises(nx.NodeNotFound):
        shortest_paths(sentence_projection, LIMA, BASE + "place/nowhere")
    with pytest.raises(ValueError, match="at least 1"):
        shortest_paths(sentence_projection, LIMA, LIMA, max_paths=0)
    assert shortest_paths(sentence_projection, LIMA, LIMA) == [[LIMA]]
    assert kind_name(" industrycluster ") == "IndustryCluster"


def test_connection_subgraph_holds_only_the_connections(
    seed_projection: nx.MultiDiGraph,
) -> None:
    found = connections(seed_projection, BRAGA, LIMA, max_paths=1)
    sub = connection_subgraph(seed_projection, found)
    assert set(sub) == {BRAGA, PROMOTION, LIMA}
    assert sorted(k for _, _, k in sub.edges(keys=True)) == ["locatedIn", "participatedIn"]
    assert sub.nodes[BRAGA] == seed_projection.nodes[BRAGA]
    assert (
        sub.edges[BRAGA, PROMOTION, "participatedIn"]
        == seed_projection.edges[BRAGA, PROMOTION, "participatedIn"]
    )
