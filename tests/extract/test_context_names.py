"""Names read from the phrase around them: appositions, venues, missions, areas, capitals."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entities, relations


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Geely Auto, a Hangzhou-based carmaker, opened a plant.", "Geely Auto", "Organization"),
        ("Bosideng, the Changshu-based down apparel brand, grew.", "Bosideng", "Organization"),
        (
            "Xiamen Haixin Aquatic, a branch of the Haixin Group, grew.",
            "Xiamen Haixin Aquatic",
            "Organization",
        ),
        (
            "The fair was held at the Lima Convention Center in March.",
            "Lima Convention Center",
            "Place",
        ),
        (
            "The fair was held at the Corferias exhibition center in Bogota.",
            "Corferias exhibition center",
            "Place",
        ),
        (
            "The Embassy of China in Kenya supported the fair.",
            "Embassy of China in Kenya",
            "Organization",
        ),
        ("The venue lies in the San Isidro district of Lima.", "San Isidro", "Place"),
        # a name NER missed, described by what the person does or by a title
        ("Ana Torres, a buyer from Medellin, said prices rose.", "Ana Torres", "Person"),
        ("Rosa Quintero, a coffee grower in Huila, sold beans.", "Rosa Quintero", "Person"),
        # a place described by a noun for people stays a place
        ("Buyers flew to New Delhi, a trader hub, on Monday.", "New Delhi", "Place"),
    ],
)
def test_context_names_from_the_phrase_around(read, text: str, name: str, kind: str) -> None:
    assert entities(read(text)).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        # a person described by an organization noun after a preposition is still a person
        "Mario Rossi, a partner at the firm, said prices rose.",
        # "a <Demonym> chef" describes a person
        "Ana Silva, a Chilean chef, cooked in Lima.",
    ],
)
def test_context_names_apposition_of_a_person_is_no_company(read, text: str) -> None:
    assert "Organization" not in entities(read(text)).values()


def test_context_names_venue_named_alone_is_the_venue(read) -> None:
    found = read(
        "The Andean Coffee Expo was held at the Corferias exhibition center in Bogota. "
        "Visitors to Corferias praised the coffee."
    )
    rels = relations(found)
    assert ("Andean Coffee Expo", "locatedIn", "Corferias exhibition center") in rels
    assert ("Corferias exhibition center", "locatedIn", "Bogota") in rels
    assert entities(found).get("Corferias") == "Place"


def test_context_names_capital_by_demonym_needs_the_city_named(read) -> None:
    named = read("Lima hosted buyers. The fair opened in the Peruvian capital on Monday.")
    assert [m.entity for m in named.mentions if m.text == "Peruvian capital"] == ["Lima"]
    unnamed = read("The fair opened in the Peruvian capital on Monday.")
    assert not [m for m in unnamed.mentions if m.text == "Peruvian capital"]
