"""Posts told as agency copy writes them ("Director General of <Remit> at the <Ministry> <P>
said", "<ACR> University Rector <P> said"), and Spanish names of four words before a post in
lower case, which the small model reads as companies or towns."""

from __future__ import annotations

from tests.extract.conftest import entities, relations, same_entity


def test_a_post_s_remit_at_a_ministry_then_its_holder(read) -> None:
    extraction = read(
        "Director General of National Export Development at the Ministry of Trade Sari Wulandari "
        "said the ministry would open a display centre."
    )
    kinds, rels = entities(extraction), relations(extraction)
    assert kinds.get("Sari Wulandari") == "Person"
    assert kinds.get("Ministry of Trade") == "Organization"
    assert "National Export Development" not in kinds  # the post's field
    assert ("Sari Wulandari", "worksFor", "Ministry of Trade") in rels


def test_a_deputy_for_a_remit_is_no_event(read) -> None:
    extraction = read(
        "Deputy for Investment Promotion at the Coordinating Board (BKPM) Budi Santosa "
        "welcomed the commitment."
    )
    kinds = entities(extraction)
    assert "Deputy for Investment Promotion" not in kinds
    assert kinds.get("Budi Santosa") == "Person"


def test_a_university_s_rector_named_after_it(read) -> None:
    extraction = read("IPB University Rector Arif Wicaksono said 20 students would go.")
    kinds, rels = entities(extraction), relations(extraction)
    assert kinds.get("IPB University") == "Organization"
    assert kinds.get("Arif Wicaksono") == "Person"
    assert ("Arif Wicaksono", "worksFor", "IPB University") in rels


def test_a_remit_s_last_word_is_no_part_of_the_holder_s_name(read) -> None:
    kinds = entities(
        read("Kadin Vice Chairman for China Relations Handoko Prasetyo said members were keen.")
    )
    assert kinds.get("Handoko Prasetyo") == "Person"
    assert "Relations Handoko Prasetyo" not in kinds


def test_a_professor_of_a_university_is_no_part_of_its_name(read) -> None:
    extraction = read(
        "Professor Zhou Min of Guangxi Agricultural University said the plots would be tested."
    )
    kinds, rels = entities(extraction), relations(extraction)
    assert kinds.get("Guangxi Agricultural University") == "Organization"
    assert kinds.get("Zhou Min") == "Person"
    assert ("Zhou Min", "worksFor", "Guangxi Agricultural University") in rels


def test_spanish_names_of_four_words_before_a_post_in_lower_case(read) -> None:
    extraction = read(
        "On the sidelines of the fair, Andrés Felipe Cardona Ríos, commercial manager of the "
        "Colombian Coffee Growers Federation (FNC), said the FNC shipped 38,000 bags. Natalia "
        "Ospina Vélez, vice-president of exports at ProColombia, said the agency will take 25 "
        "firms to Fuzhou. Ana Lucía Bermúdez Castaño, executive vice-president of the CCB, said "
        "1,300 meetings were held."
    )
    kinds, rels = entities(extraction), relations(extraction)
    for person in (
        "Andrés Felipe Cardona Ríos",
        "Natalia Ospina Vélez",
        "Ana Lucía Bermúdez Castaño",
    ):
        assert kinds.get(person) == "Person"
    assert "Natalia" not in kinds and "Vélez" not in kinds
    assert ("Natalia Ospina Vélez", "worksFor", "ProColombia") in rels
    assert (
        "Andrés Felipe Cardona Ríos",
        "worksFor",
        "Colombian Coffee Growers Federation",
    ) in rels


def test_a_name_before_a_lower_case_noun_that_is_no_post_stays_unread(read) -> None:
    kinds = entities(
        read("Grupo Andino Textil, commercial partner of the chamber, opened a plant in Cali.")
    )
    assert kinds.get("Grupo Andino Textil") != "Person"


def test_the_first_of_two_family_names_alone_is_the_person(read) -> None:
    extraction = read(
        "The ministry sent Julián Andrés Rincón Salazar, vice-minister of foreign trade, who "
        "said the Government wants assembly lines. Rincón cited the free zone of Bogotá."
    )
    assert same_entity(extraction, "Rincón", "Julián Andrés Rincón Salazar")
