"""Regional arms of companies: "<Brand> Middle East" is one organization, part of its brand."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entities, relations


@pytest.mark.parametrize(
    ("text", "arm", "parent"),
    [
        (
            "Quanlong Electric, a Suzhou-based cable maker, presented its regional branch "
            "Quanlong Middle East. Ahmed Saleh, General Manager of Quanlong Middle East, spoke.",
            "Quanlong Middle East",
            "Quanlong Electric",
        ),
        (
            "Tianmao Tractors came with staff from its regional arm Tianmao Latin America, "
            "which is based in Montevideo.",
            "Tianmao Latin America",
            "Tianmao Tractors",
        ),
        (
            "Kelun Power makes batteries. Kelun Africa sells storage systems in Kenya, while "
            "Kelun Europe runs a plant in Poland.",
            "Kelun Europe",
            "Kelun Power",
        ),
    ],
)
def test_company_names_regional_arm_is_part_of_its_brand(
    read, text: str, arm: str, parent: str
) -> None:
    extraction = read(text)
    assert entities(extraction)[arm] == "Organization"
    assert (arm, "partOf", parent) in relations(extraction)


def test_company_names_regional_arm_without_a_named_parent_stands_alone(read) -> None:
    extraction = read("Samuel Otieno, Managing Director of Baiyun Africa, said sales grew.")
    assert entities(extraction)["Baiyun Africa"] == "Organization"
    assert not [r for r in relations(extraction) if r[1] == "partOf"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Exporters from Kenya met buyers from East Africa in Nairobi.", "East Africa"),
        ("The forum looked at trade between China and Latin America.", "Latin America"),
        ("In Europe, demand for batteries rose.", "Europe"),
        ("Chinese Africa policy was the theme of the talk in Nairobi.", "Africa"),
    ],
)
def test_company_names_regions_after_places_and_function_words_stay_places(
    read, text: str, place: str
) -> None:
    names = entities(read(text))
    assert names.get(place) == "Place"
    assert not [n for n, kind in names.items() if kind == "Organization" and place in n]


def test_company_names_hyphenated_pair_is_no_regional_arm(read) -> None:
    names = entities(read("The Hunan-Africa Trade Expo opened in Changsha on June 3."))
    assert "Hunan-Africa Trade Expo" in names
    assert names["Hunan-Africa Trade Expo"] == "Event"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Kelun Power bought the Qatari installer Sahra in 2021.", "Sahra", "Organization"),
        (
            "Buses came from the Kenyan assembler Mobari Motors last year.",
            "Mobari Motors",
            "Organization",
        ),
    ],
)
def test_company_names_name_after_a_descriptor_is_an_organization(
    read, text: str, name: str, kind: str
) -> None:
    assert entities(read(text)).get(name) == kind


def test_company_names_clause_after_a_descriptor_is_no_name(read) -> None:
    # "the firm <Person> founded": a relative clause about the firm
    names = entities(read("He joined the firm Zhou Lan founded in Wuhan in 2015."))
    assert names.get("Zhou Lan") != "Organization"
