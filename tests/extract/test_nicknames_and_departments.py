"""A name with its holder's nickname in quotes, and a secretary named by portfolio at the
state's department of that remit."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_nickname_in_quotes_is_part_of_the_name(read) -> None:
    extraction = read(
        'PEZA Director General Ma. Corazon "Cora" Dimaculangan said the pledges cover '
        'expansions. Governor Ronald "Bato" dela Rosa said so.'
    )
    kinds, rels = entities(extraction), relations(extraction)
    assert kinds.get('Ma. Corazon "Cora" Dimaculangan') == "Person"
    assert kinds.get('Ronald "Bato" dela Rosa') == "Person"
    assert "Ma" not in kinds
    assert ('Ma. Corazon "Cora" Dimaculangan', "worksFor", "PEZA") in rels


def test_a_quoted_word_between_names_of_no_person_stays_apart(read) -> None:
    kinds = entities(read('The film "Parasite" Seoul premiere drew crowds in March.'))
    assert not [name for name, kind in kinds.items() if '"' in name and kind == "Person"]


def test_a_secretary_by_portfolio_at_the_department_of_that_remit(read) -> None:
    rels = relations(
        read(
            "The roadshow was organized by PEZA together with the Department of Trade and "
            "Industry (DTI). Trade Secretary Alfredo Buenaventura, who led the delegation in "
            "Tokyo, said the incentives worked."
        )
    )
    assert ("Alfredo Buenaventura", "worksFor", "Department of Trade and Industry") in rels


def test_a_province_s_department_is_no_state_department(read) -> None:
    rels = relations(
        read(
            "The fair was organized by the Department of Commerce of Hunan Province. Commerce "
            "Secretary Gina Lopez of the Philippines visited."
        )
    )
    assert ("Gina Lopez", "worksFor", "Department of Commerce of Hunan Province") not in rels


def test_a_name_and_its_post_run_together_by_ner(read) -> None:
    extraction = read(
        "Sun Jianguo, Consul General of the Chinese Consulate General in Guayaquil, attended the "
        "conference and said Chinese enterprises are welcome partners."
    )
    kinds, rels = entities(extraction), relations(extraction)
    assert kinds.get("Sun Jianguo") == "Person"
    assert ("Sun Jianguo", "worksFor", "Chinese Consulate General in Guayaquil") in rels


def test_an_agency_named_as_a_word_and_its_country(read) -> None:
    extraction = read(
        "The forum was co-organized by Business Finland and Pro Ecuador, with guests from North "
        "Korea and Mainland China."
    )
    kinds = entities(extraction)
    assert kinds.get("Business Finland") == "Organization"
    assert kinds.get("Pro Ecuador") == "Organization"
    assert kinds.get("North Korea") == "Place"
    assert kinds.get("Mainland China") == "Place"


def test_a_sovereign_by_style_name_and_regnal_number(read) -> None:
    kinds = entities(
        read(
            "The sector has grown under the enlightened leadership of HM King Mohammed VI, the "
            "Kingdom's leading export sector. The King Kong I screening sold out."
        )
    )
    assert kinds.get("King Mohammed VI") == "Person"
    assert "King Kong I" not in kinds
