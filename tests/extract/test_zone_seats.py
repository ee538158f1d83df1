"""Where a zone named after its town lies: in the town even when the text also states a wider
place ("the <Town> Special Economic Zone in <County>"), whatever word of rank follows the town
("<City> National Hi-Tech Zone"), and, when the town is not named by itself, in the division or
country the text names that holds it; with the cases that must not give it."""

from __future__ import annotations

from tests.extract.conftest import relations


def test_a_zone_named_after_its_town_is_in_the_town_and_the_wider_place_stated(read) -> None:
    rels = relations(
        read(
            "Ngong is a growing town near the capital. The plant will rise in the Ngong Special "
            "Economic Zone in Kajiado County, the firm said."
        )
    )
    assert ("Ngong Special Economic Zone", "locatedIn", "Ngong") in rels
    assert ("Ngong Special Economic Zone", "locatedIn", "Kajiado County") in rels


def test_a_stated_place_outside_the_named_town_wins(read) -> None:
    rels = relations(
        read(
            "Ngong is a growing town near the capital. The firm leases a warehouse at the Ngong "
            "Logistics Park in Mombasa."
        )
    )
    assert ("Ngong Logistics Park", "locatedIn", "Mombasa") in rels
    assert ("Ngong Logistics Park", "locatedIn", "Ngong") not in rels


def test_a_zone_of_national_rank_is_in_its_town(read) -> None:
    rels = relations(
        read(
            "Wuxi has drawn battery makers for a decade. The maker is based in the Wuxi National "
            "Hi-Tech Industrial Development Zone."
        )
    )
    assert ("Wuxi National Hi-Tech Industrial Development Zone", "locatedIn", "Wuxi") in rels


def test_a_zone_of_a_town_not_named_alone_is_in_the_division_named(read) -> None:
    rels = relations(
        read(
            "The glove maker, based in Johor, Malaysia, will build a second plant in the Batu "
            "Pahat Industrial Park next year."
        )
    )
    assert ("Batu Pahat Industrial Park", "locatedIn", "Johor") in rels


def test_a_zone_of_a_town_in_a_country_not_named_is_placed_nowhere(read) -> None:
    rels = relations(
        read(
            "The glove maker from Jiangsu, China, will build a plant in the Batu Pahat Industrial "
            "Park next year."
        )
    )
    assert not [r for r in rels if r[0] == "Batu Pahat Industrial Park" and r[1] == "locatedIn"]


def test_a_company_based_in_a_zone_is_in_the_zone_town(read) -> None:
    rels = relations(
        read(
            "Wuxi has drawn battery makers. Jinyu Power Technology Co, listed on the Shenzhen Stock Exchange and "
            "based in the Wuxi National Hi-Tech Industrial Development Zone, reported record sales."
        )
    )
    assert ("Jinyu Power Technology Co", "locatedIn", "Wuxi") in rels
    # the zone itself is no place of the model
    assert (
        "Jinyu Power Technology Co",
        "locatedIn",
        "Wuxi National Hi-Tech Industrial Development Zone",
    ) not in rels
