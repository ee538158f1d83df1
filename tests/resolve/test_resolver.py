"""The resolve stage over real extractions: containment the text states beats the gazetteer's,
which still backs a container the text states too."""

from __future__ import annotations

import pytest

from kgbuilder.config import Settings
from kgbuilder.extract.extractor import Extractor
from kgbuilder.resolve.resolver import resolve
from kgbuilder.sources.collect import SourceInputs
from tests.extract.conftest import document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def located(text: str, extractor: Extractor) -> set[tuple[str, str, str]]:
    doc = document(text)
    data = resolve(SourceInputs(documents=[doc]), Settings(), [], [extractor.extract(doc)])
    names = {e.key: e.name for e in data.entities}
    return {
        (names[r.subject], r.provenance.method, names[r.object])
        for r in data.relations
        if r.label == "locatedIn"
    }


def test_resolver_gazetteer_links_city_to_named_province_and_province_to_country(
    extractor: Extractor,
) -> None:
    rels = located("Buyers from Wuhan and Shanghai toured Hubei, in central China.", extractor)
    assert ("Wuhan", "gazetteer", "Hubei") in rels
    assert ("Hubei", "gazetteer", "China") in rels
    assert ("Shanghai", "gazetteer", "China") in rels
    assert ("Wuhan", "gazetteer", "China") not in rels


def test_resolver_text_containment_wins_over_the_gazetteer(extractor: Extractor) -> None:
    rels = located(
        "The fair opened in the San Isidro district of the Peruvian capital. Lima and Peru "
        "welcomed it.",
        extractor,
    )
    assert ("San Isidro", "extracted", "Lima") in rels
    assert not [r for r in rels if r[0] == "San Isidro" and r[1] == "gazetteer"]


def test_resolver_gazetteer_backs_the_container_the_text_states(extractor: Extractor) -> None:
    rels = located("Exporters met buyers in Lima, Peru, on Monday.", extractor)
    assert ("Lima", "extracted", "Peru") in rels
    assert ("Lima", "gazetteer", "Peru") in rels


def test_resolver_gazetteer_adds_the_state_between_a_town_and_its_stated_country(
    extractor: Extractor,
) -> None:
    rels = located(
        "Changzhou held an investment roadshow in Munich, Germany, on Tuesday. Bavaria is one of "
        "its closest partners, said the vice-mayor.",
        extractor,
    )
    assert ("Munich", "extracted", "Germany") in rels
    assert ("Munich", "gazetteer", "Bavaria") in rels
