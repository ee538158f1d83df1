"""Relation patterns, each with a sentence that should give it and one that should not."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entities, relations


def test_relations_appositive_title_gives_works_for_with_role(read) -> None:
    found = read(
        "Laura Gomez, Deputy General Manager of Andes Mining Corporation and Pacific Steel Group, "
        "spoke in Santiago."
    )
    posts = {
        (r.subject, r.object, r.qualifiers.role) for r in found.relations if r.label == "worksFor"
    }
    assert ("Laura Gomez", "Andes Mining Corporation", "Deputy General Manager") in posts
    assert ("Laura Gomez", "Pacific Steel Group", "Deputy General Manager") in posts


def test_relations_title_without_organization_gives_no_works_for(read) -> None:
    found = read("Laura Gomez, Deputy General Manager, spoke in Santiago about copper prices.")
    assert not [r for r in found.relations if r.label == "worksFor"]


def test_relations_professor_at_university(read) -> None:
    found = read("Wang Jun, a professor at the University of Toronto, shared his research.")
    assert ("Wang Jun", "worksFor", "University of Toronto") in relations(found)
    assert ("University of Toronto", "locatedIn", "Toronto") in relations(found)


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Alves, a well-known Brazilian architect, designed the pavilion.",
        "Brazilian architect Pedro Alves designed the pavilion.",
    ],
)
def test_relations_nationality_from_demonym(read, text: str) -> None:
    assert ("Pedro Alves", "nationality", "Brazil") in relations(read(text))


def test_relations_nationality_needs_a_country_demonym(read) -> None:
    found = read("Pedro Alves, a well-known Latin American architect, designed the pavilion.")
    assert not [r for r in found.relations if r.label == "nationality"]


@pytest.mark.parametrize(
    "text",
    [
        "Norvale Holdings completed its acquisition of Brightwater Foods in 2019.",
        "Norvale Holdings's acquisition of Brightwater Foods in 2019 was praised.",
        "Brightwater Foods was acquired by Norvale Holdings in 2019.",
    ],
)
def test_relations_acquisition_with_year(read, text: str) -> None:
    found = read(text)
    deals = [
        (r.subject, r.object, r.qualifiers.date) for r in found.relations if r.label == "acquired"
    ]
    assert deals == [("Norvale Holdings", "Brightwater Foods", "2019")]


def test_relations_stake_is_an_investment_not_an_acquisition(read) -> None:
    found = read("Norvale Holdings acquired a 20 percent stake in Brightwater Foods last year.")
    labels = {r.label for r in found.relations if r.subject == "Norvale Holdings"}
    assert "acquired" not in labels
    assert "investsIn" in labels


def test_relations_event_venue_dates_and_speakers(read) -> None:
    text = (
        'The "Hainan Opens Up" investment forum was held in Nairobi and Mombasa from June 3 to 5, '
        "2025.\n\nJohn Mwangi, Director of the Kenya Investment Authority, said the forum would "
        "bring new business. The event was organized by the Hainan Provincial Department of "
        "Commerce."
    )
    found = read(text)
    rels = relations(found)
    event = "Hainan Opens Up"
    assert (event, "locatedIn", "Nairobi") in rels
    assert (event, "locatedIn", "Mombasa") in rels
    assert ("John Mwangi", "participatedIn", event) in rels
    assert (event, "organizedBy", "Hainan Provincial Department of Commerce") in rels
    dates = {(a.name, a.value) for a in found.attributes}
    assert dates == {("startDate", "2025-06-03"), ("endDate", "2025-06-05")}


def test_relations_event_dates_without_year_need_a_document_date(read) -> None:
    text = 'The "Blue Ocean" trade fair was held in Lisbon from June 3 to 5.'
    assert read(text).attributes == ()
    dated = read(text, published="2023-06-10")
    assert {(a.name, a.value) for a in dated.attributes} == {
        ("startDate", "2023-06-03"),
        ("endDate", "2023-06-05"),
    }


def test_relations_no_event_no_participants(read) -> None:
    found = read("John Mwangi, Director of the Kenya Investment Authority, said prices rose.")
    assert not [r for r in found.relations if r.label == "participatedIn"]


def test_relations_market_presence_gives_operates_in(read) -> None:
    found = read("Kestrel Motors's sales grew quickly in the Chilean market last year.")
    assert ("Kestrel Motors", "operatesIn", "Chile") in relations(found)


def test_relations_place_companies_give_located_in(read) -> None:
    found = read("He cited Kestrel Motors's growth as an example of Shanghai companies abroad.")
    assert ("Kestrel Motors", "locatedIn", "Shanghai") in relations(found)


def test_relations_place_comma_place(read) -> None:
    found = read("The delegation visited Ningbo, China, and then Porto, Portugal.")
    rels = relations(found)
    assert ("Ningbo", "locatedIn", "China") in rels
    assert ("Porto", "locatedIn", "Portugal") in rels


def test_relations_a_list_of_cities_is_not_containment(read) -> None:
    found = read("The delegation visited Lima, Cusco and Arequipa last week.")
    assert not [r for r in found.relations if r.label == "locatedIn"]


def test_relations_subsidiary_of(read) -> None:
    found = read("Orbis Data, a subsidiary of Helix Systems Corporation, opened an office.")
    assert ("Orbis Data", "partOf", "Helix Systems Corporation") in relations(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The forum opened in Nanning, capital of south China's Guangxi Zhuang Autonomous Region.",
            ("Nanning", "locatedIn", "Guangxi Zhuang Autonomous Region"),
        ),
        (
            "Buyers toured China's Zhejiang Province last week.",
            ("Zhejiang Province", "locatedIn", "China"),
        ),
        (
            "Tecnova Labs, a software company based in Recife, signed the deal.",
            ("Tecnova Labs", "locatedIn", "Recife"),
        ),
        (
            "The deal was signed with Chilean distributor Andimar Logistics on Friday.",
            ("Andimar Logistics", "locatedIn", "Chile"),
        ),
        (
            "Argentine Ambassador to China Marta Ruiz spoke at the dinner.",
            ("Marta Ruiz", "nationality", "Argentina"),
        ),
    ],
)
def test_relations_places_seats_and_nationality(
    read, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in relations(read(text))


def test_relations_organizers_with_bracketed_acronym(read) -> None:
    found = read(
        'The "Silk Road Gourmet" festival was organized by the Pacific Food Alliance (PFA) and '
        "the Lima Chamber of Commerce."
    )
    rels = relations(found)
    assert ("Silk Road Gourmet", "organizedBy", "Pacific Food Alliance") in rels
    assert ("Silk Road Gourmet", "organizedBy", "Lima Chamber of Commerce") in rels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # objects with a descriptor before them, and the company's seat from the demonym
        (
            "Norvale Holdings acquired the Kenyan tea grower Kericho Leaf in 2018.",
            {
                ("Norvale Holdings", "acquired", "Kericho Leaf"),
                ("Kericho Leaf", "locatedIn", "Kenya"),
            },
        ),
        (
            "Kericho Leaf was acquired by the Japanese trading house Sato Bussan in 2015.",
            {("Sato Bussan", "acquired", "Kericho Leaf"), ("Sato Bussan", "locatedIn", "Japan")},
        ),
        (
            "Orbis Data, a subsidiary of the Recife-based software maker Tecnova Labs, opened.",
            {("Orbis Data", "partOf", "Tecnova Labs"), ("Tecnova Labs", "locatedIn", "Recife")},
        ),
        # investments: in a plant in a place, in a described company, by a pronoun
        (
            "Tianhe Foods, headquartered in Xiamen, announced an investment of 50 million "
            "dollars in a new noodle plant in Jalisco.",
            {("Tianhe Foods", "investsIn", "Jalisco"), ("Tianhe Foods", "locatedIn", "Xiamen")},
        ),
        (
            "Norvale Holdings invested in the Ethiopian startup Bunna Labs last year.",
            {
                ("Norvale Holdings", "investsIn", "Bunna Labs"),
                ("Bunna Labs", "locatedIn", "Ethiopia"),
            },
        ),
        (
            "Norvale Holdings said that it would invest 9 million dollars in a warehouse in Accra.",
            {("Norvale Holdings", "investsIn", "Accra")},
        ),
        (
            "Norvale Holdings, based in Lagos, acquired a 30 percent stake in the Ghanaian cocoa "
            "trader Akwaaba Cocoa in 2022.",
            {("Norvale Holdings", "investsIn", "Akwaaba Cocoa")},
        ),
        # markets: sales, deliveries and exports in or to places
        (
            "Kestrel Motors said it sold 3,000 tractors in Ghana in 2023.",
            {("Kestrel Motors", "operatesIn", "Ghana")},
        ),
        (
            "Kestrel Motors, a Turin-based maker, reported that its sales in Europe rose.",
            {("Kestrel Motors", "operatesIn", "Europe"), ("Kestrel Motors", "locatedIn", "Turin")},
        ),
        (
            "Tran Van Hung said Phong Phu Textiles now exports to Japan and South Korea.",
            {
                ("Phong Phu Textiles", "operatesIn", "Japan"),
                ("Phong Phu Textiles", "operatesIn", "South Korea"),
            },
        ),
    ],
)
def test_relations_companies_deals_and_markets(
    read, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= relations(read(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a plant is where a company makes things, not its market
        (
            "Kestrel Motors now runs two plants in Bavaria.",
            ("Kestrel Motors", "operatesIn", "Bavaria"),
        ),
        # an investment in a plant in a place is no market either
        (
            "Tianhe Foods announced an investment of 50 million dollars in a plant in Jalisco.",
            ("Tianhe Foods", "operatesIn", "Jalisco"),
        ),
        # a stake is an investment, not an acquisition
        (
            "Norvale Holdings acquired a 20 percent stake in the Ghanaian trader Akwaaba Cocoa.",
            ("Norvale Holdings", "acquired", "Akwaaba Cocoa"),
        ),
    ],
)
def test_relations_companies_negative_cases(read, text: str, absent: tuple[str, str, str]) -> None:
    assert absent not in relations(read(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Grace Wanjiru, a Kenyan agronomist at the University of Nairobi, spoke.",
            ("Grace Wanjiru", "University of Nairobi", "agronomist"),
        ),
        (
            "Wang Lei, Deputy Director-General of the Hunan Provincial Department of Commerce, "
            "spoke.",
            ("Wang Lei", "Hunan Provincial Department of Commerce", "Deputy Director-General"),
        ),
        (
            "Sales rose, said Gao Yan, the Ningbo Silk Company's regional manager.",
            ("Gao Yan", "Ningbo Silk Company", "regional manager"),
        ),
        (
            "Zhou Li, Vice Governor of Hunan Province, praised the Hunan Provincial People's "
            "Government for the plan.",
            ("Zhou Li", "Hunan Provincial People's Government", "Vice Governor"),
        ),
        (  # a title before the name
            "Professor Zhou Ming of Anhui University gave a lecture on tea.",
            ("Zhou Ming", "Anhui University", "Professor"),
        ),
    ],
)
def test_relations_posts_with_roles(read, text: str, expected: tuple[str, str, str]) -> None:
    posts = {(r.subject, r.object, r.qualifiers.role) for r in read(text).relations}
    assert expected in posts


@pytest.mark.parametrize(
    "text",
    [
        # a student is at a university, not employed there
        "Ana Ruiz, a Chilean student at the University of Chile, asked a question.",
        # a post over a place with no government of that place named: no organization to work for
        "Zhou Li, Vice Governor of Hunan Province, praised the plan.",
        # a minister's portfolio is no organization
        "Nguyen Mai, Deputy Minister of Industry and Trade of Vietnam, spoke.",
    ],
)
def test_relations_posts_negative_cases(read, text: str) -> None:
    found = read(text)
    assert not [r for r in found.relations if r.label == "worksFor"]
    assert "Industry and Trade of Vietnam" not in entities(found)


def test_relations_place_possessive_locates_a_cluster(read) -> None:
    found = read('A delegation from Hefei\'s "Software Valley" visited Lyon on Monday.')
    assert ("Software Valley", "locatedIn", "Hefei") in relations(found)


def test_relations_stated_seat_beats_the_seat_in_a_name(read) -> None:
    found = read(
        "The dialogue took place at the Lima Convention Center, a venue in the San Isidro "
        "district of the Peruvian capital. Lima welcomed the guests."
    )
    rels = relations(found)
    assert ("Lima Convention Center", "locatedIn", "San Isidro") in rels
    assert ("San Isidro", "locatedIn", "Lima") in rels
    assert ("Lima Convention Center", "locatedIn", "Lima") not in rels


def test_relations_mission_is_seated_where_it_is_not_what_it_represents(read) -> None:
    rels = relations(read("The Embassy of China in Kenya supported the fair."))
    assert ("Embassy of China in Kenya", "locatedIn", "Kenya") in rels
    assert ("Embassy of China in Kenya", "locatedIn", "China") not in rels


def test_relations_national_body_is_not_seated_by_its_country_name(read) -> None:
    found = read(
        "The Kenya Coffee Traders Association met buyers from Nairobi and Kisumu in Kenya."
    )
    assert not [r for r in found.relations if r.subject == "Kenya Coffee Traders Association"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rutavia, the Guayaquil bus company, ordered 120 buses.",
            ("Rutavia", "locatedIn", "Guayaquil"),
        ),
        (
            "The order went to Yangfan Coach, a bus maker from Yangzhou, in May.",
            ("Yangfan Coach", "locatedIn", "Yangzhou"),
        ),
        (
            "Another Shandong carmaker, Haoda, presented its plans in Quito.",
            ("Haoda", "locatedIn", "Shandong"),
        ),
        (
            "Tianmao Tractors came with Tianmao Latin America, which has been based in "
            "Montevideo since 2019.",
            ("Tianmao Latin America", "locatedIn", "Montevideo"),
        ),
        (
            "Jinlong Solar acquired the Omani installer Sahra in 2021, and Sahra's engineers "
            "now service solar farms in Qatar and Oman.",
            ("Sahra", "operatesIn", "Oman"),
        ),
    ],
)
def test_relations_seats_and_markets_from_descriptions(
    read, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in relations(read(text))


def test_relations_country_in_a_description_is_no_seat(read) -> None:
    # "a Peruvian importer" says the company is Peruvian; the country is no seat of this rule
    rels = relations(read("Andina Trading, a Lima importer, buys tea from Kenya."))
    assert ("Andina Trading", "locatedIn", "Lima") in rels
    assert ("Andina Trading", "locatedIn", "Kenya") not in rels


def test_relations_seat_after_a_bracketed_acronym_and_its_subsidiary(read) -> None:
    rels = relations(
        read(
            "Hunan Tianlu Machinery Group (HTMG), a pump and valve maker headquartered in "
            "Zhuzhou, signed the contract. HTMG bought a plant in Chile in 2020, and its "
            "subsidiary Tianlu Machinery Chile, also based in Santiago, now employs 300 people."
        )
    )
    assert ("Hunan Tianlu Machinery Group", "locatedIn", "Zhuzhou") in rels
    assert ("Tianlu Machinery Chile", "locatedIn", "Santiago") in rels
    assert ("Tianlu Machinery Chile", "partOf", "HTMG") in rels


def test_relations_office_of_a_peoples_government_keeps_its_whole_name(read) -> None:
    found = entities(
        read(
            "The promotion was organized by the Information Office of the Hunan Provincial "
            "People's Government."
        )
    )
    assert found.get("Information Office of the Hunan Provincial People's Government") == (
        "Organization"
    )


def test_relations_founder_of_a_described_company_and_a_nationality_before_a_title(read) -> None:
    rels = relations(
        read(
            "Kazakh entrepreneur Nurlan Abenov, founder of the online marketplace SteppeBazaar, "
            "said orders had tripled."
        )
    )
    assert ("Nurlan Abenov", "worksFor", "SteppeBazaar") in rels
    assert ("Nurlan Abenov", "nationality", "Kazakhstan") in rels
    assert not [r for r in rels if r[2] == "Kazakh"]


def test_relations_a_majority_stake_is_an_acquisition_a_minority_one_an_investment(read) -> None:
    rels = relations(
        read(
            "In 2023, Egretta Logistics acquired a 60 percent stake in Tengri Cold Chain. "
            "In 2024, Egretta Logistics took a 20 percent stake in Altyn Foods."
        )
    )
    assert ("Egretta Logistics", "acquired", "Tengri Cold Chain") in rels
    assert ("Egretta Logistics", "investsIn", "Altyn Foods") in rels
    assert ("Egretta Logistics", "acquired", "Altyn Foods") not in rels


def test_relations_the_cooperative_is_the_cooperative_named_before(read) -> None:
    rels = relations(
        read(
            "The deal was signed with the Nandi Hills Coffee Cooperative. Peter Kiptoo, chairman "
            "of the cooperative, called it historic. Amina Otieno, General Manager of the "
            "Nairobi-based Huaxin Solar Kenya Branch, said sales had doubled."
        )
    )
    assert ("Peter Kiptoo", "worksFor", "Nandi Hills Coffee Cooperative") in rels
    assert ("Amina Otieno", "worksFor", "Huaxin Solar Kenya Branch") in rels


def test_relations_the_province_is_no_organization(read) -> None:
    found = read(
        "Zhou Li, Director of the Department of Commerce of Hunan Province, said the province "
        "would open an office."
    )
    anaphors = [m for m in found.mentions if m.text == "the province"]
    assert all(m.type is None or m.type.kind.value != "Organization" for m in anaphors)


def test_relations_posts_untagged_names_fields_and_works_as(read) -> None:
    rels = relations(
        read(
            "Phetsamone Vongsay, Director-General of the Department of Trade Promotion, told the "
            "fair that the railway had opened a fast route. Somchai Rattanakul, a Thai senior "
            "researcher in energy policy at Bangkok's Kasetsart University, spoke next. Siti "
            "Rahmah, a Malaysian engineer who studied in Wuhan, now works as a quality manager "
            "at Penang Lumen Optics."
        )
    )
    assert ("Phetsamone Vongsay", "worksFor", "Department of Trade Promotion") in rels
    assert ("Somchai Rattanakul", "worksFor", "Kasetsart University") in rels
    assert ("Siti Rahmah", "worksFor", "Penang Lumen Optics") in rels


def test_relations_committee_governing_a_zone_is_an_organization(read) -> None:
    extraction = read(
        "Fang Rui, Deputy Director of the Management Committee of Xiangjiang New Area, spoke."
    )
    found = entities(extraction)
    assert found.get("Management Committee of Xiangjiang New Area") == "Organization"
    assert found.get("Xiangjiang New Area") == "IndustryCluster"
    assert (
        "Fang Rui",
        "worksFor",
        "Management Committee of Xiangjiang New Area",
    ) in relations(extraction)


def test_relations_districts_named_with_their_city_and_venues_in_them(read) -> None:
    extraction = read(
        "The show ran at the Lakeside Expo Centre in Kampala's Kololo area. The train leaves "
        "the Jimei Rail Port in Xiamen's Jimei District twice a week."
    )
    rels = relations(extraction)
    assert entities(extraction).get("Kololo") == "Place"
    assert ("Kololo", "locatedIn", "Kampala") in rels
    assert ("Lakeside Expo Centre", "locatedIn", "Kololo") in rels
    assert ("Jimei District", "locatedIn", "Xiamen") in rels
    assert ("Jimei Rail Port", "locatedIn", "Jimei District") in rels


def test_relations_city_bodies_ports_and_airports_are_in_their_city(read) -> None:
    rels = relations(
        read(
            "Delegates from Almaty and Qingdao met the Almaty City Investment Promotion Agency. "
            "Goods leave from Qingdao Port."
        )
    )
    assert ("Almaty City Investment Promotion Agency", "locatedIn", "Almaty") in rels
    assert ("Qingdao Port", "locatedIn", "Qingdao") in rels


def test_relations_investments_in_a_plant_at_a_park_and_injections_into_a_subsidiary(read) -> None:
    rels = relations(
        read(
            "Xiangtan Heavy Tools announced that it would invest 45 million US dollars in "
            "a plant assembling pumps and valves at the Rustavi Industrial Park. "
            "Jinggang Footwear Co. signed an agreement at the Tbilisi roundtable to invest 20 "
            "million US dollars in a shoe factory in the Kutaisi Free Industrial Zone. "
            "Hunan Lianyuan Motors said it would inject a further 3 billion baht into its Thai "
            "subsidiary, Lianyuan Auto Thailand, to add a battery line."
        )
    )
    assert ("Xiangtan Heavy Tools", "investsIn", "Rustavi Industrial Park") in rels
    assert ("Jinggang Footwear Co.", "investsIn", "Kutaisi Free Industrial Zone") in rels
    assert ("Hunan Lianyuan Motors", "investsIn", "Lianyuan Auto Thailand") in rels


def test_relations_markets_of_exports_and_of_a_described_companys_outlets(read) -> None:
    rels = relations(
        read(
            "In 2022, Linyi Tyre acquired Al Noor Tyre Trading, a Muscat-based wholesaler with 30 "
            "outlets across Oman and Bahrain. Wang Lei, Chairman of Linyi Tyre, said Lumen "
            "Photonics Malaysia's exports reached 800 million ringgit in 2024, mostly to Europe."
        )
    )
    assert ("Al Noor Tyre Trading", "operatesIn", "Oman") in rels
    assert ("Al Noor Tyre Trading", "operatesIn", "Bahrain") in rels
    assert ("Linyi Tyre", "operatesIn", "Oman") not in rels
    assert ("Lumen Photonics Malaysia", "operatesIn", "Europe") in rels


def test_relations_its_subsidiary_opening_a_sentence_and_a_name_ending_in_a_legal_form(
    read,
) -> None:
    extraction = read(
        "The route is run by Fuzhou Heron Logistics Group. Its Kazakh subsidiary, Heron "
        "Logistics Central Asia LLP, manages a warehouse near Almaty."
    )
    assert entities(extraction).get("Heron Logistics Central Asia LLP") == "Organization"
    assert (
        "Heron Logistics Central Asia LLP",
        "partOf",
        "Fuzhou Heron Logistics Group",
    ) in relations(extraction)


def test_relations_it_acquired_after_the_company_named_earlier_in_the_sentence(read) -> None:
    rels = relations(
        read(
            "Tianlu Optics already operates in Penang: in 2021 it acquired Perak Lens Works, a "
            "local maker of lenses."
        )
    )
    assert ("Tianlu Optics", "acquired", "Perak Lens Works") in rels


def test_relations_the_city_based_maker_refers_back_to_the_company(read) -> None:
    rels = relations(
        read(
            "Among the exhibitors, Sichuan Tianfu Solar Group drew crowds. The Chengdu-based "
            "manufacturer has operated in Kenya since 2021, and in 2023 it acquired Rift Power "
            "Systems, a Nairobi installer of off-grid power systems."
        )
    )
    assert ("Sichuan Tianfu Solar Group", "acquired", "Rift Power Systems") in rels


def test_relations_the_zone_and_building_a_plant_there(read) -> None:
    extraction = read(
        "Attention focused on the Manzhouli-Zabaikalsk Cross-Border Economic Cooperation Zone. "
        "Harbin Heavy Cranes Group signed an agreement at the fair to build a 300-million-yuan "
        "crane component plant in the zone's Chinese section."
    )
    assert (
        "Harbin Heavy Cranes Group",
        "investsIn",
        "Manzhouli-Zabaikalsk Cross-Border Economic Cooperation Zone",
    ) in relations(extraction)


def test_relations_its_title_and_a_portfolio_before_the_body(read) -> None:
    rels = relations(
        read(
            "Hefei Xinghe Motors Co. shipped 38,000 vehicles to Europe in 2025, according to Wang "
            "Jianguo, its "
            "Vice President for Overseas Business. The park was opened in March by Folake "
            "Adeyemi, Commissioner for Commerce of the Ogun State Government."
        )
    )
    assert ("Wang Jianguo", "worksFor", "Hefei Xinghe Motors Co.") in rels
    assert ("Folake Adeyemi", "worksFor", "Ogun State Government") in rels


def test_relations_a_joint_venture_is_part_of_both_partners(read) -> None:
    rels = relations(
        read(
            "Ningbo Haitong Shipping Co., Ltd. and the Nigerian logistics company Greenline Haulage "
            "Ltd. have formed a joint venture, Haitong-Greenline Terminal Services, to run a depot."
        )
    )
    assert ("Haitong-Greenline Terminal Services", "partOf", "Greenline Haulage Ltd.") in rels
    assert (
        "Haitong-Greenline Terminal Services",
        "partOf",
        "Ningbo Haitong Shipping Co., Ltd.",
    ) in rels


def test_relations_founder_who_founded_a_company(read) -> None:
    found = relations(
        read(
            "Wanjiru Mwangi, a Kenyan entrepreneur who founded Rift Valley Leaf Traders in 2014, "
            "said demand was rising."
        )
    )
    assert ("Wanjiru Mwangi", "worksFor", "Rift Valley Leaf Traders") in found


def test_relations_it_acquired_after_a_long_aside(read) -> None:
    found = relations(
        read(
            "Hunan Lixiang Tea Group, based in Yiyang in the north of the province, already knows "
            "the Kenyan market well: it acquired Nyeri Hills Packers, a blending firm in Nyeri, "
            "in 2022."
        )
    )
    assert ("Hunan Lixiang Tea Group", "acquired", "Nyeri Hills Packers") in found


def test_relations_the_group_is_the_short_named_group_and_has_the_subsidiary(read) -> None:
    extraction = read(
        "Its anchor tenant, Henan Dingsheng Steel Group, makes wire rod. Dingsheng will hold "
        "60 percent of the venture. The group is no stranger to Europe. Its Czech subsidiary, "
        "Dingsheng Steel Praha s.r.o., has sold wire rod since 2018."
    )
    found = relations(extraction)
    assert any(
        s == "Dingsheng Steel Praha s.r.o." and label == "partOf" and "Dingsheng" in o
        for s, label, o in found
    ), found


def test_relations_acquired_company_that_is_now_its_subsidiary(read) -> None:
    found = relations(
        read(
            "Also in Budapest was Fujian Minguang Display Technology Co., Ltd., a maker of vehicle "
            "screens based in Fuzhou. In 2022 Minguang Display acquired Zala Coating Kft., a "
            "glass-coating plant in Győr that is now its wholly owned subsidiary."
        )
    )
    assert ("Minguang Display", "acquired", "Zala Coating Kft.") in found
    assert ("Zala Coating Kft.", "partOf", "Minguang Display") in found


def test_relations_company_named_short_is_no_person() -> None:
    """ "Tianguang Display" after "Anhui Tianguang Display Technology Co., Ltd.": the company; a
    person whose name does not follow a place in a company's name stays a person."""
    from kgbuilder.extract.extractor import _companies_named_short
    from kgbuilder.extract.spans import Found

    found = [
        Found(0, 5, "Anhui", "AdministrativeArea", "ner", 0.8),
        Found(0, 44, "Anhui Tianguang Display Technology Co., Ltd.", "Organization", "ner", 0.8),
        Found(60, 77, "Tianguang Display", "Person", "ner", 0.8),
        Found(90, 98, "Liu Fang", "Person", "ner", 0.8),
        Found(100, 130, "Liu Fang Trading Co.", "Organization", "ner", 0.8),
    ]
    _companies_named_short(found)
    assert [f.type for f in found[2:4]] == ["Organization", "Person"]


