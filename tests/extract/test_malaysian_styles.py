"""Malaysian styles of address in Bernama's copy: a name after "Datuk" that NER read as a body,
a name after a state's post and its style ("Kedah Menteri Besar Datuk Seri <Name>"), and the
given names a styled Malay name is later written by ("Ahmad Faizal")."""

from __future__ import annotations

from tests.extract.conftest import entities, relations, same_entity


def test_a_styled_name_ner_read_as_a_body_is_a_person(read) -> None:
    extraction = read(
        "Northern Corridor Implementation Authority (NCIA) chief executive Datuk Azmi Hamzah "
        "said investments had doubled.\n"
    )
    assert entities(extraction).get("Azmi Hamzah") == "Person"
    assert (
        "Azmi Hamzah",
        "worksFor",
        "Northern Corridor Implementation Authority",
    ) in relations(extraction)


def test_a_styled_name_after_a_state_post_is_the_person_and_the_post_no_one(read) -> None:
    kinds = entities(
        read(
            "Meanwhile, Kedah Menteri Besar Datuk Seri Mohd Radzi Othman said the state "
            "government would speed up approvals.\n"
        )
    )
    assert kinds.get("Mohd Radzi Othman") == "Person"
    assert not [n for n in kinds if "Menteri" in n or n.startswith("Seri")]


def test_a_building_named_for_a_styled_man_stays_a_building(read) -> None:
    kinds = entities(read("The Tun Razak Exchange opened a new tower in Kuala Lumpur.\n"))
    assert "Razak Exchange" not in kinds
    assert kinds.get("Tun Razak Exchange") != "Person"


def test_a_styled_malay_name_written_later_by_its_given_names_is_one_person(read) -> None:
    extraction = read(
        "Investment Minister Datuk Seri Ahmad Faizal Rahman said the project was welcome. "
        "The plant will open in 2027, Ahmad Faizal said.\n"
    )
    written = {m.text: m.entity for m in extraction.mentions}
    assert written["Ahmad Faizal"] == "Ahmad Faizal Rahman"
    assert "Ahmad Faizal" not in entities(extraction)


def test_two_given_names_of_an_unstyled_name_stay_apart(read) -> None:
    # "Juan Carlos" may be another man than "Juan Carlos Ferrero": no style, no merge
    extraction = read(
        "King Juan Carlos met the tennis player Juan Carlos Ferrero in Madrid. Juan Carlos said "
        "he was proud.\n"
    )
    assert not same_entity(extraction, "Juan Carlos Ferrero", "Juan Carlos")
