"""What the page knows: nodes, edges, documents, dates and sizes, from a projection."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from kgbuilder.analyze.lookup import find_entity
from kgbuilder.errors import ConfigError
from kgbuilder.kinds import Kind
from kgbuilder.render.payload import build_payload, iso_span, size_measure
from kgbuilder.render.style import KIND_STYLE


@pytest.mark.parametrize(
    ("value", "span"),
    [
        ("2011", ["2011", "2011-12-31"]),
        ("2024-11", ["2024-11", "2024-11-31"]),
        ("2024-11-05", ["2024-11-05", "2024-11-05"]),
        ("2024-01/2024-09", ["2024-01", "2024-09-31"]),
        ("2024-11-05T08:00:00Z", ["2024-11-05", "2024-11-05"]),
    ],
)
def test_iso_span_covers_every_day_the_date_can_mean(value: str, span: list[str]) -> None:
    assert iso_span(value) == span


def _graph(**attributes: dict[str, float]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="A", kind="Person", **{k: v["a"] for k, v in attributes.items()})
    graph.add_node("b", label="B", kind="Place", **{k: v["b"] for k, v in attributes.items()})
    graph.add_edge("a", "b", key="nationality", label="nationality")
    return graph


def test_size_measure_prefers_a_centrality_the_nodes_carry() -> None:
    assert size_measure(_graph()) == "degree"
    assert size_measure(_graph(pagerank={"a": 0.3, "b": 0.7})) == "pagerank"
    assert size_measure(_graph(betweenness={"a": 0.0, "b": 0.5})) == "betweenness"


def test_size_measure_asked_for_must_be_there() -> None:
    with pytest.raises(ConfigError, match="kgbuilder analyze"):
        size_measure(_graph(), "pagerank")
    with pytest.raises(ConfigError, match="cannot size nodes by 'weight'"):
        size_measure(_graph(), "weight")


def test_build_payload_sizes_nodes_by_the_measure() -> None:
    payload = build_payload(_graph(pagerank={"a": 0.09, "b": 0.81}))
    values = {node["id"]: node["value"] for node in payload.nodes}
    assert payload.size_by == "pagerank"
    assert values == {"a": pytest.approx(0.3), "b": pytest.approx(0.9)}  # area ~ measure


def test_build_payload_refers_evidence_to_its_documents(seed_projection: nx.MultiDiGraph) -> None:
    payload = build_payload(seed_projection)
    iris = [doc["iri"] for doc in payload.documents]
    assert len(iris) == len(set(iris))
    by_id = {edge["id"]: edge for edge in payload.edges}
    ordered = sorted(seed_projection.edges(keys=True, data=True), key=lambda e: e[:3])
    for index, (_, _, _, data) in enumerate(ordered):
        edge = by_id[f"e{index}"]
        sources = {e["source"] for e in data["evidence"]}
        sources |= {e["primary_source"] for e in data["evidence"] if e["primary_source"]}
        assert {iris[i] for i in edge.get("docs", [])} == sources
        for item, evidence in zip(edge.get("evidence", []), data["evidence"], strict=True):
            assert iris[item["doc"]] == evidence["source"]
            if evidence["primary_source"]:
                reported = payload.documents[item["reports"]]
                assert reported["iri"] == evidence["primary_source"]
                assert reported["title"] == evidence["primary_title"]


def test_build_payload_gives_a_node_the_documents_of_its_facts(
    seed_projection: nx.MultiDiGraph,
) -> None:
    payload = build_payload(seed_projection)
    braga = find_entity(seed_projection, "Braga")
    node = next(n for n in payload.nodes if n["id"] == braga)
    from_edges = {
        d for e in payload.edges if braga in (e["from"], e["to"]) for d in e.get("docs", [])
    }
    assert from_edges
    assert from_edges <= set(node["docs"])


def test_build_payload_lists_kinds_and_relations_with_counts(
    seed_projection: nx.MultiDiGraph,
) -> None:
    payload = build_payload(seed_projection)
    kinds = {k["kind"]: k["count"] for k in payload.kinds}
    for kind in Kind:
        count = sum(1 for _, d in seed_projection.nodes(data=True) if d["kind"] == kind.value)
        assert kinds.get(kind.value, 0) == count
    for k in payload.kinds:
        assert (k["color"], k["shape"]) == KIND_STYLE[k["kind"]]
    relations = [r["relation"] for r in payload.relations]
    assert relations[0] == "worksFor"  # the ontology's order: posts first
    assert sum(r["count"] for r in payload.relations) == seed_projection.number_of_edges()


def test_build_payload_spans_the_dates_of_facts(seed_projection: nx.MultiDiGraph) -> None:
    payload = build_payload(seed_projection)
    dates = [d["qualifiers"].get("date") for *_, d in seed_projection.edges(data=True, keys=True)]
    dates = [d for d in dates if d]
    dates += [v for _, n in seed_projection.nodes(data=True) for v in n["dates"].values()]
    assert payload.years == [min(int(d[:4]) for d in dates), max(int(d[:4]) for d in dates)]


def test_build_payload_links_only_web_addresses() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node(
        "x",
        label="X",
        kind="Place",
        same_as=[
            "https://sws.geonames.org/3936456/",
            "http://www.wikidata.org/entity/Q419",
            "javascript:alert(1)",
            "urn:isbn:123",
        ],
    )
    (node,) = build_payload(graph).nodes
    assert node["links"] == [
        {"href": "https://sws.geonames.org/3936456/", "text": "GeoNames 3936456"},
        {"href": "http://www.wikidata.org/entity/Q419", "text": "Wikidata Q419"},
    ]


def test_build_payload_bends_parallel_edges() -> None:
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(["a", "b"], label="n", kind="Organization")
    for key in ("partOf", "acquired", "investsIn"):
        graph.add_edge("a", "b", key=key, label=key)
    smooth = [edge.get("smooth") for edge in build_payload(graph).edges]
    assert smooth[0] is None
    assert [s["type"] for s in smooth[1:]] == ["curvedCW", "curvedCCW"]


def test_build_payload_is_the_same_every_time(seed_projection: nx.MultiDiGraph) -> None:
    first = build_payload(seed_projection)
    again = build_payload(seed_projection.copy())
    assert json.dumps(first.__dict__, sort_keys=True) == json.dumps(again.__dict__, sort_keys=True)