def test_relations_subsidiary_through_which_a_company_works_with_a_bracketed_legal_form(
    read,
) -> None:
    extraction = read(
        "Kunming Huaxin Horticulture Co., Ltd. grows roses near Kunming. The company, which "
        "bought a nursery in Kandy in 2022, now runs its business on the island through a "
        "subsidiary, Huaxin Flowers Lanka (Pvt) Ltd."
    )
    assert entities(extraction).get("Huaxin Flowers Lanka (Pvt) Ltd.") == "Organization"
    assert (
        "Huaxin Flowers Lanka (Pvt) Ltd.",
        "partOf",
        "Kunming Huaxin Horticulture Co., Ltd.",
    ) in relations(extraction)


def test_relations_markets_known_stores_across_a_region_and_sales_handled_by(read) -> None:
    found = relations(
        read(
            "Hunan Xiangyue Tea Group already knows the Kenyan market well. "
            "Mazowsze Foods will place the tea in 80 stores across southern Poland. "
            "Sales in Hungary, Slovakia and Austria are handled by Xiangyue Europe Kft."
        )
    )
    assert ("Hunan Xiangyue Tea Group", "operatesIn", "Kenya") in found
    assert ("Mazowsze Foods", "operatesIn", "Poland") in found
    for country in ("Hungary", "Slovakia", "Austria"):
        assert ("Xiangyue Europe Kft.", "operatesIn", country) in found


