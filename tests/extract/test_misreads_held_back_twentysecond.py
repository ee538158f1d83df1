"""Misreads a review of the twenty-second stop's rules found on ordinary news, each held back
(every test here failed on the code before its mend)."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def _kinds_and_relations(read, text: str):  # type: ignore[no-untyped-def]
    extraction = read(text)
    return entities(extraction), relations(extraction)


def test_a_given_name_before_ner_s_person_is_the_holder_s(read) -> None:
    _kinds, rels = _kinds_and_relations(
        read,
        "Chairman of SBI Dinesh Kumar Khara said loan growth would stay strong. Director of "
        "Codelco Juan Carlos Perez said copper output fell in Chile.",
    )
    assert ("Dinesh Kumar Khara", "worksFor", "SBI") in rels
    assert ("Juan Carlos Perez", "worksFor", "Codelco") in rels


def test_the_first_company_of_a_sentence_is_not_the_one_described_by_its_seat(read) -> None:
    _, rels = _kinds_and_relations(
        read,
        "Boeing's delivery delays are hurting airlines such as Ryanair, the Dublin-based carrier "
        "said on Monday. Weak demand from Apple weighed on TSMC sales, the Hsinchu-based "
        "chipmaker reported.",
    )
    assert ("Boeing", "locatedIn", "Dublin") not in rels
    assert ("Apple", "locatedIn", "Hsinchu") not in rels


def test_a_ministry_of_another_state_is_not_in_the_dateline_s_country(read) -> None:
    _, rels = _kinds_and_relations(
        read,
        "ACCRA - The Ministry of Finance in Nigeria said on Monday that Ghana's debt talks were "
        "a warning for the region.",
    )
    assert ("Ministry of Finance", "locatedIn", "Ghana") not in rels
    _, rels = _kinds_and_relations(
        read,
        "NAIROBI - Kenya and Uganda signed a trade deal on Monday. The Ugandan minister, Francis "
        "Mwebesa, of the Ministry of Trade, Industry and Cooperatives, welcomed it.",
    )
    assert ("Ministry of Trade, Industry and Cooperatives", "locatedIn", "Kenya") not in rels


def test_a_body_named_before_a_role_an_organization_may_hold_stays_a_body(read) -> None:
    kinds, _rels = _kinds_and_relations(
        read,
        "Mubadala Investment, sole owner of GlobalFoundries, said it would sell shares. Emirates "
        "Airline, official partner of Real Madrid, said it would extend the deal.",
    )
    assert kinds.get("Mubadala Investment") == "Organization"
    assert kinds.get("Emirates Airline") == "Organization"


def test_quotes_after_a_possessive_or_a_full_name_are_no_nickname(read) -> None:
    kinds, _ = _kinds_and_relations(
        read,
        'Taylor Swift\'s "Eras" Tour drew 70,000 fans to Wembley Stadium. Trump mocked Kamala '
        'Harris "Comrade" Kamala at a rally in Pennsylvania.',
    )
    assert kinds.get("Taylor Swift") == "Person"
    assert kinds.get("Kamala Harris") == "Person"
    assert not [name for name in kinds if '"' in name]


def test_a_television_series_named_after_its_noun_is_no_event(read) -> None:
    kinds, rels = _kinds_and_relations(
        read, 'HBO renewed the series "The Last of Us" for a third season, the network said.'
    )
    assert kinds.get("The Last of Us") != "Event"
    assert not [r for r in rels if r[1] == "participatedIn"]


def test_a_club_and_a_player_named_like_provinces_stay_what_they_are(read) -> None:
    kinds, _ = _kinds_and_relations(
        read,
        "Bayern said on Sunday that coach Thomas Tuchel would leave, after a poor run in "
        "Germany's top flight. Guerrero scored twice as Mexico beat Canada 3-1 in Toronto.",
    )
    assert kinds.get("Bayern") != "Place"
    assert kinds.get("Guerrero") != "Place"


def test_a_governor_is_not_at_a_city_council_of_a_longer_name(read) -> None:
    _, rels = _kinds_and_relations(
        read,
        "New York Governor Kathy Hochul said the New York City Council would vote on the budget "
        "next week.",
    )
    assert ("Kathy Hochul", "worksFor", "New York City Council") not in rels


def test_a_foreign_minister_is_not_at_the_department_he_visits(read) -> None:
    _, rels = _kinds_and_relations(
        read,
        "Chinese Commerce Minister Wang Wentao met U.S. officials at the Department of Commerce "
        "in Washington on Tuesday.",
    )
    assert ("Wang Wentao", "worksFor", "Department of Commerce") not in rels


def test_a_speaker_after_a_post_he_answers_does_not_hold_it(read) -> None:
    _, rels = _kinds_and_relations(
        read,
        "The Ministry of Trade will review the tariffs. Responding to the Minister of Trade, "
        "Chen said exporters needed more time.",
    )
    assert ("Chen", "worksFor", "Ministry of Trade") not in rels


def test_one_who_unveils_at_a_show_was_at_that_show(read) -> None:
    _, rels = _kinds_and_relations(
        read,
        "The Paris Motor Show opened on Monday. In March, Renault chief executive Luca de Meo "
        "unveiled the R5 at the Geneva Motor Show.",
    )
    assert ("Luca de Meo", "participatedIn", "Paris Motor Show") not in rels


def test_a_holder_s_name_then_for_the_first_time(read) -> None:
    _, rels = _kinds_and_relations(
        read,
        "Chairman of Dangote Group Aliko Dangote for the first time said the refinery would "
        "export fuel.",
    )
    assert ("Aliko Dangote", "worksFor", "Dangote Group") in rels


def test_a_holder_whose_given_name_is_an_area_word(read) -> None:
    kinds, rels = _kinds_and_relations(
        read,
        "Acting Minister of Trade and Industry Parks Tau said the Department of Trade and "
        "Industry would support exporters.",
    )
    assert kinds.get("Parks Tau") == "Person"
    assert ("Parks Tau", "worksFor", "Department of Trade and Industry") in rels


def test_a_town_and_a_company_that_sign_together_are_no_pair_of_towns(read) -> None:
    kinds, _ = _kinds_and_relations(
        read, "The city of Nagoya and Toyota signed a deal on Monday to develop hydrogen buses."
    )
    assert kinds.get("Toyota") == "Organization"


def test_lines_of_briefs_are_no_datelines(read) -> None:
    kinds, _ = _kinds_and_relations(
        read,
        "Company briefs:\nToyota - The carmaker recalled 1 million vehicles over faulty airbags."
        "\nSony - The electronics group raised its profit forecast.",
    )
    assert kinds.get("Toyota") != "Place"


def test_an_outside_role_after_a_company_s_name_is_no_post_there(read) -> None:
    _, rels = _kinds_and_relations(
        read,
        "Shares of Tesla Inc fell 3% on Monday. Tesla Investor Ross Gerber said the company "
        "needed a new board.",
    )
    assert ("Ross Gerber", "worksFor", "Tesla Inc") not in rels


def test_the_opening_of_a_pavilion_is_part_of_the_fair(read) -> None:
    _, rels = _kinds_and_relations(
        read,
        "The Canton Fair opened in Guangzhou on Monday. Buyers met at the opening of a new "
        "pavilion for Brazilian goods. Maria Silva, a coffee exporter from Santos, said orders "
        "were strong.",
    )
    assert ("Maria Silva", "participatedIn", "Canton Fair") in rels


def test_the_ceremony_of_a_show_is_the_show_s(read) -> None:
    _, rels = _kinds_and_relations(
        read,
        "The Seoul Motor Show opened on Thursday. Hyundai chief executive Jaehoon Chang said at "
        "the ceremony that the company would invest $5 billion.",
    )
    assert ("Hyundai", "participatedIn", "Seoul Motor Show") in rels


def test_a_date_in_a_sentence_is_no_dateline(read) -> None:
    _, rels = _kinds_and_relations(
        read,
        "The 2024 Consumer Electronics Show opened in Las Vegas on Tuesday. Samsung said its new "
        "TV would ship on March 1, 2025. LG Electronics also exhibited at the show.",
    )
    assert ("LG Electronics", "participatedIn", "2024 Consumer Electronics Show") in rels


def test_a_past_edition_named_once_is_not_the_report_s(read) -> None:
    _, rels = _kinds_and_relations(
        read,
        "Samsung reported higher profit for 2024. It showed a folding TV at the 2023 Consumer "
        "Electronics Show in Las Vegas. Samsung chief executive Han Jong-hee said the company "
        "would cut costs.",
    )
    assert ("Han Jong-hee", "participatedIn", "2023 Consumer Electronics Show") not in rels


def test_a_distributor_appointed_in_another_year_took_no_part(read) -> None:
    _, rels = _kinds_and_relations(
        read,
        "The Canton Fair opened in Guangzhou on Monday. Xiaomi said sales were strong. In 2019, "
        "Xiaomi appointed Reliance Retail as its exclusive distributor in India.",
    )
    assert ("Reliance Retail", "participatedIn", "Canton Fair") not in rels


def test_a_minister_of_an_analyst_s_family_name_is_another_person(read) -> None:
    _, rels = _kinds_and_relations(
        read,
        "The Africa Energy Forum opened in Cape Town on Tuesday. Jane Smith, an economist at "
        "HSBC, said investors were cautious. Opening the forum, Energy Minister Smith said "
        "South Africa needed more investment.",
    )
    assert ("Smith", "participatedIn", "Africa Energy Forum") in rels


def test_a_mayor_and_a_governor_at_governments_named_with_their_place_s_kind(read) -> None:
    kinds, rels = _kinds_and_relations(
        read,
        "Laguna Gov. Renato Villamor said the Provincial Government of Laguna would help. Lipa "
        "City Mayor Danilo Mendoza said the City Government of Lipa would help too.",
    )
    assert kinds.get("Renato Villamor") == "Person"
    assert ("Danilo Mendoza", "worksFor", "City Government of Lipa") in rels
