"""Events of a report: venues, organizers, participants."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entities, relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Andean Coffee Expo was held at the Corferias exhibition center in Bogota.",
            ("Andean Coffee Expo", "locatedIn", "Corferias exhibition center"),
        ),
        (
            "Exporters met in Lima on Thursday for the Fujian-Peru Blue Economy Dialogue.",
            ("Fujian-Peru Blue Economy Dialogue", "locatedIn", "Lima"),
        ),
        (
            "The Kenya-Peru Investment and Trade Forum was organized by the Peru Trade Council "
            "together with the Kenya Investment Authority.",
            ("Kenya-Peru Investment and Trade Forum", "organizedBy", "Kenya Investment Authority"),
        ),
        (
            "Sun Li visited the Andean Coffee Expo. The three-day expo at the Lima Convention "
            "Center was hosted by the Peru Coffee Council.",
            ("Andean Coffee Expo", "organizedBy", "Peru Coffee Council"),
        ),
        # a venue named like an organization is the place of the event
        (
            "The Henan Machinery Fair, which was held at the Quito World Trade Centre in Quito, "
            "Ecuador, drew 900 visitors.",
            ("Henan Machinery Fair", "locatedIn", "Quito World Trade Centre"),
        ),
        (
            "The Henan Machinery Fair, which was held at the Quito World Trade Centre in Quito, "
            "Ecuador, drew 900 visitors.",
            ("Quito World Trade Centre", "locatedIn", "Quito"),
        ),
        # a later part of the event, named without its name
        (
            "The Hunan Tea Week opened in Nairobi on May 3. Its second leg will be held at the "
            "Mombasa Trade City in Mombasa on May 9, hosted by the Mombasa Chamber of Commerce.",
            ("Hunan Tea Week", "locatedIn", "Mombasa Trade City"),
        ),
        (
            "The Hunan Tea Week opened in Nairobi on May 3. Its second leg will be held at the "
            "Mombasa Trade City in Mombasa on May 9, hosted by the Mombasa Chamber of Commerce.",
            ("Hunan Tea Week", "organizedBy", "Mombasa Chamber of Commerce"),
        ),
        (
            "The Hunan Tea Week opened in Nairobi on May 3. The week's second part will move "
            "to the Arusha Convention Centre in Arusha on May 8.",
            ("Hunan Tea Week", "locatedIn", "Arusha Convention Centre"),
        ),
        (
            "The Henan Machinery Fair opened in Lima. A second edition of the fair will take "
            "place at the Cusco Convention Center in Cusco in November.",
            ("Henan Machinery Fair", "locatedIn", "Cusco Convention Center"),
        ),
    ],
)
def test_events_venues_and_organizers(read, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in relations(read(text))


def test_events_speaker_attends_the_main_event_not_one_invited_to(read) -> None:
    found = read(
        "The Andean Coffee Expo opened in Lima on Monday. Chen Hong, Deputy Mayor of Xiamen, "
        "said firms should come to the China International Import Expo in Shanghai."
    )
    rels = relations(found)
    assert ("Chen Hong", "participatedIn", "Andean Coffee Expo") in rels
    assert ("Chen Hong", "participatedIn", "China International Import Expo") not in rels
    assert ("China International Import Expo", "locatedIn", "Shanghai") in rels


def test_events_organization_of_a_speaker_does_not_attend(read) -> None:
    found = read(
        "The Andean Coffee Expo opened in Lima. Wu Gang, Vice President of Kestrel Motors, "
        "attended the event."
    )
    rels = relations(found)
    assert ("Wu Gang", "participatedIn", "Andean Coffee Expo") in rels
    assert ("Kestrel Motors", "participatedIn", "Andean Coffee Expo") not in rels


def test_events_bracketed_acronym_is_the_event(read) -> None:
    found = read(
        "Firms were invited to the China International Import Expo (CIIE) in Shanghai. "
        "The CIIE draws many buyers."
    )
    names = {
        m.entity for m in found.mentions if m.type is not None and m.type.kind.value == "Event"
    }
    assert {"China International Import Expo", "CIIE"} <= names


def test_events_venue_named_like_an_organization_is_a_place(read) -> None:
    found = entities(read("The Henan Machinery Fair was held at the Quito World Trade Centre."))
    assert found["Quito World Trade Centre"] == "Place"


def test_events_a_part_of_something_else_gives_no_venue(read) -> None:
    # the sentence opens with no part of the event: the move is another one's
    rels = relations(
        read(
            "The Hunan Tea Week opened in Nairobi on May 3. The company will move to the "
            "Mombasa Trade City in Mombasa next year."
        )
    )
    assert ("Hunan Tea Week", "locatedIn", "Mombasa Trade City") not in rels


def test_events_the_forum_is_the_forum_last_named_and_speakers_attend_the_event_of_their_paragraph(
    read,
) -> None:
    text = (
        "The Harbin Ice Trade Conference opened in Harbin on January 8.\n\n"
        "Boris Lebedev, Director of the Amur Timber Union, told the conference that exports rose.\n\n"
        "In Khabarovsk, the delegation then took part in the Far East Logistics Forum on January 10. "
        "Olga Petrova, Chief Executive Officer of Taiga Freight, told the forum that rail capacity "
        "had doubled."
    )
    rels = relations(read(text))
    assert ("Boris Lebedev", "participatedIn", "Harbin Ice Trade Conference") in rels
    assert ("Olga Petrova", "participatedIn", "Far East Logistics Forum") in rels
    assert ("Olga Petrova", "participatedIn", "Harbin Ice Trade Conference") not in rels


def test_events_bracketed_word_and_this_years_in_an_event_name(read) -> None:
    found = entities(
        read(
            "Traders met in Nanchang for the China (Jiangxi)-Andes Ceramics Investment Fair. "
            "Others came for this year's Jiangxi–Andean Porcelain Trade and Investment Fair."
        )
    )
    assert found.get("China (Jiangxi)-Andes Ceramics Investment Fair") == "Event"
    assert found.get("Jiangxi–Andean Porcelain Trade and Investment Fair") == "Event"


def test_events_venue_with_and_in_its_name_and_a_participle_opening(read) -> None:
    text = (
        "The Ganjiang Porcelain Fair opened in Jingdezhen on May 3. Held at the Jingdezhen "
        "International Convention and Exhibition Center and organized by the Jingdezhen Ceramics "
        "Bureau, the fair closed on May 6 with 40 contracts signed."
    )
    extraction = read(text)
    assert entities(extraction).get(
        "Jingdezhen International Convention and Exhibition Center"
    ) == ("Place")
    rels = relations(extraction)
    assert (
        "Ganjiang Porcelain Fair",
        "locatedIn",
        "Jingdezhen International Convention and Exhibition Center",
    ) in rels
    assert ("Ganjiang Porcelain Fair", "organizedBy", "Jingdezhen Ceramics Bureau") in rels


def test_events_venue_after_a_date_range_and_a_years_event(read) -> None:
    rels = relations(
        read(
            "Nearly 80 companies gathered in Astana this week for this year's Jiangxi Porcelain "
            "Trade Fair, held from October 2 to 4 at the Korme Exhibition Centre."
        )
    )
    assert ("Jiangxi Porcelain Trade Fair", "locatedIn", "Astana") in rels
    assert ("Jiangxi Porcelain Trade Fair", "locatedIn", "Korme Exhibition Centre") in rels


def test_events_a_company_acting_at_the_event_took_part_in_it(read) -> None:
    rels = relations(
        read(
            "The Gannan Navel Orange Festival opened in Lima on May 2. Jiangxi Baihe Fruit Group "
            "signed a supply agreement at the festival with two Peruvian importers. The Peru "
            "Fruit Board hosted a dinner at the festival."
        )
    )
    assert ("Jiangxi Baihe Fruit Group", "participatedIn", "Gannan Navel Orange Festival") in rels
    assert ("Peru Fruit Board", "participatedIn", "Gannan Navel Orange Festival") not in rels


def test_events_an_event_at_a_venue_is_in_the_venues_city(read) -> None:
    rels = relations(
        read(
            "Held at the Harbin International Convention and Exhibition Center and organized by "
            "the Heilongjiang Commerce Bureau, the Harbin Cold Region Fair closed on June 9. "
            "Most buyers came from Harbin itself."
        )
    )
    assert (
        "Harbin Cold Region Fair",
        "locatedIn",
        "Harbin International Convention and Exhibition Center",
    ) in rels
    assert ("Harbin Cold Region Fair", "locatedIn", "Harbin") in rels


def test_events_exhibitors_by_their_stand_and_people_quoted_by_according_to(read) -> None:
    text = (
        "The Jiangxi Porcelain Week opened in Accra on May 2.\n\n"
        "One of the most crowded stands belonged to Jingdezhen Kiln Arts Co., Ltd., which sold "
        "tea sets. Exports rose 12 percent, according to Xu Lan, its general manager."
    )
    rels = relations(read(text))
    assert ("Jingdezhen Kiln Arts Co., Ltd.", "participatedIn", "Jiangxi Porcelain Week") in rels
    assert ("Xu Lan", "participatedIn", "Jiangxi Porcelain Week") in rels


def test_events_opening_at_a_venue_in_a_city_then_moving_to_another(read) -> None:
    found = relations(
        read(
            "The Hebei Brands Baltic Fair ran from May 4 to 9, opening at the Amber Expo "
            "exhibition centre in Gdańsk before moving east to the Vilnius Congress Centre."
        )
    )
    fair = "Hebei Brands Baltic Fair"
    assert (fair, "locatedIn", "Amber Expo exhibition centre") in found
    assert (fair, "locatedIn", "Gdańsk") in found
    assert (fair, "locatedIn", "Vilnius Congress Centre") in found


def test_events_named_in_a_place_and_the_parties_of_a_signing(read) -> None:
    found = relations(
        read(
            'The "Hebei Week in Vilnius" promotion opened on May 4 with 60 companies. '
            "Buyers came from Vilnius and Riga. "
            "On May 5 Hebei Jinyu Foods signed a supply agreement with the Kaunas-based "
            "Baltic Retail Group. Buyers said prices were fair."
        )
    )
    event = "Hebei Week in Vilnius"
    assert (event, "locatedIn", "Vilnius") in found
    assert ("Hebei Jinyu Foods", "participatedIn", event) in found
    assert ("Baltic Retail Group", "participatedIn", event) in found
    assert not any(s.startswith("On May") for s, _, _ in found)  # the date is no part of a name


def test_events_sessions_named_by_their_city_and_clusters_in_a_city(read) -> None:
    found = relations(
        read(
            'The "Hebei Week in Vilnius" promotion opened on May 4 with 60 companies. Its Vilnius '
            "sessions were held at the Litexpo Exhibition Centre. An official said firms could "
            "obtain licences at the Kaunas Free Economic Zone in Kaunas."
        )
    )
    assert ("Hebei Week in Vilnius", "locatedIn", "Litexpo Exhibition Centre") in found
    assert ("Kaunas Free Economic Zone", "locatedIn", "Kaunas") in found


def test_events_venue_of_a_city_named_with_its_possessive(read) -> None:
    extraction = read(
        "The Linyi Brands Week opened on May 4 at Hanoi's Giang Vo Exhibition and Convention "
        "Center and closed on May 7."
    )
    venue = "Giang Vo Exhibition and Convention Center"
    assert entities(extraction).get(venue) == "Place"
    rels = relations(extraction)
    assert ("Linyi Brands Week", "locatedIn", venue) in rels
    assert ("Linyi Brands Week", "locatedIn", "Hanoi") in rels
    assert (venue, "locatedIn", "Hanoi") in rels


def test_events_organized_with_a_partner_by_the_department_named_before(read) -> None:
    extraction = read(
        "Wu Hao, Director of the Department of Commerce of Gansu Province, opened the Gansu "
        "Brands Expo at the Palacio Ferial, the exhibition grounds near the river. The "
        "department organized the expo with the Lanzhou Municipal People's Government."
    )
    rels = relations(extraction)
    assert ("Gansu Brands Expo", "organizedBy", "Department of Commerce of Gansu Province") in rels
    assert (
        "Gansu Brands Expo",
        "organizedBy",
        "Lanzhou Municipal People's Government",
    ) in rels
    # "the exhibition grounds" is the venue's description, no mention of the event
    anaphors = [m.text for m in extraction.mentions if m.agent.endswith("anaphor")]
    assert "the exhibition" not in anaphors
    assert any(
        m.text == "The department" and m.entity == "Department of Commerce of Gansu Province"
        for m in extraction.mentions
    )


def test_events_organized_it_and_a_venue_named_with_its_city(read) -> None:
    extraction = read(
        "The Hunan-Saxony Trade Forum was held on May 3 at the International Congress Center "
        "Dresden. The People's Government of Hunan Province and the Changsha Municipal Bureau "
        "of Commerce organized it together with the Saxon Automotive Alliance."
    )
    rels = relations(extraction)
    event, venue = "Hunan-Saxony Trade Forum", "International Congress Center Dresden"
    assert entities(extraction).get(venue) == "Place"
    assert (event, "locatedIn", venue) in rels
    assert (venue, "locatedIn", "Dresden") in rels
    assert (event, "locatedIn", "Dresden") in rels
    for organizer in (
        "People's Government of Hunan Province",
        "Changsha Municipal Bureau of Commerce",
        "Saxon Automotive Alliance",
    ):
        assert (event, "organizedBy", organizer) in rels
    # "it" after a sentence that names no event: no organizer
    rels = relations(read("Tea prices rose. The Changsha Tea Guild organized it with Hunan Tea."))
    assert not [r for r in rels if r[1] == "organizedBy"]


def test_events_venue_in_the_citys_neighbourhood(read) -> None:
    rels = relations(
        read(
            "The minister opened the Gansu Brands Expo, which runs until Friday at La Rural, "
            "the exhibition grounds in the city's Palermo neighbourhood."
        )
    )
    assert ("Gansu Brands Expo", "locatedIn", "La Rural") in rels
    assert ("La Rural", "locatedIn", "Palermo") in rels


def test_events_venue_acronym_is_a_place_too(read) -> None:
    extraction = read(
        "The Henan-Lombardy Trade Week was held at the International Congress Center Milan "
        "(ICCM) in May. The ICCM was full."
    )
    found = entities(extraction)
    assert found.get("ICCM") == "Place"
    assert found.get("International Congress Center Milan") == "Place"


def test_events_venue_in_the_town_of_its_event(read) -> None:
    rels = relations(
        read(
            "Nearly 90 companies gathered in Bishkek this week for the Gansu–Kyrgyzstan Trade "
            "Fair, held from May 3 to 5 at the Ala-Too Exhibition Centre."
        )
    )
    assert ("Ala-Too Exhibition Centre", "locatedIn", "Bishkek") in rels
    # an event in two cities says nothing of its venue's town
    rels = relations(
        read(
            "The Gansu Brands Week was held in Bishkek and Almaty, opening at the Ala-Too "
            "Exhibition Centre."
        )
    )
    assert not [r for r in rels if r[0] == "Ala-Too Exhibition Centre" and r[1] == "locatedIn"]


def test_events_second_venue_of_a_moving_fair_is_not_in_the_first_town(read) -> None:
    rels = relations(
        read(
            "The Shaanxi Brands Fair ran from May 4 to 9, opening at the Poznan Congress Centre "
            "in Poznan before moving south to the Katowice Congress Centre."
        )
    )
    assert ("Katowice Congress Centre", "locatedIn", "Poznan") not in rels


def test_companies_signing_together_in_a_list_of_a_session_s_deals_took_part(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "On 17 June 2025, the Hunan–Austria Tea Matchmaking Session was held at Palais Ferstel in "
        "Vienna. During the session, 9 agreements were signed. Among them:\n\n"
        "- Anhua Heiye Tea Co., Ltd. and Vienna-based Haller Teehandel GmbH signed a three-year "
        "supply agreement for 40 tonnes of dark tea;\n"
        "- Liuyang Huoshu Fireworks Co. and Feuerwerk Gruber GmbH of Graz signed an agreement on "
        "distribution in Austria."
    )
    event = "Hunan–Austria Tea Matchmaking Session"
    rels = relations(found)
    for company in (
        "Anhua Heiye Tea Co., Ltd.",
        "Haller Teehandel GmbH",
        "Liuyang Huoshu Fireworks Co.",
        "Feuerwerk Gruber GmbH",
    ):
        assert (company, "participatedIn", event) in rels


def test_an_untagged_venue_between_an_event_and_its_town(read) -> None:
    rels = relations(
        read(
            "The following day, Ningbo Brakes Co. took part in the Jalisco–Zhejiang Supplier "
            "Matchmaking Forum at Expoguadal in Guadalajara, organized by the Zhejiang Provincial "
            "Department of Commerce.\n"
        )
    )
    forum = "Jalisco–Zhejiang Supplier Matchmaking Forum"
    assert (forum, "locatedIn", "Expoguadal") in rels
    assert (forum, "locatedIn", "Guadalajara") in rels
    assert ("Expoguadal", "locatedIn", "Guadalajara") in rels


def test_organizers_listed_with_what_they_are(read) -> None:
    rels = relations(
        read(
            "Kyrgyz and Gansu companies signed 12 agreements at the Kyrgyzstan – Gansu Business "
            "Forum held in Bishkek on Friday. The forum was organized by the Ministry of Economy "
            "of the Kyrgyz Republic, the state agency Invest Kyrgyzstan and the People's "
            "Government of Gansu Province.\n"
        )
    )
    forum = "Kyrgyzstan – Gansu Business Forum"
    assert (forum, "organizedBy", "Invest Kyrgyzstan") in rels
    assert (forum, "organizedBy", "People's Government of Gansu Province") in rels


def test_a_sponsor_named_with_support_from_is_no_organizer(read) -> None:
    rels = relations(
        read(
            "Kyrgyz and Gansu companies signed 12 agreements at the Kyrgyzstan – Gansu Business "
            "Forum held in Bishkek on Friday. The forum was organized by the Ministry of Economy "
            "of the Kyrgyz Republic, with support from the Eurasian Development Bank.\n"
        )
    )
    assert (
        "Kyrgyzstan – Gansu Business Forum",
        "organizedBy",
        "Eurasian Development Bank",
    ) not in rels


def test_an_organizer_listed_in_the_agency_style(read) -> None:
    rels = relations(
        read(
            "The Kyrgyzstan – Gansu Business Forum took place on October 14 at the Hyatt Regency "
            "Bishkek hotel. More than 250 entrepreneurs took part. Co-organizer – Invest "
            "Kyrgyzstan national agency.\n"
        )
    )
    assert ("Kyrgyzstan – Gansu Business Forum", "organizedBy", "Invest Kyrgyzstan") in rels