def test_relations_seats_told_by_one_of_the_producers_in_and_an_office_in(read) -> None:
    found = relations(
        read(
            "Lanxi Hongshan Soy Sauce Company, one of the oldest producers in Lanxi County, "
            "bought a Polish pickle maker in 2021. Its Polish subsidiary, Hongshan Polska "
            "Sp. z o.o., has sold sauces from an office in Poznań since 2019."
        )
    )
    assert ("Lanxi Hongshan Soy Sauce Company", "locatedIn", "Lanxi County") in found
    assert ("Hongshan Polska Sp. z o.o.", "locatedIn", "Poznań") in found


def test_relations_joint_venture_unveiled_with_a_partner(read) -> None:
    found = relations(
        read(
            "Zhao Ming, Chairman of Henan Dingsheng Steel Group, used the fair to unveil a joint "
            "venture with the Czech machinery maker Vltava Machinery Ltd.: the new company, "
            "Dingsheng-Vltava Wire Products s.r.o., will build a mill in Ostrava."
        )
    )
    venture = "Dingsheng-Vltava Wire Products s.r.o."
    for partner in ("Henan Dingsheng Steel Group", "Vltava Machinery Ltd."):
        assert (venture, "partOf", partner) in found
        assert (partner, "investsIn", venture) in found


