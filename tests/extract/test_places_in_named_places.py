"""Places the text names apart that the gazetteer puts one inside the other (a town and its
province, a province and its country), and a province's name NER read as a person's."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_town_in_its_province_and_the_province_in_its_country(read) -> None:
    extraction = read(
        "Buyers from Colombia met the delegation on Monday. The fair moves to Medellín next week. "
        "Officials said Antioquia wants partners for its textile businesses."
    )
    kinds, rels = entities(extraction), relations(extraction)
    assert kinds.get("Antioquia") == "Place"
    assert ("Medellín", "locatedIn", "Antioquia") in rels
    assert ("Antioquia", "locatedIn", "Colombia") in rels
    assert ("Medellín", "locatedIn", "Colombia") not in rels  # the direct tie only


def test_a_town_with_no_province_named_is_left_to_what_the_text_says(read) -> None:
    rels = relations(
        read("Kenyan officials met the buyers. The plant in Naivasha will employ 400 people.")
    )
    assert ("Naivasha", "locatedIn", "Kenya") not in rels


def test_a_place_the_text_puts_in_a_smaller_area_keeps_that_tie(read) -> None:
    rels = relations(
        read(
            "Brazil's industry grew. The plant is in Pinhais, in the Metropolitan Region of "
            "Curitiba. Paraná attracted R$ 18.6 billion in 2024."
        )
    )
    assert ("Pinhais", "locatedIn", "Paraná") not in rels


def test_a_province_s_name_read_as_a_person_is_the_province(read) -> None:
    extraction = read(
        "Brazil's industry grew. He recalled that Paraná attracted R$ 18.6 billion in 2024. The "
        "plant is headquartered in Cascavel, in western Paraná."
    )
    kinds, rels = entities(extraction), relations(extraction)
    assert kinds.get("Paraná") == "Place"
    assert ("Cascavel", "locatedIn", "Paraná") in rels
    assert ("Paraná", "locatedIn", "Brazil") in rels


def test_a_person_named_like_a_province_stays_a_person(read) -> None:
    kinds = entities(
        read(
            "Australian exporters met the buyers. Victoria Smith, chief executive of Acme Foods, "
            "said demand was strong. Victoria said prices would rise."
        )
    )
    assert kinds.get("Victoria Smith") == "Person"
    assert kinds.get("Victoria") != "Place"
