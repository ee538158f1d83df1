"""Supporters of an event take part in it ("supported by <O> (<ACR>) and <O2>", "with support
from <O>"), and a zone named with its short name in brackets is in the place after it."""

from __future__ import annotations

from tests.extract.conftest import relations


def test_every_supporter_named_after_the_hosts_takes_part(read) -> None:
    rels = relations(
        read(
            "Hosted by the Foshan Municipal Bureau of Commerce, and supported by the Nigerian "
            "Export Promotion Council (NEPC) and the Lagos Chamber of Commerce and Industry "
            "(LCCI), the Foshan Brands Roadshow attracted more than 300 officials.\n"
        )
    )
    roadshow = "Foshan Brands Roadshow"
    assert ("Nigerian Export Promotion Council", "participatedIn", roadshow) in rels
    assert ("Lagos Chamber of Commerce and Industry", "participatedIn", roadshow) in rels
    assert ("NEPC", "participatedIn", roadshow) not in rels


def test_a_supporter_with_support_from_takes_part(read) -> None:
    rels = relations(
        read(
            "The Jiangxi Culture Week is jointly organized by the Jiangxi Provincial Department "
            "of Commerce, with support from the Chile-China Chamber of Commerce.\n"
        )
    )
    assert ("Chile-China Chamber of Commerce", "participatedIn", "Jiangxi Culture Week") in rels


def test_a_company_backed_by_a_bank_takes_no_part_in_an_event(read) -> None:
    rels = relations(
        read(
            "The Lagos Trade Fair opened on Monday. A new plant, backed by the Bank of Industry, "
            "will open next year.\n"
        )
    )
    assert ("Bank of Industry", "participatedIn", "Lagos Trade Fair") not in rels


def test_a_zone_with_its_short_name_in_brackets_is_in_the_place_after(read) -> None:
    rels = relations(
        read(
            "The venture will build a plant at King Salman Energy Park (SPARK) in the Eastern "
            "Province of Saudi Arabia.\n"
        )
    )
    assert ("King Salman Energy Park", "locatedIn", "Eastern Province") in rels
