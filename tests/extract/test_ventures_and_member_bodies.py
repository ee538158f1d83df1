"""Ventures and member bodies: "<X> Ltd, a joint venture between <Country>'s <A> and the <B>"
(a part of both, both invest in it), "a special purpose vehicle of <A> and <B>", "<Chamber>,
one of three chambers operating under <Chambers>" (not a retailer's brand), and shares
owned by an owner named with its town ("the Osaka-headquartered <A>")."""

from __future__ import annotations

from tests.extract.conftest import relations


def test_a_joint_venture_between_two_named_owners_is_part_of_both(read) -> None:
    rels = relations(
        read(
            "The zone was developed by Mekong SEZ Ltd, a joint venture between Japan's Marubeni "
            "Corporation and the Cambodia Special Economic Zone Board (CSEZB), with financing "
            "from Jica.\n"
        )
    )
    board = "Cambodia Special Economic Zone Board"
    assert ("Mekong SEZ Ltd", "partOf", "Marubeni Corporation") in rels
    assert ("Mekong SEZ Ltd", "partOf", board) in rels
    assert ("Marubeni Corporation", "investsIn", "Mekong SEZ Ltd") in rels


def test_a_special_purpose_vehicle_of_two_bodies(read) -> None:
    rels = relations(
        read(
            "The city is developed by Dholera Industrial City Development Ltd (DICDL), a special "
            "purpose vehicle of GIDC and the National Industrial Corridor Development Corporation "
            "(NICDC).\n"
        )
    )
    owner = "National Industrial Corridor Development Corporation"
    assert ("Dholera Industrial City Development Ltd", "partOf", owner) in rels


def test_a_chamber_one_of_three_under_a_federation(read) -> None:
    rels = relations(
        read(
            "Aisha Al Suwaidi, Senior Vice-President of the Sharjah Chamber of Commerce, one of "
            "three chambers operating under the Sharjah Chambers Federation, spoke.\n"
        )
    )
    assert ("Sharjah Chamber of Commerce", "partOf", "Sharjah Chambers Federation") in rels


def test_a_retailer_s_leading_brand_is_no_part_of_it(read) -> None:
    rels = relations(read("Nike, the leading brand of Foot Locker, posted weaker sales.\n"))
    assert ("Nike", "partOf", "Foot Locker") not in rels


def test_shares_of_an_owner_named_with_its_town(read) -> None:
    rels = relations(
        read(
            "Kansai Seiki Co and Nashik Forge Ltd (NFL) signed a joint venture agreement. The "
            "joint venture company, Kansai Nashik Drives Pvt Ltd (KNDL), will be 51 per cent "
            "owned by the Kyoto-headquartered Kansai Seiki Co and 49 per cent by NFL.\n"
        )
    )
    venture = "Kansai Nashik Drives Pvt Ltd"
    assert ("Kansai Seiki Co", "investsIn", venture) in rels
    assert (venture, "partOf", "Kansai Seiki Co") in rels
    assert (venture, "partOf", "NFL") not in rels
