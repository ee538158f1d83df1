"""A country's own chamber and its one-word agencies ("ProChile") are in that country; a post's
field of work before "of the <Body>" ("Director of International Relations of the Municipality
of <City>") is no part of the body's name."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_country_s_national_chamber_is_in_the_country(read) -> None:
    rels = relations(
        read(
            "The exhibition was organised by the Kenya National Chamber of Commerce and Industry "
            "(KNCCI) in Nairobi.\n"
        )
    )
    assert ("Kenya National Chamber of Commerce and Industry", "locatedIn", "Kenya") in rels


def test_a_chamber_of_two_countries_is_in_neither_by_its_name(read) -> None:
    rels = relations(
        read(
            "The forum was organised by the German-Serbian Chamber of Commerce in Belgrade, "
            "Serbia. Germany sent 40 firms.\n"
        )
    )
    assert ("German-Serbian Chamber of Commerce", "locatedIn", "Germany") not in rels


def test_an_agency_named_as_one_word_with_its_country_is_in_it(read) -> None:
    rels = relations(
        read(
            "María Fuentes, Deputy Director of ProChile, said Chilean cherries sold well in "
            "Nanchang. The conference was co-hosted by InvestChile.\n"
        )
    )
    assert ("ProChile", "locatedIn", "Chile") in rels
    assert ("InvestChile", "locatedIn", "Chile") in rels


def test_a_one_word_name_that_opens_with_pro_and_no_country_is_in_none(read) -> None:
    rels = relations(read("ProCredit Bank opened a branch in Germany on Monday.\n"))
    assert not [r for r in rels if r[0].startswith("ProCredit") and r[1] == "locatedIn"]


def test_a_field_of_work_before_the_body_is_no_part_of_its_name(read) -> None:
    extraction = read(
        "Camila Soto, Director of International Relations of the Municipality of Valparaíso, "
        "said the city was ready. Ana Ruiz, Director of Sales of Toyota Motor, agreed.\n"
    )
    kinds = entities(extraction)
    assert kinds.get("Municipality of Valparaíso") == "Organization"
    assert not [n for n in kinds if n.startswith(("International Relations", "Sales of"))]
    rels = relations(extraction)
    assert ("Camila Soto", "worksFor", "Municipality of Valparaíso") in rels
    assert ("Ana Ruiz", "worksFor", "Toyota Motor") in rels


def test_a_company_of_a_country_keeps_the_country_in_its_name(read) -> None:
    kinds = entities(read("John Lee, President of Toyota Motor of Japan, said sales rose.\n"))
    assert kinds.get("Toyota Motor of Japan") == "Organization"
