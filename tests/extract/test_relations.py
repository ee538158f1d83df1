"""Relation patterns, each with a sentence that should give it and one that should not."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relations


def test_relations_appositive_title_gives_works_for_with_role(read) -> None:
    found = read(
        "Laura Gomez, Deputy General Manager of Andes Mining Corporation and Pacific Steel Group, "
        "spoke in Santiago."
    )
    posts = {
        (r.subject, r.object, r.qualifiers.role) for r in found.relations if r.label == "worksFor"
    }
    assert ("Laura Gomez", "Andes Mining Corporation", "Deputy General Manager") in posts
    assert ("Laura Gomez", "Pacific Steel Group", "Deputy General Manager") in posts


def test_relations_title_without_organization_gives_no_works_for(read) -> None:
    found = read("Laura Gomez, Deputy General Manager, spoke in Santiago about copper prices.")
    assert not [r for r in found.relations if r.label == "worksFor"]


def test_relations_professor_at_university(read) -> None:
    found = read("Wang Jun, a professor at the University of Toronto, shared his research.")
    assert ("Wang Jun", "worksFor", "University of Toronto") in relations(found)
    assert ("University of Toronto", "locatedIn", "Toronto") in relations(found)


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Alves, a well-known Brazilian architect, designed the pavilion.",
        "Brazilian architect Pedro Alves designed the pavilion.",
    ],
)
def test_relations_nationality_from_demonym(read, text: str) -> None:
    assert ("Pedro Alves", "nationality", "Brazil") in relations(read(text))


def test_relations_nationality_needs_a_country_demonym(read) -> None:
    found = read("Pedro Alves, a well-known Latin American architect, designed the pavilion.")
    assert not [r for r in found.relations if r.label == "nationality"]


@pytest.mark.parametrize(
    "text",
    [
        "Norvale Holdings completed its acquisition of Brightwater Foods in 2019.",
        "Norvale Holdings's acquisition of Brightwater Foods in 2019 was praised.",
        "Brightwater Foods was acquired by Norvale Holdings in 2019.",
    ],
)
def test_relations_acquisition_with_year(read, text: str) -> None:
    found = read(text)
    deals = [
        (r.subject, r.object, r.qualifiers.date) for r in found.relations if r.label == "acquired"
    ]
    assert deals == [("Norvale Holdings", "Brightwater Foods", "2019")]


def test_relations_stake_is_an_investment_not_an_acquisition(read) -> None:
    found = read("Norvale Holdings acquired a 20 percent stake in Brightwater Foods last year.")
    labels = {r.label for r in found.relations if r.subject == "Norvale Holdings"}
    assert "acquired" not in labels
    assert "investsIn" in labels


def test_relations_event_venue_dates_and_speakers(read) -> None:
    text = (
        'The "Hainan Opens Up" investment forum was held in Nairobi and Mombasa from June 3 to 5, '
        "2025.\n\nJohn Mwangi, Director of the Kenya Investment Authority, said the forum would "
        "bring new business. The event was organized by the Hainan Provincial Department of "
        "Commerce."
    )
    found = read(text)
    rels = relations(found)
    event = "Hainan Opens Up"
    assert (event, "locatedIn", "Nairobi") in rels
    assert (event, "locatedIn", "Mombasa") in rels
    assert ("John Mwangi", "participatedIn", event) in rels
    assert (event, "organizedBy", "Hainan Provincial Department of Commerce") in rels
    dates = {(a.name, a.value) for a in found.attributes}
    assert dates == {("startDate", "2025-06-03"), ("endDate", "2025-06-05")}


def test_relations_event_dates_without_year_need_a_document_date(read) -> None:
    text = 'The "Blue Ocean" trade fair was held in Lisbon from June 3 to 5.'
    assert read(text).attributes == ()
    dated = read(text, published="2023-06-10")
    assert {(a.name, a.value) for a in dated.attributes} == {
        ("startDate", "2023-06-03"),
        ("endDate", "2023-06-05"),
    }


def test_relations_no_event_no_participants(read) -> None:
    found = read("John Mwangi, Director of the Kenya Investment Authority, said prices rose.")
    assert not [r for r in found.relations if r.label == "participatedIn"]


def test_relations_market_presence_gives_operates_in(read) -> None:
    found = read("Kestrel Motors's sales grew quickly in the Chilean market last year.")
    assert ("Kestrel Motors", "operatesIn", "Chile") in relations(found)


def test_relations_place_companies_give_located_in(read) -> None:
    found = read("He cited Kestrel Motors's growth as an example of Shanghai companies abroad.")
    assert ("Kestrel Motors", "locatedIn", "Shanghai") in relations(found)


def test_relations_place_comma_place(read) -> None:
    found = read("The delegation visited Ningbo, China, and then Porto, Portugal.")
    rels = relations(found)
    assert ("Ningbo", "locatedIn", "China") in rels
    assert ("Porto", "locatedIn", "Portugal") in rels


def test_relations_a_list_of_cities_is_not_containment(read) -> None:
    found = read("The delegation visited Lima, Cusco and Arequipa last week.")
    assert not [r for r in found.relations if r.label == "locatedIn"]


def test_relations_subsidiary_of(read) -> None:
    found = read("Orbis Data, a subsidiary of Helix Systems Corporation, opened an office.")
    assert ("Orbis Data", "partOf", "Helix Systems Corporation") in relations(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The forum opened in Nanning, capital of south China's Guangxi Zhuang Autonomous Region.",
            ("Nanning", "locatedIn", "Guangxi Zhuang Autonomous Region"),
        ),
        (
            "Buyers toured China's Zhejiang Province last week.",
            ("Zhejiang Province", "locatedIn", "China"),
        ),
        (
            "Tecnova Labs, a software company based in Recife, signed the deal.",
            ("Tecnova Labs", "locatedIn", "Recife"),
        ),
        (
            "The deal was signed with Chilean distributor Andimar Logistics on Friday.",
            ("Andimar Logistics", "locatedIn", "Chile"),
        ),
        (
            "Argentine Ambassador to China Marta Ruiz spoke at the dinner.",
            ("Marta Ruiz", "nationality", "Argentina"),
        ),
    ],
)
def test_relations_places_seats_and_nationality(
    read, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in relations(read(text))


def test_relations_organizers_with_bracketed_acronym(read) -> None:
    found = read(
        'The "Silk Road Gourmet" festival was organized by the Pacific Food Alliance (PFA) and '
        "the Lima Chamber of Commerce."
    )
    rels = relations(found)
    assert ("Silk Road Gourmet", "organizedBy", "Pacific Food Alliance") in rels
    assert ("Silk Road Gourmet", "organizedBy", "Lima Chamber of Commerce") in rels
