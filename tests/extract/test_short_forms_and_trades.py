"""Short forms a text defines in brackets after a zone's or a body's name ("(Changsha ETDZ)",
"(Kezad)"), zones named with their town, and companies named with a German or Italian trade word,
which NER reads as people."""

from __future__ import annotations

from tests.extract.conftest import entities, relations, same_entity


def test_a_bracketed_short_form_keeping_the_first_word_is_the_zone(read) -> None:
    extraction = read(
        "The company is based in the Changsha Economic and Technological Development Zone "
        "(Changsha ETDZ). Its plant in Changsha ETDZ employs 800 people.\n"
    )
    kinds = entities(extraction)
    assert kinds["Changsha ETDZ"] == "IndustryCluster"
    assert same_entity(
        extraction, "Changsha Economic and Technological Development Zone", "Changsha ETDZ"
    )


def test_a_bracketed_short_form_ending_on_the_head_is_the_zone(read) -> None:
    extraction = read(
        "Investors in the Xi'an High-tech Industries Development Zone (Xi'an Hi-tech Zone) get "
        "tax cuts, officials said.\n"
    )
    assert entities(extraction)["Xi'an Hi-tech Zone"] == "IndustryCluster"


def test_a_bracketed_short_form_of_an_agency_is_the_agency(read) -> None:
    extraction = read(
        "Saeed Al Falasi, Director of Investment Promotion at the Dubai Investment Development "
        "Agency (Dubai FDI), told the forum that Dubai FDI recorded 38 projects.\n"
    )
    assert same_entity(extraction, "Dubai Investment Development Agency", "Dubai FDI")


def test_a_one_word_short_form_of_a_zone_is_no_person(read) -> None:
    extraction = read(
        "The group will build a truck plant at Khalifa Economic Zones Abu Dhabi (Kezad), with "
        "capacity for 5,000 vehicles a year.\n"
    )
    kinds = entities(extraction)
    assert kinds["Khalifa Economic Zones Abu Dhabi"] == "IndustryCluster"
    assert kinds.get("Kezad") == "IndustryCluster"


def test_a_bracket_after_a_name_that_does_not_shorten_it_is_no_alias(read) -> None:
    # "Dubai Mall" does not shorten "Dubai Chambers": two names, not one
    extraction = read("Talks were held by Dubai Chambers (Dubai Mall) on Monday, officials said.\n")
    assert not same_entity(extraction, "Dubai Chambers", "Dubai Mall")


def test_a_zone_named_with_its_town_in_the_middle_is_still_a_zone(read) -> None:
    kinds = entities(read("It opened a plant in the Ponta Grossa Economic Zone last year.\n"))
    assert kinds["Ponta Grossa Economic Zone"] == "IndustryCluster"


def test_a_company_named_with_a_german_trade_word_is_a_company(read) -> None:
    extraction = read(
        "Kessler Fahrzeugtechnik, part of the Heilbronn-based Kessler Gruppe, entered the Serbian "
        "market in 2023 by acquiring Alatnica Jablanica, a toolmaker from Leskovac.\n"
    )
    kinds = entities(extraction)
    assert kinds["Kessler Fahrzeugtechnik"] == "Organization"
    assert kinds["Kessler Gruppe"] == "Organization"
    assert ("Kessler Fahrzeugtechnik", "partOf", "Kessler Gruppe") in relations(extraction)


def test_a_person_addressed_by_a_style_keeps_a_trade_word_for_a_name(read) -> None:
    kinds = entities(
        read("Dr Anna Technik, a nurse from Graz, said the clinic was full. Dr Technik left.\n")
    )
    assert kinds.get("Anna Technik") == "Person"


def test_a_company_named_with_a_japanese_trade_word_is_a_company(read) -> None:
    kinds = entities(
        read(
            "The Japanese group Hoshino Denki signed on Tuesday a joint venture agreement for a "
            "plant in Ponta Grossa.\n"
        )
    )
    assert kinds.get("Hoshino Denki") == "Organization"
