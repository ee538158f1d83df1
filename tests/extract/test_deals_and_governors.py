"""Deals agreed before they close ("<O> agreed to acquire <Province>'s <O2>", "signed a final
agreement to acquire 100 percent of the shares of <O2>"), a company by its legal form after a
place's possessive, and a governor "of <Province>" whose name NER ran into the province's."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_an_agreed_acquisition_is_an_acquisition(read) -> None:
    rels = relations(
        read(
            "Toronto-based Northfield Minerals Inc. agreed to acquire Quebec's Lac Bleu Lithium "
            "Corp. for C$1.2 billion, the companies said Monday.\n"
        )
    )
    assert ("Northfield Minerals Inc.", "acquired", "Lac Bleu Lithium Corp.") in rels
    assert ("Lac Bleu Lithium Corp.", "locatedIn", "Quebec") in rels


def test_a_final_agreement_to_acquire_shares_is_an_acquisition(read) -> None:
    rels = relations(
        read(
            "Rawasi Industrial Company signed a final agreement to acquire 100 percent of the "
            "shares of Ferro Lombardi S.p.A., an Italian maker of castings.\n"
        )
    )
    assert ("Rawasi Industrial Company", "acquired", "Ferro Lombardi S.p.A.") in rels


def test_an_agreement_to_buy_goods_is_no_acquisition(read) -> None:
    rels = relations(
        read(
            "Northfield Minerals Inc. signed a supply agreement with Lac Bleu Lithium Corp. to "
            "buy lithium.\n"
        )
    )
    assert ("Northfield Minerals Inc.", "acquired", "Lac Bleu Lithium Corp.") not in rels


def test_a_governor_of_a_province_named_before_the_holder(read) -> None:
    kinds = entities(
        read(
            "Governor of Central Java Ahmad Luthfi said the province offers land in the Kendal "
            "Industrial Park.\n"
        )
    )
    assert kinds.get("Central Java") == "Place"
    assert kinds.get("Ahmad Luthfi") == "Person"
    assert not [n for n in kinds if n.startswith("Central Java ")]


def test_a_province_in_press_style_after_its_town(read) -> None:
    extraction = read(
        "The battery plant in St. Thomas, Ont., opened on Friday; a second one is planned near "
        "Fremont, Calif.\n"
    )
    kinds = entities(extraction)
    rels = relations(extraction)
    assert kinds.get("Ontario") == "Place"
    assert ("St. Thomas", "locatedIn", "Ontario") in rels
    assert ("Fremont", "locatedIn", "California") in rels
    assert "Ont" not in kinds


def test_an_abbreviation_after_a_town_of_another_state_is_not_read_so(read) -> None:
    kinds = entities(read("The report was written by Rahim Uddin of Dhaka, Md. Karim said.\n"))
    assert "Maryland" not in kinds
