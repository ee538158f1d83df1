"""A province's one-word name that NER read as a person's or a company's is the province when
its country is named and the text writes it as a place somewhere; a person of that name stays
a person. (Which place holds which is the resolver's, from the gazetteer.)"""

from __future__ import annotations

from tests.extract.conftest import entities


def test_a_province_s_name_read_as_a_person_is_the_province(read) -> None:
    kinds = entities(
        read(
            "Brazil's industry grew. He recalled that Paraná attracted R$ 18.6 billion in 2024. "
            "The plant is headquartered in Cascavel, in western Paraná. The Senai Paraná "
            "institute trains technicians."
        )
    )
    assert kinds.get("Paraná") == "Place"


def test_a_province_named_alone_in_a_text_of_its_country(read) -> None:
    kinds = entities(
        read(
            "Buyers from Colombia met the delegation on Monday. The fair moves to Medellín next "
            "week. Officials said Antioquia wants partners for the textile mills across "
            "Antioquia."
        )
    )
    assert kinds.get("Antioquia") == "Place"


def test_a_club_or_a_player_named_like_a_province_with_no_place_cue(read) -> None:
    kinds = entities(
        read(
            "Bayern said on Sunday that coach Thomas Tuchel would leave, after a poor run in "
            "Germany's top flight. Guerrero scored twice as Mexico beat Canada."
        )
    )
    assert kinds.get("Bayern") != "Place"
    assert kinds.get("Guerrero") != "Place"


def test_a_person_named_like_a_province_stays_a_person(read) -> None:
    kinds = entities(
        read(
            "Australian exporters met the buyers. Victoria Smith, chief executive of Acme Foods, "
            "said demand was strong. Victoria said prices would rise."
        )
    )
    assert kinds.get("Victoria Smith") == "Person"
    assert kinds.get("Victoria") != "Place"


def test_divisions_ner_reads_as_buildings_are_areas(read) -> None:
    extraction = read(
        "Jiahe was studying an assembly line at the Dawa Industrial Zone in the "
        "Ningo-Prampram District of the Greater Accra Region."
    )
    types = {m.entity: m.type.name for m in extraction.mentions if m.type is not None}
    # (an area, which the gazetteer can place in its country; not a building)
    assert types.get("Greater Accra Region") == "AdministrativeArea"
