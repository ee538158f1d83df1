"""A mission's press note on a reception: hosts, venue, guests, envoys, and the places in names."""

from __future__ import annotations

import pytest

from kgbuilder.datamodel import Extraction
from tests.extract.conftest import entities, relations

NOTE = (
    '"Dalian Brands, Bridges to Europe" Sets Sail in Bremen\n\n'
    "On the evening of 4 May 2025, the Consulate General of the Republic of Utopia in Bremen "
    "and the Dalian Municipal People's Government jointly hosted the \"Dalian Brands, "
    'Bridges to Europe" reception at the Hotel Weserblick Bremen. About 150 guests attended.\n\n'
    "Guests at the reception included Dr. Anke Brunsmann, State Councillor at the Bremen "
    "Senate for Economy and Ports; Ole Wiegand, Managing Director for International Affairs of "
    "the Bremen Chamber of Commerce; and Prof. Dr. Tamsin Hollerbach, Professor of Sinology at "
    "the East Asia Institute of the University of Bremen.\n\n"
    "Consul General Ren Qiuyue said in her speech that the Port of Bremen and the Port of "
    "Dalian are linked by weekly container services.\n\n"
    "State Councillor Dr. Brunsmann said Bremen welcomed companies from Dalian. Artists "
    "from the Dalian Song and Dance Theatre performed a folk dance.\n\n"
    "The Consulate General will continue to support exchanges between the two cities."
)
CONSULATE = "Consulate General of the Republic of Utopia in Bremen"
EVENT = "Dalian Brands, Bridges to Europe"


@pytest.fixture(scope="module")
def note(read) -> Extraction:  # type: ignore[no-untyped-def]
    return read(NOTE)


def test_hosts_listed_before_hosted_each_organize_the_event_held_at_the_venue(note) -> None:  # type: ignore[no-untyped-def]
    rels = relations(note)
    assert (EVENT, "organizedBy", CONSULATE) in rels
    assert (EVENT, "organizedBy", "Dalian Municipal People's Government") in rels
    assert (EVENT, "locatedIn", "Hotel Weserblick Bremen") in rels
    assert ("Hotel Weserblick Bremen", "locatedIn", "Bremen") in rels


def test_the_guests_a_list_names_took_part_in_the_reception(note) -> None:  # type: ignore[no-untyped-def]
    rels = relations(note)
    for guest in ("Anke Brunsmann", "Ole Wiegand", "Tamsin Hollerbach"):
        assert (guest, "participatedIn", EVENT) in rels


def test_a_portfolio_after_for_is_no_organization(note) -> None:  # type: ignore[no-untyped-def]
    assert "International Affairs" not in entities(note)
    assert ("Ole Wiegand", "worksFor", "Bremen Chamber of Commerce") in relations(note)


def test_an_institute_of_a_university_of_a_city(note) -> None:  # type: ignore[no-untyped-def]
    rels = relations(note)
    institute = "East Asia Institute of the University of Bremen"
    assert (institute, "partOf", "University of Bremen") in rels
    assert ("University of Bremen", "locatedIn", "Bremen") in rels


def test_titles_before_a_name_are_no_organization(note) -> None:  # type: ignore[no-untyped-def]
    found = entities(note)
    assert "Consul General" not in found
    assert not any(name.startswith("State Councillor") for name in found)
    assert found.get("Brunsmann", "Person") == "Person"


def test_an_envoy_named_by_title_serves_in_the_one_mission_of_the_note(note) -> None:  # type: ignore[no-untyped-def]
    assert ("Ren Qiuyue", "worksFor", CONSULATE) in relations(note)


def test_a_port_of_a_city_is_in_the_city(note) -> None:  # type: ignore[no-untyped-def]
    rels = relations(note)
    assert ("Port of Bremen", "locatedIn", "Bremen") in rels
    assert ("Port of Dalian", "locatedIn", "Dalian") in rels


def test_a_troupe_named_song_and_dance_theatre_is_one_organization(note) -> None:  # type: ignore[no-untyped-def]
    found = entities(note)
    assert found.get("Dalian Song and Dance Theatre") == "Organization"
    assert "Dance Theatre" not in found


def test_the_mission_named_in_the_headline_quote_and_body_is_one(note) -> None:  # type: ignore[no-untyped-def]
    events = {m.start for m in note.mentions if m.entity == EVENT}
    assert len(events) >= 2  # the headline's quoted title too


def test_a_city_with_the_before_it_ends_a_mission_s_name(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "The fair was supported by the Utopian Embassy in the Netherlands and the Dalian "
        "Chamber of Commerce in the Netherlands."
    )
    names = entities(found)
    assert names.get("Utopian Embassy in the Netherlands") == "Organization"
    assert names.get("Dalian Chamber of Commerce in the Netherlands") == "Organization"
    assert ("Utopian Embassy in the Netherlands", "locatedIn", "Netherlands") in relations(found)


def test_a_theatre_where_a_troupe_performed_is_a_venue(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "The Dalian Opera Troupe toured Peru. The troupe gave a second performance at the "
        "Municipal Theater of Arequipa on Friday."
    )
    assert entities(found).get("Municipal Theater of Arequipa") == "Place"


def test_a_party_committee_of_a_city_is_in_the_city(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Companies from Wuhan came. The week was organized by the Publicity Department of the "
        "CPC Wuhan Municipal Committee."
    )
    assert ("CPC Wuhan Municipal Committee", "locatedIn", "Wuhan") in relations(found)


def test_an_office_of_an_embassy_is_not_in_the_state_the_embassy_represents(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "The Cultural Office of the Embassy of Mexico in Spain opened an exhibition in Madrid."
    )
    rels = relations(found)
    assert not any(o == "Mexico" and p == "locatedIn" for _, p, o in rels)


def test_a_mission_under_its_demonym_and_its_full_name_is_one(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Mr. Chen Wei, Minister-Counsellor of the Embassy of the People's Republic of China in "
        "Austria, spoke. Our office will work with the Chinese Embassy in Austria on projects."
    )
    names = entities(found)
    assert "Chinese Embassy in Austria" not in names
    assert names.get("Embassy of the People's Republic of China in Austria") == "Organization"


def test_an_office_of_an_embassy_of_a_state_is_not_in_that_state(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "The session had the support of the Economic and Commercial Office of the Embassy of "
        "the People's Republic of China in Austria."
    )
    rels = relations(found)
    office = (
        "Economic and Commercial Office of the Embassy of the People's Republic of China in Austria"
    )
    assert (office, "locatedIn", "Austria") in rels
    assert not any(s == office and o != "Austria" for s, p, o in rels if p == "locatedIn")


def test_a_company_s_name_without_its_legal_form_is_no_place(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Lincang Mengku Tea Industry Co., Ltd. and Teehaus Maurer KG of Salzburg signed an "
        "agreement under which Teehaus Maurer will distribute Mengku's tea in Austria."
    )
    assert entities(found).get("Teehaus Maurer") == "Organization"
