"""The scorer on a hand-made graph and gold file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgbuilder.evaluate.gold import load_gold
from kgbuilder.evaluate.score import read_graph, score

GRAPH = """
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix kgb: <https://w3id.org/kgbuilder/ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix ex: <https://example.org/> .
ex:ana a schema:Person ; rdfs:label "Ana Pereira" ; skos:altLabel "Pereira" ;
    schema:worksFor ex:tco ; schema:nationality ex:chile .
ex:ana2 a schema:Person ; rdfs:label "A. Pereira" ; skos:altLabel "pereira" .
ex:tco a schema:Organization ; rdfs:label "The Trade Co" ; schema:location ex:quito ;
    kgb:relatedTo ex:chile .
ex:quito a schema:Place, schema:City ; rdfs:label "Quito" ; schema:containedInPlace ex:ecuador .
ex:ecuador a schema:Place ; rdfs:label "Ecuador" .
ex:chile a schema:Organization ; rdfs:label "Chile" .
ex:doc a schema:CreativeWork, prov:Entity ; rdfs:label "an article" .
"""
GOLD = """
id: hand
entities:
  - {name: Ana Pereira, type: Person, aliases: [Pereira]}
  - {name: Trade Co, type: Organization, aliases: []}
  - {name: Quito, type: Place, aliases: []}
  - {name: Ecuador, type: Place, aliases: []}
  - {name: Chile, type: Place, aliases: []}
  - {name: Lena Ortiz, type: Person, aliases: []}
relations:
  - [Ana Pereira, worksFor, Trade Co, Director]
  - [Ana Pereira, nationality, Chile]
  - [Trade Co, locatedIn, Quito]
  - [Quito, locatedIn, Ecuador]
  - [Trade Co, relatedTo, Chile]
"""


@pytest.fixture
def result(tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "g.ttl").write_text(GRAPH, encoding="utf-8")
    (tmp_path / "hand.gold.yaml").write_text(GOLD, encoding="utf-8")
    return score(read_graph(tmp_path / "g.ttl"), load_gold(tmp_path / "hand.gold.yaml"))


def test_score_entities_one_to_one_kinds_must_agree(result) -> None:  # type: ignore[no-untyped-def]
    # ana matches, ana2 is a duplicate (fp), "The Trade Co" matches (leading the), Quito, Ecuador
    # match; Chile is an Organization here (fp) so gold Chile is missed; Lena Ortiz is missed
    assert (result.entities.tp, result.entities.fp, result.entities.fn) == (4, 2, 2)
    assert sorted(result.missed_entities) == ["Chile (Place)", "Lena Ortiz (Person)"]
    assert result.entities_by_kind["Person"].fp == 1


def test_score_relations_both_predicates_of_located_in_related_to_excluded(result) -> None:  # type: ignore[no-untyped-def]
    assert (result.relations.tp, result.relations.fp, result.relations.fn) == (3, 1, 1)
    assert result.relations_by_label["locatedIn"].tp == 2
    assert result.missed_relations == ["Ana Pereira nationality Chile"]
    assert result.spurious_relations == ["Ana Pereira nationality Chile"]
    assert "relatedTo" not in result.relations_by_label
    assert result.relations.f1 == pytest.approx(0.75)