def test_relations_acquired_across_a_relative_clause(read) -> None:
    extraction = read(
        "Tianlu Optics Co., Ltd., whose plants sit in the Nanhu Industrial Park in Jiaxing, "
        "bought Perak Lens Works, a lens maker in Ipoh, in 2019."
    )
    acquired = [r for r in extraction.relations if r.label == "acquired"]
    assert [(r.subject, r.object, r.qualifiers.date) for r in acquired] == [
        ("Tianlu Optics Co., Ltd.", "Perak Lens Works", "2019")
    ]
    # a relative clause naming another company: that one is no buyer
    rels = relations(
        read("Tianlu Optics, which Harbour Steel Company owns, bought Perak Lens Works in 2019.")
    )
    assert ("Harbour Steel Company", "acquired", "Perak Lens Works") not in rels


def test_relations_its_title_opening_a_sentence_after_an_organization(read) -> None:
    extraction = read(
        "The Commerce Bureau of Nan'an brought a pavilion of its own. Its director, Ke Liping, "
        "said exports had grown. Sales rose too. Its director, Lin Hua, agreed."
    )
    assert entities(extraction).get("Ke Liping") == "Person"
    rels = relations(extraction)
    assert ("Ke Liping", "worksFor", "Commerce Bureau of Nan'an") in rels
    # the sentence before opens with no organization: no employer to give
    assert not [r for r in rels if r[0] == "Lin Hua" and r[1] == "worksFor"]


