"""Named roadmaps are things (not a magazine named "Foreign Policy"); zones named with "Pharma
Park", "Economic City" or "SEZ" are clusters ("Pavlodar SEZ" is the "Pavlodar special economic
zone" of the same text); a town's City Hall that acts is its government."""

from __future__ import annotations

from tests.extract.conftest import entities, relations, same_entity


def test_a_named_roadmap_is_a_thing(read) -> None:
    kinds = entities(
        read("Partners can play a role under the National Energy Transition Roadmap, he said.\n")
    )
    assert kinds.get("National Energy Transition Roadmap") == "Other"


def test_a_magazine_named_for_a_policy_stays_a_body(read) -> None:
    kinds = entities(
        read("Ravi Agrawal, editor in chief of Foreign Policy, moderated the panel.\n")
    )
    assert kinds.get("Foreign Policy") != "Other"


def test_zones_named_by_their_kind_are_clusters(read) -> None:
    kinds = entities(
        read(
            "The drugmaker will invest $45 million at the Tashkent Pharma Park and a carmaker at "
            "King Abdullah Economic City.\n"
        )
    )
    for zone in ("Tashkent Pharma Park", "King Abdullah Economic City"):
        assert kinds.get(zone) == "IndustryCluster"


def test_a_town_s_sez_is_its_special_economic_zone(read) -> None:
    extraction = read(
        "Al Dhafra will invest in the Pavlodar special economic zone. Its plant in the Pavlodar "
        "SEZ opens in 2026.\n"
    )
    assert same_entity(extraction, "Pavlodar SEZ", "Pavlodar special economic zone")


def test_a_town_s_initials_of_another_name_stay_apart(read) -> None:
    extraction = read(
        "Pavlodar Aluminium Smelter expanded. The Pavlodar SEZ attracted new investors.\n"
    )
    assert not same_entity(extraction, "Pavlodar SEZ", "Pavlodar Aluminium Smelter")


def test_a_city_hall_that_acts_is_the_town_s_government(read) -> None:
    extraction = read(
        "Adam Nowicki, Deputy Mayor of Gliwice, announced that Gliwice City Hall would extend a "
        "bus line to the site.\n"
    )
    assert entities(extraction).get("Gliwice City Hall") == "Organization"
    assert ("Gliwice City Hall", "locatedIn", "Gliwice") in relations(extraction)


def test_a_city_hall_people_gather_outside_is_the_building(read) -> None:
    kinds = entities(read("Protesters gathered outside Los Angeles City Hall on Monday.\n"))
    assert kinds.get("Los Angeles City Hall") == "Place"


def test_a_zone_named_with_its_place_and_a_spaced_dash_is_one_zone(read) -> None:
    kinds = entities(
        read(
            "Steppe Cargo operates a container terminal at the Khorgos – Eastern Gate SEZ in "
            "Zhetysu region.\n"
        )
    )
    assert kinds.get("Khorgos – Eastern Gate SEZ") == "IndustryCluster"


def test_a_dash_of_the_sentence_before_a_zone_s_head_joins_nothing(read) -> None:
    kinds = entities(read("Officials – Economic Zone staff – met on Monday.\n"))
    assert not [n for n in kinds if n.startswith("Officials")]
