"""GEXF, GraphML and CSV round-trip through networkx and pandas with every attribute."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
import pytest

from kgbuilder.analyze.analysis import NODE_MEASURES, analyze_graph, annotate
from kgbuilder.analyze.lookup import entity_key
from kgbuilder.config import DEFAULT_BASE_IRI as BASE
from kgbuilder.export.network import (
    EDGE_JSON_ATTRIBUTES,
    NODE_JSON_ATTRIBUTES,
    gexf_date,
    write_csv,
    write_gexf,
    write_graphml,
)

READERS: dict[str, tuple[Callable[[nx.MultiDiGraph, Path], object], Callable[[Path], Any]]] = {
    "gexf": (write_gexf, nx.read_gexf),
    "graphml": (write_graphml, nx.read_graphml),
}


@pytest.fixture(params=["seed", "sentence", "parallel"])
def annotated(request: pytest.FixtureRequest) -> nx.MultiDiGraph:
    """An analysed projection; "parallel" adds a second relation between two related entities."""
    name = "sentence" if request.param == "parallel" else request.param
    graph: nx.MultiDiGraph = request.getfixturevalue(f"{name}_projection").copy()
    if request.param == "parallel":
        branch, lima = BASE + "organization/acme-peru", BASE + "place/lima"
        graph.add_edge(
            branch,
            lima,
            key="operatesIn",
            label="operatesIn",
            predicate="https://schema.org/areaServed",
            statement=None,
            qualifiers={},
            evidence=[],
        )
        assert graph.number_of_edges(branch, lima) == 2
    return annotate(graph, analyze_graph(graph))


def _decoded(data: dict[str, Any], json_names: tuple[str, ...]) -> dict[str, Any]:
    return {k: json.loads(v) if k in json_names else v for k, v in data.items()}


def _edges_by_relation(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], dict[str, Any]]:
    return {(u, v, d["label"]): d for u, v, d in graph.edges(data=True)}


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_network_file_round_trips_every_attribute(
    annotated: nx.MultiDiGraph, tmp_path: Path, fmt: str
) -> None:
    write, read = READERS[fmt]
    path = tmp_path / f"graph.{fmt}"
    write(annotated, path)
    back = read(path)
    assert back.is_directed()  # a MultiDiGraph when two entities share several relations
    assert set(back) == set(annotated)
    for node, data in annotated.nodes(data=True):
        restored = _decoded(back.nodes[node], NODE_JSON_ATTRIBUTES)
        for name, value in data.items():
            assert restored[name] == value, (node, name)
        assert restored["entity_key"] == entity_key(node)
        assert restored["source_count"] == len(data["sources"])
    restored_edges = _edges_by_relation(back)
    assert len(restored_edges) == annotated.number_of_edges()
    for u, v, key, data in annotated.edges(keys=True, data=True):
        restored = _decoded(restored_edges[(u, v, key)], EDGE_JSON_ATTRIBUTES)
        for name, value in data.items():
            if name == "statement" and value is None:
                continue
            assert restored[name] == value, (u, v, key, name)
        assert restored["evidence_count"] == len(data["evidence"])


def test_gexf_dates_drive_the_timeline(
    sentence_projection: nx.MultiDiGraph, tmp_path: Path
) -> None:
    path = write_gexf(sentence_projection, tmp_path / "g.gexf")
    ns = {"g": "http://www.gexf.net/1.2draft"}
    root = ET.parse(path).getroot()
    graph = root.find("g:graph", ns)
    assert graph is not None
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    nodes = {n.get("id"): n for n in root.iterfind(".//g:node", ns)}
    fair = nodes[BASE + "event/acme-fair"]
    assert (fair.get("start"), fair.get("end")) == ("2024-11-05", "2024-11-08")
    assert nodes[BASE + "place/lima"].get("start") is None
    edges = {e.get("label"): e for e in root.iterfind(".//g:edge", ns)}
    assert edges["acquired"].get("start") == "2011-01-01"
    back = nx.read_gexf(path)
    assert back.nodes[BASE + "event/acme-fair"]["start"] == "2024-11-05"


@pytest.mark.parametrize(
    ("value", "end", "expected"),
    [
        ("2011", False, "2011-01-01"),
        ("2011", True, "2011-12-31"),
        ("2024-02", True, "2024-02-29"),
        ("2023-02", True, "2023-02-28"),
        ("2024-11", False, "2024-11-01"),
        ("2024-11-05", True, "2024-11-05"),
        ("2024-11-05T09:30:00Z", False, "2024-11-05"),
        ("November", False, None),
    ],
)
def test_gexf_date(value: str, end: bool, expected: str | None) -> None:
    assert gexf_date(value, end=end) == expected


def test_csv_round_trips_through_pandas(annotated: nx.MultiDiGraph, tmp_path: Path) -> None:
    nodes_path, edges_path = write_csv(annotated, tmp_path / "csv")
    nodes = pd.read_csv(nodes_path, keep_default_na=False, na_values=[""])
    edges = pd.read_csv(edges_path, keep_default_na=False, na_values=[""])
    assert list(nodes.columns[:4]) == ["id", "entity_key", "label", "kind"]
    assert list(edges.columns[:7]) == [
        "id",
        "source",
        "target",
        "source_label",
        "target_label",
        "label",
        "key",
    ]
    assert len(nodes) == annotated.number_of_nodes()
    assert len(edges) == annotated.number_of_edges()
    by_id = nodes.set_index("id")
    for node, data in annotated.nodes(data=True):
        row = by_id.loc[node]
        for name in NODE_JSON_ATTRIBUTES:
            assert json.loads(row[name]) == data[name]
        assert (row["label"], row["kind"]) == (data["label"], data["kind"])
        for name in NODE_MEASURES:
            assert row[name] == pytest.approx(data[name])
        assert row["source_count"] == len(data["sources"])
    assert nodes["articulation_point"].dtype == bool
    assert nodes["pagerank"].sum() == pytest.approx(1.0)
    rows = {(r.source, r.target, r.label): r for r in edges.itertuples()}
    for u, v, key, data in annotated.edges(keys=True, data=True):
        row = rows[(u, v, key)]
        assert json.loads(row.evidence) == data["evidence"]
        assert json.loads(row.qualifiers) == data["qualifiers"]
        assert (row.source_label, row.target_label) == (
            annotated.nodes[u]["label"],
            annotated.nodes[v]["label"],
        )


HOSTILE = '=HYPERLINK("http://evil.example/","x")\x07<script>alert(1)</script>'


def _hostile_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("x/person/bad", label=HOSTILE, kind="Person", aliases=["@SUM(1)"], sources=[])
    graph.add_node("x/place/\x01odd", label="-2+3", kind="Place", aliases=[], sources=[])
    graph.add_edge("x/person/bad", "x/place/\x01odd", key="relatedTo", label="relatedTo")
    return graph


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_network_file_of_hostile_names_is_valid_xml(tmp_path: Path, fmt: str) -> None:
    write, read = READERS[fmt]
    path = tmp_path / f"bad.{fmt}"
    write(_hostile_graph(), path)
    back = read(path)
    label = back.nodes["x/person/bad"]["label"]
    assert label == HOSTILE.replace("\x07", "\ufffd")
    assert "x/place/\ufffdodd" in back
    assert "<script>" not in path.read_text("utf-8")


def test_csv_of_hostile_names_cannot_run_formulas(tmp_path: Path) -> None:
    nodes_path, _ = write_csv(_hostile_graph(), tmp_path)
    nodes = pd.read_csv(nodes_path, keep_default_na=False)
    labels = set(nodes["label"])
    assert labels == {"'" + HOSTILE, "'-2+3"}
    assert not any(str(cell).startswith(("=", "+", "-", "@")) for cell in nodes.to_numpy().ravel())


def test_network_files_are_reproducible(
    seed_projection: nx.MultiDiGraph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for write in (write_gexf, write_graphml):
        first, second = tmp_path / "1", tmp_path / "2"
        write(seed_projection, first)
        write(seed_projection.copy(), second)
        assert first.read_bytes() == second.read_bytes()
    gexf = tmp_path / "g.gexf"
    write_gexf(seed_projection, gexf)
    assert 'lastmodifieddate="2023-11-14"' in gexf.read_text("utf-8")
