"""Forms read in the fifteenth stop, from business dailies, news sites and newswire press
releases: a company described in the plural ("one of the county's largest producers"), an Arabic
company name written short, a forum opened by a post's holder, a body represented at an event by
its envoy; each with a case that must not give it."""

from __future__ import annotations

from tests.extract.conftest import entities, relations, same_entity

# ---------------------------------------------------------------- companies in apposition


def test_one_of_the_largest_producers_describes_a_company(read) -> None:
    found = read(
        "Zijiang Tea, one of the county's largest producers, said it exported 380 tonnes of tea "
        "to Dubai in 2024."
    )
    assert entities(found).get("Zijiang Tea") == "Organization"


def test_one_of_the_founders_describes_a_person(read) -> None:
    found = read("Maria Lopez, one of the firm's founders, said sales rose in Lima.")
    assert entities(found).get("Maria Lopez") == "Person"


def test_an_arabic_company_name_written_short_is_the_company(read) -> None:
    found = read(
        "In 2019 the group acquired Sharjah-based distributor Al Noor Equipment Trading. "
        "Khalid Al Suwaidi, who founded Al Noor, now advises the group."
    )
    names = [m.entity for m in found.mentions]
    assert names.count("Al Noor Equipment Trading") == 2 and "Al Noor" not in names
    assert entities(found).get("Khalid Al Suwaidi") == "Person"


def test_an_arabic_family_name_without_a_company_stays_a_person(read) -> None:
    found = read("Khalid Al Suwaidi met Al Mansour in Sharjah on Monday to discuss trade.")
    assert entities(found).get("Al Mansour") == "Person"


# ---------------------------------------------------------------- who took part in the event

FORUM = (
    "Kazakh and Chinese firms signed 21 agreements at the Kazakhstan - Shaanxi Business Forum in "
    "Almaty on Tuesday. "
)


def test_a_forum_opened_by_a_post_holder_had_that_person(read) -> None:
    found = read(FORUM + "The forum was opened by Vice Minister of Trade Yerlan Sarsenbayev.")
    event = "Kazakhstan - Shaanxi Business Forum"
    assert ("Yerlan Sarsenbayev", "participatedIn", event) in relations(found)


def test_a_post_before_a_name_stands_for_the_speaker(read) -> None:
    found = read(
        FORUM + "Director of the Department of Commerce of Shaanxi Province Ma Hongtao "
        "presented the industrial potential of the province."
    )
    rels = relations(found)
    assert ("Ma Hongtao", "participatedIn", "Kazakhstan - Shaanxi Business Forum") in rels
    assert ("Ma Hongtao", "worksFor", "Department of Commerce of Shaanxi Province") in rels


def test_a_body_represented_by_its_envoy_took_part_with_him(read) -> None:
    found = read(FORUM + "Almaty city akimat was represented by Deputy Akim Arman Zhaksybekov.")
    rels = relations(found)
    event = "Kazakhstan - Shaanxi Business Forum"
    assert ("Almaty city akimat", "participatedIn", event) in rels
    assert ("Arman Zhaksybekov", "participatedIn", event) in rels
    assert ("Arman Zhaksybekov", "worksFor", "Almaty city akimat") in rels


def test_a_body_represented_by_a_lawyer_does_not_employ_him(read) -> None:
    found = read("Harbour Steel Company was represented by lawyer John Smith in the dispute.")
    assert not [r for r in relations(found) if r[1] in ("worksFor", "participatedIn")]


def test_an_opening_in_a_text_without_an_event_is_no_participation(read) -> None:
    found = read("The new plant was opened by Governor Maria Costa of Lima in May.")
    assert not [r for r in relations(found) if r[1] == "participatedIn"]


# ---------------------------------------------------------------- places with lower-case words


def test_a_place_named_with_a_lower_case_word_is_read_whole(read) -> None:
    found = read(
        "Founded in 1994 in São José dos Campos, the company employs 2,100 people at plants in "
        "São José dos Campos and Taubaté, in the state of São Paulo."
    )
    kinds = entities(found)
    assert kinds.get("São José dos Campos") == "Place"
    assert kinds.get("Taubaté") == "Place"
    assert "São José" not in kinds and "Campos" not in kinds


