"""Forms of the trade press read in the twelfth stop: legal forms NER never saw, units and
plain abbreviations, defined terms of press releases, billed titles, French venue names, the
city as a body, short names after a home town; each with a case that must not give it."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entities, relations, same_entity

# ---------------------------------------------------------------- companies by their form


def test_capitalised_words_ending_in_a_legal_form_name_a_company(read) -> None:
    found = read(
        "Maritsa Grid Solutions AD was founded in 2011 and is headquartered in Sofia. "
        "Lanjing Maritsa Energy Storage OOD will be based in Plovdiv."
    )
    names = entities(found)
    assert names.get("Maritsa Grid Solutions AD") == "Organization"
    assert names.get("Lanjing Maritsa Energy Storage OOD") == "Organization"
    assert ("Maritsa Grid Solutions AD", "locatedIn", "Sofia") in relations(found)
    assert ("Lanjing Maritsa Energy Storage OOD", "locatedIn", "Plovdiv") in relations(found)


def test_a_two_letter_word_is_no_legal_form(read) -> None:
    found = read("Trade With Peru Grows As Exports Rise\n\nShipments rose in May.")
    assert not [n for n in entities(found) if n.endswith(" As")]


def test_a_name_stops_at_a_labelled_line(read) -> None:
    found = read(
        "Media contact:\nNadezhda Ilieva, Communications Manager, Maritsa Grid Solutions AD\n"
        "Tel: +359 2 555 0142\n"
    )
    assert not [n for n in entities(found) if n.endswith("Tel")]


def test_a_hyphened_participle_describes_the_name_after_it(read) -> None:
    found = read(
        "SINGAPORE - Mainboard-listed Meridian Coldstore Holdings Ltd will set up a joint "
        "venture in Hainan, the company said on Wednesday."
    )
    names = entities(found)
    assert names.get("Meridian Coldstore Holdings Ltd") == "Organization"
    assert not [n for n in names if n.startswith("SINGAPORE -") or "Mainboard" in n]


def test_headquarters_of_a_company_in_a_city_is_its_seat(read) -> None:
    found = read("The delegation visited the Montreal headquarters of Glacia Rinks Inc. on Monday.")
    assert ("Glacia Rinks Inc.", "locatedIn", "Montreal") in relations(found)


def test_a_plant_of_a_company_in_a_city_is_no_seat(read) -> None:
    found = read("The delegation visited the Montreal plant of Glacia Rinks Inc. on Monday.")
    assert ("Glacia Rinks Inc.", "locatedIn", "Montreal") not in relations(found)


# ---------------------------------------------------------------- units and abbreviations


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The company owns and operates 410 MW of solar parks in Bulgaria.", "MW"),
        ("It stores 250 MWh of power for the grid in Bulgaria.", "MWh"),
        ("Minjiang Cathode Co. makes lithium iron phosphate (LFP) cathode material.", "LFP"),
        ("Prices of LFP cells, lithium iron phosphate (LFP) ones, fell in 2024.", "LFP"),
        ("Meridian Coldstore will form a cold-chain JV with a Haikou company.", "JV"),
    ],
)
def test_units_and_plain_abbreviations_are_no_names(read, text: str, word: str) -> None:
    assert word not in entities(read(text))


def test_an_acronym_after_a_year_is_still_a_name(read) -> None:
    found = read("The 2024 CIIE drew buyers. Officials of the CPIC said so in Chongqing.")
    assert entities(found).get("CPIC") == "Organization"


# ---------------------------------------------------------------- defined terms and short names


def test_a_press_release_defined_term_is_another_name_of_the_company(read) -> None:
    found = read(
        'The joint venture, Lanjing Maritsa Energy Storage OOD ("the Joint Venture"), will be '
        "owned by both partners. Martin Kolev will serve as General Manager of the Joint Venture."
    )
    assert same_entity(found, "Joint Venture", "Lanjing Maritsa Energy Storage OOD")


def test_a_bracketed_name_without_quotes_is_no_defined_term(read) -> None:
    found = read("The British Broadcasting Corporation (BBC News) reported it on Monday.")
    assert not same_entity(found, "BBC News", "British Broadcasting Corporation")


def test_a_town_and_name_proper_is_the_company_that_opens_so(read) -> None:
    found = read(
        "Meridian Coldstore Holdings Ltd will set up a joint venture with Haikou Nanyang Cold "
        "Chain Logistics Co., Ltd. in Hainan. Haikou Nanyang will hold 51 per cent."
    )
    assert same_entity(found, "Haikou Nanyang", "Haikou Nanyang Cold Chain Logistics Co., Ltd.")


def test_a_short_name_without_the_trade_words_is_the_company(read) -> None:
    found = read(
        "Weifang Huanong Tractor Co., Ltd. showed tractors assembled by Nile Huanong "
        "Agricultural Machinery Co., its joint venture. Nile Huanong sold 2,300 tractors."
    )
    assert same_entity(found, "Nile Huanong", "Nile Huanong Agricultural Machinery Co.")


def test_two_companies_named_between_and_are_two(read) -> None:
    found = read(
        "Anxi Huaming Tea Industry Co., Ltd. came to Sydney. The biggest deal was a supply "
        "agreement between Anxi Huaming and Harbourleaf Tea Merchants Pty Ltd, a wholesaler."
    )
    names = entities(found)
    assert names.get("Harbourleaf Tea Merchants Pty Ltd") == "Organization"
    assert "Anxi Huaming and Harbourleaf Tea Merchants Pty Ltd" not in names


def test_a_ministry_of_two_portfolios_stays_one(read) -> None:
    found = read("The Ministry of Industry and Trade of Vietnam hosted the talks in Hanoi.")
    assert "Ministry of Industry" not in entities(found)


def test_the_group_is_a_holding_company_named_before(read) -> None:
    found = read(
        "Meridian Coldstore Holdings Ltd will set up a joint venture. For Meridian, the venture "
        "is its first in China. The group runs 11 cold stores in Singapore, Malaysia and Vietnam."
    )
    assert ("Meridian Coldstore Holdings Ltd", "operatesIn", "Vietnam") in relations(found)


def test_the_object_of_a_preposition_is_not_the_buyer(read) -> None:
    found = read(
        "The group expanded across the Causeway in 2023 by acquiring Tebrau Freezer Logistics "
        "Sdn Bhd, a cold-storage operator based in Johor."
    )
    assert not [r for r in relations(found) if r[1] == "acquired" and r[0] == "Causeway"]


# ---------------------------------------------------------------- events


def test_a_billed_title_with_its_year_and_host_country_is_the_event(read) -> None:
    found = read(
        "Importers signed orders during last week's Fujian Tea and Ceramics Promotion Week, a "
        'travelling showcase. The programme, billed as the "2025 Fujian Tea and Ceramics '
        'Promotion Week (Australia)", was organised by the Department of Commerce of Fujian '
        "Province."
    )
    full = "2025 Fujian Tea and Ceramics Promotion Week (Australia)"
    assert entities(found).get(full) == "Event"
    assert "Ceramics Promotion Week" not in entities(found)
    assert same_entity(found, "Fujian Tea and Ceramics Promotion Week", full)
    assert (full, "organizedBy", "Department of Commerce of Fujian Province") in relations(found)


def test_a_company_billed_as_a_name_is_no_event(read) -> None:
    found = read('The firm, billed as the "2025 Summit Foods Group", opened a shop in Perth.')
    assert "Event" not in entities(found).values()


def test_a_promotion_night_is_an_event(read) -> None:
    found = read(
        "The delegation held the Harbin Winter Tourism Promotion Night at the Palais des congrès "
        "de Montréal, attended by 200 travel agencies."
    )
    names = entities(found)
    assert names.get("Harbin Winter Tourism Promotion Night") == "Event"
    assert names.get("Palais des congrès de Montréal") == "Place"
    assert (
        "Harbin Winter Tourism Promotion Night",
        "locatedIn",
        "Palais des congrès de Montréal",
    ) in relations(found)


def test_a_french_festival_named_head_first_is_one_event(read) -> None:
    found = read("Many visitors from Harbin came to the Fête des neiges de Montréal last winter.")
    assert entities(found).get("Fête des neiges de Montréal") == "Event"
    assert "de Montréal" not in entities(found)


# ---------------------------------------------------------------- places and bodies


def test_the_city_of_a_place_is_its_government_when_it_acts(read) -> None:
    found = read(
        "At the invitation of the Canadian Winter Sports Industry Association and the City of "
        "Montreal, a delegation visited Ottawa. Isabelle Tremblay-Roy, Member of the Executive "
        "Committee of the City of Montreal, met them."
    )
    names = entities(found)
    assert names.get("City of Montreal") == "Organization"
    assert names.get("Executive Committee of the City of Montreal") == "Organization"


def test_in_the_city_of_a_place_is_the_place(read) -> None:
    found = read("Tourists shop in the City of London every weekend.")
    assert entities(found).get("City of London") == "Place"


def test_a_province_and_its_short_name_are_one_beside_a_pavilion(read) -> None:
    found = read(
        "The Department of Commerce of Fujian Province led the visit. Fujian grows a fifth of "
        "China's tea. Nanping is a city in Fujian. Organisers said that a Fujian pavilion would "
        "return to Australia for Fine Food Australia in Melbourne in September."
    )
    assert same_entity(found, "Fujian", "Fujian Province")


def test_a_venue_acronym_with_its_city_is_the_venue(read) -> None:
    found = read(
        "It opened at the International Convention Centre Sydney (ICC Sydney) in Darling "
        "Harbour. Buyers signed at ICC Sydney."
    )
    assert entities(found).get("ICC Sydney") == "Place"


def test_a_section_number_is_no_part_of_a_name(read) -> None:
    found = read(
        "I. Harbin brands make a collective appearance at WinterTech Canada\n\n"
        "The pavilion of Harbin was the largest."
    )
    assert "I. Harbin" not in entities(found)


# ---------------------------------------------------------------- roadshow reports


def test_a_co_organiser_named_with_as_organised_the_event(read) -> None:
    found = read(
        "The deal was signed at the 2025 Hainan Global Investment Roadshow, organised by the "
        "Department of Commerce of Hainan Province, with the Singapore Business Federation (SBF) "
        "as co-organiser."
    )
    assert (
        "2025 Hainan Global Investment Roadshow",
        "organizedBy",
        "Singapore Business Federation",
    ) in relations(found)


def test_speakers_listed_after_the_event_took_part_in_it(read) -> None:
    found = read(
        "The 2025 Hainan Global Investment Roadshow opened in Singapore on Wednesday.\n\n"
        "Other speakers included Lim Hui Ying, group director for North Asia at Enterprise "
        "Singapore, and Chen Yong, director-general of the Hainan Investment Bureau."
    )
    rels = relations(found)
    event = "2025 Hainan Global Investment Roadshow"
    assert ("Lim Hui Ying", "participatedIn", event) in rels
    assert ("Chen Yong", "participatedIn", event) in rels
    assert entities(found).get("Enterprise Singapore") == "Organization"
    assert ("Lim Hui Ying", "worksFor", "Enterprise Singapore") in rels


def test_speakers_of_another_occasion_are_not_the_events(read) -> None:
    found = read(
        "The 2025 Hainan Global Investment Roadshow opened in Singapore on Wednesday.\n\n"
        "Separately, speakers included Lim Hui Ying and Chen Yong at a dinner last week."
    )
    assert not [r for r in relations(found) if r[1] == "participatedIn"]


def test_a_place_after_at_is_no_agency(read) -> None:
    found = read("Exports of Central Asia rose, traders at Tokyo Japan said.")
    assert "Central Asia" not in {n for n, k in entities(found).items() if k == "Organization"}


def test_a_masthead_line_is_no_title_case_headline(read) -> None:
    found = read(
        "The Straits Ledger | Companies & Markets\n\nCold Store Deal Signed\n\nBy Rachel Goh\n\n"
        "SINGAPORE - Two companies signed a deal on Wednesday."
    )
    assert entities(found).get("The Straits Ledger") == "Organization"
    assert ("Rachel Goh", "worksFor", "The Straits Ledger") in relations(found)


# ---------------------------------------------------------------- regional dailies, press releases


def test_a_masthead_with_a_middle_dot_and_accents_names_the_outlet(read) -> None:
    found = read(
        "Rhône Éco · Lyon's business daily\nWednesday 15 October 2025\n\nBy Claire Vasseur\n\n"
        "LYON — Thirty companies met on Tuesday."
    )
    assert entities(found).get("Rhône Éco") == "Organization"
    assert ("Claire Vasseur", "worksFor", "Rhône Éco") in relations(found)


def test_a_newspaper_name_alone_over_an_issue_line_is_the_outlet(read) -> None:
    found = read(
        "The Addis Commerce Weekly\nVol. 9, No. 431 | Saturday, 22 November 2025\n\n"
        "By Hiwot Tadesse\n\nSEBETA — The park opened its second phase on Tuesday."
    )
    assert ("Hiwot Tadesse", "worksFor", "Addis Commerce Weekly") in relations(found)


def test_a_headline_over_a_date_line_is_no_outlet(read) -> None:
    found = read(
        "Sebeta Park Opens Second Phase\nSaturday, 22 November 2025\n\nThe park opened on Tuesday."
    )
    assert "Organization" not in entities(found).values()


def test_a_body_named_after_its_region_after_and_is_a_second_body(read) -> None:
    found = read(
        "The fair was organised by the Wuhan Municipal Bureau of Commerce and "
        "Auvergne-Rhône-Alpes Entreprises, the region's development agency."
    )
    names = entities(found)
    assert names.get("Wuhan Municipal Bureau of Commerce") == "Organization"
    assert names.get("Auvergne-Rhône-Alpes Entreprises") == "Organization"


def test_represented_by_its_post_holder(read) -> None:
    found = read(
        "The Consulate General of the People's Republic of China in Lyon was represented by the "
        "consul general, Wang Lei, who said trade rose."
    )
    assert (
        "Wang Lei",
        "worksFor",
        "Consulate General of the People's Republic of China in Lyon",
    ) in relations(found)


def test_its_post_opening_the_next_sentence_is_at_the_company_before(read) -> None:
    found = read(
        "Wuhan Jiangcheng Optical Communication Technology Co., Ltd. (Jiangcheng Optical), which "
        "supplies transceivers, opened its first European sales office in Lyon. Its "
        "vice-president for international business, Liu Mengqi, declined to give a figure."
    )
    assert (
        "Liu Mengqi",
        "worksFor",
        "Wuhan Jiangcheng Optical Communication Technology Co., Ltd.",
    ) in relations(found)


def test_a_media_contact_block_gives_the_contact_s_employer(read) -> None:
    found = read(
        "Smakpol Dystrybucja Sp. z o.o., headquartered in Warsaw, is a Polish importer.\n\n"
        "Media contact:\nGrace Wu\nCorporate Communications\nHenan Huaxiang Foods Group Co., Ltd.\n\n"
        "SOURCE Henan Huaxiang Foods Group Co., Ltd."
    )
    assert ("Grace Wu", "worksFor", "Henan Huaxiang Foods Group Co., Ltd.") in relations(found)
    assert not [n for n in entities(found) if n.startswith("SOURCE")]


def test_the_company_in_apposition_is_the_one_just_named(read) -> None:
    found = read(
        "Guests included Liu Zhenhai, Chairman of Huaxiang Foods; and Piotr Nowicki, Vice "
        "President of the Management Board of Lodz Zone Management S.A., the company that "
        "manages the zone."
    )
    assert ("Piotr Nowicki", "worksFor", "Huaxiang Foods") not in relations(found)


def test_the_acquisition_of_a_majority_stake_is_an_acquisition(read) -> None:
    found = read(
        'Henan Huaxiang Foods Group Co., Ltd. ("Huaxiang Foods" or the "Company"), a producer of '
        "dumplings, today announced that it has broken ground on a plant in Kutno, Poland, and "
        "that it has completed the acquisition of an 80% stake in Smakpol Dystrybucja Sp. z o.o."
    )
    assert (
        "Henan Huaxiang Foods Group Co., Ltd.",
        "acquired",
        "Smakpol Dystrybucja Sp. z o.o.",
    ) in relations(found)


def test_the_acquisition_of_a_minority_stake_is_an_investment(read) -> None:
    found = read(
        "Henan Huaxiang Foods Group Co., Ltd. said it has completed the acquisition of a 20% "
        "stake in Smakpol Dystrybucja Sp. z o.o. this week."
    )
    assert not [r for r in relations(found) if r[1] == "acquired"]


def test_an_honorific_is_no_part_of_a_name(read) -> None:
    found = read(
        'Tesfaye Gebremariam, Deputy Commissioner of the EIC, spoke. "We want ten more parks '
        'like this one," Ato Tesfaye said.'
    )
    assert "Ato Tesfaye" not in entities(found)
    assert same_entity(found, "Tesfaye", "Tesfaye Gebremariam")


def test_a_bracketed_short_name_of_the_full_name_s_words(read) -> None:
    found = read(
        "The park is run by Jiangsu Hengyuan Overseas Industrial Park Development Co., Ltd. "
        "(Hengyuan Development), a company set up in Changzhou. Hengyuan Development invested "
        "USD 128 million."
    )
    assert same_entity(
        found,
        "Hengyuan Development",
        "Jiangsu Hengyuan Overseas Industrial Park Development Co., Ltd.",
    )


def test_a_name_after_with_is_no_defined_term_of_the_one_before(read) -> None:
    found = read(
        "Nantong Kangyuan Pharmaceutical Co., Ltd. will build a plant. Kangyuan will hold 70 "
        "percent of the venture, with Gihon Pharmaceuticals PLC, an importer, holding the rest."
    )
    assert not same_entity(
        found, "Gihon Pharmaceuticals PLC", "Nantong Kangyuan Pharmaceutical Co., Ltd."
    )


def test_an_acronym_takes_the_kind_of_the_park_it_follows(read) -> None:
    found = read(
        "The Ethio-Jiangsu Sebeta Industrial Park (EJSIP) opened its second phase. Twenty "
        "companies now operate in EJSIP. EJSIP is financed by its developer."
    )
    assert entities(found).get("EJSIP") == entities(found).get(
        "Ethio-Jiangsu Sebeta Industrial Park"
    )


def test_co_organized_with_a_hyphen_organised_the_event(read) -> None:
    found = read(
        "On Wednesday, the Department of Commerce of Jiangsu Province and the Ethiopian "
        "Investment Commission co-organized the Jiangsu–Ethiopia Investment and Trade "
        "Cooperation Forum in Addis Ababa."
    )
    assert (
        "Jiangsu–Ethiopia Investment and Trade Cooperation Forum",
        "organizedBy",
        "Ethiopian Investment Commission",
    ) in relations(found)


def test_a_one_word_name_a_city_owns_after_in_is_a_part_of_it(read) -> None:
    found = read(
        "Dehua Baiyu signed an order with Kettle & Kiln Pty Ltd, a tableware retailer based in "
        "Melbourne's Fitzroy with 14 stores across Victoria."
    )
    assert entities(found).get("Fitzroy") == "Place"
    assert ("Kettle & Kiln Pty Ltd", "locatedIn", "Fitzroy") in relations(found)


def test_a_person_a_city_names_stays_a_person(read) -> None:
    found = read("The award went to Melbourne's Sally Capp on Monday.")
    assert entities(found).get("Sally Capp") == "Person"


def test_an_event_named_after_a_cluster_holds_the_cluster_s_name(read) -> None:
    found = read(
        "The agency took a pavilion of 11 companies to the Optics Valley of China International "
        "Optoelectronic Exposition in Wuhan last year."
    )
    names = entities(found)
    assert names.get("Optics Valley of China International Optoelectronic Exposition") == "Event"
    assert "China International Optoelectronic Exposition" not in names


def test_a_cluster_named_before_its_fair_in_another_phrase_stays_a_cluster(read) -> None:
    found = read("Firms in the Optics Valley make lasers. The Wuhan Optoelectronic Expo opened.")
    assert entities(found).get("Optics Valley") == "IndustryCluster"


def test_a_zone_named_with_a_polish_capital_letter(read) -> None:
    found = read(
        'The plant will stand in the Kutno subzone of the Łódź Special Economic Zone ("ŁSEZ"). '
        "Thirty firms operate in the ŁSEZ now."
    )
    assert entities(found).get("Łódź Special Economic Zone") == "IndustryCluster"
    assert same_entity(found, "ŁSEZ", "Łódź Special Economic Zone")


def test_a_town_the_gazetteer_lacks_beside_a_city_after_in(read) -> None:
    found = read("Smakpol serves Poland from distribution centres in Stryków and Gdańsk.")
    names = entities(found)
    assert names.get("Stryków") == "Place"
    assert names.get("Gdańsk") == "Place"
    assert "Stryków and Gdańsk" not in names


def test_a_company_named_for_two_people_stays_one(read) -> None:
    found = read("He worked for Procter and Gamble in Ohio for ten years.")
    assert entities(found).get("Procter and Gamble") == "Organization"


def test_the_city_of_a_place_beside_a_place_is_the_place(read) -> None:
    found = read(
        "The paper has correspondents in Westminster and the City of London. Mr. Lahtinen "
        "signed, on behalf of the Yantai Municipal People's Government and the City of Turku, a "
        "letter of intent."
    )
    names = entities(found)
    assert names.get("City of London") == "Place"
    assert names.get("City of Turku") == "Organization"


def test_a_spaced_dash_between_two_names_joins_them(read) -> None:
    found = read("The Cambodia – Vietnam Friendship Monument in Phnom Penh is a large monument.")
    assert "Cambodia – Vietnam Friendship Monument" in entities(found)


def test_a_masthead_in_capitals_over_a_section_and_date_line(read) -> None:
    found = read(
        "THE MUSCAT BUSINESS JOURNAL\nMarkets & Trade | Tuesday, October 14, 2025\n\n"
        "By Hilal al Rawahi, Business Reporter\n\nMUSCAT — Companies signed 14 agreements."
    )
    names = entities(found)
    assert names.get("MUSCAT BUSINESS JOURNAL") == "Organization"
    assert "Markets & Trade" not in names
    assert ("Hilal al Rawahi", "worksFor", "MUSCAT BUSINESS JOURNAL") in relations(found)


def test_an_agreement_to_acquire_a_majority_stake_after_a_wire_dateline(read) -> None:
    found = read(
        'QINGDAO, China--(BUSINESS WIRE)--Qingdao Haichen Home Appliance Co., Ltd. ("Haichen" or '
        '"the Company") (SZSE: 002917), a maker of refrigerators, today announced that it has '
        "entered into a definitive agreement to acquire a 65% equity stake in Refrigeración "
        "Sierra Madre, S.A. de C.V., a refrigerator manufacturer headquartered in Monterrey."
    )
    assert (
        "Qingdao Haichen Home Appliance Co., Ltd.",
        "acquired",
        "Refrigeración Sierra Madre, S.A. de C.V.",
    ) in relations(found)
