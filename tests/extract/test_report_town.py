"""The town a report is filed from (its dateline, or a headline that puts its event in a town)
and the town a venue's own name gives: where the report's event and its venue are, when the
text names the venue alone; each with a case that must not give it."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_venue_named_here_under_a_dateline_is_in_the_dateline_town(read) -> None:
    rels = relations(
        read(
            "Yunnan firms sign 9 deals with Sri Lankan partners\n\n"
            "COLOMBO, Mar 4 (LBO): A trade delegation from China's Yunnan province on Tuesday "
            "signed nine agreements at the Yunnan-Sri Lanka Business Forum held at the Galle Face "
            "Hotel here."
        )
    )
    assert ("Galle Face Hotel", "locatedIn", "Colombo") in rels
    assert ("Yunnan-Sri Lanka Business Forum", "locatedIn", "Colombo") in rels


def test_a_byline_field_gives_the_report_town(read) -> None:
    rels = relations(
        read(
            "Henan and Gujarat firms agree on a textile venture\n\n"
            "Anita Desai | Ahmedabad | August 2, 2025\n\n"
            "The Henan-Gujarat Textile Cooperation Forum was held at the Mahatma Mandir "
            "Convention Centre on Friday."
        )
    )
    assert ("Henan-Gujarat Textile Cooperation Forum", "locatedIn", "Ahmedabad") in rels


def test_a_town_inside_a_venue_name_is_the_venue_town(read) -> None:
    rels = relations(
        read(
            "Shandong deals worth $600 million signed in Tashkent\n\n"
            "The Shandong-Uzbekistan Business Forum took place on May 14 at the Hyatt Regency "
            "Tashkent hotel. Tashkent is the capital of Uzbekistan."
        )
    )
    assert ("Hyatt Regency Tashkent hotel", "locatedIn", "Tashkent") in rels
    assert ("Shandong-Uzbekistan Business Forum", "locatedIn", "Tashkent") in rels


def test_the_headline_town_of_a_gathering_is_the_report_town(read) -> None:
    rels = relations(
        read(
            "Jiangxi exporters sign deals as trade fair opens in Casablanca\n\n"
            "The Jiangxi Export Commodities Fair opened on Monday at the Office des Changes "
            "Exhibition Hall, with 120 companies from the province."
        )
    )
    assert ("Jiangxi Export Commodities Fair", "locatedIn", "Casablanca") in rels


def test_a_town_the_text_gives_the_event_wins_over_the_dateline(read) -> None:
    rels = relations(
        read(
            "Shanghai firms court Polish buyers\n\n"
            "WARSAW, Nov 18 (PAP): The Shanghai-Poland Trade Forum was held in Krakow at the "
            "Galicia Convention Hall on Monday, with 80 companies."
        )
    )
    assert ("Shanghai-Poland Trade Forum", "locatedIn", "Krakow") in rels
    assert ("Galicia Convention Hall", "locatedIn", "Warsaw") not in rels
    assert ("Shanghai-Poland Trade Forum", "locatedIn", "Warsaw") not in rels


def test_a_town_in_the_headline_that_is_no_gathering_place_is_no_report_town(read) -> None:
    rels = relations(
        read(
            "Hebei carmaker to build plant in Rayong\n\n"
            "The Hebei-Thailand Automotive Forum was held at the Royal Orchid Hall on Monday, "
            "with 60 companies."
        )
    )
    assert ("Hebei-Thailand Automotive Forum", "locatedIn", "Rayong") not in rels
    assert ("Royal Orchid Hall", "locatedIn", "Rayong") not in rels


def test_a_town_named_like_a_weekday_or_a_week_is_no_dateline(read) -> None:
    rels = relations(
        read(
            "Shanghai, Monterrey firms sign supply deals\n\n"
            "The Shanghai-Monterrey Supplier Forum was held at the Cintermex Convention Hall "
            "with 80 firms.\n\n"
            "Chinese EV sales jumped last week in Bangkok\n\n"
            "The Chongqing-Thailand Auto Forum was held at the Royal Orchid Hall with 60 firms."
        )
    )
    assert ("Cintermex Convention Hall", "locatedIn", "Shanghai") not in rels
    assert ("Royal Orchid Hall", "locatedIn", "Bangkok") not in rels


def test_a_country_the_text_gives_the_event_wins_over_the_dateline(read) -> None:
    rels = relations(
        read(
            "Chinese firms court Ethiopian buyers\n\n"
            "BEIJING, Mar 4 (Xinhua) -- The China-Ethiopia Investment Forum opened on Monday at "
            "the Skylight Hotel. The forum, held in Ethiopia for the first time, drew 300 people."
        )
    )
    assert ("Skylight Hotel", "locatedIn", "Beijing") not in rels
    assert ("China-Ethiopia Investment Forum", "locatedIn", "Beijing") not in rels


def test_a_dateline_in_title_case_names_the_report_town(read) -> None:
    # the model reads this dateline's town as a person: the dateline's form says a town
    extraction = read(
        "Headline about trade\n\nBologna, 8 November 2024 – The Ningbo Machinery Forum was "
        "held at the Grand Exhibition Hall.\n"
    )
    assert entities(extraction).get("Bologna") == "Place"
    rels = relations(extraction)
    assert ("Grand Exhibition Hall", "locatedIn", "Bologna") in rels
    assert ("Ningbo Machinery Forum", "locatedIn", "Bologna") in rels


def test_a_wire_after_a_day_and_month_is_the_wire(read) -> None:
    kinds = entities(
        read(
            "Shaanxi firms in Tashkent\n\nTashkent, 14 May /UzA/. The Days of Shaanxi Province "
            "opened at Uzexpocentre.\n"
        )
    )
    assert kinds.get("UzA") == "Organization"


def test_a_promotion_named_head_first_after_its_province(read) -> None:
    rels = relations(
        read(
            "More than 80 companies took part in the Days of Shaanxi Province in Uzbekistan, "
            "held at Uzexpocentre in Tashkent.\n"
        )
    )
    assert ("Days of Shaanxi Province", "locatedIn", "Uzbekistan") in rels
    assert ("Days of Shaanxi Province", "locatedIn", "Tashkent") in rels
