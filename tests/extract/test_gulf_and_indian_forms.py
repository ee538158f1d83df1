"""Forms of Gulf agency copy and Indian business dailies: Arabic names with "bin" after a post
and its body, styles written short ("Eng.", "Hon."), a minister named by "Minister of <Remit>",
a chamber NER cut before its head, a body serving two places, an "expo" that is a venue, a
"meet" that is an event, a venue NER ran into its quarter, a division named by generic words."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_an_arabic_name_after_a_post_and_its_body_is_the_holder(read) -> None:
    extraction = read(
        "Chairman of the Board of Directors of the Tabuk Chamber Fahad bin Saud Al-Mutairi said "
        "the fair had grown. Chief Executive Officer of Rawasi Eng. Majed bin Sultan Al-Shammari "
        "said the plant would open in 2027.\n"
    )
    kinds = entities(extraction)
    rels = relations(extraction)
    assert kinds.get("Fahad bin Saud Al-Mutairi") == "Person"
    assert kinds.get("Majed bin Sultan Al-Shammari") == "Person"
    assert ("Fahad bin Saud Al-Mutairi", "worksFor", "Tabuk Chamber") in rels
    assert ("Majed bin Sultan Al-Shammari", "worksFor", "Rawasi") in rels
    assert "Board of Directors" not in kinds
    assert not [n for n in kinds if n.startswith("bin ") or n.endswith(" Eng")]


def test_a_name_with_bin_is_a_person_though_no_post_comes_before(read) -> None:
    kinds = entities(read("The deal was signed by Waleed bin Khalid Al-Rashidi in Tabuk.\n"))
    assert kinds.get("Waleed bin Khalid Al-Rashidi") == "Person"


def test_bin_between_lower_case_words_names_no_one(read) -> None:
    kinds = entities(read("The waste goes into a recycling bin and then to Tabuk.\n"))
    assert not [n for n in kinds if "bin" in n.split()]


def test_a_style_written_short_ends_no_sentence(read) -> None:
    kinds = entities(read("The plan was explained by Hon. Peter Kiprono Langat in Eldoret.\n"))
    assert kinds.get("Peter Kiprono Langat") == "Person"
    assert not [n for n in kinds if n.startswith("Hon")]


def test_a_minister_of_a_remit_works_for_the_ministry_of_that_remit(read) -> None:
    rels = relations(
        read(
            "The talks were hosted by the Ministry of Mining (MoM). In her remarks, Deputy "
            "Minister of Mining Dr. Salma Haddad said exports grew.\n"
        )
    )
    assert ("Salma Haddad", "worksFor", "Ministry of Mining") in rels


def test_a_minister_of_another_country_is_not_at_the_named_country_s_ministry(read) -> None:
    rels = relations(
        read(
            "The Ministry of Mining of Chile hosted talks. Peruvian Vice Minister of Mining "
            "Rosa Quispe said trade grew.\n"
        )
    )
    assert ("Rosa Quispe", "worksFor", "Ministry of Mining of Chile") not in rels


def test_a_body_serving_two_places_keeps_both_in_its_name(read) -> None:
    extraction = read(
        "The Royal Commission for Jubail and Yanbu has allocated a plot. The Agency for Kenya "
        "and Uganda said so.\n"
    )
    kinds = entities(extraction)
    rels = relations(extraction)
    assert kinds.get("Royal Commission for Jubail and Yanbu") == "Organization"
    assert kinds.get("Agency for Kenya and Uganda") == "Organization"
    assert ("Agency for Kenya and Uganda", "locatedIn", "Uganda") not in rels


def test_an_expo_an_event_concludes_at_is_its_venue(read) -> None:
    extraction = read(
        "The Northern Borders Investment Forum 2025 concluded today at Arar Expo in Arar, with 12 "
        "agreements signed.\n"
    )
    kinds = entities(extraction)
    rels = relations(extraction)
    assert kinds.get("Arar Expo") == "Place"
    assert ("Northern Borders Investment Forum 2025", "locatedIn", "Arar Expo") in rels


def test_a_fair_a_show_opens_at_stays_an_event(read) -> None:
    kinds = entities(read("The China Import Fair opened at the Canton Fair in Guangzhou.\n"))
    assert kinds.get("Canton Fair") == "Event"


def test_an_investors_meet_is_an_event_and_its_speakers_take_part(read) -> None:
    extraction = read(
        "The pact was signed at the Gujarat Textile Investors' Meet 2025 in Surat. Speaking at "
        "the meet, Kavita Rao, managing director of Surat Weaves Ltd, said orders doubled.\n"
    )
    kinds = entities(extraction)
    assert kinds.get("Gujarat Textile Investors' Meet 2025") == "Event"
    assert (
        "Kavita Rao",
        "participatedIn",
        "Gujarat Textile Investors' Meet 2025",
    ) in relations(extraction)


def test_an_investors_conclave_is_an_event(read) -> None:
    kinds = entities(
        read("Over 200 firms attended the Odisha Investors' Conclave 2025 in Bhubaneswar.\n")
    )
    assert kinds.get("Odisha Investors' Conclave 2025") == "Event"


def test_a_venue_run_into_its_quarter_is_split_and_the_quarter_is_in_the_city(read) -> None:
    extraction = read(
        "The summit was held at the World Trade Centre in Nariman Point, south Mumbai, on "
        "Tuesday.\n"
    )
    kinds = entities(extraction)
    rels = relations(extraction)
    assert kinds.get("World Trade Centre") == "Place"
    assert kinds.get("Nariman Point") == "Place"
    assert ("World Trade Centre", "locatedIn", "Nariman Point") in rels
    assert ("Nariman Point", "locatedIn", "Mumbai") in rels


def test_a_city_after_a_city_and_a_compass_word_is_no_quarter(read) -> None:
    rels = relations(read("Flights run from Pune, south Mumbai and Nashik.\n"))
    assert ("Pune", "locatedIn", "Mumbai") not in rels


def test_a_chamber_ner_cut_before_its_head_is_whole(read) -> None:
    extraction = read("Chairman of the Asharqia Chamber Saleh bin Nasser Al-Hamdan spoke.\n")
    assert ("Saleh bin Nasser Al-Hamdan", "worksFor", "Asharqia Chamber") in relations(extraction)


def test_a_division_named_by_generic_words_is_known_in_a_named_country(read) -> None:
    kinds = entities(
        read("Saudi Arabia said the Eastern Province drew more investment than any region.\n")
    )
    assert kinds.get("Eastern Province") == "Place"


def test_a_country_s_exchange_fund_and_centre_are_in_the_country(read) -> None:
    rels = relations(
        read(
            "The deal was disclosed on the Saudi Exchange (Tadawul). The Saudi Industrial "
            "Development Fund (SIDF) will finance it, and the Ghana Investment Promotion Centre "
            "(GIPC) welcomed it. Saudi Arabia and Ghana signed a pact.\n"
        )
    )
    assert ("Saudi Exchange", "locatedIn", "Saudi Arabia") in rels
    assert ("Saudi Industrial Development Fund", "locatedIn", "Saudi Arabia") in rels
    assert ("Ghana Investment Promotion Centre", "locatedIn", "Ghana") in rels
