"""A university's faculty named with it ("Faculty of Electronic Engineering of the University of
Niš") is one name, part of the university, which is in its town; a country named in the
university's own name is no market of it."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_faculty_of_a_university_is_part_of_it_and_the_university_in_its_town(read) -> None:
    extraction = read(
        "The plant opened in Niš. Vesna Marinković, dean of the Faculty of Electronic Engineering "
        "of the University of Niš, spoke.\n"
    )
    faculty = "Faculty of Electronic Engineering of the University of Niš"
    assert entities(extraction).get(faculty) == "Organization"
    rels = relations(extraction)
    assert (faculty, "partOf", "University of Niš") in rels
    assert ("University of Niš", "locatedIn", "Niš") in rels
    assert ("Vesna Marinković", "worksFor", faculty) in rels


def test_a_university_named_for_its_country_does_not_operate_there_by_its_faculty(read) -> None:
    rels = relations(
        read(
            "Siti Rahmawati, a lecturer at the Faculty of Economics and Business of Universitas "
            "Indonesia, said the deal was good.\n"
        )
    )
    assert ("Universitas Indonesia", "operatesIn", "Indonesia") not in rels
    assert (
        "Faculty of Economics and Business of Universitas Indonesia",
        "partOf",
        "Universitas Indonesia",
    ) in rels


def test_a_university_named_for_a_place_the_text_names_nowhere_else_gets_no_seat(read) -> None:
    # "University of Washington" is in Seattle: the name alone says nothing of the capital
    rels = relations(
        read("She teaches at the School of Medicine of the University of Washington.\n")
    )
    assert not [r for r in rels if r[0] == "University of Washington" and r[1] == "locatedIn"]
