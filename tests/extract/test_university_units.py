"""A university's faculty named with it ("Faculty of Electronic Engineering of the University of
Niš") is one name, part of the university, which is in its town; a country named in the
university's own name is no market of it."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_faculty_of_a_university_is_part_of_it_and_the_university_in_its_town(read) -> None:
    extraction = read(
        "Vesna Marinković, dean of the Faculty of Electronic Engineering of the University of "
        "Niš, spoke.\n"
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
