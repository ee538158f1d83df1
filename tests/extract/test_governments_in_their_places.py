"""A place's government and its offices are in the place they govern; a party's committee is
not a government."""

from __future__ import annotations

from tests.extract.conftest import relations


def test_governments_named_with_their_places(read) -> None:
    rels = relations(
        read(
            "Officials of the Lagos State Government met the delegation in Lagos State on "
            "Monday. The Provincial Government of Laguna and the HCM City People's Committee "
            "joined in Laguna and HCM City, with the Gauteng Department of Economic Development "
            "from Gauteng."
        )
    )
    assert ("Lagos State Government", "locatedIn", "Lagos State") in rels
    assert ("Provincial Government of Laguna", "locatedIn", "Laguna") in rels
    assert ("HCM City People's Committee", "locatedIn", "HCM City") in rels
    assert ("Gauteng Department of Economic Development", "locatedIn", "Gauteng") in rels


def test_an_office_of_a_town_s_government_is_in_the_town(read) -> None:
    rels = relations(
        read(
            "The week was organised in Xi'an by the Information Office of the Xi'an Municipal "
            "People's Government."
        )
    )
    assert (
        "Information Office of the Xi'an Municipal People's Government",
        "locatedIn",
        "Xi'an",
    ) in rels


def test_a_party_s_department_is_not_seated_by_its_name(read) -> None:
    rels = relations(
        read(
            "The week was organised in Xi'an by the Publicity Department of the CPC Xi'an "
            "Municipal Committee."
        )
    )
    assert (
        "Publicity Department of the CPC Xi'an Municipal Committee",
        "locatedIn",
        "Xi'an",
    ) not in rels
