"""Bodies named in Spanish, Portuguese or Italian are in the place their last "de" names;
a legal form ("S.A. de C.V.") and a word that is no place give no seat."""

from __future__ import annotations

from tests.extract.conftest import relations


def test_a_spanish_body_is_in_the_place_its_last_de_names(read) -> None:
    rels = relations(
        read(
            "The plan was presented in Mexico by the Secretaría de Desarrollo Económico de Jalisco "
            "and the Universidad Autónoma de Yucatán on Monday."
        )
    )
    assert ("Secretaría de Desarrollo Económico de Jalisco", "locatedIn", "Jalisco") in rels
    assert ("Universidad Autónoma de Yucatán", "locatedIn", "Yucatán") in rels


def test_a_legal_form_or_a_plain_word_after_de_is_no_seat(read) -> None:
    rels = relations(
        read(
            "Frenos Rivera, S.A. de C.V. signed a supply deal with the Instituto de Estudios "
            "Aduaneros on Monday."
        )
    )
    assert not [r for r in rels if r[1] == "locatedIn" and r[2] in ("C.V.", "Estudios Aduaneros")]


def test_a_place_after_de_in_a_country_the_text_does_not_name_is_no_seat(read) -> None:
    rels = relations(
        read(
            "The Universidad Nacional Mayor de San Marcos in Lima, Peru, signed a research "
            "agreement with Wuhan University."
        )
    )
    assert ("Universidad Nacional Mayor de San Marcos", "locatedIn", "San Marcos") not in rels
