"""Each saved query of queries/ run on the seed graph, checked against the seed gold file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from rdflib import URIRef

from kgbuilder import KnowledgeGraph
from kgbuilder.query.library import load_library

REPO = Path(__file__).resolve().parents[2]


def relations(gold: dict[str, Any], label: str) -> set[tuple[str, ...]]:
    """Gold relations with this label as (subject, object[, qualifier]) tuples."""
    return {tuple(str(x) for x in (r[0], r[2], *r[3:])) for r in gold["relations"] if r[1] == label}


def _run(graph: KnowledgeGraph, query: str, **params: str | URIRef) -> list[dict[str, str]]:
    result = graph.run_saved(query, params)
    return [{k: str(v) for k, v in row.items()} for row in result.dicts()]


def _iri(graph: KnowledgeGraph, label: str) -> URIRef:
    result = graph.query("SELECT ?x WHERE { ?x rdfs:label ?l }", params={"l": f'"{label}"'})
    assert len(result.rows) == 1, label
    node = result.rows[0][0]
    assert isinstance(node, URIRef)
    return node


def test_every_saved_query_runs_on_the_seed_graph(seed_graph: KnowledgeGraph) -> None:
    for name, saved in load_library().items():
        required = [p for p in saved.parameters if not p.optional]
        params = {p.name: "<https://example.org/none>" for p in required}
        result = seed_graph.run_saved(name, params)
        assert result.type in ("SELECT", "ASK", "CONSTRUCT"), name


def test_people_and_posts_match_gold(seed_graph: KnowledgeGraph, gold: dict[str, Any]) -> None:
    rows = _run(seed_graph, "people-and-posts")
    found = {(r["personName"], r["organizationName"], r["role"]) for r in rows}
    assert found == relations(gold, "worksFor")


def test_people_and_posts_by_alias(seed_graph: KnowledgeGraph, gold: dict[str, Any]) -> None:
    person = next(e for e in gold["entities"] if e["type"] == "Person" and e["aliases"])
    rows = _run(seed_graph, "people-and-posts", name=person["aliases"][0])
    expected = {r for r in relations(gold, "worksFor") if r[0] == person["name"]}
    assert {(r["personName"], r["organizationName"], r["role"]) for r in rows} == expected


def test_organizations_and_parents_match_gold(
    seed_graph: KnowledgeGraph, gold: dict[str, Any]
) -> None:
    rows = _run(seed_graph, "organizations-and-parents")
    listed = {r["organizationName"] for r in rows}
    assert listed == {e["name"] for e in gold["entities"] if e["type"] == "Organization"}
    parents = {(r["organizationName"], r["parentName"]) for r in rows if "parentName" in r}
    assert parents == relations(gold, "partOf")
    for row in rows:
        if "parentName" in row:  # in the seed, every parent is the top of its chain
            assert row["topmostName"] == row["parentName"]


def test_located_where_matches_gold(seed_graph: KnowledgeGraph, gold: dict[str, Any]) -> None:
    rows = _run(seed_graph, "located-where")
    found = {(r["thingName"], r["whereName"]) for r in rows}
    expected = relations(gold, "locatedIn")
    assert expected <= found
    for thing, where in found - expected:
        # anything beyond the gold comes from the gazetteer, never from the records
        why = seed_graph.run_saved(
            "why",
            {
                "subject": _iri(seed_graph, thing),
                "object": _iri(seed_graph, where),
            },
        )
        assert {d["method"].toPython() for d in why.dicts()} == {"gazetteer"}, (thing, where)


def test_located_where_by_place(seed_graph: KnowledgeGraph, gold: dict[str, Any]) -> None:
    rows = _run(seed_graph, "located-where", place="Peru")
    expected = {s for s, o in relations(gold, "locatedIn") if o == "Peru"}
    assert {r["thingName"] for r in rows} == expected


def test_events_match_gold(seed_graph: KnowledgeGraph, gold: dict[str, Any]) -> None:
    (row,) = _run(seed_graph, "events")
    event = next(e for e in gold["entities"] if e["type"] == "Event")
    assert row["eventName"] == event["name"]
    fact = next(f for f in gold["facts"] if f["what"] == "date range")
    start, end = str(fact["value"]).split("/")
    year = str(gold["published"])[:4]
    assert (row["start"], row["end"]) == (f"{year}-{start}", f"{year}-{end}")
    located = relations(gold, "locatedIn")
    assert set(row["places"].split("; ")) == {o for s, o in located if s == event["name"]}
    took_part = {s for s, o in relations(gold, "participatedIn") if o == event["name"]}
    assert set(row["participants"].split("; ")) == took_part
    assert int(row["participantCount"]) == len(took_part)


def test_events_by_alias(seed_graph: KnowledgeGraph, gold: dict[str, Any]) -> None:
    event = next(e for e in gold["entities"] if e["type"] == "Event")
    assert [r["eventName"] for r in _run(seed_graph, "events", name=event["aliases"][0])] == [
        event["name"]
    ]


def test_acquisitions_match_gold(seed_graph: KnowledgeGraph, gold: dict[str, Any]) -> None:
    rows = _run(seed_graph, "acquisitions-and-investments")
    found = {
        (r["agentName"], r["objectName"], r["date"]) for r in rows if r["kind"] == "acquisition"
    }
    assert found == relations(gold, "acquired")
    assert not [r for r in rows if r["kind"] == "investment"]  # the gold has none


def test_figures_by_organization_match_gold(
    seed_graph: KnowledgeGraph, gold: dict[str, Any]
) -> None:
    rows = _run(seed_graph, "figures-by-organization")
    found = {
        (r["organizationName"], r["measure"], Decimal(r["value"]), r["placeName"]) for r in rows
    }
    expected = {
        (
            f["subject"],
            "rank" if f["what"].startswith("rank") else f["what"],
            Decimal(str(f["value"])),
            f["place"],
        )
        for f in gold["facts"]
        if "unit" in f or f["what"].startswith("rank")
    }
    assert found == expected
    sales = next(r for r in rows if r["measure"] == "sales")
    fact = next(f for f in gold["facts"] if f["what"] == "sales")
    assert (sales["unit"], sales["period"]) == (fact["unit"], fact["period"])
    scopes = {r["scope"] for r in rows if r["measure"] == "rank"}
    assert len(scopes) == 2


@pytest.mark.parametrize("label", ["worksFor", "partOf", "participatedIn", "acquired"])
def test_why_cites_the_record_line_and_primary_source(
    seed_graph: KnowledgeGraph, gold: dict[str, Any], label: str
) -> None:
    records = REPO / "graph_data" / "records" / "chongqing-brands-latam.yaml"
    lines = records.read_text(encoding="utf-8").splitlines()
    for subject, obj, *_ in relations(gold, label):
        rows = _run(
            seed_graph, "why", subject=_iri(seed_graph, subject), object=_iri(seed_graph, obj)
        )
        curated = [r for r in rows if r["method"] == "curated"]
        assert len(curated) == 1, (subject, obj)
        row = curated[0]
        written = lines[int(row["line"]) - 1]
        assert subject in written
        assert obj in written
        assert label in written
        assert row["primarySource"] != row["source"]
        assert row["primaryTitle"].startswith("China: An Opportunity")
        assert row["published"] == str(gold["published"])


def test_mentioned_in_document_lists_the_entities_of_a_source(
    seed_graph: KnowledgeGraph, gold: dict[str, Any]
) -> None:
    everything = _run(seed_graph, "mentioned-in-document")
    sources = {r["source"] for r in everything}
    assert len(sources) == 1
    (source,) = sources
    for key in (source, everything[0]["title"]):
        rows = _run(seed_graph, "mentioned-in-document", document=key)
        assert {r["name"] for r in rows} == {e["name"] for e in gold["entities"]}
    assert _run(seed_graph, "mentioned-in-document", document="no such document") == []


def test_co_mentions_pair_every_entity_of_a_source(
    seed_graph: KnowledgeGraph, gold: dict[str, Any]
) -> None:
    names = {e["name"] for e in gold["entities"]}
    rows = _run(seed_graph, "co-mentions", name="Paulo Braga")
    assert {r["otherName"] for r in rows} == names - {"Paulo Braga"}
    assert {r["sources"] for r in rows} == {"1"}
    assert len(_run(seed_graph, "co-mentions")) == len(names) * (len(names) - 1)


def test_saved_query_parameters_reach_only_their_variable(seed_graph: KnowledgeGraph) -> None:
    hostile = 'x" } ?s ?p ?o { "'
    assert _run(seed_graph, "people-and-posts", name=hostile) == []
