"""SHACL validation: the seed graph conforms; broken graphs are caught with focus node and message."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kgbuilder import KnowledgeGraph
from kgbuilder.model.validate import validate_graph
from kgbuilder.namespaces import ORG, RDF, RDFS, SCHEMA

BASE = "https://w3id.org/kgbuilder/id/"


@pytest.fixture
def seed_union(seed_graph: KnowledgeGraph) -> Graph:
    graph = Graph()
    for s, p, o, _ in seed_graph.store.quads():
        graph.add((s, p, o))
    return graph


def test_validate_seed_graph_conforms(seed_union: Graph) -> None:
    result = validate_graph(seed_union)
    assert result.conforms, [str(v) for v in result.violations]


def person(name: str) -> URIRef:
    return URIRef(f"{BASE}person/{name}")


@pytest.mark.parametrize(
    ("breakage", "focus", "message"),
    [
        (
            lambda g: g.add((person("paulo-braga"), RDFS.label, Literal("P. Braga"))),
            BASE + "person/paulo-braga",
            "an entity has exactly one rdfs:label (its canonical name)",
        ),
        (
            lambda g: g.add(
                (person("paulo-braga"), SCHEMA.worksFor, URIRef(BASE + "organization/changan"))
            ),
            BASE + "person/paulo-braga",
            "has no provenance",
        ),
        (
            lambda g: g.add((person("guan-hong"), SCHEMA.worksFor, URIRef(BASE + "place/lima"))),
            BASE + "person/guan-hong",
            "schema:worksFor points to an organization",
        ),
        (
            lambda g: [
                g.remove((m, ORG.role, None))
                for m in list(g.subjects(RDF.type, ORG.Membership))[:1]
            ],
            None,
            "a post has one org:role",
        ),
    ],
)
def test_validate_catches_a_broken_graph(
    seed_union: Graph, breakage, focus: str | None, message: str
) -> None:
    breakage(seed_union)
    result = validate_graph(seed_union)
    assert not result.conforms
    matching = [v for v in result.violations if message in v.message]
    assert matching, [str(v) for v in result.violations]
    if focus is not None:
        assert matching[0].focus == focus
    assert matching[0].severity == "Violation"