def test_relations_posts_in_a_relative_clause_and_after_whose(read) -> None:
    rels = relations(
        read(
            "Marta Quispe, a Peruvian chemist who is technical director of Andes Farma Peru, "
            "spoke first. The stand belonged to Tianlu Pharmaceutical Group Co., Ltd., whose "
            "President, Gao Shuren, said sales had doubled."
        )
    )
    assert ("Marta Quispe", "worksFor", "Andes Farma Peru") in rels
    assert ("Gao Shuren", "worksFor", "Tianlu Pharmaceutical Group Co., Ltd.") in rels


def test_relations_post_written_in_lower_case_after_the_name(read) -> None:
    extraction = read(
        "Ricardo Ferri, commercial director of Agro Pampa, said spare parts mattered more."
    )
    assert entities(extraction).get("Ricardo Ferri") == "Person"
    assert ("Ricardo Ferri", "worksFor", "Agro Pampa") in relations(extraction)


def test_relations_post_in_a_unit_of_an_organization_and_a_portfolio_for(read) -> None:
    extraction = read(
        "Wang Tao, dean of Hunan University's College of Mechanical Engineering, and Anna Vogel, "
        "Vice President for Global Affairs at the Technical University of Dresden, signed it."
    )
    rels = relations(extraction)
    assert ("Wang Tao", "worksFor", "College of Mechanical Engineering") in rels
    assert ("College of Mechanical Engineering", "partOf", "Hunan University") in rels
    assert ("Wang Tao", "worksFor", "Hunan University") not in rels
    assert ("Anna Vogel", "worksFor", "Technical University of Dresden") in rels
    assert "Global Affairs" not in entities(extraction)


