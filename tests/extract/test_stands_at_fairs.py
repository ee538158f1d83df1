"""Exhibitors told by their stand at a fair: the company whose stand "was that of" it, the
company of an officer who spoke at the stand, or told visitors at its stand."""

from __future__ import annotations

from tests.extract.conftest import relations

FAIR = "The Shaanxi Investment and Trade Fair opened at the Dubai World Trade Centre on Tuesday. "


def test_the_stand_that_was_a_company_s_makes_it_an_exhibitor(read) -> None:
    rels = relations(
        read(
            FAIR + "Among the largest stands at the fair was that of Baoji-based Qinchuan Heavy "
            "Truck Group, which sells trucks in Oman.\n"
        )
    )
    assert (
        "Qinchuan Heavy Truck Group",
        "participatedIn",
        "Shaanxi Investment and Trade Fair",
    ) in (rels)


def test_an_officer_speaking_at_the_stand_makes_the_company_an_exhibitor(read) -> None:
    rels = relations(
        read(
            FAIR + "At the largest stand, Tan Wei, managing director of Xingsha Heavy Industry "
            "Ltd, said sales had doubled. Xu Yan, vice-president of Silkroad Solar Technology, "
            "told visitors at its stand that it had entered the market in 2023.\n"
        )
    )
    fair = "Shaanxi Investment and Trade Fair"
    assert ("Xingsha Heavy Industry Ltd", "participatedIn", fair) in rels
    assert ("Silkroad Solar Technology", "participatedIn", fair) in rels


def test_an_officer_who_only_visited_a_stand_does_not_make_his_company_exhibit(read) -> None:
    rels = relations(
        read(
            FAIR + "James Kariuki, managing director of Savannah Equipment Hire, who joined Tan "
            "Wei at the stand, said the partnership had doubled its fleet.\n"
        )
    )
    assert not [r for r in rels if r[0] == "Savannah Equipment Hire" and r[1] == "participatedIn"]
