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
