"""Forms of newspaper features, agency wires and investment-agency releases read in the
fourteenth stop: a post's remit, posts before their holders' names, a feature's lead name, a
venue's address, divisions listed with their kind, a company written with its first word; each
with a case that must not give it."""

from __future__ import annotations

from tests.extract.conftest import entities, relations, same_entity

# ---------------------------------------------------------------- a post's remit


def test_a_remit_between_a_post_and_its_body_is_no_event(read) -> None:
    found = read(
        "Dr Amaka Obi, Director of Trade Promotion at the Federal Export Council, said orders rose."
    )
    assert "Trade Promotion" not in entities(found)
    assert ("Amaka Obi", "worksFor", "Federal Export Council") in relations(found)


def test_a_promotion_named_as_an_event_stays_one(read) -> None:
    found = read("The Anhui Trade Promotion opened in Accra on Monday with 40 exhibitors.")
    assert entities(found).get("Anhui Trade Promotion") == "Event"


# ---------------------------------------------------------------- organisers and venues


def test_a_participle_of_organising_before_the_fair_names_its_organisers(read) -> None:
    found = read(
        "Ninety firms took part in the Anhui Goods Fair, held from May 2 to 4 in Accra. "
        "Organised by the Anhui Department of Commerce with the Ghana-China Chamber of Trade "
        "(GCCT), the fair showcased pumps and tiles."
    )
    rels = relations(found)
    assert ("Anhui Goods Fair", "organizedBy", "Anhui Department of Commerce") in rels
    assert ("Anhui Goods Fair", "organizedBy", "Ghana-China Chamber of Trade") in rels


def test_a_participle_before_another_noun_names_no_organiser(read) -> None:
    found = read(
        "Ninety firms took part in the Anhui Goods Fair in Accra. Organised by the Anhui "
        "Department of Commerce, the delegation visited a port."
    )
    assert not [r for r in relations(found) if r[1] == "organizedBy"]


def test_a_venue_then_its_district_and_city_is_in_the_district(read) -> None:
    found = read(
        "The Anhui Goods Fair was held from May 2 to 4 at the Harbour Event Centre, Ikoyi, Lagos."
    )
    rels = relations(found)
    assert ("Harbour Event Centre", "locatedIn", "Ikoyi") in rels
    assert ("Anhui Goods Fair", "locatedIn", "Harbour Event Centre") in rels


# ---------------------------------------------------------------- people and their posts


def test_a_hyphenated_family_name_before_a_post_is_a_person(read) -> None:
    found = read(
        "Speaking at the same session, Funmi Adeyemi-Cole, Permanent Secretary of the Ogun State "
        "Ministry of Industry, said land titles would come faster."
    )
    assert entities(found).get("Funmi Adeyemi-Cole") == "Person"
    assert ("Funmi Adeyemi-Cole", "worksFor", "Ogun State Ministry of Industry") in relations(found)


def test_a_name_before_a_post_in_lower_case_is_a_person(read) -> None:
    found = read(
        "Not everyone agrees. Segun Balogun, chief economist at the Lagos Chamber of Commerce, "
        "warned that imports still grow."
    )
    assert entities(found).get("Segun Balogun") == "Person"
    assert ("Segun Balogun", "worksFor", "Lagos Chamber of Commerce") in relations(found)


def test_a_place_before_a_lower_case_description_is_no_person(read) -> None:
    found = read("Port Harcourt, chief officer of the Niger Delta ports, grew fast.")
    assert entities(found).get("Port Harcourt") == "Place"
    assert not [n for n, kind in entities(found).items() if kind == "Person"]


def test_a_features_lead_name_after_the_byline_is_a_person(read) -> None:
    found = read(
        "Lagos makers bet on free zones\n\nBy Chidi Okonkwo\n\n"
        "Blessing Okafor still remembers her first morning on a factory floor in Zhuzhou. "
        "Five years on, Okafor runs an assembly line in Lagos, where she trains new engineers."
    )
    assert entities(found).get("Blessing Okafor") == "Person"
    assert same_entity(found, "Okafor", "Blessing Okafor")


def test_a_sentence_opening_with_a_pronoun_names_no_one(read) -> None:
    found = read(
        '"I learned the whole process. Now I can train other workers here," Duc said of his work.'
    )
    assert "Now I" not in entities(found)


