"""Attendance counted with the rest ("<O> and 22 other <Province> companies took part in
<E>"): the named company took part; the unnamed others give no participant."""

from __future__ import annotations

from tests.extract.conftest import relations


def test_a_company_named_with_a_count_of_others_took_part(read) -> None:
    rels = relations(
        read(
            "Hengrui Auto and 22 other Zhejiang companies took part in the Zhejiang Matchmaking "
            "Forum in Monterrey."
        )
    )
    assert ("Hengrui Auto", "participatedIn", "Zhejiang Matchmaking Forum") in rels
    assert not [r for r in rels if r[1] == "participatedIn" and r[0] == "Zhejiang"]


def test_a_company_named_with_other_companies_took_part(read) -> None:
    rels = relations(
        read(
            "Hengrui Auto and other Zhejiang companies took part in the Zhejiang Matchmaking "
            "Forum in Monterrey."
        )
    )
    assert ("Hengrui Auto", "participatedIn", "Zhejiang Matchmaking Forum") in rels


def test_the_parties_of_a_deal_the_report_counts_took_part(read) -> None:
    rels = relations(
        read(
            "Shaanxi-Chile Trade Forum Opens in Santiago\n\nThe Shaanxi-Chile Trade Forum was held "
            "in Santiago on May 6. The headline deal was a joint venture between Qinling Cobalt "
            "Materials Co., a battery materials maker, and Minera Los Andes SpA, a company based "
            "in Antofagasta. Under the largest agreement, Baoji Titanium Works Co. will set up a "
            "plant in partnership with Santiago's Andes Metal Forge S.A.\n"
        )
    )
    forum = "Shaanxi-Chile Trade Forum"
    for party in (
        "Qinling Cobalt Materials Co.",
        "Minera Los Andes SpA",
        "Baoji Titanium Works Co.",
        "Andes Metal Forge S.A.",
    ):
        assert (party, "participatedIn", forum) in rels, party


def test_a_deal_told_in_other_news_gives_no_participant(read) -> None:
    # no trade event reported: a "largest deal" of a market report is no one's attendance
    rels = relations(
        read(
            "Copper prices rose in May. The largest deal of the month was a joint venture between "
            "Qinling Cobalt Materials Co. and Minera Los Andes SpA, a company based in "
            "Antofagasta.\n"
        )
    )
    assert not [r for r in rels if r[1] == "participatedIn"]
