"""Where things are, told in passing: a city's own ministry ("<City>'s Ministry of ..."), a zone
outside a town, a district south of a city, a town "in the northern state of <State>", a zone
"the <X> Demonstration Area in <Town>", a company after "<Town>-based <trade>" (particles and
all), a "place" described as a workshop."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_city_s_own_ministry_is_in_the_city(read) -> None:
    rels = relations(read("Mexico City's Ministry of Tourism (SECTUR) also joined the event.\n"))
    assert ("Ministry of Tourism", "locatedIn", "Mexico City") in rels


def test_a_city_s_company_is_not_placed_by_this_rule(read) -> None:
    extraction = read("Monterrey's Cemex also joined the event.\n")
    rule_made = [r for r in extraction.relations if r.rule == "place-s-body"]
    assert rule_made == []


def test_a_zone_outside_a_town_is_in_it(read) -> None:
    rels = relations(
        read("Its unit will invest R420m in a plant at the Dube TradePort SEZ outside Durban.\n")
    )
    assert ("Dube TradePort SEZ", "locatedIn", "Durban") in rels


def test_a_district_south_of_a_city_is_in_it(read) -> None:
    rels = relations(
        read(
            "The company will build a plant in the district of Chorrillos, south of Lima, which "
            "will open in 2026.\n"
        )
    )
    assert ("Chorrillos", "locatedIn", "Lima") in rels


def test_a_town_in_the_state_of_a_named_state(read) -> None:
    rels = relations(
        read(
            "The firm will build a plant at the Finsa Industrial Park in Ciénega de Flores, in "
            "the northern state of Nuevo Leon.\n"
        )
    )
    assert ("Ciénega de Flores", "locatedIn", "Nuevo Leon") in rels


def test_a_demonstration_area_in_a_town_is_a_zone_there(read) -> None:
    extraction = read(
        "She pitched the Sino-African Trade Cooperation Demonstration Area in Jiaozhou, Qingdao, "
        "to buyers.\n"
    )
    name = "Sino-African Trade Cooperation Demonstration Area"
    assert entities(extraction).get(name) == "IndustryCluster"
    assert (name, "locatedIn", "Jiaozhou") in relations(extraction)


def test_a_company_after_its_seat_and_trade_is_a_company(read) -> None:
    extraction = read(
        "Hengfa acquired Guadalajara-based battery recycler Reciclados Químicos del Bajío in "
        "2023.\n"
    )
    assert entities(extraction).get("Reciclados Químicos del Bajío") == "Organization"
    assert ("Reciclados Químicos del Bajío", "locatedIn", "Guadalajara") in relations(extraction)


def test_a_place_like_name_described_as_a_workshop_is_a_company(read) -> None:
    extraction = read(
        "The brand unveiled a collection designed with Talavera San Juan, a workshop from the "
        "city of Puebla.\n"
    )
    assert entities(extraction).get("Talavera San Juan") == "Organization"
    assert ("Talavera San Juan", "locatedIn", "Puebla") in relations(extraction)
