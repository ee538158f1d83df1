"""The curated seed graph holds every entity and relation of the seed gold file (recall 1.0).

Matching follows the eval README: names compared after NFKC and case folding with a leading "the"
dropped, kinds must agree, relations read through ONTOLOGY.md's predicates.
"""

from __future__ import annotations

import unicodedata

import pytest
import yaml

from kgb_paths import SHARED_EVAL
from kgbuilder import KnowledgeGraph
from kgbuilder.relations import LABELS

GOLD = SHARED_EVAL / "seed" / "chongqing-brands-latam.gold.yaml"
KIND_CLASS = {
    "Person": "schema:Person",
    "Organization": "schema:Organization",
    "Place": "schema:Place",
    "Event": "schema:Event",
    "IndustryCluster": "kgb:IndustryCluster",
    "Other": "schema:Thing",
}

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason=f"the seed gold file is not at {GOLD}")


def norm(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    return text[4:] if text.startswith("the ") else text


@pytest.fixture(scope="module")
def gold() -> dict:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def names(seed_graph: KnowledgeGraph) -> dict[str, set[tuple[str, str]]]:
    """normalised name -> {(entity IRI, kind)} for every label and alias in the graph."""
    found: dict[str, set[tuple[str, str]]] = {}
    for kind, cls in KIND_CLASS.items():
        rows = seed_graph.query(
            f"SELECT ?e ?n WHERE {{ ?e a {cls} ; rdfs:label|skos:altLabel ?n }}"
        ).values()
        for entity, name in rows:
            assert entity is not None and name is not None
            found.setdefault(norm(name), set()).add((entity, kind))
    return found


def test_seed_gold_every_entity_is_in_the_graph(
    gold: dict, names: dict[str, set[tuple[str, str]]]
) -> None:
    missing = []
    for entity in gold["entities"]:
        forms = [entity["name"], *entity.get("aliases", [])]
        if not any(
            kind == entity["type"] for form in forms for _, kind in names.get(norm(form), set())
        ):
            missing.append(entity["name"])
    assert missing == []


def test_seed_gold_every_relation_is_in_the_graph(
    gold: dict, names: dict[str, set[tuple[str, str]]], seed_graph: KnowledgeGraph
) -> None:
    missing = []
    for subject, label, obj, *_ in gold["relations"]:
        predicates = " ".join(f"<{p}>" for p in LABELS[label].predicates)
        subjects = {iri for iri, _ in names.get(norm(subject), set())}
        objects = {iri for iri, _ in names.get(norm(obj), set())}
        found = any(
            seed_graph.query(f"ASK {{ VALUES ?p {{ {predicates} }} <{s}> ?p <{o}> }}").boolean
            for s in subjects
            for o in objects
        )
        if not found:
            missing.append((subject, label, obj))
    assert missing == []


def test_seed_gold_roles_years_and_figures(gold: dict, seed_graph: KnowledgeGraph) -> None:
    posts = set(
        seed_graph.query(
            "SELECT ?p ?o ?t WHERE { ?m org:member/rdfs:label ?p ; org:organization/rdfs:label ?o ; org:role/skos:prefLabel ?t }"
        ).values()
    )
    for subject, label, obj, *qualifier in gold["relations"]:
        if label == "worksFor" and qualifier:
            assert (subject, obj, qualifier[0]) in posts
    assert seed_graph.query(
        "ASK { ?a a kgb:Acquisition ; schema:agent/rdfs:label 'Chongqing Polycomp International' ;"
        " schema:object/rdfs:label 'Capivari Glass Fiber' ; schema:startDate '2011'^^xsd:gYear }"
    ).boolean
    figures = set(
        seed_graph.query(
            "SELECT ?what ?value WHERE { ?o schema:observationAbout/rdfs:label 'Changan' ; schema:value ?value ;"
            " schema:measuredProperty ?m ; schema:location/rdfs:label 'Peru' . OPTIONAL { ?m rdfs:label ?l }"
            " BIND(COALESCE(?l, 'rank') AS ?what) }"
        ).values()
    )
    assert figures == {("sales", "6153"), ("rank", "1"), ("rank", "4")}
    dates = seed_graph.query(
        "SELECT ?s ?e WHERE { ?ev a schema:Event ; schema:startDate ?s ; schema:endDate ?e }"
    ).values()
    assert dates == [("2024-11-05", "2024-11-08")]
