"""Posts told in more ways: a remit between the post and its body ("the vice minister of
Foreign Trade of the <Ministry> (<ACR>), <P>"), a region a post covers ("<O>'s director for
Latin America, <P>"), a nationality and a trade before the company ("director of Mexican tea
importer <O>"), the leader of a body's delegation, a speaker "of the <O> in <City>", a name NER
read as an unknown place after a post, a remit NER read as a person, a company with a legal
form NER read as a place, a town and "company" before a company's name."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_remit_between_a_post_and_its_body(read) -> None:
    rels = relations(
        read(
            "The vice minister of Foreign Trade of the Ministry of Foreign Trade and Tourism "
            "(Mincetur), Rosa Quispe Mamani, said exports grew. The regional manager of Economic "
            "Development of the Regional Government of Cusco, Mario Huamán Ccahua, said so too.\n"
        )
    )
    assert ("Rosa Quispe Mamani", "worksFor", "Ministry of Foreign Trade and Tourism") in rels
    assert ("Mario Huamán Ccahua", "worksFor", "Regional Government of Cusco") in rels


def test_a_post_over_a_region_after_the_company_s_name(read) -> None:
    rels = relations(
        read('"Buyers trust us," said Huanmei\'s director for Latin America, Liang Fei.\n')
    )
    assert ("Liang Fei", "worksFor", "Huanmei") in rels


def test_a_nationality_and_a_trade_before_the_company(read) -> None:
    rels = relations(
        read(
            "Andrés Villalobos, director of Mexican tea importer Hoja Fina Importaciones, said "
            "his company would buy more.\n"
        )
    )
    assert ("Andrés Villalobos", "worksFor", "Hoja Fina Importaciones") in rels


def test_the_leader_of_a_body_s_delegation_holds_a_post_there(read) -> None:
    rels = relations(
        read(
            "From June 15 to 21, a delegation of the Wuxi Municipal People's Government led by "
            "Vice Mayor Zhou Lin visited Hungary.\n"
        )
    )
    assert ("Zhou Lin", "worksFor", "Wuxi Municipal People's Government") in rels


def test_a_speaker_of_a_body_in_a_city(read) -> None:
    rels = relations(
        read(
            "Prof Gao Yan of the Ocean University of China in Qingdao said the two sides could "
            "cooperate.\n"
        )
    )
    assert ("Gao Yan", "worksFor", "Ocean University of China") in rels


def test_a_speaker_named_beside_a_body_but_not_of_it(read) -> None:
    rels = relations(read("Gao Yan said the Ocean University of China would grow.\n"))
    assert ("Gao Yan", "worksFor", "Ocean University of China") not in rels


def test_a_name_read_as_an_unknown_place_after_a_post_is_the_holder(read) -> None:
    extraction = read(
        "For her part, the deputy director-general of the Hefei Municipal Bureau of Commerce, "
        "Sun Lijuan, reported that trade grew.\n"
    )
    assert entities(extraction).get("Sun Lijuan") == "Person"
    assert ("Sun Lijuan", "worksFor", "Hefei Municipal Bureau of Commerce") in relations(extraction)


def test_a_remit_after_a_post_is_no_person(read) -> None:
    extraction = read(
        "Chen Hao, Minister Counsellor for Economic and Commercial Affairs of the Chinese "
        "Embassy in Hungary, encouraged investors.\n"
    )
    assert not [n for n in entities(extraction) if n.startswith("for ")]
    assert ("Chen Hao", "worksFor", "Chinese Embassy in Hungary") in relations(extraction)


def test_a_company_with_a_legal_form_read_as_a_place_is_a_company(read) -> None:
    kinds = entities(
        read("Dragan Ilić, General Manager of Vojvodina AgroTech d.o.o., said sales grew.\n")
    )
    assert kinds.get("Vojvodina AgroTech d.o.o.") == "Organization"


def test_a_town_and_company_before_a_company_s_name(read) -> None:
    extraction = read(
        "Tianrui signed an agreement with the Arequipa company Transportes Misti S.A., whose "
        "chief executive, Luis Huamán, said the buses will run.\n"
    )
    kinds = entities(extraction)
    rels = relations(extraction)
    assert kinds.get("Transportes Misti S.A.") == "Organization"
    assert ("Luis Huamán", "worksFor", "Transportes Misti S.A.") in rels
    assert ("Transportes Misti S.A.", "locatedIn", "Arequipa") in rels


def test_a_nationality_and_company_before_a_company_s_name(read) -> None:
    extraction = read("He met the Kazakh company Astana Motors LLP in Almaty.\n")
    kinds = entities(extraction)
    assert kinds.get("Astana Motors LLP") == "Organization"
    assert "Kazakh" not in kinds
