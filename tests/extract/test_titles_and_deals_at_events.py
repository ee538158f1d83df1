"""An event's quoted title after its noun ("the promotion "<Title>""), and the parties of
supply and distribution deals a report of a fair tells."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_quoted_title_after_the_event_s_noun_names_the_event(read) -> None:
    kinds = entities(
        read(
            "The city presented its companies on Tuesday during the promotion \"Xi'an: Ancient "
            'Capital, Modern Brands", which brought together officials and entrepreneurs.'
        )
    )
    assert kinds.get("Xi'an: Ancient Capital, Modern Brands") == "Event"


def test_quoted_speech_after_an_event_noun_is_no_title(read) -> None:
    kinds = entities(
        read('Visitors praised the fair. "The fair is a great success," the organiser said.')
    )
    assert "The fair is a great success" not in kinds


def test_a_supplier_to_a_seated_buyer_and_an_appointed_distributor_took_part(read) -> None:
    rels = relations(
        read(
            "The Hunan Trade Fair opened in HCM City on Monday.\n\n"
            "Zhuzhou Huaxin Electric Bus Co., based in Hunan's Zhuzhou city, signed a contract "
            "to supply 60 electric buses to HCM City-based Sai Gon Green Transport JSC, while "
            "Xuefeng Dark Tea Co. from Anhua county appointed Phu Thinh Import-Export JSC as its "
            "exclusive distributor in Viet Nam."
        )
    )
    for party in (
        "Zhuzhou Huaxin Electric Bus Co.",
        "Sai Gon Green Transport JSC",
        "Xuefeng Dark Tea Co.",
        "Phu Thinh Import-Export JSC",
    ):
        assert (party, "participatedIn", "Hunan Trade Fair") in rels


def test_a_company_referred_to_by_a_people_s_word_and_its_trade(read) -> None:
    rels = relations(
        read(
            "Volkswagen AG opened a plant in Pune. The German carmaker acquired Skoda Auto India "
            "in 2021."
        )
    )
    assert ("Volkswagen AG", "acquired", "Skoda Auto India") in rels


def test_a_trade_noun_before_a_name_refers_to_that_name(read) -> None:
    rels = relations(
        read("Toyota opened a plant in Ohio. The carmaker BMW acquired Rover in 1994.")
    )
    assert ("BMW", "acquired", "Rover") in rels
    assert ("Toyota", "acquired", "Rover") not in rels