def test_people_named_with_particles_stay_people(read) -> None:
    found = read("Juan de la Cruz met Maria das Dores in Lima on Monday.")
    kinds = entities(found)
    assert kinds.get("Juan de la Cruz") == "Person"
    assert kinds.get("Maria das Dores") == "Person"


def test_a_park_named_head_first_keeps_its_town_with_dos(read) -> None:
    found = read("The plant will be built in the Parque Tecnológico São José dos Campos by 2026.")
    assert entities(found).get("Parque Tecnológico São José dos Campos") == "IndustryCluster"


def test_an_industrial_base_is_a_cluster(read) -> None:
    found = read(
        "Qinfeng is headquartered in the Xi'an Yanliang National Aviation Hi-Tech Industrial "
        "Base in Xi'an."
    )
    name = "Xi'an Yanliang National Aviation Hi-Tech Industrial Base"
    assert entities(found).get(name) == "IndustryCluster"


# ---------------------------------------------------------------- people, sums and venues


def test_three_word_names_before_a_capitalised_post_are_people(read) -> None:
    found = read(
        '"We are ready," said Marcelo Tavares Arantes, Chief Executive Officer of Aerovale. '
        "Juliana Okamoto Prado, currently Vice President of Operations at Aerovale, has been "
        "appointed."
    )
    kinds = entities(found)
    assert kinds.get("Marcelo Tavares Arantes") == "Person"
    assert kinds.get("Juliana Okamoto Prado") == "Person"
    assert "Marcelo" not in kinds and "Prado" not in kinds


def test_a_place_before_a_post_is_no_person(read) -> None:
    found = read("Jiangsu Province, Deputy Director of the bureau said, will host the fair.")
    assert entities(found).get("Jiangsu Province") != "Person"


def test_a_sum_in_reais_is_no_name(read) -> None:
    found = read("Aerovale Sistemas S.A. reported net revenue of R$1.27 billion in 2024.")
    assert not [n for n in entities(found) if "1.27" in n]


def test_a_company_written_without_its_legal_form_after_a_post_is_the_company(read) -> None:
    found = read(
        "The new company, Qinfeng Aerovale Compósitos Ltda., will be based in Brazil. Juliana "
        "Prado has been appointed Chief Executive Officer of Qinfeng Aerovale Compósitos."
    )
    assert entities(found).get("Qinfeng Aerovale Compósitos") == "Organization"


def test_a_hotel_named_head_first_is_a_venue(read) -> None:
    found = read(
        "The agreements were signed at the Guangxi-Indonesia Trade Forum at Hotel Mulia "
        "Senayan in Jakarta. Hotel Properties Ltd bought a stake in 2019."
    )
    kinds = entities(found)
    assert kinds.get("Hotel Mulia Senayan") == "Place"
    assert kinds.get("Hotel Properties Ltd") == "Organization"


def test_one_word_in_brackets_after_a_body_is_its_short_name(read) -> None:
    found = read(
        "The forum was organized by the Indonesian Chamber of Commerce and Industry (Kadin). "
        "Hendra Lubis, Kadin's vice chairman, spoke. Guangdong Light Trading Co. (Shenzhen) "
        "exhibited."
    )
    kinds = entities(found)
    assert kinds.get("Kadin") == "Organization"
    assert same_entity(found, "Kadin", "Indonesian Chamber of Commerce and Industry")
    assert kinds.get("Shenzhen") == "Place"


def test_a_name_alone_over_a_dateline_is_the_writer(read) -> None:
    found = read(
        "Guangxi mission seals deals in Jakarta\n\nRizki Amalia\nJakarta | Thu, February 20, "
        "2025\n\nA trade mission from Guangxi signed 18 agreements in Jakarta on Wednesday.\n"
    )
    assert entities(found).get("Rizki Amalia") == "Person"


def test_a_headline_over_a_dateline_is_no_writer(read) -> None:
    found = read(
        "Guangxi Seals Deals\nJakarta | Thu, February 20, 2025\n\nA trade mission from Guangxi "
        "signed 18 agreements in Jakarta on Wednesday.\n"
    )
    assert entities(found).get("Guangxi Seals Deals") != "Person"


