"""Seats told in passing: a town's possessive before a company's name ("Eldoret's Rift Valley
Ginners Limited"), "a toolmaker from <Town>", and a provincial office named for its province."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_town_s_possessive_before_a_company_is_its_seat(read) -> None:
    extraction = read(
        "The deal between the Istanbul-based firm and Eldoret's Rift Valley Ginners Limited was "
        "signed in Nairobi yesterday.\n"
    )
    kinds = entities(extraction)
    assert kinds.get("Rift Valley Ginners Limited") == "Organization"
    assert kinds.get("Eldoret") == "Place"
    rels = relations(extraction)
    assert ("Rift Valley Ginners Limited", "locatedIn", "Eldoret") in rels
    assert ("Eldoret", "locatedIn", "Istanbul") not in rels


def test_a_brand_named_with_a_place_s_possessive_stays_whole(read) -> None:
    kinds = entities(read("Victoria's Secret & Co. said sales in the United States fell.\n"))
    assert "Victoria" not in kinds


def test_a_maker_from_a_town_is_in_it(read) -> None:
    rels = relations(
        read(
            "The group entered the market in 2023 by acquiring Alatnica Jablanica, a toolmaker "
            "from Leskovac, which now supplies moulds.\n"
        )
    )
    assert ("Alatnica Jablanica", "locatedIn", "Leskovac") in rels


def test_a_provincial_office_named_for_its_province_is_in_it(read) -> None:
    rels = relations(
        read(
            "The plant is in Rayong. Surasak Thongdee, director of the Rayong Provincial Industry "
            "Office, said the province hosts 14 factories.\n"
        )
    )
    assert ("Rayong Provincial Industry Office", "locatedIn", "Rayong") in rels


def test_a_company_s_regional_office_keeps_its_country(read) -> None:
    rels = relations(read("Acme Corp opened a branch. Acme Corp Peru Office hired staff.\n"))
    assert ("Acme Corp Peru Office", "locatedIn", "Peru") in rels


def test_a_post_in_a_unit_at_a_body_is_held_in_both_and_the_unit_is_part_of_it(read) -> None:
    rels = relations(
        read(
            "Jelena Kostić, director of the Free Zones Administration at the Ministry of Finance, "
            "said that exports rose.\n"
        )
    )
    assert ("Jelena Kostić", "worksFor", "Free Zones Administration") in rels
    assert ("Jelena Kostić", "worksFor", "Ministry of Finance") in rels
    assert ("Free Zones Administration", "partOf", "Ministry of Finance") in rels


def test_a_person_of_a_body_set_off_by_commas_works_for_it(read) -> None:
    rels = relations(
        read("Professor Anderson Kawamura, of UTFPR, will coordinate a group of researchers.\n")
    )
    assert ("Anderson Kawamura", "worksFor", "UTFPR") in rels


def test_a_person_of_a_town_set_off_by_commas_works_for_no_one(read) -> None:
    rels = relations(read("John Smith, of London, said the deal was good.\n"))
    assert not [r for r in rels if r[1] == "worksFor"]
