"""Forms of a Moroccan state agency's copy ("<Post> of <Body>, <Given> <Family>, said") and of
a Canadian business paper ("has agreed to buy", "the <City>-based miner said", "<Town> Mayor
<P>"), and who a report puts at its event when it goes on to another occasion."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_post_of_a_body_then_its_holder_between_commas(read) -> None:
    extraction = read(
        "President of Grupo Ondarreta Componentes, Iñaki Etxeberria Goñi, said the company "
        "chose Tangier. Director General of the Moroccan Investment and Export Development "
        "Agency (AMDIE), Leila Chraibi, said the agency had helped."
    )
    kinds, rels = entities(extraction), relations(extraction)
    assert kinds.get("Iñaki Etxeberria Goñi") == "Person"
    assert kinds.get("Leila Chraibi") == "Person"
    assert ("Iñaki Etxeberria Goñi", "worksFor", "Grupo Ondarreta Componentes") in rels
    assert (
        "Leila Chraibi",
        "worksFor",
        "Moroccan Investment and Export Development Agency",
    ) in rels


def test_a_body_described_between_the_post_and_its_holder(read) -> None:
    rels = relations(
        read(
            "Director General of Tanger Med Zones, a subsidiary of the Tanger Med Special Agency "
            "(TMSA), Rachid El Idrissi, said the zone hosts 42 companies."
        )
    )
    assert ("Rachid El Idrissi", "worksFor", "Tanger Med Zones") in rels
    assert ("Tanger Med Zones", "partOf", "Tanger Med Special Agency") in rels


def test_a_named_holder_after_the_comma_leaves_the_body_a_body(read) -> None:
    extraction = read(
        "For his part, Chairman of the Management Board of Sefrou Holding, Mehdi Tahiri, said "
        "the plant will help."
    )
    kinds, rels = entities(extraction), relations(extraction)
    assert kinds.get("Sefrou Holding") == "Organization"
    assert ("Mehdi Tahiri", "worksFor", "Sefrou Holding") in rels


def test_a_minister_of_a_remit_then_the_holder_after_a_comma(read) -> None:
    extraction = read(
        "The agreement was signed in the presence of Minister of Industry and Trade, Omar Alaoui "
        "Belghiti, and the governor. Exports exceeded MAD 150 billion, according to figures from "
        "the Ministry of Industry and Trade."
    )
    kinds, rels = entities(extraction), relations(extraction)
    assert "Minister of Industry and Trade" not in kinds  # a post, not a body
    assert ("Omar Alaoui Belghiti", "worksFor", "Ministry of Industry and Trade") in rels


def test_the_joint_venture_named_after_its_description_is_a_company(read) -> None:
    kinds = entities(
        read(
            "The new unit, to be operated by the joint venture Atlas Ondarreta Seating, will be "
            "built on a 9-hectare plot."
        )
    )
    assert kinds.get("Atlas Ondarreta Seating") == "Organization"


def test_a_town_named_with_a_town_of_its_country(read) -> None:
    kinds = entities(
        read(
            "The ecosystems attracted more than 250 suppliers, mainly around the two hubs of "
            "Tangier and Kenitra, which have a combined capacity."
        )
    )
    assert kinds.get("Kenitra") == "Place"


def test_agreed_to_buy_and_the_seat_of_the_buyer_as_the_source(read) -> None:
    rels = relations(
        read(
            "TORONTO — Northvale Resources Inc. has agreed to buy Riviere Lithium Corp. in an "
            "all-share deal valued at $1.3-billion, the Toronto-based nickel miner said on Sunday."
        )
    )
    assert ("Northvale Resources Inc.", "acquired", "Riviere Lithium Corp.") in rels
    assert ("Northvale Resources Inc.", "locatedIn", "Toronto") in rels
    assert ("Riviere Lithium Corp.", "locatedIn", "Toronto") not in rels


def test_a_venture_in_which_a_company_holds_a_stake(read) -> None:
    rels = relations(
        read(
            "The plant is operated by Borealis Battery Materials Inc., a joint venture in which "
            "Northvale holds a 35-per-cent stake."
        )
    )
    assert ("Northvale", "investsIn", "Borealis Battery Materials Inc.") in rels


def test_a_town_s_mayor_and_a_province_s_minister_at_their_governments(read) -> None:
    extraction = read(
        "The park was assembled by the City of Greater Sudbury in 2022. The Government of "
        "Ontario added $80-million. Ontario's Minister of Northern Development, Lucie Bergeron, "
        "said the plant would draw suppliers, and Greater Sudbury Mayor Angela Moretti said the "
        "city had received inquiries."
    )
    kinds, rels = entities(extraction), relations(extraction)
    assert kinds.get("Greater Sudbury") == "Place"
    assert ("Angela Moretti", "worksFor", "City of Greater Sudbury") in rels
    assert ("Lucie Bergeron", "worksFor", "Government of Ontario") in rels


def test_speakers_after_the_report_goes_on_to_a_plant_s_opening_are_not_at_the_event(read) -> None:
    rels = relations(
        read(
            "TORONTO — Northvale Resources Inc. agreed a deal as investors gathered in the city "
            "for PDAC 2025, the annual convention of the Prospectors Association.\n\n"
            '"This is a big step," Margaret Reid, the company\'s chief executive, said on the '
            "sidelines of the convention.\n\n"
            "Priya Raghunathan, a mining analyst at Kingsway Capital Markets, called the premium "
            'full. "Prices are low," Ms. Raghunathan said.\n\n'
            "On Tuesday, Ms. Reid joined federal officials in Greater Sudbury for the opening of "
            "a $640-million plant operated by Borealis Inc.\n\n"
            '"Sudbury is building the heart of the electric vehicle," federal Minister Daniel '
            "Arsenault said at the ceremony. Borealis chief executive Gordon MacInnes said the "
            "venture expects contracts."
        )
    )
    assert ("Margaret Reid", "participatedIn", "PDAC 2025") in rels
    for outsider in ("Priya Raghunathan", "Raghunathan", "Daniel Arsenault", "Gordon MacInnes"):
        assert (outsider, "participatedIn", "PDAC 2025") not in rels


def test_a_joint_venture_agreement_signed_with_a_partner_then_the_venture_named(read) -> None:
    rels = relations(
        read(
            "Anhui Tianyi Robotics Co signed a joint venture agreement with Alpenland Automation "
            "GmbH of Linz. The joint venture, Tianyi Alpenland Robotics GmbH, will be based in "
            "Linz and make welding robots."
        )
    )
    venture = "Tianyi Alpenland Robotics GmbH"
    assert ("Anhui Tianyi Robotics Co", "investsIn", venture) in rels
    assert ("Alpenland Automation GmbH", "investsIn", venture) in rels


def test_an_investment_in_a_company_s_plant_is_in_the_company(read) -> None:
    rels = relations(
        read(
            "Jinjiang Qiaoxing Shoes Co., Ltd. has since invested a further US$12 million in "
            "Qiaoxing Colombia's plant in the free zone."
        )
    )
    assert ("Jinjiang Qiaoxing Shoes Co., Ltd.", "investsIn", "Qiaoxing Colombia") in rels
