"""The title-first style of state agencies' copy ("<Title> of <Body> <Given> <Family> said"), where
the holder's name runs on from the body's with no comma: the body ends on its state, on a trade
word or on capitals; and Mongolian names written after an initial ("Ts.Bayarmagnai")."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_holder_after_a_ministry_of_a_state_is_a_person(read) -> None:
    kinds = entities(
        read(
            "Opening the event, Deputy Minister of Foreign Affairs of Kazakhstan Almas Zhumabekov "
            "said the UAE had become a large investor.\n"
        )
    )
    assert kinds.get("Almas Zhumabekov") == "Person"
    assert not [n for n in kinds if n.endswith("Zhumabekov") and n != "Almas Zhumabekov"]


def test_a_holder_after_a_company_named_for_its_trade_is_a_person(read) -> None:
    extraction = read(
        "General Director of Steppe Cargo Daniyar Kassymov will continue to lead the company, "
        "she added.\n"
    )
    assert entities(extraction).get("Daniyar Kassymov") == "Person"
    assert ("Daniyar Kassymov", "worksFor", "Steppe Cargo") in relations(extraction)


def test_a_holder_after_a_body_in_capitals_is_a_person(read) -> None:
    kinds = entities(
        read("Chairman of the Board of KAZAKH INVEST Nurlan Baimukhanov said the portfolio grew.\n")
    )
    assert kinds.get("Nurlan Baimukhanov") == "Person"


def test_an_initialled_mongolian_name_after_a_company_is_its_officer(read) -> None:
    extraction = read("CEO of Khangai Wool LLC N.Erdenebileg said exports had doubled.\n")
    assert entities(extraction).get("N.Erdenebileg") == "Person"
    assert ("N.Erdenebileg", "worksFor", "Khangai Wool LLC") in relations(extraction)


def test_an_initialled_mongolian_name_the_model_cuts_at_its_stop_is_whole(read) -> None:
    kinds = entities(
        read(
            "Opening the forum, Minister of Economy and Development Ts.Bayarmagnai noted that "
            "trade had grown. Minister Ts.Bayarmagnai said more would follow.\n"
        )
    )
    assert kinds.get("Ts.Bayarmagnai") == "Person"
    assert "Bayarmagnai" not in kinds
    assert not [n for n in kinds if n.endswith(" Ts")]


def test_a_saint_or_a_mount_written_onto_its_name_is_no_person(read) -> None:
    kinds = entities(read("He flew to St.Petersburg on Monday and met buyers there.\n"))
    assert kinds.get("St.Petersburg") != "Person"


def test_a_body_ending_in_a_company_word_keeps_it_when_no_name_follows(read) -> None:
    kinds = entities(read("Chairman of Tata Steel said on Monday that prices would rise.\n"))
    assert kinds.get("Tata Steel") == "Organization"
