"""Forms of newspaper features, agency wires and investment-agency releases read in the
fourteenth stop: a post's remit, posts before their holders' names, a feature's lead name, a
venue's address, divisions listed with their kind, a company written with its first word; each
with a case that must not give it."""

from __future__ import annotations

from kgbuilder.resolve.mentions import resolve_document
from tests.extract.conftest import entities, relations


def same_entity(found, a: str, b: str) -> bool:  # type: ignore[no-untyped-def]
    resolved = resolve_document(found)
    return resolved.lookup(a) is not None and resolved.lookup(a) == resolved.lookup(b)


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
