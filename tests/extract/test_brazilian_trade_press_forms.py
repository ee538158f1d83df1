"""Forms of the Brazilian trade press in translation: fairs named head first with their year
("Expo Indústria Paraná 2025"), metropolitan regions named for their city, towns placed with a
comma ("in Cascavel, in western Paraná"), industrial districts named for a two-word town."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_fair_named_head_first_keeps_its_year(read) -> None:
    extraction = read(
        "The deal was announced at the opening of Expo Indústria Paraná 2025, which runs until "
        "Friday at the Expotrade convention center in Pinhais.\n"
    )
    kinds = entities(extraction)
    assert kinds.get("Expo Indústria Paraná 2025") == "Event"
    rels = relations(extraction)
    assert ("Expo Indústria Paraná 2025", "locatedIn", "Expotrade convention center") in rels


def test_a_venue_named_like_a_fair_stays_a_venue(read) -> None:
    kinds = entities(read("Expo Mining 2025 opened at Expo Center Norte in São Paulo.\n"))
    assert kinds.get("Expo Mining 2025") == "Event"
    assert kinds.get("Expo Center Norte") != "Event"


def test_a_metropolitan_region_holds_its_city_and_the_towns_placed_in_it(read) -> None:
    extraction = read(
        "The fair runs at the Expotrade convention center in Pinhais, in the Metropolitan Region "
        "of Curitiba.\n"
    )
    assert entities(extraction).get("Metropolitan Region of Curitiba") == "Place"
    rels = relations(extraction)
    assert ("Curitiba", "locatedIn", "Metropolitan Region of Curitiba") in rels
    assert ("Pinhais", "locatedIn", "Metropolitan Region of Curitiba") in rels


def test_a_town_placed_with_a_comma_in_a_state_is_in_it(read) -> None:
    rels = relations(
        read("Baggio, a machinery maker headquartered in Cascavel, in western Paraná, signed.\n")
    )
    assert ("Cascavel", "locatedIn", "Paraná") in rels


def test_a_town_placed_with_a_comma_before_a_district_is_not_in_it(read) -> None:
    rels = relations(read("The bank opened an office in Lima, in the San Isidro district.\n"))
    assert ("Lima", "locatedIn", "San Isidro") not in rels


def test_a_town_placed_with_a_comma_in_another_state_is_not_in_it(read) -> None:
    # the gazetteer puts Curitiba in Paraná, not in the state of São Paulo
    rels = relations(read("The firm has offices in Curitiba, in São Paulo state and abroad.\n"))
    assert ("Curitiba", "locatedIn", "São Paulo") not in rels


def test_an_industrial_district_named_for_a_two_word_town_is_in_it(read) -> None:
    rels = relations(
        read(
            "The plant will be built in Ponta Grossa, in the Campos Gerais region. The unit will "
            "be installed in the Ponta Grossa Industrial District.\n"
        )
    )
    assert ("Ponta Grossa Industrial District", "locatedIn", "Ponta Grossa") in rels
