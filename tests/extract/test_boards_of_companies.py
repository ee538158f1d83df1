"""A company's board is no body of its own: "President of the Management Board of <X>",
"Chairman of the Board of Directors of <X>" hold their post at the company; a board that is a
body ("Board of Trade", "Board of Investment of Sri Lanka") stays one; a zone's name with a legal
form after it is the company that runs the zone."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_the_president_of_a_company_s_management_board_works_for_the_company(read) -> None:
    extraction = read(
        '"Closing the loop is a model," said Piotr Szymański, President of the Management Board '
        "of EcoCell Recykling.\n"
    )
    assert ("Piotr Szymański", "worksFor", "EcoCell Recykling") in relations(extraction)
    assert not [n for n in entities(extraction) if n.startswith("Management Board")]


def test_the_chairman_of_the_board_of_directors_works_for_the_company(read) -> None:
    extraction = read(
        "Murat Yıldırım, Chairman of the Board of Directors of Akdeniz Tekstil Holding, signed.\n"
    )
    assert ("Murat Yıldırım", "worksFor", "Akdeniz Tekstil Holding") in relations(extraction)
    assert "Board of Directors" not in entities(extraction)


def test_boards_that_are_bodies_stay_whole(read) -> None:
    kinds = entities(
        read(
            "The Board of Trade approved it. Amal Perera, Director General of the Board of "
            "Investment of Sri Lanka, spoke.\n"
        )
    )
    assert kinds.get("Board of Trade") == "Organization"
    assert kinds.get("Board of Investment of Sri Lanka") == "Organization"


def test_a_zone_s_name_with_a_legal_form_is_the_company_running_it(read) -> None:
    kinds = entities(read("Katowice Special Economic Zone S.A. (KSSE) issued 94 decisions.\n"))
    assert kinds.get("Katowice Special Economic Zone S.A.") == "Organization"