def test_posts_before_their_holders_names_in_agency_copy(read) -> None:
    found = read(
        "The delegation was headed by Vice Governor of Gansu Province Wu Hailin. "
        '"Kazakhstan is our largest market," General Manager of Lanzhou Feida Machinery Group '
        "Zhao Kun said. Chairman of the Board of Steppe Invest Ruslan Omarov presented 40 "
        "projects. Almaty city akimat was represented by Deputy Akim Dauren Seitov. Steppe "
        "Invest co-organized the forum."
    )
    names = entities(found)
    for person in ("Wu Hailin", "Zhao Kun", "Ruslan Omarov", "Dauren Seitov"):
        assert names.get(person) == "Person", person
    assert "Gansu Province Wu Hailin" not in names
    assert "Board" not in names
    rels = relations(found)
    assert ("Zhao Kun", "worksFor", "Lanzhou Feida Machinery Group") in rels
    assert ("Ruslan Omarov", "worksFor", "Steppe Invest") in rels


def test_a_post_before_a_companys_national_arm_names_no_person(read) -> None:
    found = read(
        "Li Chunmei, General Manager of Feida Hongji Pakistan (Pvt) Ltd, the company's local "
        "subsidiary, said the plant would open in 2026."
    )
    names = entities(found)
    assert "Hongji Pakistan" not in names
    assert names.get("Li Chunmei") == "Person"


# ---------------------------------------------------------------- places listed with their kind


def test_divisions_listed_before_their_kind_are_places(read) -> None:
    found = read("The company supplies seed to farmers in Kano, Jigawa and Kebbi states.")
    names = entities(found)
    for state in ("Kano", "Jigawa", "Kebbi"):
        assert names.get(state) == "Place", state


def test_a_post_before_a_three_word_name_after_the_body(read) -> None:
    found = read(
        "(QNO) - On March 18, in Ha Long city, Vice Chairman of the Quang Ninh Provincial "
        "People's Committee Tran Van Binh received a delegation from Guangxi."
    )
    assert entities(found).get("Tran Van Binh") == "Person"
    assert ("Tran Van Binh", "worksFor", "Quang Ninh Provincial People's Committee") in relations(
        found
    )


def test_a_post_in_apposition_to_its_holder_is_not_read_forward(read) -> None:
    found = read(
        "Omar Saleh, General Manager of Quanlong Middle East, said the branch sold cables."
    )
    names = entities(found)
    assert "Middle East" not in names
    assert names.get("Omar Saleh") == "Person"


# ---------------------------------------------------------------- events still to come


def test_a_fair_named_with_its_host_town_in_brackets(read) -> None:
    found = read(
        "The two departments signed a memorandum of understanding on co-organizing the 2025 "
        "Vietnam – China (Mong Cai) International Trade Fair, scheduled for November 26-30 at the "
        "Mong Cai Exhibition Centre."
    )
    fair = "2025 Vietnam – China (Mong Cai) International Trade Fair"
    assert entities(found).get(fair) == "Event"
    assert (fair, "locatedIn", "Mong Cai Exhibition Centre") in relations(found)


def test_the_signatories_of_a_memorandum_on_co_organizing_a_fair_organize_it(read) -> None:
    found = read(
        "The Lang Son Department of Industry and Trade and the Chongzuo Municipal Bureau of "
        "Commerce signed a memorandum of understanding on co-organizing the Dong Dang Border "
        "Trade Fair, scheduled for May 3-6."
    )
    rels = relations(found)
    fair = "Dong Dang Border Trade Fair"
    assert (fair, "organizedBy", "Lang Son Department of Industry and Trade") in rels
    assert (fair, "organizedBy", "Chongzuo Municipal Bureau of Commerce") in rels


def test_no_one_has_taken_part_in_a_fair_still_to_come(read) -> None:
    found = read(
        "The Lang Son Department of Industry and Trade will co-organize the Dong Dang Border Trade "
        "Fair, scheduled for May 3-6. At the meeting, Vice Chairman Tran Van Binh said trade "
        "grew. Director Lu Zhenhua of the Chongzuo Municipal Bureau of Commerce spoke about "
        "logistics."
    )
    assert not [r for r in relations(found) if r[1] == "participatedIn"]


def test_speakers_at_a_fair_that_took_place_took_part(read) -> None:
    found = read(
        "The Dong Dang Border Trade Fair opened on May 3 in Lang Son with 300 booths. At the "
        "opening, Vice Chairman Tran Van Binh said trade grew."
    )
    assert ("Tran Van Binh", "participatedIn", "Dong Dang Border Trade Fair") in relations(found)


# ---------------------------------------------------------------- bylines of fields


def test_a_byline_of_writer_city_and_date_names_the_writer(read) -> None:
    found = read(
        "Pune maker to set up battery venture\n\nRitika Menon | Mumbai | July 15, 2025\n\n"
        "Pune-based Sahyadri Autotech Ltd on Tuesday said it would form a joint venture."
    )
    names = entities(found)
    assert names.get("Ritika Menon") == "Person"
    assert names.get("Mumbai") == "Place"


