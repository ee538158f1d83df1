"""Forms of wire features and trade-fair releases read in the thirteenth stop: honorifics between
a post and a name, line breaks that end names in texts not wrapped at a fixed width, names joined
by a slash, bylines of an agency's writers, people NER took for organizations; each with a case
that must not give it."""

from __future__ import annotations

from tests.extract.conftest import entities, relations, same_entity

# ---------------------------------------------------------------- posts around an honorific


def test_a_post_then_an_honorific_and_a_name_works_there(read) -> None:
    found = read(
        "The managing director of Mbeya Cement Works, Mr Baraka Mollel, said the kiln was ready. "
        "Speaking at the launch, the Deputy Minister in the Ministry of Water and Energy, "
        "Ms Neema Kisanga, said more plants would follow."
    )
    rels = relations(found)
    assert ("Baraka Mollel", "worksFor", "Mbeya Cement Works") in rels
    assert ("Neema Kisanga", "worksFor", "Ministry of Water and Energy") in rels


def test_an_acronym_then_a_post_and_an_honorific_names_a_member(read) -> None:
    found = read(
        "The Lake Zone Traders Association (LZTA) met on Monday. LZTA chairman Mr Juma Ngowi "
        "urged members to export more."
    )
    assert ("Juma Ngowi", "worksFor", "LZTA") in relations(found)
    assert same_entity(found, "LZTA", "Lake Zone Traders Association")


def test_an_honorific_alone_gives_no_post(read) -> None:
    found = read("Mr Baraka Mollel visited Mbeya Cement Works on Monday.")
    assert not [r for r in relations(found) if r[1] == "worksFor"]


# ---------------------------------------------------------------- line breaks


def test_a_line_break_ends_a_name_in_a_text_of_long_lines(read) -> None:
    para = (
        "Heller Fördertechnik GmbH & Co. KG, based in Reutlingen near Stuttgart, has been making "
        "conveyor systems for the packaging industry since 1979 and sells them in forty countries."
    )
    found = read(f"About Heller Fördertechnik GmbH & Co. KG\n{para}")
    names = entities(found)
    assert names.get("Heller Fördertechnik GmbH & Co. KG") == "Organization"
    assert not [n for n in names if n.startswith("KG ")]


def test_a_contact_line_ends_at_its_line(read) -> None:
    para = (
        "The new plant in Nakuru will assemble forty harvesters a month for customers in Kenya, "
        "Uganda and Tanzania, the company said in a statement on Tuesday."
    )
    found = read(f"{para}\n\nMedia contact:\n\nWanjiru Mwangi\nHead of Corporate Affairs\n")
    names = entities(found)
    assert names.get("Wanjiru Mwangi") == "Person"
    assert not [n for n in names if "Head" in n]


def test_a_name_wrapped_over_lines_of_fixed_width_goes_on(read) -> None:
    found = read(
        "The forum was opened by officials of the Kisumu Lakeside\n"
        "Development Authority and by traders from the city.\n"
    )
    assert entities(found).get("Kisumu Lakeside Development Authority") == "Organization"


# ---------------------------------------------------------------- slashes


def test_a_slash_joins_two_places_of_a_dateline(read) -> None:
    found = read(
        "MOMBASA/NAIROBI, March 3 (Coastline News) -- Port traffic rose by a tenth in "
        "February, the authority said."
    )
    names = entities(found)
    assert names.get("Mombasa") == "Place"
    assert names.get("Nairobi") == "Place"
    assert not [n for n in names if "/" in n]


def test_a_photo_credit_names_an_agency_and_a_photographer(read) -> None:
    found = read(
        "by Coastline News writers Amina Odhiambo, Peter Kimani\n\n"
        "Farmers in Kilifi County harvested cashews earlier this year than last, buyers said.\n\n"
        "Photo caption: A farmer sorts cashews in Kilifi County, Kenya, Feb. 2, 2025. "
        "(Coastline News/Peter Kimani)"
    )
    names = entities(found)
    assert names.get("Peter Kimani") == "Person"
    assert names.get("Amina Odhiambo") == "Person"
    rels = relations(found)
    assert ("Peter Kimani", "worksFor", "Coastline News") in rels
    assert ("Amina Odhiambo", "worksFor", "Coastline News") in rels


# ---------------------------------------------------------------- people NER took for bodies


def test_a_full_name_whose_surname_speaks_alone_is_a_person(read) -> None:
    found = read(
        "Every morning at seven, Shen Guilan rides her electric scooter past the tea slopes to "
        'a workshop in Meixi Town. "We start early," Shen said.'
    )
    names = entities(found)
    assert names.get("Shen Guilan") == "Person"
    assert names.get("Shen") == "Person"


