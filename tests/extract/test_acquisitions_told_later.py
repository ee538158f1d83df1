"""Acquisitions told with "it": "<O> entered the <Country> market in 2022, when it acquired a
60% stake in <O2>" (control: an acquisition), "In 2022 it acquired <O2>" after a sentence
about the buyer; a minority stake stays an investment."""

from __future__ import annotations

from tests.extract.conftest import relations


def test_a_controlling_stake_bought_when_entering_a_market_is_an_acquisition(read) -> None:
    rels = relations(
        read(
            "Norvale Electric Co. makes motors. Norvale entered the Moroccan market in 2022, when "
            "it acquired a 60% stake in Atlas Electromecanique, a motor maker."
        )
    )
    assert ("Norvale Electric Co.", "acquired", "Atlas Electromecanique") in rels


def test_a_minority_stake_so_told_is_an_investment(read) -> None:
    rels = relations(
        read(
            "Norvale Electric Co. makes motors. Norvale entered the Moroccan market in 2022, when "
            "it acquired a 30% stake in Atlas Electromecanique, a motor maker."
        )
    )
    assert ("Norvale Electric Co.", "acquired", "Atlas Electromecanique") not in rels
    assert ("Norvale Electric Co.", "investsIn", "Atlas Electromecanique") in rels


def test_it_acquired_after_a_year_with_no_comma_is_the_company_before(read) -> None:
    rels = relations(
        read(
            "Suzhou Kaiwei Battery Co makes cells for scooters. In 2022 it acquired Siam Pack "
            "Systems Co, a battery pack assembler."
        )
    )
    assert ("Suzhou Kaiwei Battery Co", "acquired", "Siam Pack Systems Co") in rels
