"""The saved queries on a graph of several documents, built through the real model stage.

The seed graph has one document, where every parent is the top of its chain and nobody holds two
posts; these cases need more: a chain of three organizations, a person with posts in two
organizations, an entity named twice in one document and once in another, the same role and
measure described in every document's graph (so the union of graphs repeats their triples).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from kgbuilder.config import DEFAULT_BASE_IRI
from kgbuilder.datamodel import (
    Entity,
    Evidence,
    Figure,
    GraphInput,
    Mention,
    Provenance,
    Qualifiers,
    Relation,
    Source,
    SourceKind,
)
from kgbuilder.kinds import entity_type
from kgbuilder.model.builder import build_graphs
from kgbuilder.query.library import load_library
from kgbuilder.query.run import run_query
from kgbuilder.store import OxigraphStore

BASE = DEFAULT_BASE_IRI
DOCS = {"sha256:" + "a1" * 32: "Morning Report", "sha256:" + "b2" * 32: "Evening Report"}
MORNING, EVENING = DOCS


def _provenance(doc: str, sentence: str = "A sentence.") -> Provenance:
    span = Evidence(doc, 0, len(sentence), sentence)
    return Provenance(doc, "extracted", "kgbuilder.extract.rules", "0.1.0", 0.9, (span,))


def _graph_input() -> GraphInput:
    data = GraphInput()
    for doc, title in DOCS.items():
        data.sources.append(Source(doc, SourceKind.DOCUMENT, title=title, path=f"{title}.txt"))
    for key, name, kind in [
        ("organization/tiny-works", "Tiny Works", "Corporation"),
        ("organization/mid-group", "Mid Group", "Corporation"),
        ("organization/top-holding", "Top Holding", "Corporation"),
        ("organization/other-firm", "Other Firm", "Corporation"),
        ("person/ana-lima", "Ana Lima", "Person"),
    ]:
        data.entities.append(Entity(key, name, entity_type(kind), aliases=(f"{name} alias",)))
    for doc in DOCS:  # the same facts in both documents: their descriptions repeat per graph
        data.relations += [
            Relation(
                "organization/tiny-works", "partOf", "organization/mid-group", _provenance(doc)
            ),
            Relation(
                "organization/mid-group", "partOf", "organization/top-holding", _provenance(doc)
            ),
            Relation(
                "person/ana-lima",
                "worksFor",
                "organization/tiny-works",
                _provenance(doc),
                Qualifiers(role="Director"),
            ),
            Relation(
                "person/ana-lima",
                "worksFor",
                "organization/other-firm",
                _provenance(doc),
                Qualifiers(role="Adviser"),
            ),
        ]
        data.figures.append(
            Figure("organization/tiny-works", "sales", Decimal(7), _provenance(doc), unit="units")
        )
    for doc, start in [(MORNING, 0), (MORNING, 40), (EVENING, 10)]:
        data.mentions.append(
            Mention(
                doc, start, start + 10, "Tiny Works", "organization/tiny-works", agent_version="1"
            )
        )
        data.source_entities.setdefault(doc, set()).add("organization/tiny-works")
    data.source_entities[MORNING].add("person/ana-lima")
    return data


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphStore]:
    path: Path = tmp_path_factory.mktemp("many-sources") / "store"
    graph = OxigraphStore(path)
    for name, triples in build_graphs(_graph_input(), BASE).graphs.items():
        graph.replace_graph(name, triples)
    yield graph
    graph.close()


def _rows(store: OxigraphStore, query: str, **params: str) -> list[dict[str, str]]:
    saved = load_library()[query]
    result = run_query(store, saved.text, BASE, params=params, saved=saved)
    return [{k: str(v) for k, v in row.items()} for row in result.dicts()]


@pytest.mark.parametrize("params", [{}, {"name": "Tiny Works alias"}])
def test_organizations_and_parents_follow_the_chain_to_its_top(
    store: OxigraphStore, params: dict[str, str]
) -> None:
    rows = {
        r["organizationName"]: (r.get("parentName"), r.get("topmostName"))
        for r in _rows(store, "organizations-and-parents", **params)
    }
    expected = {
        "Tiny Works": ("Mid Group", "Top Holding"),
        "Mid Group": ("Top Holding", "Top Holding"),
        "Top Holding": (None, None),
        "Other Firm": (None, None),
    }
    assert rows == ({"Tiny Works": expected["Tiny Works"]} if params else expected)


@pytest.mark.parametrize("params", [{}, {"name": "Ana Lima"}])
def test_people_and_posts_pair_each_role_with_its_organization(
    store: OxigraphStore, params: dict[str, str]
) -> None:
    rows = _rows(store, "people-and-posts", **params)
    assert sorted((r["organizationName"], r["role"]) for r in rows) == [
        ("Other Firm", "Adviser"),
        ("Tiny Works", "Director"),
    ]


def test_figures_by_organization_name_the_measure_once(store: OxigraphStore) -> None:
    rows = _rows(store, "figures-by-organization", name="Tiny Works")
    assert [(r["measure"], r["value"], r["unit"]) for r in rows] == [("sales", "7", "units")]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("Morning Report", {"Tiny Works": "2", "Ana Lima": "0"}),
        ("Evening Report.txt", {"Tiny Works": "1"}),
        (f"<{BASE}doc/{'b2' * 8}>", {"Tiny Works": "1"}),
        ("Noon Report", {}),
    ],
)
def test_mentioned_in_document_counts_the_mentions_of_that_document(
    store: OxigraphStore, document: str, expected: dict[str, str]
) -> None:
    rows = _rows(store, "mentioned-in-document", document=document)
    assert {r["name"]: r["mentions"] for r in rows} == expected


def test_mentioned_in_document_lists_every_source_once_per_entity(store: OxigraphStore) -> None:
    rows = _rows(store, "mentioned-in-document")
    assert sorted((r["title"], r["name"], r["mentions"]) for r in rows) == [
        ("Evening Report", "Tiny Works", "1"),
        ("Morning Report", "Ana Lima", "0"),
        ("Morning Report", "Tiny Works", "2"),
    ]
