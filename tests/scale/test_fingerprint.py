"""Fingerprints change with what a graph is made of, and only then."""

from __future__ import annotations

from dataclasses import replace

from rdflib import Literal, URIRef

from kgbuilder.datamodel import Entity, GraphInput, Provenance, Relation, Source, SourceKind
from kgbuilder.kinds import entity_type
from kgbuilder.scale.fingerprint import content_fingerprint, input_fingerprint

SOURCE = Source("sha256:ab", SourceKind.DOCUMENT, path="a.txt")
RELATION = Relation(
    "person/ana", "worksFor", "organization/acme", Provenance("sha256:ab", "extracted", "x", "1")
)
ENTITIES = {
    "person/ana": Entity("person/ana", "Ana", entity_type("Person")),
    "organization/acme": Entity("organization/acme", "Acme", entity_type("Organization")),
}


def _print(data: GraphInput, entities: dict[str, Entity] = ENTITIES, context: str = "c") -> str:
    return input_fingerprint(data, entities, context)


def test_input_fingerprint_follows_inputs_kinds_and_context() -> None:
    data = GraphInput(sources=[SOURCE], relations=[RELATION], source_entities={"sha256:ab": {"x"}})
    same = GraphInput(sources=[SOURCE], relations=[RELATION], source_entities={"sha256:ab": {"x"}})
    assert _print(data) == _print(same)
    moved = GraphInput(sources=[replace(SOURCE, path="b.txt")], relations=[RELATION])
    assert _print(moved) != _print(GraphInput(sources=[SOURCE], relations=[RELATION]))
    retyped = dict(
        ENTITIES,
        **{"organization/acme": replace(ENTITIES["organization/acme"], type=entity_type("Place"))},
    )
    assert _print(data, retyped) != _print(data)
    assert _print(data, context="other code") != _print(data)


def test_content_fingerprint_ignores_order_not_content() -> None:
    a = (URIRef("http://e/a"), URIRef("http://e/p"), Literal("1"))
    b = (URIRef("http://e/b"), URIRef("http://e/p"), Literal("2"))
    assert content_fingerprint([a, b]) == content_fingerprint([b, a])
    assert content_fingerprint([a]) != content_fingerprint([a, b])
