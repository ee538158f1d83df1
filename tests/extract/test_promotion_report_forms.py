"""Forms of the report of a province's promotion abroad: a series named for a region of the
world, a second event at the same venue, organizers of the nearer event, posts in a field."""

from __future__ import annotations

from kgbuilder.resolve.mentions import resolve_document
from tests.extract.conftest import entities, relations

WEEK = (
    "SANTIAGO, March 17 (Xinhua) -- A week-long promotion of brands from Anhui Province opened "
    "here on Monday. The Anhui Brands Week in Latin America, running through March 23 at the "
    "Estacion Mapocho Cultural Center in downtown Santiago, is organized by the Department of "
    "Commerce of Anhui Province. Alongside the exhibition, the China (Anhui)-Chile Economic and "
    "Trade Matchmaking Conference, co-hosted by the Department of Commerce of Anhui Province and "
    "the Santiago Chamber of Commerce (CCS), was held at the same venue on Monday afternoon. "
    "Claudia Fuentes, director of Asia-Pacific affairs at ProChile, said Chilean exporters were "
    "keen to reach buyers in Anhui."
)
CONFERENCE = "China (Anhui)-Chile Economic and Trade Matchmaking Conference"


def test_a_series_named_for_a_region_of_the_world(read) -> None:  # type: ignore[no-untyped-def]
    found = read(WEEK)
    names = entities(found)
    assert names["Anhui Brands Week in Latin America"] == "Event"
    rels = relations(found)
    week = "Anhui Brands Week in Latin America"
    assert (week, "locatedIn", "Estacion Mapocho Cultural Center") in rels
    assert (week, "locatedIn", "Santiago") in rels
    assert (week, "locatedIn", "Latin America") not in rels


def test_a_second_event_at_the_same_venue_and_its_own_organizers(read) -> None:  # type: ignore[no-untyped-def]
    rels = relations(read(WEEK))
    assert (CONFERENCE, "locatedIn", "Estacion Mapocho Cultural Center") in rels
    assert (CONFERENCE, "organizedBy", "Santiago Chamber of Commerce") in rels
    week = "Anhui Brands Week in Latin America"
    assert (week, "organizedBy", "Santiago Chamber of Commerce") not in rels


def test_a_post_in_a_field_of_affairs_at_a_body(read) -> None:  # type: ignore[no-untyped-def]
    found = read(WEEK)
    assert "Asia-Pacific" not in entities(found)
    assert ("Claudia Fuentes", "worksFor", "ProChile") in relations(found)


def test_a_bracketed_short_name_with_a_plural_word(read) -> None:  # type: ignore[no-untyped-def]
    extraction = read(
        "Among the exhibitors, Anhui Wanjiang Motor Co., Ltd. (Wanjiang Motors), a Wuhu-based "
        "carmaker, drew crowds. Rodrigo Salinas, general manager of Wanjiang Motors Chile, said "
        "Wanjiang Motors plans to expand its dealer network."
    )
    names = resolve_document(extraction)
    assert names.lookup("Wanjiang Motors") == names.lookup("Anhui Wanjiang Motor Co., Ltd.")
    assert names.lookup("Wanjiang Motors Chile") != names.lookup("Wanjiang Motors")


def test_a_name_described_as_an_exhibition_is_that_event(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Changzhou held the Changzhou (Munich) Investment Promotion Conference in Munich on "
        "Tuesday. The roadshow coincided with Intersolar Europe, the solar industry exhibition "
        "held at the Messe München exhibition center in Munich, where 37 Changzhou companies had "
        "stands this year."
    )
    assert entities(found)["Intersolar Europe"] == "Event"
    rels = relations(found)
    assert ("Intersolar Europe", "locatedIn", "Messe München exhibition center") in rels
    conference = "Changzhou (Munich) Investment Promotion Conference"
    assert (conference, "locatedIn", "Messe München exhibition center") not in rels


def test_a_host_town_in_brackets_in_an_event_s_name(read) -> None:  # type: ignore[no-untyped-def]
    rels = relations(
        read(
            "Changzhou held the Changzhou (Munich) Investment Promotion Conference on Tuesday. "
            "More than 200 guests from Munich and Changzhou attended."
        )
    )
    assert ("Changzhou (Munich) Investment Promotion Conference", "locatedIn", "Munich") in rels


def test_a_province_in_brackets_after_its_country_is_no_venue(read) -> None:  # type: ignore[no-untyped-def]
    rels = relations(
        read(
            "The China (Anhui)-Chile Economic and Trade Matchmaking Conference opened on Monday. "
            "Firms from Anhui and Chile attended."
        )
    )
    assert (CONFERENCE, "locatedIn", "Anhui") not in rels


def test_a_malay_university_named_head_first(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Professor Wei Dongsheng signed an agreement at the forum with Universiti Teknikal "
        "Malaysia Melaka (UTeM) to jointly train 300 technicians."
    )
    names = entities(found)
    assert names["Universiti Teknikal Malaysia Melaka"] == "Organization"
    assert names["UTeM"] == "Organization"


def test_a_school_of_a_university_named_with_of_and_and(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Professor Wei Dongsheng, Dean of the School of Automotive Engineering of Guangxi "
        "University of Science and Technology, a Liuzhou-based university, signed an agreement."
    )
    school = "School of Automotive Engineering of Guangxi University of Science and Technology"
    assert entities(found).get("Guangxi University of Science and Technology") == "Organization"
    assert (school, "partOf", "Guangxi University of Science and Technology") in relations(found)


def test_a_ministry_of_several_fields_has_no_parent_among_them(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Andreas Huber, head of trade at the Bavarian State Ministry of Economic Affairs, "
        "Regional Development and Energy, said Bavarian companies valued the city."
    )
    assert not [r for r in relations(found) if r[1] == "partOf"]


