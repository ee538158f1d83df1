"""Mastheads and bylines at the head of a report: the outlet, and who writes for it."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entities


def posts(extraction) -> set[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return {
        (r.subject, r.object, r.qualifiers.role)
        for r in extraction.relations
        if r.label == "worksFor"
    }


@pytest.mark.parametrize(
    ("head", "outlet", "expected"),
    [
        (
            "Harbin Trade Week Ends in Almaty\n\nHeilongjiang Daily | April 14, 2025\n"
            "By our reporters Wang Lihua and Zhao Ming in Almaty\n\n",
            "Heilongjiang Daily",
            {("Wang Lihua", "Reporter"), ("Zhao Ming", "Reporter")},
        ),
        (
            "How a Motor Maker Rewired Its Route\n\nAsia Manufacturing Review | Feature | "
            "September 2025\nBy Rebecca Huang, Senior Correspondent\n\n",
            "Asia Manufacturing Review",
            {("Rebecca Huang", "Senior Correspondent")},
        ),
        (
            "Battery Cluster Ranked Third\n\nTianfu Business Online | 2025-11-18 09:47 | "
            "Reporter: Cao Yun | Editor: Pan Lu\n\n",
            "Tianfu Business Online",
            {("Cao Yun", "Reporter"), ("Pan Lu", "Editor")},
        ),
    ],
)
def test_the_byline_s_writers_work_for_the_masthead_s_outlet(
    read, head: str, outlet: str, expected: set[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    found = read(head + "Companies from the province signed 27 agreements in the city on Sunday.")
    assert entities(found).get(outlet) == "Organization"
    assert {(p, outlet, role) for p, role in expected} <= posts(found)


def test_a_bar_or_by_in_the_body_is_prose(read) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Trade Week Ends\n\nOne\n\nTwo\n\nThree\n\nFour\n\nFive\n\nSix\n\n"
        "Seven | Eight\n\nBy Friday, Wang Lihua said, the halls were full."
    )
    assert not posts(read(text))


def test_a_date_before_a_bar_is_no_outlet(read) -> None:  # type: ignore[no-untyped-def]
    found = read("Trade Week Ends\n\nApril 14, 2025 | Updated 09:47\n\nBuyers came from Kenya.")
    assert "Organization" not in entities(found).values()


def test_a_by_line_that_names_its_outlet_gives_it_to_its_writers(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Ports Grow Busier\n\nBy Harbour Trade Review reporters Jane Doe and Li Wei\n\n"
        "Shipping lines added 12 routes to the port this year."
    )
    assert entities(found).get("Harbour Trade Review") == "Organization"
    assert "By Harbour Trade Review" not in entities(found)
    assert {
        ("Jane Doe", "Harbour Trade Review", "Reporter"),
        ("Li Wei", "Harbour Trade Review", "Reporter"),
    } <= posts(found)


def test_a_by_line_with_a_bar_is_no_masthead(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Ports Grow Busier\n\nBy Jane Doe | Staff Reporter\n\n"
        "Shipping lines added 12 routes to the port this year."
    )
    assert not any(name.startswith("By ") for name in entities(found))
    assert not posts(found)


@pytest.mark.parametrize(
    "byline", ["By Jessica Arena", "By Imran Ayub | Staff Reporter", "By Ana Hall and Li Wei"]
)
def test_the_names_a_by_line_opens_with_are_people(read, byline: str) -> None:  # type: ignore[no-untyped-def]
    found = read(
        f"Harbour Trade Review | Local\n{byline}\n\n"
        "The Planning Authority has approved a 14-storey hotel despite objections."
    )
    names = entities(found)
    writer = byline.removeprefix("By ").split(" | ")[0].split(" and ")[0]
    assert names.get(writer) == "Person"


def test_a_by_line_naming_a_newsroom_names_no_person(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Harbour Trade Review | News\nBy Harbour Trade Review Staff\n\n"
        "The port handled 12 million containers last year, officials said."
    )
    assert "Person" not in entities(found).values()