def test_a_company_sharing_a_word_with_a_person_stays_a_company(read) -> None:
    found = read("Hengtai Ceramics Co. opened a showroom in Lagos. Hengtai said sales doubled.")
    assert entities(found).get("Hengtai Ceramics Co.") == "Organization"


def test_an_officer_with_a_body_is_a_person(read) -> None:
    found = read(
        "Siriporn Chaiyaporn, an investment promotion officer with the Eastern Seaboard "
        "Development Office, said demand was strong."
    )
    assert entities(found).get("Siriporn Chaiyaporn") == "Person"
    assert (
        "Siriporn Chaiyaporn",
        "worksFor",
        "Eastern Seaboard Development Office",
    ) in relations(found)


# ---------------------------------------------------------------- trade fairs


def test_halls_and_booths_are_no_names(read) -> None:
    found = read(
        "Around 300 exhibitors will show their products in Halls 2, 4 and 6 at the fairground. "
        "The pavilion of Ningbo fills Hall 6, and Lindqvist Maskin AB is at Booth 4C18."
    )
    names = entities(found)
    assert not [n for n in names if n.startswith(("Hall", "Booth"))]
    assert names.get("Lindqvist Maskin AB") == "Organization"


def test_a_hall_with_a_name_stays_a_name(read) -> None:
    found = read("The awards were handed out in Carnegie Hall in New York.")
    assert entities(found).get("Carnegie Hall") is not None


def test_a_fair_named_with_its_year_and_described_is_one_event(read) -> None:
    found = read(
        "AGRITECHA 2026, the International Trade Fair for Farm Machinery and Irrigation, opens "
        "in Nairobi on 12 May. For the first time, AGRITECHA has a partner country.\n\n"
        "About AGRITECHA\nAGRITECHA is the International Trade Fair for Farm Machinery and "
        "Irrigation. It has been held every two years since 2014."
    )
    events = {n for n, kind in entities(found).items() if kind == "Event"}
    assert events == {"AGRITECHA 2026"}
    written = {m.text for m in found.mentions if m.entity == "AGRITECHA 2026"}
    assert "AGRITECHA" in written
    assert any(w.startswith("International Trade Fair") for w in written)


def test_an_acronym_with_a_year_but_no_event_described_is_no_fair(read) -> None:
    found = read("GDP 2024, the statistics office said, grew by four percent in Kenya.")
    assert not [n for n, kind in entities(found).items() if kind == "Event"]


# ---------------------------------------------------------------- "&" in company names


def test_a_family_and_inside_a_company_name_is_part_of_it(read) -> None:
    found = read(
        "Selected exhibitors\n\nHall 3\n"
        "- Brenner & Töchter Antriebstechnik GmbH & Co. KG, Ulm – Booth 3A12\n"
        "- Harwood & Pike Ltd., Leeds – Booth 3B04\n"
    )
    names = entities(found)
    assert names.get("Brenner & Töchter Antriebstechnik GmbH & Co. KG") == "Organization"
    assert names.get("Harwood & Pike Ltd.") == "Organization"


def test_two_companies_joined_by_and_stay_two(read) -> None:
    found = read("Harwood Pumps Ltd. and Pike Valves Co. signed a supply deal in Leeds.")
    names = entities(found)
    assert names.get("Harwood Pumps Ltd.") == "Organization"
    assert names.get("Pike Valves Co.") == "Organization"


# ---------------------------------------------------------------- events and their acronyms


def test_an_acronym_after_an_event_is_the_event(read) -> None:
    found = read(
        "At the 9th Lanzhou Investment and Trade Fair (LITF) in Lanzhou last June, the company "
        "signed three contracts. Its chairman said it would return to LITF this year."
    )
    names = entities(found)
    assert names.get("LITF") == "Event"
    assert same_entity(found, "LITF", "9th Lanzhou Investment and Trade Fair")


# ---------------------------------------------------------------- companies of a county


def test_a_county_that_opens_a_company_name_stays_a_place(read) -> None:
    found = read(
        "Meixi Town lies in Deqing County in Zhejiang Province. Deqing is known for bamboo. "
        "Zhejiang Deqing Huacheng Machinery Co., Ltd. is one of Deqing's largest makers. "
        "Huacheng's first plant abroad opened in 2022. In 2023, the company acquired a 70 percent "
        "stake in Saigon Bamboo Co., Ltd. Huacheng Machinery (Vietnam) Co., Ltd. runs the plant."
    )
    names = entities(found)
    assert names.get("Deqing") == "Place"
    rels = relations(found)
    company = "Zhejiang Deqing Huacheng Machinery Co., Ltd."
    assert [r for r in rels if r[1] == "acquired"] == [
        (company, "acquired", "Saigon Bamboo Co., Ltd.")
    ]
    assert ("Huacheng Machinery (Vietnam) Co., Ltd.", "partOf", company) in rels