# ---------------------------------------------------------------- owners and seats


def test_a_venture_to_be_owned_in_shares_is_part_of_its_majority_owner_only(read) -> None:
    found = read(
        'Aerovale Sistemas S.A. ("Aerovale") signed a joint venture agreement with Xi\'an Qinfeng '
        'Aviation Composites Co., Ltd. ("Qinfeng"). The new company, Qinfeng Aerovale Compósitos '
        "Ltda., will be 51 percent owned by Aerovale and 49 percent by Qinfeng."
    )
    rels = relations(found)
    venture = "Qinfeng Aerovale Compósitos Ltda."
    assert same_entity(found, "Aerovale", "Aerovale Sistemas S.A.")
    assert same_entity(found, "Qinfeng", "Xi'an Qinfeng Aviation Composites Co., Ltd.")
    assert (venture, "partOf", "Aerovale") in rels
    assert ("Qinfeng", "investsIn", venture) in rels
    assert not [r for r in rels if r[0] == venture and r[1] == "partOf" and "Qinfeng" in r[2]]


def test_founded_in_a_town_opening_the_sentence_seats_the_company(read) -> None:
    found = read(
        "Founded in 1994 in São José dos Campos, Aerovale Sistemas Aeroespaciais S.A. designs "
        "aerostructures. Founded in 1994 by Maria Costa, Bluefin Foods sells fish."
    )
    rels = relations(found)
    assert ("Aerovale Sistemas Aeroespaciais S.A.", "locatedIn", "São José dos Campos") in rels
    assert not [r for r in rels if r[0] == "Bluefin Foods" and r[1] == "locatedIn"]


def test_a_place_written_with_its_kind_in_lower_case_keeps_that_form_as_a_name(read) -> None:
    from kgbuilder.resolve.mentions import resolve_document

    found = read(
        "The smelter lies in Konawe regency, Southeast Sulawesi. Konawe is rich in nickel. "
        "The plant opened in the Dazu district of Chongqing last year."
    )
    places = {d.name: d for d in resolve_document(found).declarations}
    assert "Konawe regency" in places["Konawe"].local_aliases
    assert ("Dazu", "locatedIn", "Chongqing") in relations(found)  # the word read apart still
    mention = next(m for m in found.mentions if m.entity == "Konawe")
    assert mention.text == "Konawe regency"


# ---------------------------------------------------------------- a business daily's fair report

FAIR = "The Zhejiang Export Commodities Fair opened in Istanbul on Oct. 15. "


def test_a_fair_running_until_a_date_at_a_venue_is_there(read) -> None:
    found = read(
        "The Zhejiang Export Commodities Fair, running until Oct. 17 at the Istanbul Expo Center "
        "in Yeşilköy, brings together 215 exhibitors."
    )
    rels = relations(found)
    assert ("Zhejiang Export Commodities Fair", "locatedIn", "Istanbul Expo Center") in rels


def test_a_company_described_at_length_after_its_city_is_based_there(read) -> None:
    found = read(
        FAIR + "Hangzhou-based cross-border e-commerce firm Lianyun Technology signed a deal. "
        "Emre Doğru, purchasing director at Istanbul-based home appliance retailer Evim "
        "Mağazacılık, toured the halls."
    )
    rels = relations(found)
    assert ("Lianyun Technology", "locatedIn", "Hangzhou") in rels
    assert ("Evim Mağazacılık", "locatedIn", "Istanbul") in rels
    assert ("Emre Doğru", "worksFor", "Evim Mağazacılık") in rels


def test_a_minister_named_by_portfolio_works_for_that_ministry(read) -> None:
    found = read(
        FAIR + "Deputy Trade Minister Özgür Yağcıoğlu said Türkiye's Ministry of Trade would "
        "give priority to investment. Finance Minister Ali Kaya also spoke."
    )
    rels = relations(found)
    assert ("Özgür Yağcıoğlu", "worksFor", "Ministry of Trade") in rels
    assert not [r for r in rels if r[0] == "Ali Kaya" and r[1] == "worksFor"]


