"""Facts stated by names: a leading city seats a company; a province does not seat its government."""

from __future__ import annotations

from tests.extract.conftest import relations


def test_name_parts_leading_city_seats_a_company_not_a_government(read) -> None:
    rels = relations(
        read(
            "The Hunan Provincial People's Government and Changsha Tianyu Foods signed a deal. "
            "Officials from Hunan and Changsha attended."
        )
    )
    assert ("Changsha Tianyu Foods", "locatedIn", "Changsha") in rels
    assert not [r for r in rels if r[0] == "Hunan Provincial People's Government"]


def test_name_parts_hyphenated_places_seat_nothing(read) -> None:
    rels = relations(
        read(
            "The Brazil-China Chamber of Commerce met in Brazil with the Xiamen-Fuzhou Economic Circle."
        )
    )
    assert not [r for r in rels if r[0] == "Brazil-China Chamber of Commerce"]
    assert not [r for r in rels if r[0] == "Xiamen-Fuzhou Economic Circle"]
