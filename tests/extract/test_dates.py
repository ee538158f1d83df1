"""Dates and periods as news writes them."""

from __future__ import annotations

import pytest

from kgbuilder.extract.dates import document_year, parse_date_range, parse_period


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("from November 5 to 8", "2024", ("2024-11-05", "2024-11-08")),
        ("on March 30 - April 2, 2023 in Lima", None, ("2023-03-30", "2023-04-02")),
        ("between 12 to 14 May", "2022", ("2022-05-12", "2022-05-14")),
        ("on Sept. 9, 2021", None, ("2021-09-09", None)),
        ("from November 5 to 8", None, None),
        ("on February 30, 2023", None, None),
    ],
)
def test_parse_date_range(text: str, year: str | None, expected: object) -> None:
    assert parse_date_range(text, year) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from January to September 2024 the total", "2024-01/2024-09"),
        ("in 2023, output rose", "2023"),
        ("in March 2022", "2022-03"),
        ("last year", None),
    ],
)
def test_parse_period(text: str, expected: str | None) -> None:
    assert parse_period(text) == expected


def test_document_year_prefers_the_document_date() -> None:
    assert document_year("in 2019 and 2020 and 2020", None) == "2020"
    assert document_year("in 2019", "2024-11") == "2024"
    assert document_year("no year here", None) is None