def test_relations_organization_headed_by_a_titled_person(read) -> None:
    rels = relations(
        read(
            "Tianlu Europe GmbH, the group's sales subsidiary in Stuttgart, is headed by managing "
            "director Jonas Weber, who joined in 2019."
        )
    )
    assert ("Jonas Weber", "worksFor", "Tianlu Europe GmbH") in rels


def test_relations_bought_from_is_no_acquisition(read) -> None:
    rels = relations(
        read(
            "Nanhai Tea Trading Co., Ltd. said its buyers have bought from Anxi growers for years."
        )
    )
    assert not [r for r in rels if r[1] == "acquired"]


def test_relations_post_after_a_description_and_a_city_firm(read) -> None:
    rels = relations(
        read(
            "Nguyen Van Long, a Vietnamese coffee importer and director of the Da Nang firm Song "
            "Han Coffee Trading Co., Ltd., said demand was rising."
        )
    )
    assert ("Nguyen Van Long", "worksFor", "Song Han Coffee Trading Co., Ltd.") in rels


def test_relations_short_company_name_a_town_shares(read) -> None:
    """The gazetteer knows a town named Yuci; after "General Manager of", next to "Dehua Yuci
    Ceramics Co., Ltd.", the word is that company's short name."""
    extraction = read(
        "Dehua Yuci Ceramics Co., Ltd. built its booth like a kiln. On May 2 Chen Lihua, "
        "General Manager of Yuci, signed an agreement."
    )
    assert entities(extraction).get("Yuci") == "Organization"
    assert ("Chen Lihua", "worksFor", "Yuci") in relations(extraction)


def test_relations_company_described_by_a_demonym_is_in_that_country(read) -> None:
    rels = relations(
        read(
            "In 2019 the company bought Mekong Sole Works JSC, a Vietnamese maker of rubber "
            "outsoles. It signed with Rheinland Naturkost GmbH, a German health-food chain."
        )
    )
    assert ("Mekong Sole Works JSC", "locatedIn", "Vietnam") in rels
    assert ("Rheinland Naturkost GmbH", "locatedIn", "Germany") in rels
    # a person so described has a nationality, no seat
    rels = relations(read("Dieter Vogel, a German engineer, joined the firm."))
    assert ("Dieter Vogel", "locatedIn", "Germany") not in rels


def test_relations_places_part_of_administered_by_or_in_the_north_of(read) -> None:
    rels = relations(
        read(
            "Tea masters from Pinghe County, also part of Zhangzhou, poured tea. Yongchun County, "
            "in the hilly west of Quanzhou, makes incense. Shoes come from Shishi, a county-level "
            "city administered by Quanzhou."
        )
    )
    assert ("Pinghe County", "locatedIn", "Zhangzhou") in rels
    assert ("Yongchun County", "locatedIn", "Quanzhou") in rels
    assert ("Shishi", "locatedIn", "Quanzhou") in rels


def test_relations_seats_of_a_maker_in_the_city_of_and_a_based_association(read) -> None:
    rels = relations(
        read(
            "Hongtu bought Hofmann Sensortechnik GmbH, a tyre-pressure sensor maker in the Bavarian "
            "city of Passau, in 2018. It works with the Sino-German Battery Alliance (SGBA), a "
            "Munich-based association of suppliers."
        )
    )
    assert ("Hofmann Sensortechnik GmbH", "locatedIn", "Passau") in rels
    assert ("Sino-German Battery Alliance", "locatedIn", "Munich") in rels


def test_relations_the_company_would_also_invest(read) -> None:
    rels = relations(
        read(
            "Du Ming, Chairman of Tianlu, said the company would also invest 12 million US "
            "dollars in an assembly workshop in Rosario."
        )
    )
    assert ("Tianlu", "investsIn", "Rosario") in rels


