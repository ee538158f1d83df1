"""Forms of Nigerian dailies and Malaysian copy: posts joined by a slash, a body by its town
("the Kano-based <O> (<ACR>)") before the holder, "Chief" before a holder's name, double family
names with a hyphen, a state's commissioner at the state's government, remits listed with
commas, local government areas, untagged "<Name> State", a minister "in the Ministry ... of
<Country>", Malay styles ("Puan"), a hotel's name across "and"."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_post_of_two_titles_at_a_body_named_with_its_town_and_short_name(read) -> None:
    rels = relations(
        read(
            "The Managing Director/Chief Executive Officer of the Kano-based Dala Foods Company "
            "(DFC), Dr. Musa Garba, said exports grew.\n"
        )
    )
    assert ("Musa Garba", "worksFor", "Dala Foods Company") in rels


def test_chief_before_a_holder_s_name_is_a_style(read) -> None:
    rels = relations(
        read(
            "The Executive Secretary/Chief Executive Officer of NIPC, Mrs. Hauwa Lawal, spoke, "
            "while the President of KACCIMA, Chief Ade Ojo, urged the visitors.\n"
        )
    )
    assert ("Hauwa Lawal", "worksFor", "NIPC") in rels
    assert ("Ade Ojo", "worksFor", "KACCIMA") in rels


def test_a_double_family_name_with_a_hyphen_is_whole(read) -> None:
    kinds = entities(read("The plan was presented by Mrs. Funmi Adeyemi-Cole, a banker.\n"))
    assert kinds.get("Funmi Adeyemi-Cole") == "Person"
    assert "Funmi Adeyemi" not in kinds


def test_a_state_s_commissioner_works_for_the_state_s_government(read) -> None:
    extraction = read(
        "Plants are planned in Nigeria. The Ogun State Commissioner for Commerce, Cooperatives, "
        "Industry and Investment, Mrs. Kemi Balogun, said the Ogun State Government would build "
        "a road.\n"
    )
    kinds = entities(extraction)
    assert ("Kemi Balogun", "worksFor", "Ogun State Government") in relations(extraction)
    assert "Cooperatives" not in kinds


def test_a_local_government_area_and_its_state_are_places(read) -> None:
    kinds = entities(
        read(
            "The zone in Nigeria, located in Ikorodu Local Government Area of Lagos State, is "
            "being developed by Lagos Ports Ltd.\n"
        )
    )
    assert kinds.get("Ikorodu Local Government Area") == "Place"
    assert kinds.get("Lagos State") == "Place"


def test_a_minister_in_a_ministry_of_a_country_works_for_the_ministry(read) -> None:
    rels = relations(
        read(
            "The delegation, led by the Deputy Minister in the Ministry of Plantation and "
            "Commodities (KPK) of Malaysia, Datuk Seri Azman Yusof, is in Ghana.\n"
        )
    )
    assert ("Azman Yusof", "worksFor", "Ministry of Plantation and Commodities") in rels


def test_puan_is_a_malay_style_not_a_given_name(read) -> None:
    extraction = read(
        "Sawit Maju's Chief Executive Officer, Puan Siti Rahmah Ismail, said the refinery would "
        "grow.\n"
    )
    kinds = entities(extraction)
    assert kinds.get("Siti Rahmah Ismail") == "Person"
    assert ("Siti Rahmah Ismail", "worksFor", "Sawit Maju") in relations(extraction)


def test_a_hotel_s_name_across_and_is_one_venue(read) -> None:
    extraction = read(
        "The forum was held at Transcorp Hotels and Suites, Maitama, Abuja, on Monday.\n"
    )
    kinds = entities(extraction)
    assert kinds.get("Transcorp Hotels and Suites") == "Place"
    assert "Suites" not in kinds