def test_an_arm_in_apposition_belongs_to_the_company_named_before(read) -> None:
    found = read(
        "The largest deal came from Liuzhou Longcheng Motor, an automaker from Guangxi's "
        "industrial city of Liuzhou, which will invest $150 million. Tan Jiajun, general manager "
        "of Longcheng International, the carmaker's overseas arm, said the company chose Bekasi."
    )
    rels = relations(found)
    assert ("Liuzhou Longcheng Motor", "locatedIn", "Liuzhou") in rels
    chain = read(
        "Buyers came from Dongwu Fresh Mart, a supermarket chain in the Jiangsu city of Suzhou."
    )
    assert ("Dongwu Fresh Mart", "locatedIn", "Suzhou") in relations(chain)
    assert ("Longcheng International", "partOf", "Liuzhou Longcheng Motor") in rels
    assert ("Tan Jiajun", "worksFor", "Longcheng International") in rels
    assert ("Tan Jiajun", "worksFor", "Liuzhou Longcheng Motor") not in rels


def test_a_writer_in_capitals_after_by_is_a_person(read) -> None:
    found = read(
        "Hunan firm to build tractor plant\n\nBy WANJIRU KAMAU\n\nA Chinese farm machinery "
        "maker from Hunan province will invest in a plant in Naivasha.\n"
    )
    assert entities(found).get("Wanjiru Kamau") == "Person"


def test_a_desk_in_capitals_after_by_is_no_person(read) -> None:
    found = read(
        "Hunan firm to build tractor plant\n\nBy STAFF REPORTER\n\nA Chinese farm machinery "
        "maker from Hunan province will invest in a plant in Naivasha.\n"
    )
    assert not [n for n, kind in entities(found).items() if kind == "Person"]


def test_sums_in_shillings_and_rupees_are_no_names(read) -> None:
    found = read("The firm will invest Sh4.2 billion in Naivasha and Rs 40 crore in Pune.")
    assert not [n for n in entities(found) if any(ch.isdigit() for ch in n)]


def test_a_company_based_in_a_province_capital_is_in_the_city(read) -> None:
    found = read(
        "Xiangjiang Agricultural Machinery Co, which is based in the Hunan capital Changsha, "
        "signed the agreement."
    )
    rels = relations(found)
    assert ("Xiangjiang Agricultural Machinery Co", "locatedIn", "Changsha") in rels
    assert ("Xiangjiang Agricultural Machinery Co", "locatedIn", "Hunan") not in rels


def test_a_numbered_estate_of_a_series_keeps_its_number(read) -> None:
    found = read(
        "The factory at WHA Eastern Seaboard Industrial Estate 4 in Rayong opened. The Sino "
        "Industrial Park 2 km away grew."
    )
    kinds = entities(found)
    assert kinds.get("WHA Eastern Seaboard Industrial Estate 4") == "IndustryCluster"
    assert kinds.get("Sino Industrial Park") == "IndustryCluster"


def test_a_town_a_brand_and_a_trade_name_a_company(read) -> None:
    found = read(
        "Among them, Wuhu Ruifeng Auto Parts agreed to supply brake modules to Chonburi-based "
        "Bang Pakong Precision Co. Anhui Province Tea Exports rose."
    )
    rels = relations(found)
    assert entities(found).get("Wuhu Ruifeng Auto Parts") == "Organization"
    assert ("Wuhu Ruifeng Auto Parts", "locatedIn", "Wuhu") in rels
    assert not [r for r in rels if r[0] == "Wuhu Ruifeng Auto Parts" and r[2] == "Chonburi"]


def test_a_post_with_a_hyphenated_rank_is_at_the_company(read) -> None:
    found = read(
        "Pimchanok Sriwattana, senior vice-president of WHA Industrial Development Plc, the "
        "estate's developer, said tenants had bought land."
    )
    assert ("Pimchanok Sriwattana", "worksFor", "WHA Industrial Development Plc") in relations(
        found
    )


