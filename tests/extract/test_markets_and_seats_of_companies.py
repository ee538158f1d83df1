"""Markets and seats of companies told in passing: a company appointed as a distributor in a
country, a plant making goods "for the markets of" countries an officer named, a company "from"
a town, a company whose name has a hyphenated word."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_company_appointed_distributor_in_a_country_sells_there(read) -> None:
    rels = relations(
        read(
            "Anxi Oolong Co. appointed Minh Long Import-Export JSC as its exclusive distributor "
            "in Viet Nam.\n"
        )
    )
    assert ("Minh Long Import-Export JSC", "operatesIn", "Viet Nam") in rels


def test_a_hyphenated_word_inside_a_company_s_name_keeps_it_whole(read) -> None:
    kinds = entities(read("Minh Long Import-Export JSC signed the deal on Monday.\n"))
    assert kinds.get("Minh Long Import-Export JSC") == "Organization"
    assert "Export JSC" not in kinds


def test_an_officer_told_a_conference_the_plant_serves_markets(read) -> None:
    rels = relations(
        read(
            "Wang Tao, General Manager of Sanyi Machinery Thailand, told the conference that the "
            "expanded plant will assemble 900 cranes a year for the markets of Thailand and Laos.\n"
        )
    )
    assert ("Sanyi Machinery Thailand", "operatesIn", "Laos") in rels


def test_an_officer_told_of_other_firms_gives_them_no_market(read) -> None:
    rels = relations(
        read(
            "Wang Tao, General Manager of Sanyi Machinery Thailand, told the conference that "
            "rival makers were building plants for the markets of Laos.\n"
        )
    )
    assert ("Sanyi Machinery Thailand", "operatesIn", "Laos") not in rels


def test_a_company_from_a_town_is_seated_there(read) -> None:
    rels = relations(read("Baishan Dark Tea Co. from Yiyang appointed a distributor in Kenya.\n"))
    assert ("Baishan Dark Tea Co.", "locatedIn", "Yiyang") in rels


def test_goods_from_a_town_to_another_place_no_company(read) -> None:
    rels = relations(read("Shipments of Acme Ltd from Lagos to Accra rose.\n"))
    assert ("Acme Ltd", "locatedIn", "Lagos") not in rels
