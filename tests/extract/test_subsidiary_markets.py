"""A company whose arm is named for a country operates in that country ("<X> Kenya Limited",
"<X> South Africa", "<X> Pakistan (Pvt) Ltd"); an arm named for no country, or a mission,
gives the parent no market."""

from __future__ import annotations

from tests.extract.conftest import relations


def test_the_parent_of_an_arm_named_for_a_country_operates_there(read) -> None:
    rels = relations(
        read(
            "Zhuzhou-based Xiangyu Crane Group opened a plant near Nairobi through its subsidiary "
            "Xiangyu Crane Kenya Limited last year."
        )
    )
    assert ("Xiangyu Crane Kenya Limited", "locatedIn", "Kenya") in rels
    assert ("Xiangyu Crane Group", "operatesIn", "Kenya") in rels


def test_a_two_word_country_and_a_bracketed_legal_form_name_the_arm_country(read) -> None:
    rels = relations(
        read(
            "Beijing-based Hualong Rail Equipment set up Hualong Rail Equipment South Africa in "
            "2023. Chengdu-based Tianyu Pumps Co. Ltd runs Tianyu Pumps Pakistan (Pvt) Ltd, its "
            "local subsidiary."
        )
    )
    assert ("Hualong Rail Equipment", "operatesIn", "South Africa") in rels
    assert ("Tianyu Pumps Pakistan (Pvt) Ltd", "locatedIn", "Pakistan") in rels


def test_an_arm_named_for_no_country_gives_the_parent_no_market(read) -> None:
    rels = relations(
        read(
            "Zhuzhou-based Xiangyu Crane Group opened a plant near Nairobi through its subsidiary "
            "Xiangyu Crane Logistics Limited last year."
        )
    )
    assert not [r for r in rels if r[0] == "Xiangyu Crane Group" and r[1] == "operatesIn"]


def test_a_dealer_network_in_places_is_a_market(read) -> None:
    rels = relations(
        read(
            "Hongyu Pump Machinery opened a plant. Hongyu Pump Machinery's dealer network in "
            "Punjab and Sindh grew by a third."
        )
    )
    assert ("Hongyu Pump Machinery", "operatesIn", "Punjab") in rels
    assert ("Hongyu Pump Machinery", "operatesIn", "Sindh") in rels