def test_a_secretary_named_by_portfolio_works_for_that_state_department(read) -> None:
    found = read(
        "The forum was held in Nairobi. The State Department for Investment Promotion hosted "
        "it. Investment Promotion Principal Secretary Mwanaisha Salim told the forum that the "
        "government wanted investors. Trade Secretary John Mwangi also spoke."
    )
    rels = relations(found)
    body = "State Department for Investment Promotion"
    assert ("Mwanaisha Salim", "worksFor", body) in rels
    assert ("John Mwangi", "worksFor", body) not in rels


def test_its_post_after_a_clause_about_the_company_is_at_the_company(read) -> None:
    found = read(
        "Rift Farm Equipment Ltd sold 740 tractors in the year to June 2025, up from 410 two "
        "years earlier, its managing director Joseph Kiprono Chebet told the forum."
    )
    rels = relations(found)
    assert ("Joseph Kiprono Chebet", "worksFor", "Rift Farm Equipment Ltd") in rels


# ---------------------------------------------------------------- what these forms must not give


def test_words_between_a_ministry_and_a_post_name_no_portfolio(read) -> None:
    found = read(
        "The Ministry of Agriculture and Livestock issued a statement in Nairobi. Farmers and "
        "minister John Kamau met on Monday. Deputy Trade Minister Ali Kaya said the Ministry "
        "of Trade would help."
    )
    rels = relations(found)
    assert not [r for r in rels if r[0] == "John Kamau" and r[1] == "worksFor"]
    post = next(r for r in found.relations if r.subject == "Ali Kaya" and r.label == "worksFor")
    assert post.qualifiers.role == "Deputy Trade Minister"


def test_one_of_the_largest_growers_by_a_persons_name_is_a_person(read) -> None:
    found = read("John Kamau, one of the county's largest coffee growers, said prices fell.")
    assert entities(found).get("John Kamau") == "Person"


def test_captions_and_exchanges_in_brackets_are_no_short_names(read) -> None:
    found = read(
        "Shares of Harbour Steel Company (Nasdaq) rose. A Kenya Airways Corporation (File) "
        "plane landed in Nairobi. Nasdaq closed higher."
    )
    kinds = entities(found)
    assert "File" not in kinds
    assert not same_entity(found, "Nasdaq", "Harbour Steel Company")


def test_an_outlet_in_capitals_after_by_is_no_writer(read) -> None:
    found = read(
        "Tractor plant for Naivasha\n\nBY KENYA NEWS AGENCY\n\nA Chinese maker will invest in "
        "a plant in Naivasha.\n"
    )
    assert entities(found).get("Kenya News Agency") != "Person"  # (no writer made of it)
    named = read(
        "Tractor plant for Naivasha\n\nBy JEAN-PIERRE O'BRIEN\n\nA Chinese maker will invest "
        "in a plant in Naivasha.\n"
    )
    assert entities(named).get("Jean-Pierre O'Brien") == "Person"


def test_a_headline_about_a_company_over_a_dateline_is_no_writer(read) -> None:
    found = read(
        "Business Daily Africa\nSafaricom Profits Soar\nNairobi | March 3, 2024\n\nSafaricom "
        "reported higher profits on Monday.\n"
    )
    assert entities(found).get("Safaricom Profits Soar") != "Person"


def test_a_country_before_a_lower_case_word_keeps_its_mention(read) -> None:
    found = read("Iran state media reported the deal, and China state-owned firms joined.")
    iran = next(m for m in found.mentions if m.entity == "Iran")
    assert iran.text == "Iran"


def test_a_city_based_analyst_at_a_firm_does_not_seat_the_firm(read) -> None:
    found = read("London-based analysts at research firm Gartner Group said demand rose.")
    assert not [r for r in relations(found) if r[1] == "locatedIn" and r[2] == "London"]


def test_a_place_inside_a_longer_name_of_a_person_is_the_person(read) -> None:
    found = read("The jurist Augusto Teixeira de Freitas wrote the civil code in 1858.")
    assert entities(found).get("Augusto Teixeira de Freitas") == "Person"


def test_a_distance_after_a_zone_is_no_number_of_it(read) -> None:
    found = read(
        "The depot lies at the Athi River Export Processing Zone 2.5 kilometres from the port."
    )
    assert entities(found).get("Athi River Export Processing Zone") == "IndustryCluster"
