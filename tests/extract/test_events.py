"""Events of a report: venues, organizers, participants."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entities, relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Andean Coffee Expo was held at the Corferias exhibition center in Bogota.",
            ("Andean Coffee Expo", "locatedIn", "Corferias exhibition center"),
        ),
        (
            "Exporters met in Lima on Thursday for the Fujian-Peru Blue Economy Dialogue.",
            ("Fujian-Peru Blue Economy Dialogue", "locatedIn", "Lima"),
        ),
        (
            "The Kenya-Peru Investment and Trade Forum was organized by the Peru Trade Council "
            "together with the Kenya Investment Authority.",
            ("Kenya-Peru Investment and Trade Forum", "organizedBy", "Kenya Investment Authority"),
        ),
        (
            "Sun Li visited the Andean Coffee Expo. The three-day expo at the Lima Convention "
            "Center was hosted by the Peru Coffee Council.",
            ("Andean Coffee Expo", "organizedBy", "Peru Coffee Council"),
        ),
        # a venue named like an organization is the place of the event
        (
            "The Henan Machinery Fair, which was held at the Quito World Trade Centre in Quito, "
            "Ecuador, drew 900 visitors.",
            ("Henan Machinery Fair", "locatedIn", "Quito World Trade Centre"),
        ),
        (
            "The Henan Machinery Fair, which was held at the Quito World Trade Centre in Quito, "
            "Ecuador, drew 900 visitors.",
            ("Quito World Trade Centre", "locatedIn", "Quito"),
        ),
        # a later part of the event, named without its name
        (
            "The Hunan Tea Week opened in Nairobi on May 3. Its second leg will be held at the "
            "Mombasa Trade City in Mombasa on May 9, hosted by the Mombasa Chamber of Commerce.",
            ("Hunan Tea Week", "locatedIn", "Mombasa Trade City"),
        ),
        (
            "The Hunan Tea Week opened in Nairobi on May 3. Its second leg will be held at the "
            "Mombasa Trade City in Mombasa on May 9, hosted by the Mombasa Chamber of Commerce.",
            ("Hunan Tea Week", "organizedBy", "Mombasa Chamber of Commerce"),
        ),
        (
            "The Hunan Tea Week opened in Nairobi on May 3. The week's second part will move "
            "to the Arusha Convention Centre in Arusha on May 8.",
            ("Hunan Tea Week", "locatedIn", "Arusha Convention Centre"),
        ),
        (
            "The Henan Machinery Fair opened in Lima. A second edition of the fair will take "
            "place at the Cusco Convention Center in Cusco in November.",
            ("Henan Machinery Fair", "locatedIn", "Cusco Convention Center"),
        ),
    ],
)
def test_events_venues_and_organizers(read, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in relations(read(text))


def test_events_speaker_attends_the_main_event_not_one_invited_to(read) -> None:
    found = read(
        "The Andean Coffee Expo opened in Lima on Monday. Chen Hong, Deputy Mayor of Xiamen, "
        "said firms should come to the China International Import Expo in Shanghai."
    )
    rels = relations(found)
    assert ("Chen Hong", "participatedIn", "Andean Coffee Expo") in rels
    assert ("Chen Hong", "participatedIn", "China International Import Expo") not in rels
    assert ("China International Import Expo", "locatedIn", "Shanghai") in rels


def test_events_organization_of_a_speaker_does_not_attend(read) -> None:
    found = read(
        "The Andean Coffee Expo opened in Lima. Wu Gang, Vice President of Kestrel Motors, "
        "attended the event."
    )
    rels = relations(found)
    assert ("Wu Gang", "participatedIn", "Andean Coffee Expo") in rels
    assert ("Kestrel Motors", "participatedIn", "Andean Coffee Expo") not in rels


def test_events_bracketed_acronym_is_the_event(read) -> None:
    found = read(
        "Firms were invited to the China International Import Expo (CIIE) in Shanghai. "
        "The CIIE draws many buyers."
    )
    names = {
        m.entity for m in found.mentions if m.type is not None and m.type.kind.value == "Event"
    }
    assert {"China International Import Expo", "CIIE"} <= names


def test_events_venue_named_like_an_organization_is_a_place(read) -> None:
    found = entities(read("The Henan Machinery Fair was held at the Quito World Trade Centre."))
    assert found["Quito World Trade Centre"] == "Place"


def test_events_a_part_of_something_else_gives_no_venue(read) -> None:
    # the sentence opens with no part of the event: the move is another one's
    rels = relations(
        read(
            "The Hunan Tea Week opened in Nairobi on May 3. The company will move to the "
            "Mombasa Trade City in Mombasa next year."
        )
    )
    assert ("Hunan Tea Week", "locatedIn", "Mombasa Trade City") not in rels
