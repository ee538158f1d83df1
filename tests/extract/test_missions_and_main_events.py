"""A trade mission is an event ("the <Country> Trade and Investment Mission to West Africa"),
an embassy's mission is not; the main event of a report is the one it names most, and on a tie
the one it refers back to by its head noun when it never refers to the first so; a family name
NER read as a body after "Mr. <Given>" is the person's."""

from __future__ import annotations

from tests.extract.conftest import entities, relations

REPORT = (
    "Thai firms pledge $300m at Accra forum\n\n"
    "A trade delegation from Thailand is in Ghana on the Thailand Trade and Investment Mission "
    "to West Africa, which moves to Lagos, Nigeria, on Friday.\n\n"
    "The agreements were signed at the Ghana-Thailand Business Forum held at the Kempinski "
    "Hotel, Accra. The forum was organised by the Ghana Investment Promotion Centre.\n\n"
    "Speaking at the forum, Somchai Wong, chief executive of Siam Agro Foods, said exports "
    "would double.\n\n"
    "Kwame Mensah, director of Accra Cocoa Ltd, said the forum was timely.\n"
)


def test_a_trade_mission_is_an_event_and_where_it_goes_is_in_its_name(read) -> None:
    kinds = entities(read(REPORT))
    assert kinds.get("Thailand Trade and Investment Mission to West Africa") == "Event"


def test_an_embassy_s_mission_is_no_event(read) -> None:
    kinds = entities(read("He works at the Permanent Mission of Kenya to the United Nations.\n"))
    assert "Event" not in [kinds.get(n) for n in kinds if "Mission" in n]


def test_the_report_s_event_is_the_one_it_refers_back_to(read) -> None:
    rels = relations(read(REPORT))
    forum = "Ghana-Thailand Business Forum"
    assert ("Kwame Mensah", "participatedIn", forum) in rels
    mission = "Thailand Trade and Investment Mission to West Africa"
    assert ("Kwame Mensah", "participatedIn", mission) not in rels


def test_a_family_name_read_as_a_body_after_mr_and_a_given_name(read) -> None:
    kinds = entities(
        read(
            "The minister, who was represented by the Director, Trade, in the Federal Ministry "
            "of Industry, Trade and Investment, Mr. Emeka Nwachukwu, said the plan stands.\n"
        )
    )
    assert kinds.get("Emeka Nwachukwu") == "Person"
