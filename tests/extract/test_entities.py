"""Names found by NER, gazetteers and rule components, with the negative cases."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entities, relations


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            'The "Yunnan Flavours: A Taste of the South" culinary roadshow toured Madrid in May.',
            "Yunnan Flavours: A Taste of the South",
            "Event",
        ),
        (
            "Officials introduced the '4422' industry cluster to visitors from Chile.",
            "4422 industry cluster",
            "IndustryCluster",
        ),
        (
            "Investors praised the Xiamen-Fuzhou Economic Circle during the visit to Kenya.",
            "Xiamen-Fuzhou Economic Circle",
            "IndustryCluster",
        ),
        (
            "Visitors admired the Longmen Grottoes near Luoyang before lunch.",
            "Longmen Grottoes",
            "Place",
        ),
        (
            "Guests at the dinner in Ottawa tasted Hunan noodles and rice wine.",
            "Hunan noodles",
            "Other",
        ),
        ("Experts from Argentina attended the meeting in Buenos Aires.", "Buenos Aires", "Place"),
        ("The Peruvian delegation arrived in Tokyo on Monday.", "Peru", "Place"),
    ],
)
def test_entity_finder_names_by_rule(read, text: str, name: str, kind: str) -> None:
    assert entities(read(text)).get(name) == kind


def test_entity_finder_structural_org_gives_parent_and_part_of(read) -> None:
    found = read("Chen Li, Director of the Trade Office of the Hubei Provincial Committee, spoke.")
    names = entities(found)
    assert names["Trade Office of the Hubei Provincial Committee"] == "Organization"
    assert names["Hubei Provincial Committee"] == "Organization"
    assert (
        "Trade Office of the Hubei Provincial Committee",
        "partOf",
        "Hubei Provincial Committee",
    ) in relations(found)


def test_entity_finder_branch_name_gives_parent_and_place(read) -> None:
    found = read(
        "Ana Souza, Sales Director of Shenzhen Kaifa Electronics Chile Branch, said sales grew."
    )
    rels = relations(found)
    assert (
        "Shenzhen Kaifa Electronics Chile Branch",
        "partOf",
        "Shenzhen Kaifa Electronics",
    ) in rels
    assert ("Shenzhen Kaifa Electronics Chile Branch", "locatedIn", "Chile") in rels


def test_entity_finder_brand_country_needs_the_brand_mentioned_for_part_of(read) -> None:
    alone = relations(read("Rosa Diaz, Chief Executive of Gallardo Motors Peru, spoke in Lima."))
    assert ("Gallardo Motors Peru", "locatedIn", "Peru") in alone
    assert not any(label == "partOf" for _, label, _ in alone)


def test_entity_finder_description_with_indefinite_article_is_not_a_person(read) -> None:
    found = entities(read("Mario Rossi, a respected Italian Sinologist, opened the forum in Rome."))
    assert "Italian Sinologist" not in found
    assert found.get("Mario Rossi") == "Person"


def test_entity_finder_unknown_capitalised_acronym_is_not_a_place(read) -> None:
    found = entities(read("He praised the city's leadership in AI and robotics, and in Paris."))
    assert "AI" not in found
    assert found.get("Paris") == "Place"


def test_entity_finder_dateline_in_capitals_is_a_place(read) -> None:
    found = read("BUENOS AIRES, March 3 (Agency) -- Exporters met buyers on Tuesday.")
    assert entities(found).get("Buenos Aires") == "Place"


def test_entity_finder_head_word_inside_a_longer_name_is_not_a_landmark(read) -> None:
    found = entities(read("Great Wall Motor opened a plant in Brazil on Tuesday."))
    assert "Great Wall" not in found
    assert found.get("Great Wall Motor") == "Organization"


def test_entity_finder_hyphenated_name_stays_whole(read) -> None:
    found = entities(read("The China-Brazil Business Council held a meeting in Recife."))
    assert found.get("China-Brazil Business Council") == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "She studied at the University of Alberta before moving to Lima.",
        "The Royal Swedish Academy of Sciences awarded the prize in Stockholm.",
    ],
)
def test_entity_finder_of_phrase_inside_one_name_is_no_parent(read, text: str) -> None:
    assert not [r for r in read(text).relations if r.label == "partOf"]


def test_entity_finder_title_alone_is_not_an_organization(read) -> None:
    found = read("Helena Dias, CEO, said the Board approved the plan in Porto.")
    assert "CEO" not in entities(found)
    assert not [r for r in found.relations if r.label == "worksFor"]


def test_entities_a_name_given_as_better_known_as_is_the_same_entity(read) -> None:
    extraction = read(
        "The conference showcased Changsha Lugu High-tech Development Zone, better known as "
        "Optics Valley of Hunan, to investors."
    )
    names = {m.text: m.entity for m in extraction.mentions}
    assert names.get("Optics Valley of Hunan") == "Changsha Lugu High-tech Development Zone"
