from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from kgbuilder.analyze import analysis as analysis_module
from kgbuilder.analyze.analysis import (
    NODE_MEASURES,
    analysis_document,
    analyze_graph,
    annotate,
    write_analysis,
)
from kgbuilder.analyze.views import undirected_view


def test_annotate_stores_every_measure_on_every_node(seed_projection: nx.MultiDiGraph) -> None:
    graph = seed_projection.copy()
    result = analyze_graph(graph)
    annotate(graph, result)
    for node, data in graph.nodes(data=True):
        assert set(NODE_MEASURES) <= set(data)
        assert data["degree"] == graph.degree(node)
        assert node in result.communities[data["community"]]
        assert node in result.components[data["component"]]
        assert data["articulation_point"] == (node in result.articulation_points)
    # the projection's own attributes are untouched
    for node, data in seed_projection.nodes(data=True):
        assert {k: graph.nodes[node][k] for k in data} == data


def test_analysis_document_is_consistent_with_the_graph(seed_projection: nx.MultiDiGraph) -> None:
    result = analyze_graph(seed_projection)
    doc = analysis_document(seed_projection, result)
    summary = doc["graph"]
    assert summary["entities"] == seed_projection.number_of_nodes() == len(doc["entities"])
    assert summary["relations"] == seed_projection.number_of_edges()
    assert summary["components"] == nx.number_connected_components(undirected_view(seed_projection))
    assert summary["largest_component"] == doc["components"][0]["size"]
    assert sum(c["size"] for c in doc["communities"]) == summary["entities"]
    assert doc["parameters"]["betweenness"] == "exact"
    for community in doc["communities"]:
        assert community["central"]["id"] in community["members"]
    for bridge in doc["bridges"]:
        assert bridge["relations"]
    labels = {e["id"]: e["label"] for e in doc["entities"]}
    assert labels[doc["articulation_points"][0]["id"]] == doc["articulation_points"][0]["label"]


def test_write_analysis_is_deterministic(seed_projection: nx.MultiDiGraph, tmp_path: Path) -> None:
    first = write_analysis(seed_projection, analyze_graph(seed_projection), tmp_path / "a.json")
    second = write_analysis(seed_projection, analyze_graph(seed_projection), tmp_path / "b.json")
    assert first.read_bytes() == second.read_bytes()
    assert (
        json.loads(first.read_text("utf-8"))["graph"]["entities"]
        == seed_projection.number_of_nodes()
    )


def test_analyze_graph_samples_betweenness_above_the_limit(
    seed_projection: nx.MultiDiGraph, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(analysis_module, "EXACT_BETWEENNESS_MAX_NODES", 10)
    monkeypatch.setattr(analysis_module, "DEFAULT_BETWEENNESS_SAMPLES", 5)
    result = analyze_graph(seed_projection)
    assert result.parameters["betweenness"] == "estimated from 5 sources"
    explicit = analyze_graph(seed_projection, betweenness_samples=1000)
    assert explicit.parameters["betweenness"] == "exact"


def test_analyze_graph_of_an_empty_graph() -> None:
    result = analyze_graph(nx.MultiDiGraph())
    assert result.node_measures() == {}
    assert analysis_document(nx.MultiDiGraph(), result)["graph"]["largest_component"] == 0