def test_relations_buyer_then_investor_across_a_clause_with_figures(read) -> None:
    rels = relations(
        read(
            "Silu Logistics, which serves about 3,000 buyers in Nigeria and Ghana, acquired "
            "Lagos-based Ikoyi Freight Ltd. in 2021 and later invested 12 million US dollars in "
            "the Ikeja Commodity Logistics Park."
        )
    )
    assert ("Silu Logistics", "acquired", "Ikoyi Freight Ltd.") in rels
    assert ("Silu Logistics", "investsIn", "Ikeja Commodity Logistics Park") in rels
    assert ("Ikoyi Freight Ltd.", "investsIn", "Ikeja Commodity Logistics Park") not in rels


def test_relations_place_described_by_a_demonym_is_in_that_country(read) -> None:
    rels = relations(
        read(
            "The pitch that Henan, the central Chinese province that feeds Zhengzhou, brought to "
            "Milan. Goods pass through Mombasa, a Kenyan port city."
        )
    )
    assert ("Henan", "locatedIn", "China") in rels
    assert ("Mombasa", "locatedIn", "Kenya") in rels


def test_relations_district_of_the_city_named_before(read) -> None:
    rels = relations(
        read(
            "Zhengzhou, the provincial capital, is a logistics hub, and much of that trade is "
            "gathered in the airport zone, in the city's southern Xinzheng District."
        )
    )
    assert ("Xinzheng District", "locatedIn", "Zhengzhou") in rels


def test_relations_store_opened_and_goods_made_in_a_place(read) -> None:
    rels = relations(
        read(
            "Tianlu Sports Goods Co., Ltd. has made trainers in Cambodia since 2015. The company "
            "opened its first branded store in Phnom Penh during the week."
        )
    )
    assert ("Tianlu Sports Goods Co., Ltd.", "operatesIn", "Cambodia") in rels
    assert ("Tianlu Sports Goods Co., Ltd.", "operatesIn", "Phnom Penh") in rels


def test_relations_joint_secretary_and_a_demonym_ner_took_for_a_place(read) -> None:
    extraction = read(
        "Abdul Karim Chowdhury, a Bangladeshi trade official and Joint Secretary at the Ministry "
        "of Commerce of Bangladesh, spoke. Nimal Perera, a Sri Lankan tea taster who has worked "
        "in Kunming for years, led a session."
    )
    rels = relations(extraction)
    found = entities(extraction)
    assert "Joint" not in found
    assert (
        "Abdul Karim Chowdhury",
        "worksFor",
        "Ministry of Commerce of Bangladesh",
    ) in rels
    assert ("Nimal Perera", "nationality", "Sri Lanka") in rels
    assert "Sri Lankan" not in found and "Sri Lankan tea" not in found


def test_relations_its_demonym_subsidiary_is_in_that_country(read) -> None:
    rels = relations(
        read(
            "Xiamen Heron Group ships to Central Asia. Its Kazakh subsidiary, Heron Logistics "
            "Central Asia LLP, manages a warehouse near Almaty."
        )
    )
    assert ("Heron Logistics Central Asia LLP", "locatedIn", "Kazakhstan") in rels


def test_structural_name_not_opened_by_a_common_noun_starting_a_sentence(read) -> None:
    found = entities(read("Photographs of Gulangyu Island drew steady crowds at the fair."))
    assert found.get("Gulangyu Island") == "Place"
    assert "Photographs of Gulangyu Island" not in found


def test_relations_seat_after_a_description_naming_a_thing(read) -> None:
    extraction = read(
        "Lincang Dianhong Tea Industry Co., Ltd., a producer of Pu'er tea headquartered in "
        "Lincang, presented aged tea cakes."
    )
    assert (
        "Lincang Dianhong Tea Industry Co., Ltd.",
        "locatedIn",
        "Lincang",
    ) in relations(extraction)
    found = entities(extraction)
    assert found.get("Pu'er tea") == "Other"
    assert "Pu'er" not in found  # the thing's word, no organization of its own


def test_a_subsidiary_named_after_whose_is_part_of_the_company_before(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Appliances were shown by Dalian Haoyun Electric Appliance Co., Ltd., whose Lima-based "
        "subsidiary, Haoyun Electric Peru S.A.C., was set up in 2021 and sells fridges through "
        "the Tiendas Norte retail chain. Chen Lu, general manager of the subsidiary, said sales "
        "doubled."
    )
    rels = relations(found)
    child = "Haoyun Electric Peru S.A.C."
    assert (child, "partOf", "Dalian Haoyun Electric Appliance Co., Ltd.") in rels
    assert (child, "locatedIn", "Lima") in rels
    assert ("Chen Lu", "worksFor", child) in rels
    assert ("Chen Lu", "worksFor", "Tiendas Norte") not in rels


@pytest.mark.parametrize(
    ("text", "company", "seat"),
    [
        ("The buyer was Harwell Fine Wines, a merchant in Leeds.", "Harwell Fine Wines", "Leeds"),
        (
            "Tianjin Ruida Parts Group bought Drina Castings d.o.o., a foundry in Kragujevac, in 2021.",
            "Drina Castings d.o.o.",
            "Kragujevac",
        ),
        (
            "On Friday, Foshan Kailun Glass Co., Ltd., a glass producer in Foshan's Shunde "
            "District, signed an agreement.",
            "Foshan Kailun Glass Co., Ltd.",
            "Shunde District",
        ),
        (
            "The plant is run by Hefei Lingda Auto Co., Ltd., a maker of vans based in Hefei's "
            "Shushan District.",
            "Hefei Lingda Auto Co., Ltd.",
            "Shushan District",
        ),
        (
            "Nile Delta Tools, an Egyptian equipment distributor based in Tanta, showed tractors.",
            "Nile Delta Tools",
            "Tanta",
        ),
        (
            "The dish was cooked by Wu Lan, head chef of the Jinhua Restaurant in the provincial "
            "capital Kunming.",
            "Jinhua Restaurant",
            "Kunming",
        ),
        (
            "Gansu Qilian Wine Group, founded in Wuwei in 2004, exports to Kazakhstan.",
            "Gansu Qilian Wine Group",
            "Wuwei",
        ),
    ],
)
def test_a_company_s_seat_in_its_description(read, text: str, company: str, seat: str) -> None:  # type: ignore[no-untyped-def]
    assert (company, "locatedIn", seat) in relations(read(text))


