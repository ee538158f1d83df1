"""Events named with their hosts and editions ("<Year> <Province> (<Country>-<Country>) ...
Week", "<City> Brands Exhibition <Country> <Year>"), an expo that is a venue, the year a report
is of, and the event a speaker spoke at."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_bracket_of_two_host_countries_is_part_of_the_event_s_name(read) -> None:
    extraction = read(
        "Firms signed deals worth 3.8 billion euros during the 2025 Anhui (Germany-Austria) "
        "Industrial Promotion Week, which ran from Sept 15 to 21 in Munich."
    )
    kinds, rels = entities(extraction), relations(extraction)
    name = "2025 Anhui (Germany-Austria) Industrial Promotion Week"
    assert kinds.get(name) == "Event"
    assert "Industrial Promotion Week" not in kinds
    assert (name, "locatedIn", "Munich") in rels


def test_a_bracket_of_a_country_and_a_common_word_is_no_host(read) -> None:
    kinds = entities(read("Visitors came to the Anhui (Germany-Style) Beer Festival in Hefei."))
    assert "Anhui (Germany-Style) Beer Festival" not in kinds


def test_an_edition_s_host_country_and_year_after_the_event_s_head(read) -> None:
    extraction = read(
        "Manufacturers showed tiles at the maiden Foshan Brands Exhibition Ghana 2024, held at "
        "the Accra International Conference Centre (AICC) from Tuesday to Thursday."
    )
    kinds, rels = entities(extraction), relations(extraction)
    name = "Foshan Brands Exhibition Ghana 2024"
    assert kinds.get(name) == "Event"
    assert (name, "locatedIn", "Accra International Conference Centre") in rels


def test_a_word_that_is_no_country_before_a_year_ends_no_event_name(read) -> None:
    kinds = entities(read("The Foshan Brands Exhibition Hall 2024 plan was approved in May."))
    assert "Foshan Brands Exhibition Hall 2024" not in kinds


def test_an_expo_named_for_its_city_as_an_international_one_is_the_venue(read) -> None:
    extraction = read(
        "Companies are showing machinery at the 2025 Hunan (Indonesia) Trade and Investment "
        "Expo, which opened at the Jakarta International Expo (JIExpo) in Kemayoran, Central "
        "Jakarta, on Tuesday."
    )
    kinds, rels = entities(extraction), relations(extraction)
    assert kinds.get("Jakarta International Expo") == "Place"
    assert kinds.get("JIExpo") == "Place"
    assert (
        "2025 Hunan (Indonesia) Trade and Investment Expo",
        "locatedIn",
        "Jakarta International Expo",
    ) in rels


def test_an_edition_s_year_is_not_older_than_years_of_plans_named_once(read) -> None:
    # the years named once each (a plan for 2027, a figure of 2024) say nothing of the report's
    rels = relations(
        read(
            "Companies are showing machinery at the 2025 Hunan Trade Expo, which opened in "
            "Jakarta on Tuesday. Trade reached US$4.7 billion in 2024. Li Wenbo said the plant "
            "would be completed in 2027. Wang Fang said the firm has sold in Indonesia since "
            "2013."
        )
    )
    assert ("Li Wenbo", "participatedIn", "2025 Hunan Trade Expo") in rels
    assert ("Wang Fang", "participatedIn", "2025 Hunan Trade Expo") in rels


def test_a_dateline_s_year_says_an_edition_named_is_an_earlier_one(read) -> None:
    rels = relations(
        read(
            "JAKARTA, 12 May 2026 - Huaxin opened its plant today. The two sides first met at "
            "the 2025 Hunan Trade Expo in Jakarta. Li Wenbo, chairman of Huaxin, said the "
            "company chose Indonesia after a long search."
        )
    )
    assert ("Li Wenbo", "participatedIn", "2025 Hunan Trade Expo") not in rels


def test_deals_signed_at_a_side_forum_put_the_speaker_at_the_main_event(read) -> None:
    rels = relations(
        read(
            "The Hunan Trade Expo opened in Jakarta on Tuesday.\n\nDirector of the Department "
            "of Commerce of Hunan Province Peng Xiao said 38 agreements were signed on the "
            "opening day, most of them at the Jakarta Investment Forum held on the sidelines of "
            "the expo.\n\nLi Wei said at the Bandung Business Forum that trade grew."
        )
    )
    assert ("Peng Xiao", "participatedIn", "Hunan Trade Expo") in rels
    assert ("Peng Xiao", "participatedIn", "Jakarta Investment Forum") not in rels
    assert ("Li Wei", "participatedIn", "Bandung Business Forum") in rels


def test_a_host_country_whose_own_name_has_a_dash(read) -> None:
    kinds = entities(read("The Hunan (Guinea-Bissau) Trade Fair opened in Bissau on Monday."))
    assert kinds.get("Hunan (Guinea-Bissau) Trade Fair") == "Event"
