"""A minister's remits listed with commas before the holder's name, after a nationality
("Ecuadorian Minister of Production, Foreign Trade, Investment and Fisheries <P>"), and a
cluster named for its town ("Tangier Automotive City")."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_remits_listed_before_the_holder_are_no_body(read) -> None:
    kinds = entities(
        read(
            "The delegation met Ecuadorian Minister of Production, Foreign Trade, Investment and "
            "Fisheries Sonsoles García in Quito.\n"
        )
    )
    assert kinds.get("Sonsoles García") == "Person"
    assert not [n for n in kinds if n.startswith("Production")]


def test_a_cluster_named_for_its_town_keeps_the_town(read) -> None:
    extraction = read(
        "The Tangier Automotive City (TAC), a free zone near Tangier, hosts 40 suppliers.\n"
    )
    assert entities(extraction).get("Tangier Automotive City") == "IndustryCluster"
    assert ("Tangier Automotive City", "locatedIn", "Tangier") in relations(extraction)


def test_a_cluster_after_a_place_s_possessive_or_the_is_not_renamed(read) -> None:
    kinds = entities(read("Wuhan's Optics Valley grew. The Optics Valley hosts 100 firms.\n"))
    assert kinds.get("Optics Valley") == "IndustryCluster"
    assert not [n for n in kinds if n.startswith(("Wuhan's", "The "))]
