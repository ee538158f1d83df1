"""Names the small statistical model misreads, set right by what surrounds them: a legal form in
words, a division's name, a given name taken for a place, a person told by an apposition, and a
common noun that opens a sentence."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_legal_form_in_words_ends_the_company_name(read) -> None:
    found = entities(
        read(
            "The partner, Vltava Polymers Sp. z o.o., makes resin. "
            "Grupo Mareña S.A. de C.V. opened a depot in Puebla."
        )
    )
    assert found.get("Vltava Polymers Sp. z o.o.") == "Organization"
    assert found.get("Grupo Mareña S.A. de C.V.") == "Organization"
    assert "Vltava Polymers Sp." not in found


def test_division_named_with_its_kind_is_a_place(read) -> None:
    found = entities(read("The plant will stand in Nysa, a town in Poland's Opole Voivodeship."))
    assert found.get("Opole Voivodeship") == "Place"


def test_given_name_taken_for_a_place_joins_the_titled_person(read) -> None:
    extraction = read(
        "Halina Wrzesińska, Undersecretary of State at the Ministry of Agriculture of Poland, "
        "opened the fair."
    )
    found = entities(extraction)
    assert found.get("Halina Wrzesińska") == "Person"
    assert "Halina" not in found and "State" not in found
    assert (
        "Halina Wrzesińska",
        "worksFor",
        "Ministry of Agriculture of Poland",
    ) in relations(extraction)


def test_person_told_by_a_described_apposition_keeps_the_given_name(read) -> None:
    found = entities(
        read(
            "The office opened in Gdańsk in 2020. Jarosław Pietrzyk, a Polish mechanical engineer "
            "who runs the office as its director, said orders doubled."
        )
    )
    assert found.get("Jarosław Pietrzyk") == "Person"


def test_common_noun_opening_a_sentence_is_no_organization(read) -> None:
    found = entities(
        read(
            "Coffee took centre stage on the second day. Buyers tasted coffee from Yunnan and "
            "signed two contracts."
        )
    )
    assert "Coffee" not in found


def test_person_of_a_city_ends_before_of(read) -> None:
    found = entities(
        read(
            '"Both sides gain," Vice Mayor Chen Lihua of Yiwu said at the opening ceremony. '
            "According to Chen, trade doubled."
        )
    )
    assert found.get("Chen Lihua") == "Person"
    assert "Chen Lihua of Yiwu" not in found


def test_legal_form_in_lower_case_ends_the_company_name(read) -> None:
    found = entities(
        read(
            "Zhao Ming unveiled a joint venture with the Czech machinery maker Vltava Stroje a.s.: "
            "the new company will build a mill in Ostrava."
        )
    )
    assert found.get("Vltava Stroje a.s.") == "Organization"
    assert "Vltava Stroje" not in found


def test_family_name_alone_after_the_full_name_is_that_person(read) -> None:
    """NER sees nothing in "Zhang, Deputy Director of …": the family name of a person named
    before, followed by a title, is a mention of that person."""
    extraction = read(
        "Ceramics lead, Zhang Weiguo said on Monday.\n\n"
        "Zhang, Deputy Director of the Linyi Municipal Bureau of Commerce, opened the fair."
    )
    assert entities(extraction).get("Zhang") == "Person"
    assert ("Zhang", "worksFor", "Linyi Municipal Bureau of Commerce") in relations(extraction)


def test_family_name_alone_needs_the_full_name_before_and_a_cue_after(read) -> None:
    # written before the full name, or followed by no title or speech verb: no mention
    found = entities(
        read(
            "Zhang, Deputy Director of the Linyi Municipal Bureau of Commerce, opened the fair. "
            "Ceramics lead, Zhang Weiguo said on Monday. Exports to Zhang rose."
        )
    )
    assert "Zhang" not in found