def test_a_byline_of_writer_outlet_section_and_date(read) -> None:
    found = read(
        "Brake maker opens plant in Nuevo Leon\n\nBy Daniela Ortiz Garza | Autopartes Hoy | "
        "Suppliers & Nearshoring | June 2, 2025\n\nA Ningbo brake maker opened a plant."
    )
    names = entities(found)
    assert names.get("Daniela Ortiz Garza") == "Person"
    assert names.get("Autopartes Hoy") == "Organization"
    assert "Suppliers & Nearshoring" not in names


def test_an_outlet_and_its_date_stay_a_masthead(read) -> None:
    found = read(
        "Asia Manufacturing Review | April 14, 2025\n\nA Ningbo brake maker opened a plant."
    )
    assert entities(found).get("Asia Manufacturing Review") == "Organization"


# ---------------------------------------------------------------- zones, editions, seats


def test_a_zone_named_with_its_country_and_province_in_brackets(read) -> None:
    found = read("Officials presented the China (Hubei) Pilot Free Trade Zone to investors.")
    assert entities(found).get("China (Hubei) Pilot Free Trade Zone") == "IndustryCluster"


def test_a_bracket_of_no_place_does_not_open_a_zone(read) -> None:
    found = read("Officials of Kessler (Holdings) Pilot Free Trade Zone met investors.")
    assert "Kessler (Holdings) Pilot Free Trade Zone" not in entities(found)


def test_a_name_ending_in_a_year_is_an_edition(read) -> None:
    found = read(
        "Before the conference, 35 Hubei enterprises exhibited at Hannover Messe 2025 in Hanover."
    )
    assert entities(found).get("Hannover Messe 2025") == "Event"


def test_a_town_after_a_companys_legal_form_is_its_seat(read) -> None:
    found = read(
        "In Germany, Xiangyang Huaxin Auto Parts Co., Ltd. signed an agreement with Brenner "
        "Antriebstechnik AG of Ingolstadt."
    )
    assert entities(found).get("Ingolstadt") == "Place"


# ---------------------------------------------------------------- joint ventures


def test_the_jv_named_after_a_venture_formed_the_sentence_before(read) -> None:
    found = read(
        "Pune-based Sahyadri Autotech Ltd said it would form a joint venture with China's Tianmu "
        "Power Technology Co to make battery packs. The JV, Sahyadri Tianmu Energy Pvt Ltd, will "
        "invest in a plant near Pune. Sahyadri will hold 74% in the venture."
    )
    rels = relations(found)
    venture = "Sahyadri Tianmu Energy Pvt Ltd"
    assert (venture, "partOf", "Sahyadri Autotech Ltd") in rels
    assert ("Tianmu Power Technology Co", "investsIn", venture) in rels
    short = [m for m in found.mentions if m.text == "Sahyadri"]
    assert short and all(m.entity == "Sahyadri Autotech Ltd" for m in short)


# ---------------------------------------------------------------- towns and parks written in Spanish


def test_a_park_named_head_first_is_a_cluster(read) -> None:
    found = read(
        "The company opened its plant at Parque Industrial Ventura Norte in Salinas Victoria, "
        "Nuevo León. A second site lies in the Zona Franca de Colón."
    )
    names = entities(found)
    assert names.get("Parque Industrial Ventura Norte") == "IndustryCluster"
    assert names.get("Zona Franca de Colón") == "IndustryCluster"
    assert names.get("Nuevo León") == "Place"


def test_a_town_placed_in_its_state_is_a_town_everywhere(read) -> None:
    found = read(
        "The plant lies in Salinas Victoria, Nuevo León. Salinas Victoria has grown fast, and "
        "Salinas Victoria will host a second plant."
    )
    assert entities(found).get("Salinas Victoria") == "Place"


def test_a_person_before_a_countrys_possessive_is_no_town(read) -> None:
    found = read(
        "The letter came from Juan Perez Garza, Mexico's trade envoy. Juan Perez Garza signed it."
    )
    assert entities(found).get("Juan Perez Garza") == "Person"


def test_a_post_then_its_holder_in_apposition_where_ner_ran_them_together(read) -> None:
    found = read(
        "Nuevo León's Secretary of Economy, Raúl Treviño Lozano, said Hengrui is the 14th maker "
        "from China to set up in the state."
    )
    names = entities(found)
    assert names.get("Raúl Treviño Lozano") == "Person"
    assert not [n for n in names if "Economy" in n]
