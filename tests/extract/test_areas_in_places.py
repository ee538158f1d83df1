"""Areas named with their kind and the place that holds them: "<City>'s <X> district" (the
kind's word written after the name), "<X> County in <Province>", "<X> District in <Country>";
a county does not hold the city it is named with elsewhere ("Cook County in Chicago")."""

from __future__ import annotations

from tests.extract.conftest import relations


def test_a_district_possessed_by_a_town_is_in_it(read) -> None:
    rels = relations(
        read("The cell factory opened in Chonburi's Si Racha district, Thailand, on Friday.")
    )
    assert ("Si Racha", "locatedIn", "Chonburi") in rels


def test_a_county_in_a_province_is_in_it(read) -> None:
    rels = relations(read("The tea comes from Anxi County in Fujian, China, and sells well."))
    assert ("Anxi County", "locatedIn", "Fujian") in rels


def test_a_county_does_not_lie_in_a_city_outside_china(read) -> None:
    rels = relations(read("The firm moved from Cook County in Chicago to Texas last year."))
    assert ("Cook County", "locatedIn", "Chicago") not in rels


def test_a_town_before_the_bigger_city_of_its_division_is_in_it(read) -> None:
    rels = relations(
        read("The company opened a bottling plant in Tanauan, Batangas, in the Philippines.")
    )
    assert ("Tanauan", "locatedIn", "Batangas") in rels


def test_towns_in_a_list_or_the_bigger_first_are_not_in_one_another(read) -> None:
    rels = relations(
        read(
            "The group has offices in Foshan, Guangzhou and Shenzhen in China. Its new plant is "
            "in Guangzhou, Foshan."
        )
    )
    assert ("Foshan", "locatedIn", "Guangzhou") not in rels
    assert ("Guangzhou", "locatedIn", "Foshan") not in rels


def test_towns_listed_with_or_or_a_final_and_are_not_in_one_another(read) -> None:
    rels = relations(
        read(
            "The group has factories in Foshan, Guangzhou or Shenzhen, all in China. It also has "
            "plants in Foshan, Guangzhou, and in Shenzhen."
        )
    )
    assert ("Foshan", "locatedIn", "Guangzhou") not in rels