def test_a_place_named_with_its_county_and_an_industry_names_a_cluster(read) -> None:
    found = read(
        "Meixi Town lies in Deqing County. The Deqing bamboo flooring industry cluster, made up "
        "of more than 200 enterprises, exported goods worth 3 billion yuan in 2024."
    )
    assert entities(found).get("Deqing bamboo flooring industry cluster") == "IndustryCluster"


def test_a_port_area_is_a_zone_not_an_event(read) -> None:
    found = read(
        "Trains left the Lanzhou International Port Area for Almaty every day in March, the "
        "provincial commerce department said."
    )
    assert entities(found).get("Lanzhou International Port Area") == "IndustryCluster"


# ---------------------------------------------------------------- bodies of a republic


def test_a_ministry_of_a_republic_is_named_whole(read) -> None:
    found = read(
        "Dana Seitkali, Vice Minister of the Ministry of Energy of the Republic of Kazakhstan, "
        "spoke first. The fair is backed by the Ministry of Commerce of the People's Republic "
        "of China."
    )
    names = entities(found)
    assert names.get("Ministry of Energy of the Republic of Kazakhstan") == "Organization"
    assert names.get("Ministry of Commerce of the People's Republic of China") == "Organization"
    assert (
        "Dana Seitkali",
        "worksFor",
        "Ministry of Energy of the Republic of Kazakhstan",
    ) in relations(found)


# ---------------------------------------------------------------- places written short or cut


def test_a_city_ner_cut_after_its_particle_is_whole(read) -> None:
    found = read(
        "Port Ledger\n\nDar es Salaam. Traders from Hunan opened a showcase in Dar es Salaam "
        "yesterday, bringing 40 exhibitors to Dar."
    )
    names = entities(found)
    assert names.get("Dar es Salaam") == "Place"
    assert "Salaam" not in names
    assert "Dar" not in names  # written short, it is the same city


def test_a_masthead_over_its_tagline_and_section_line(read) -> None:
    found = read(
        "The Andean Business Courier\nThe region's English-language business daily\n\n"
        "MARKETS & TRADE | Monday, May 5, 2025\n\nCopper exports rise\n\n"
        "By Lucía Paredes Quispe, Staff Reporter\n\nLIMA, Peru — Copper exports rose in April, "
        "the trade ministry said on Friday.\n\nPHOTO: A copper cathode plant near Arequipa. "
        "(Courtesy of Andes Cathodes)"
    )
    names = entities(found)
    assert names.get("Andean Business Courier") == "Organization"
    assert not [n for n in names if n.startswith(("MARKETS", "English", "Courtesy"))]
    assert names.get("Andes Cathodes") == "Organization"
    assert ("Lucía Paredes Quispe", "worksFor", "Andean Business Courier") in relations(found)


# ---------------------------------------------------------------- organizers and ventures


def test_organizers_after_a_country_and_beside_an_unnamed_one(read) -> None:
    found = read(
        "The Mekong Trade Week is co-hosted by China's Ministry of Commerce and the Yunnan "
        "Provincial People's Government. The Kunming Import Fair was organized by the provincial "
        "department together with the Laos-China Business Council (LCBC), and drew 300 buyers."
    )
    rels = relations(found)
    assert ("Mekong Trade Week", "organizedBy", "Ministry of Commerce") in rels
    assert ("Mekong Trade Week", "organizedBy", "Yunnan Provincial People's Government") in rels
    assert ("Kunming Import Fair", "organizedBy", "Laos-China Business Council") in rels


def test_an_event_undertaken_by_a_chamber_is_organized_by_it(read) -> None:
    found = read(
        "The Lanzhou Investment Conference was co-hosted by the Gansu Provincial People's "
        "Government, and was undertaken by the Kyrgyz Chamber of Commerce and Industry."
    )
    assert (
        "Lanzhou Investment Conference",
        "organizedBy",
        "Kyrgyz Chamber of Commerce and Industry",
    ) in relations(found)


def test_two_companies_that_founded_a_joint_venture_invest_in_it(read) -> None:
    found = read(
        "In 2023, Brenner Hydraulik AG and Changzhou Tianyu Motor Co., Ltd. founded Brenner "
        "Tianyu Drives GmbH, a 50:50 joint venture based in Augsburg."
    )
    rels = relations(found)
    assert ("Brenner Hydraulik AG", "investsIn", "Brenner Tianyu Drives GmbH") in rels
    assert ("Changzhou Tianyu Motor Co., Ltd.", "investsIn", "Brenner Tianyu Drives GmbH") in rels


