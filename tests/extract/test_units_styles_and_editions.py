"""Names the model and the earlier rules misread: an agency beside its own office, people known
by their style of address, an event named without its year, a double surname."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_an_agency_is_not_its_trade_office_named_short(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Santiago, March 3, 2025. Forty exporters, led by TradeChile, travelled to Osaka. "
        '"Demand is strong," said the Director General of TradeChile, Rosa Pinto Vera. '
        "Luis Soto Mena, Trade Director of the TradeChile Trade Office in Tokyo, joined them."
    )
    names = entities(found)
    assert names.get("TradeChile") == "Organization"
    assert ("Rosa Pinto Vera", "worksFor", "TradeChile") in relations(found)


def test_a_short_name_still_names_its_group(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Kesong Heavy Machinery Group opened a plant in Zhuzhou. Kesong sells loaders in Ghana."
    )
    short = [m for m in found.mentions if m.text == "Kesong"]
    assert short and all(m.entity == "Kesong Heavy Machinery Group" for m in short)


def test_a_name_written_after_mr_is_a_person_s(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Wycliffe Onyango, an economist at Strathmore University, said the deal was sound. "
        '"Power is cheap here," Mr Onyango said.'
    )
    names = entities(found)
    assert names.get("Wycliffe Onyango") == "Person"
    assert ("Wycliffe Onyango", "worksFor", "Strathmore University") in relations(found)


def test_a_three_word_name_cut_by_the_model_is_one_person(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Kenya Association of Manufacturers (KAM) chief executive Miriam Chebet Langat welcomed "
        "the investment."
    )
    names = entities(found)
    assert names.get("Miriam Chebet Langat") == "Person"
    assert "Langat" not in names
    assert (
        "Miriam Chebet Langat",
        "worksFor",
        "Kenya Association of Manufacturers",
    ) in relations(found)


def test_an_acting_post_before_a_name(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "KenInvest acting managing director John Otieno Omondi said investors had committed "
        "Sh48 billion in Kenya."
    )
    assert ("John Otieno Omondi", "worksFor", "KenInvest") in relations(found)


def test_a_person_named_for_a_trade_is_a_company(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Turkish apparel maker Demir Tekstil has signed a joint venture in Naivasha. Demir "
        'Tekstil will hold a 70 percent stake, said its chairman Ali Demir. "We see Kenya as a '
        'gateway," Mr Demir said.'
    )
    names = entities(found)
    assert names.get("Demir Tekstil") == "Organization"
    assert names.get("Ali Demir") == "Person"


def test_a_person_whose_family_name_is_a_trade_word_stays_a_person(read) -> None:  # type: ignore[no-untyped-def]
    found = read("Ana Rice, an economist at Strathmore University, spoke in Nairobi.")
    assert entities(found).get("Ana Rice") == "Person"
    assert ("Ana Rice", "worksFor", "Strathmore University") in relations(found)


def test_secretary_of_state_names_no_organization(read) -> None:  # type: ignore[no-untyped-def]
    found = read("Condoleezza Rice, the former secretary of state, spoke at the forum in Nairobi.")
    assert "state" not in entities(found)
    assert not {r for r in relations(found) if r[1] == "worksFor"}


def test_an_edition_named_without_its_year(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Forty Chilean firms took part in Foodex Japan 2025, held from March 11 to 14 at "
        "Makuhari Messe in Chiba. Foodex Japan, organized by the Japan Management Association "
        "(JMA), received more than 80,000 visitors this year."
    )
    names = entities(found)
    assert "Foodex Japan" not in names
    assert names["Foodex Japan 2025"] == "Event"
    assert ("Foodex Japan 2025", "organizedBy", "Japan Management Association") in relations(found)


def test_a_town_tagged_as_a_group_before_based(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Firms signed 14 agreements at the Uzbek-Turkish Business Forum in Istanbul on Monday. "
        "In another deal, Kayseri-based furniture maker Yildiz Mobilya completed the acquisition "
        "of a 60% stake in Tashkent furniture retailer Uy Market."
    )
    assert entities(found).get("Kayseri") == "Place"
    rels = relations(found)
    assert ("Yildiz Mobilya", "locatedIn", "Kayseri") in rels
    assert ("Yildiz Mobilya", "participatedIn", "Uzbek-Turkish Business Forum") in rels


def test_an_envoy_s_country_and_name_run_together(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Uzbekistan's Ambassador to Türkiye Alisher Toshmatov, who also attended the forum, "
        "said direct flights had reached 56 a week."
    )
    names = entities(found)
    assert names.get("Alisher Toshmatov") == "Person"
    assert names.get("Türkiye") == "Place"
    assert "Türkiye Alisher Toshmatov" not in names


def test_stacked_styles_before_a_name_after_a_post(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Istanbul Technical University (ITU) and a Tashkent institute signed a memorandum. ITU "
        "Vice Rector Prof. Dr. Elif Kaya said 40 Uzbek students would begin graduate programs."
    )
    names = entities(found)
    assert "Rector Prof." not in names
    assert ("Elif Kaya", "worksFor", "ITU") in relations(found)


def test_a_minister_named_by_portfolio_beside_two_ministries(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "The forum was organized together with the Ministry of Trade. Deputy Trade Minister Ayse "
        "Demir said trade reached $3.1 billion. Bakhtiyor Ismoilov, first deputy minister at "
        "Uzbekistan's Ministry of Investment, Industry and Trade, led a delegation."
    )
    rels = relations(found)
    assert ("Ayse Demir", "worksFor", "Ministry of Trade") in rels
    assert ("Ayse Demir", "worksFor", "Ministry of Investment, Industry and Trade") not in rels


def test_a_fair_described_then_held_at_a_messe_in_the_city_of(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Santiago, March 18, 2025. Forty-two Chilean companies took part in Foodex Japan 2025, "
        "the largest food and beverage trade fair in Asia, held from March 11 to 14 at Makuhari "
        "Messe, in the city of Chiba, Japan."
    )
    rels = relations(found)
    assert ("Foodex Japan 2025", "locatedIn", "Makuhari Messe") in rels
    assert ("Foodex Japan 2025", "locatedIn", "Chiba") in rels
    assert ("Foodex Japan 2025", "locatedIn", "Santiago") not in rels


def test_organizers_with_an_acronym_the_model_did_not_tag(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Speaking at the Turkish-Uzbek Business Forum, organized by the Foreign Economic "
        "Relations Board (DEİK) together with the Ministry of Trade, Ayse Demir said trade grew."
    )
    rels = relations(found)
    assert ("Turkish-Uzbek Business Forum", "organizedBy", "Ministry of Trade") in rels
    assert ("Turkish-Uzbek Business Forum", "organizedBy", "Foreign Economic Relations Board") in (
        rels
    )


def test_an_event_which_two_bodies_will_co_organise_in_a_city(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Warsaw, 18 June 2025 - A Korean plant opened in Gliwice. Lee Sang-woo said it would be "
        "showcased at the Poland-Korea Business Forum, which PAIH and KOTRA will co-organise in "
        "Seoul on 14 October 2025."
    )
    rels = relations(found)
    assert ("Poland-Korea Business Forum", "organizedBy", "PAIH") in rels
    assert ("Poland-Korea Business Forum", "organizedBy", "KOTRA") in rels
    assert ("Poland-Korea Business Forum", "locatedIn", "Seoul") in rels
    assert ("Poland-Korea Business Forum", "locatedIn", "Warsaw") not in rels


def test_an_agency_s_office_named_with_its_town(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "The Polish Investment and Trade Agency (PAIH) backed the plant. The project was brought "
        "to the agency by the PAIH Foreign Trade Office in Seoul. "
        '"Our office handled 37 projects," said Marta Nowak, Head of the PAIH Foreign Trade '
        "Office in Seoul."
    )
    names = entities(found)
    assert names.get("PAIH Foreign Trade Office in Seoul") == "Organization"
    assert names.get("Seoul") == "Place"
    rels = relations(found)
    assert ("PAIH Foreign Trade Office in Seoul", "locatedIn", "Seoul") in rels
    assert ("Marta Nowak", "worksFor", "PAIH Foreign Trade Office in Seoul") in rels


def test_an_office_s_parent_opens_its_name(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Forty exporters, led by TradeChile, travelled to Japan. Luis Soto, Trade Director of the "
        "TradeChile Trade Office in Tokyo, joined them."
    )
    rels = relations(found)
    assert ("TradeChile Trade Office in Tokyo", "partOf", "TradeChile") in rels
    assert ("TradeChile Trade Office in Tokyo", "locatedIn", "Tokyo") in rels


def test_a_nationality_after_a_post_names_no_body(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "About 30% of the output will be exported, said Zhang Lijuan, a Chinese national who is "
        "managing director of the Thai unit."
    )
    assert "Thai" not in entities(found)
    assert not {r for r in relations(found) if r[1] == "worksFor"}


def test_provinces_listed_with_a_place_the_model_knows(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Pornthip Lertsak said the corridor, which covers Chachoengsao, Chon Buri and Rayong, "
        "drew investment approvals worth 218 billion baht in 2024."
    )
    names = entities(found)
    assert names.get("Chon Buri") == "Place"
    assert names.get("Chachoengsao") == "Place"


def test_a_second_post_at_a_body_of_the_first(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Thanawat Charoenrat, vice-chairman of the FTI and chairman of its Automotive Industry "
        "Club, said the club expected production to recover."
    )
    rels = relations(found)
    assert ("Thanawat Charoenrat", "worksFor", "Automotive Industry Club") in rels
    assert ("Automotive Industry Club", "partOf", "FTI") in rels


def test_a_company_named_short_after_a_post_held_at_it(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "A joint venture of Japan's Hoshino Denso Corporation began production in Narayanganj. "
        "Kenji Matsuda, president of Hoshino Denso, said the Nagoya-based company had supplied "
        "assemblers for a decade."
    )
    names = entities(found)
    assert names.get("Hoshino Denso") == "Organization"
    assert ("Kenji Matsuda", "worksFor", "Hoshino Denso") in relations(found)


def test_two_people_read_side_by_side_are_one_name(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Md Shafiqul Islam Bhuiyan, executive member of Beza, said the authority had signed "
        "deals for 38 plots."
    )
    names = entities(found)
    assert names.get("Md Shafiqul Islam Bhuiyan") == "Person"
    assert "Md Shafiqul" not in names


def test_a_company_opening_a_sentence_keeps_its_first_word(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "A joint venture between Japan's Hoshino Denso Corporation and local conglomerate Padma "
        "Horizon Group began production. Padma Horizon Group Chairman AKM Mahbubur Rahman said "
        "the group would invest another Tk 150 crore."
    )
    assert "Horizon Group" not in entities(found)
    assert ("AKM Mahbubur Rahman", "worksFor", "Padma Horizon Group") in relations(found)


def test_a_name_after_prof_without_a_full_stop(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Prof Farhana Akter of the Department of Mechanical Engineering at Buet said the "
        "students would receive practical training."
    )
    assert entities(found).get("Farhana Akter") == "Person"
    rels = relations(found)
    assert ("Farhana Akter", "worksFor", "Department of Mechanical Engineering") in rels
    assert ("Department of Mechanical Engineering", "partOf", "Buet") in rels


def test_a_country_s_own_association_bank_and_airline(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Kenya Association of Manufacturers (KAM) chief executive Mary Langat said Kenya needs "
        "cheaper power. Kenya's central bank, Kenya Bank, kept rates. Daily Kenyan Airways "
        "flights link Nairobi and Istanbul."
    )
    rels = relations(found)
    assert ("Kenya Association of Manufacturers", "locatedIn", "Kenya") in rels
    assert ("Kenya Bank", "locatedIn", "Kenya") in rels
    found = read(
        "ProChile, the export agency under the Chilean Ministry of Foreign Affairs, supported "
        "the week in Chile."
    )
    assert ("Chilean Ministry of Foreign Affairs", "locatedIn", "Chile") in relations(found)


def test_a_university_named_for_a_nation_and_a_town_is_the_town_s(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Lebanon and the United States signed a grant. Rana Haddad, a professor at the American "
        "University of Beirut, said the grant would fund 40 scholarships."
    )
    assert ("American University of Beirut", "locatedIn", "United States") not in relations(found)


def test_both_sides_of_a_memorandum_signed_on_the_sidelines(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Turkish and Uzbek firms met at the Turkish-Uzbek Business Forum in Istanbul. On the "
        "sidelines of the forum, Istanbul Technical University (ITU) and the Tashkent Institute "
        "of Textile and Light Industry signed a memorandum of understanding."
    )
    rels = relations(found)
    event = "Turkish-Uzbek Business Forum"
    assert ("Istanbul Technical University", "participatedIn", event) in rels
    assert ("Tashkent Institute of Textile and Light Industry", "participatedIn", event) in rels


def test_the_largest_deal_between_a_firm_and_its_partner(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Turkish and Uzbek firms signed 14 deals at the Turkish-Uzbek Business Forum in Istanbul "
        "on Wednesday. The largest deal of the day was a joint venture between Bursa-based "
        "Erdemli Tekstil and its Uzbek partner Samarkand Cotton Group to build a plant."
    )
    rels = relations(found)
    event = "Turkish-Uzbek Business Forum"
    assert ("Erdemli Tekstil", "participatedIn", event) in rels
    assert ("Samarkand Cotton Group", "participatedIn", event) in rels


def test_a_deal_signed_during_a_congress(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Warsaw, 18 June 2025 - A Korean firm opened a plant in Gliwice. A preliminary agreement "
        "between Hanseong Materials and PAIH was signed in April 2025 during the European "
        "Economic Congress in Katowice. Adam Nowicki, Deputy Mayor of Gliwice, said a bus line "
        "would reach the site by September."
    )
    names = entities(found)
    assert names["European Economic Congress"] == "Event"
    rels = relations(found)
    # the report is of the opening, not of the congress it dates the deal by
    assert ("Adam Nowicki", "participatedIn", "European Economic Congress") not in rels
    assert ("Hanseong Materials", "participatedIn", "European Economic Congress") in rels
    assert ("PAIH", "participatedIn", "European Economic Congress") in rels
    assert ("European Economic Congress", "locatedIn", "Katowice") in rels


def test_a_legislature_named_congress_stays_a_body(read) -> None:  # type: ignore[no-untyped-def]
    found = read("The Indian National Congress said it would oppose the trade bill in Delhi.")
    assert entities(found).get("Indian National Congress") == "Organization"


def test_envoys_and_attaches_listed_in_a_delegation(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "The Chilean delegation also included the Ambassador of Chile in Japan, Andrés Castillo "
        "Riquelme, and the Agricultural Attaché of the Ministry of Agriculture in Tokyo, Felipe "
        "Aravena Soto, who held meetings with importers. The Embassy of Chile in Japan hosted a "
        "reception."
    )
    rels = relations(found)
    assert ("Andrés Castillo Riquelme", "worksFor", "Embassy of Chile in Japan") in rels
    assert ("Felipe Aravena Soto", "worksFor", "Ministry of Agriculture") in rels
    assert ("Andrés Castillo Riquelme", "worksFor", "Ministry of Agriculture") not in rels


def test_a_regional_director_of_an_agency_in_a_region(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "The Regional Director of TradeChile in Maule, Pablo Henríquez Muñoz, stressed that "
        "walnut exports grew 46% in 2024."
    )
    assert ("Pablo Henríquez Muñoz", "worksFor", "TradeChile") in relations(found)


def test_a_post_holder_named_between_commas_where_ner_saw_nothing(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "The Undersecretary for International Economic Relations, Claudia Sepúlveda Morales, "
        "who visited the fair on its opening day, pointed out that Japan was a key market."
    )
    assert entities(found).get("Claudia Sepúlveda Morales") == "Person"


def test_a_company_with_a_particle_before_its_legal_form_and_its_quoted_manager(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Nogales del Ñuble SpA, a walnut producer based in Chillán, presented its new snacks. "
        '"We can offer traceability," said its General Manager, Verónica Contreras Lagos.'
    )
    assert entities(found).get("Nogales del Ñuble SpA") == "Organization"
    rels = relations(found)
    assert ("Verónica Contreras Lagos", "worksFor", "Nogales del Ñuble SpA") in rels
    assert ("Nogales del Ñuble SpA", "locatedIn", "Chillán") in rels


def test_a_capitalised_post_with_its_abbreviation_after_a_name(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Grace Wambui Ndirangu, the Principal Secretary (PS) in the State Department for "
        "Investment Promotion, told the forum that licences would be fast-tracked."
    )
    names = entities(found)
    assert names.get("Grace Wambui Ndirangu") == "Person"
    assert "PS" not in names
    assert (
        "Grace Wambui Ndirangu",
        "worksFor",
        "State Department for Investment Promotion",
    ) in relations(found)


def test_a_company_described_with_a_capitalised_title_word_stays_a_company(read) -> None:  # type: ignore[no-untyped-def]
    found = read("Zenith Logistics, the Official Partner of the Expo, moved 300 containers.")
    assert entities(found).get("Zenith Logistics") == "Organization"