def test_a_mayor_named_second_and_a_vice_mayor_hyphenated(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "The forum was organized by the Liuzhou Municipal People's Government. The delegation was "
        "led by Liang Zhiqiang, Deputy Secretary of the CPC Liuzhou Municipal Committee and Mayor "
        'of Liuzhou. "Bavaria is a partner," said Chen Jiahui, vice-mayor of Liuzhou.'
    )
    rels = relations(found)
    government = "Liuzhou Municipal People's Government"
    assert ("Liang Zhiqiang", "worksFor", government) in rels
    assert ("Chen Jiahui", "worksFor", government) in rels


def test_a_post_in_a_long_field_at_a_body(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Nurul Hidayati, Director of Investment Promotion for East Asia at the Indonesian "
        "Investment Coordinating Board (BKPM), said Chinese companies were active investors."
    )
    names = entities(found)
    assert not [n for n in names if n.startswith("Investment Promotion")]
    assert ("Nurul Hidayati", "worksFor", "Indonesian Investment Coordinating Board") in (
        relations(found)
    )


def test_an_address_from_town_to_division_to_province(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Tan Jianguo said the company's plant in Cikarang, Bekasi Regency, West Java, has "
        "produced 210,000 vehicles. A walnut producer based in Chillán, Ñuble Region, presented "
        "its snacks."
    )
    names = entities(found)
    assert names.get("Bekasi Regency") == "Place"
    assert names.get("West Java") == "Place"
    assert names.get("Ñuble Region") == "Place"
    rels = relations(found)
    assert ("Cikarang", "locatedIn", "Bekasi Regency") in rels
    assert ("Bekasi Regency", "locatedIn", "West Java") in rels
    assert ("Chillán", "locatedIn", "Ñuble Region") in rels


def test_a_list_of_towns_is_no_address(read) -> None:  # type: ignore[no-untyped-def]
    rels = relations(read("Buyers came from Lima, Arequipa and Cusco to the fair in Trujillo."))
    assert not [r for r in rels if r[1] == "locatedIn" and r[0] in ("Lima", "Arequipa")]


def test_a_town_and_its_region_read_as_one_name(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Among them was Viña Cordillera del Maule, a family winery from Curicó, Maule Region. "
        "Its Commercial Manager said the company closed an agreement."
    )
    names = entities(found)
    assert names.get("Curicó") == "Place"
    assert names.get("Maule Region") == "Place"
    assert ("Curicó", "locatedIn", "Maule Region") in relations(found)


def test_a_supporter_named_after_the_organizers_takes_part(read) -> None:  # type: ignore[no-untyped-def]
    rels = relations(
        read(
            "The Anhui Brands Week in Latin America opened in Santiago on Monday. The week is "
            "organized by the Department of Commerce of Anhui Province, with the support of "
            "ProChile, the export promotion agency."
        )
    )
    week = "Anhui Brands Week in Latin America"
    assert ("ProChile", "participatedIn", week) in rels
    assert (week, "organizedBy", "ProChile") not in rels


def test_a_city_s_bureau_is_part_of_the_city_s_government(read) -> None:  # type: ignore[no-untyped-def]
    rels = relations(
        read(
            "The conference was organized by the Changzhou Municipal People's Government and the "
            "Changzhou Bureau of Commerce. Sun Liwei, director of the Changzhou Bureau of "
            "Commerce, spoke. The Wuxi Bureau of Commerce sent a delegation."
        )
    )
    government = "Changzhou Municipal People's Government"
    assert ("Changzhou Bureau of Commerce", "partOf", government) in rels
    assert ("Wuxi Bureau of Commerce", "partOf", government) not in rels


def test_a_company_with_its_legal_form_in_a_town(read) -> None:  # type: ignore[no-untyped-def]
    rels = relations(
        read(
            "Xu Hao, general manager of its European subsidiary Hengrun Europe GmbH in Munich, "
            "said the company would open a center. Another firm signed a supply deal with Acme "
            "Trading Ltd in Lagos on Monday."
        )
    )
    assert ("Hengrun Europe GmbH", "locatedIn", "Munich") in rels
    assert ("Acme Trading Ltd", "locatedIn", "Lagos") not in rels


def test_an_agency_named_invest_in_a_place(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Stefanie Kraus, managing director of Invest in Bavaria, the business promotion agency "
        "of the ministry, said she hoped more firms would come."
    )
    assert entities(found).get("Invest in Bavaria") == "Organization"
    assert ("Stefanie Kraus", "worksFor", "Invest in Bavaria") in relations(found)


def test_a_joint_park_named_for_two_countries_and_its_town_in_brackets(read) -> None:  # type: ignore[no-untyped-def]
    names = entities(
        read(
            "Chen introduced the Sino-German (Changzhou) Innovation Industrial Park, which hosts "
            "186 German firms."
        )
    )
    assert names.get("Sino-German (Changzhou) Innovation Industrial Park") == "IndustryCluster"
    assert "Innovation Industrial Park" not in names


def test_an_edition_s_name_without_its_opening_year_is_an_alias(read) -> None:  # type: ignore[no-untyped-def]
    extraction = read(
        "The 2025 Jiangxi (Malaysia) Trade and Culture Week, which runs until Sunday at the Kuala "
        "Lumpur Convention Centre, has brought 120 companies to the Malaysian capital."
    )
    names = resolve_document(extraction)
    week = "Jiangxi (Malaysia) Trade and Culture Week"
    assert names.lookup(week) == names.lookup(f"2025 {week}")
    assert names.lookup(week) is not None