def test_a_company_founded_by_one_person_is_no_joint_venture(read) -> None:
    found = read("In 2019, Brenner Hydraulik AG founded Brenner Service GmbH, a repair unit.")
    assert not [r for r in relations(found) if r[1] == "investsIn"]


# ---------------------------------------------------------------- exhibitor lists and pavilions


def test_a_listed_exhibitor_is_in_the_town_after_its_name(read) -> None:
    found = read(
        "Selected exhibitors\n\n"
        "- Lindqvist Maskin AB, Gothenburg – Booth 4C18\n"
        "- Harwood Pumps Ltd., Leeds – Booth 4D02\n\n"
        "Press contact:\nMarta Kowalska\nTel. +48 22 555 0142\n"
    )
    rels = relations(found)
    assert ("Lindqvist Maskin AB", "locatedIn", "Gothenburg") in rels
    assert ("Harwood Pumps Ltd.", "locatedIn", "Leeds") in rels
    assert "Tel" not in entities(found)


def test_a_city_and_its_pavilion_stay_two_places(read) -> None:
    found = read(
        "The city of Wuxi in China's Jiangsu Province makes pumps. Most exhibitors in the "
        "Wuxi pavilion come from its Xishan District. The Wuxi Municipal Bureau of Commerce "
        "organised the pavilion."
    )
    assert not same_entity(found, "Wuxi", "Wuxi pavilion")
    assert entities(found).get("Wuxi pavilion") == "Place"
    assert ("Wuxi Municipal Bureau of Commerce", "locatedIn", "Wuxi") in relations(found)


# ---------------------------------------------------------------- press releases


def test_a_contact_section_of_two_blocks_after_a_blank_line(read) -> None:
    para = (
        "The plant in Thika will assemble 600 tractors a year for farmers in Kenya and Uganda, "
        "Kilimo Tractors Ltd. said on Tuesday in a statement issued in Nairobi."
    )
    found = read(
        f"{para}\n\nMedia Contacts:\n\nGrace Wambui\nHead of Corporate Affairs, Kilimo Tractors "
        "Ltd.\n+254 20 555 0100\n\nZhou Min\nPublic Relations Manager\nHunan Tiangong Machinery "
        "Co., Ltd.\n+86 731 555 0199\n"
    )
    rels = relations(found)
    assert ("Grace Wambui", "worksFor", "Kilimo Tractors Ltd.") in rels
    assert ("Zhou Min", "worksFor", "Hunan Tiangong Machinery Co., Ltd.") in rels
    assert "Media Contacts" not in entities(found)


def test_the_wire_of_a_press_release_is_an_organization(read) -> None:
    found = read(
        "NAIROBI, Kenya, May 20, 2025 /PRNewswire/ -- Kilimo Tractors Ltd. opened a plant.\n\n"
        "PERTH, Australia--(BUSINESS WIRE)--Goldfields Lithium Pty Ltd said it raised funds."
    )
    names = entities(found)
    assert names.get("PRNewswire") == "Organization"
    assert names.get("BUSINESS WIRE") == "Organization"


def test_owners_by_percent_invest_and_the_majority_holds_it(read) -> None:
    found = read(
        "The joint venture company, Kilimo Tiangong Ltd., is 70 percent owned by Hunan Tiangong "
        "Machinery Co., Ltd. and 30 percent by Kilimo Tractors Ltd."
    )
    rels = relations(found)
    assert ("Hunan Tiangong Machinery Co., Ltd.", "investsIn", "Kilimo Tiangong Ltd.") in rels
    assert ("Kilimo Tractors Ltd.", "investsIn", "Kilimo Tiangong Ltd.") in rels
    assert ("Kilimo Tiangong Ltd.", "partOf", "Hunan Tiangong Machinery Co., Ltd.") in rels
    assert ("Kilimo Tiangong Ltd.", "partOf", "Kilimo Tractors Ltd.") not in rels


def test_a_wholly_owned_subsidiary_is_part_of_its_owner(read) -> None:
    found = read(
        "Hunan Tiangong Machinery Co., Ltd. sells in 40 countries through its wholly owned "
        "subsidiary Tiangong International Trading Co., Ltd. and 90 dealers."
    )
    assert (
        "Tiangong International Trading Co., Ltd.",
        "partOf",
        "Hunan Tiangong Machinery Co., Ltd.",
    ) in relations(found)
