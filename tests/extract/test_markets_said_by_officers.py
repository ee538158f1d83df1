"""Markets an officer states for the company: "<P>, CEO of <O>, said the plant would supply
makers in <A>, <B> and <C>"; a company named short before a post ("Daeyang Semitech president
<P>"); two posts before a name."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_the_markets_an_officer_states_are_the_company_s(read) -> None:
    rels = relations(
        read(
            "Park Ji-hoon, CEO of Hanseong Materials, said the Gliwice plant would supply battery "
            "cell makers in Poland, Hungary and Germany.\n"
        )
    )
    for country in ("Poland", "Hungary", "Germany"):
        assert ("Hanseong Materials", "operatesIn", country) in rels


def test_the_markets_of_another_company_named_after_said_are_that_company_s(read) -> None:
    rels = relations(read("Anna Lee, CEO of Acme Corp, said Beta Ltd sold 300 trucks in Kenya.\n"))
    assert ("Acme Corp", "operatesIn", "Kenya") not in rels


def test_the_markets_of_the_group_an_arm_s_manager_speaks_of_are_not_the_arm_s(read) -> None:
    rels = relations(
        read(
            "Chen Liang, General Manager of Qinchuan Truck Middle East FZE, said the group sold "
            "3,400 trucks in Oman and Saudi Arabia.\n"
        )
    )
    assert ("Qinchuan Truck Middle East FZE", "operatesIn", "Oman") not in rels


def test_a_company_named_short_before_a_post_is_the_company(read) -> None:
    extraction = read(
        "Daeyang Semitech Co Ltd will build a packaging plant in Kedah. Daeyang Semitech "
        "president and chief executive officer Kim Sung-ho said the plant would open in 2027.\n"
    )
    assert entities(extraction).get("Daeyang Semitech") == "Organization"
    assert ("Kim Sung-ho", "worksFor", "Daeyang Semitech") in relations(extraction)


def test_a_founder_named_like_his_company_stays_a_person(read) -> None:
    kinds = entities(
        read("Ralph Lauren Corp. reported higher profits. Ralph Lauren stepped down in 2015.\n")
    )
    assert kinds.get("Ralph Lauren") in ("Person", None)


def test_a_joint_venture_named_in_apposition_exports_to_its_markets(read) -> None:
    rels = relations(
        read(
            "The joint venture, Karaca Rift Textiles EPZ Limited, will process cotton lint into "
            "yarn, mainly for export to the United States.\n"
        )
    )
    assert ("Karaca Rift Textiles EPZ Limited", "operatesIn", "United States") in rels


def test_a_company_that_is_based_somewhere_and_operates_plants_elsewhere(read) -> None:
    rels = relations(
        read(
            "Yıldırım said Akdeniz Tekstil, which is headquartered in Istanbul and operates four "
            "factories in Gaziantep, chose Egypt.\n"
        )
    )
    assert ("Akdeniz Tekstil", "operatesIn", "Gaziantep") in rels


def test_the_company_that_will_export_to_places_operates_there(read) -> None:
    rels = relations(
        read(
            "Hoshino Padma Electric Ltd began production in Narayanganj on Monday. The company "
            "will also export motorcycle parts to India and Nepal.\n"
        )
    )
    assert ("Hoshino Padma Electric Ltd", "operatesIn", "India") in rels
    assert ("Hoshino Padma Electric Ltd", "operatesIn", "Nepal") in rels


def test_it_after_a_company_that_exports_is_the_company(read) -> None:
    rels = relations(
        read("Acme Motors Ltd opened a plant. It exports trucks to Paraguay and Argentina.\n")
    )
    assert ("Acme Motors Ltd", "operatesIn", "Paraguay") in rels


def test_it_after_a_country_that_exports_is_no_company(read) -> None:
    rels = relations(read("Kenya's economy grew. It exports tea to Pakistan, officials said.\n"))
    assert not [r for r in rels if r[1] == "operatesIn"]


def test_an_airline_s_flights_between_two_towns_serve_both(read) -> None:
    rels = relations(read("Delta Air Lines added flights between Atlanta and Lagos.\n"))
    assert ("Delta Air Lines", "operatesIn", "Atlanta") in rels
    assert ("Delta Air Lines", "operatesIn", "Lagos") in rels


def test_an_investor_described_by_a_clause_naming_another_company_invests(read) -> None:
    rels = relations(
        read(
            "Xingsha Heavy Industry, which bought a 35 per cent stake in Savannah Equipment Hire "
            "Ltd in 2022, will invest Sh1.9 billion in an assembly centre at Tatu City Special "
            "Economic Zone, Mr Tan said.\n"
        )
    )
    assert ("Xingsha Heavy Industry", "investsIn", "Tatu City Special Economic Zone") in rels
    assert ("Savannah Equipment Hire Ltd", "investsIn", "Tatu City Special Economic Zone") not in (
        rels
    )