@pytest.mark.parametrize(
    ("text", "person", "org", "role"),
    [
        (
            "Amina Odhiambo, Cabinet Secretary of Kenya's Ministry of Trade and Industry, spoke.",
            "Amina Odhiambo",
            "Ministry of Trade and Industry",
            "Cabinet Secretary",
        ),
        (
            "Sofía Landa, Secretary of International Relations of the Government of Mendoza "
            "Province, spoke.",
            "Sofía Landa",
            "Government of Mendoza Province",
            "Secretary of International Relations",
        ),
        (
            "Diego Salas, a Peruvian sinologist who teaches economics at the Catholic University "
            "in Lima, said so.",
            "Diego Salas",
            "Catholic University",
            "sinologist",
        ),
        (
            "Budi Hartono, an Indonesian entrepreneur who heads the China desk of the Jakarta "
            "Chamber of Commerce, said so.",
            "Budi Hartono",
            "Jakarta Chamber of Commerce",
            None,
        ),
        (
            "The buyer was Helen Marsh, a Master of Wine and head of wine at Harwell Fine Wines, "
            "a merchant in Leeds.",
            "Helen Marsh",
            "Harwell Fine Wines",
            "head of wine",
        ),
        (
            "Pablo Ruiz, a Spanish engineer who spent 15 years at a foundry, joins Longzhong "
            "Iberia as plant manager.",
            "Pablo Ruiz",
            "Longzhong Iberia",
            "plant manager",
        ),
        (
            "Its Tanzanian subsidiary, Qingfeng Tiles (Tanzania) Ltd, sold 5.3 million square "
            "metres in 2024, said Fu Hailong, the subsidiary's managing director.",
            "Fu Hailong",
            "Qingfeng Tiles (Tanzania) Ltd",
            "managing director",
        ),
    ],
)
def test_posts_told_in_clauses(read, text: str, person: str, org: str, role: str | None) -> None:  # type: ignore[no-untyped-def]
    found = read(text)
    posts = {
        (r.subject, r.object): r.qualifiers.role for r in found.relations if r.label == "worksFor"
    }
    assert (person, org) in posts
    assert posts[(person, org)] == role


def test_a_subsidiary_named_a_paragraph_before_is_not_the_company_opening_the_next(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "The group sells overseas through Qianlong Trading Co., a wholly owned subsidiary.\n\n"
        "Qianlong Group sold 214,000 bottles in Japan in 2024, said Zhang Wei, general manager "
        "of the subsidiary."
    )
    assert ("Zhang Wei", "worksFor", "Qianlong Trading Co.") in relations(found)


def test_a_body_of_a_ministry_with_its_acronym_is_part_of_it(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Ana Rojas, head of the Asia division at the Undersecretariat of Foreign Trade (SUBCOM), "
        "a body of Peru's Ministry of Foreign Affairs, spoke at the opening."
    )
    assert ("Undersecretariat of Foreign Trade", "partOf", "Ministry of Foreign Affairs") in (
        relations(found)
    )


def test_the_company_a_subsidiary_belongs_to_is_no_person(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Jinsha Lithium Recycling Co., a subsidiary of Jiangshou Battery, recovered 21,000 "
        "tonnes of black mass last year."
    )
    assert entities(found).get("Jiangshou Battery") == "Organization"
    assert ("Jinsha Lithium Recycling Co.", "partOf", "Jiangshou Battery") in relations(found)


def test_a_company_owned_since_a_year_by_another_was_bought_then(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "The factory belongs to Olt Seat Covers S.R.L., a Romanian company founded in 1997 that "
        "has been owned since 2018 by Jiangsu Haiyan Automotive Interior Co., Ltd., a maker of "
        "seat fabrics."
    )
    rels = {(r.subject, r.label, r.object): r.qualifiers.date for r in found.relations}
    buyer, bought = "Jiangsu Haiyan Automotive Interior Co., Ltd.", "Olt Seat Covers S.R.L."
    assert (bought, "partOf", buyer) in rels
    assert rels.get((buyer, "acquired", bought)) == "2018"


def test_a_person_who_joined_a_named_company_works_there(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Chea Dara, a Cambodian engineer who joined Angkor Wheel Components Co., Ltd. in 2008, "
        "now runs the plant."
    )
    assert ("Chea Dara", "worksFor", "Angkor Wheel Components Co., Ltd.") in relations(found)


def test_a_town_described_as_the_county_seat_is_a_place(read) -> None:  # type: ignore[no-untyped-def]
    names = entities(read("The plant stands just east of Pitești, the county seat, in Argeș."))
    assert names.get("Pitești") == "Place"


def test_a_company_headquartered_in_a_zone_in_a_city_is_in_the_city(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "The plant is owned by Jiangsu Haiyan Interior Co., Ltd., a maker of seat fabrics "
        "headquartered in the Nantong Economic and Technological Development Zone in Nantong."
    )
    assert ("Jiangsu Haiyan Interior Co., Ltd.", "locatedIn", "Nantong") in relations(found)


def test_the_owners_of_a_joint_venture_named_in_the_next_sentence_invest_in_it(read) -> None:
    rels = relations(
        read(
            "The headline deal was a joint venture between Wuhan Lingtai New Energy Technology, "
            "a battery materials maker based in Wuhan, and Puna Litio SA, a company based in "
            "Salta. The new company, Lingtai Puna Energía SA, will invest US$180 million in a "
            "cathode plant.\n"
        )
    )
    venture = "Lingtai Puna Energía SA"
    assert ("Wuhan Lingtai New Energy Technology", "investsIn", venture) in rels
    assert ("Puna Litio SA", "investsIn", venture) in rels


def test_a_stake_in_a_venture_told_by_percent(read) -> None:
    rels = relations(
        read(
            "In a separate deal, Dongguan-based Huacheng Precision Electronics agreed to form a "
            "joint venture with Vietnamese cable maker Hong Ha Electrical Group. Huacheng "
            "Precision Electronics will hold 60% of the venture, to be called Huacheng Hong Ha "
            "Electronics, which plans an initial investment of $85 million.\n"
        )
    )
    assert (
        "Huacheng Precision Electronics",
        "investsIn",
        "Huacheng Hong Ha Electronics",
    ) in rels
