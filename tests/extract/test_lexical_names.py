"""Names found by their words: cluster heads and industry places, with the negative case."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entities, relations


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Engineers moved to the Software Valley of India in 2020.",
            "Software Valley of India",
            "IndustryCluster",
        ),
        (
            "Banks fund firms across the Xiamen-Fuzhou Greater Bay Area and beyond.",
            "Xiamen-Fuzhou Greater Bay Area",
            "IndustryCluster",
        ),
        # a valley named for no industry is a place, not a cluster
        ("Tourists crowded the Napa Valley in the summer.", "Napa Valley", "Place"),
        # an apostrophe inside a place's name joins its syllables and stays in the name
        (
            "Investors toured the Huai'an Salt Chemical Industrial Park on Monday.",
            "Huai'an Salt Chemical Industrial Park",
            "IndustryCluster",
        ),
        (
            "Firms moved to the Lu’an Economic Development Zone last year.",
            "Lu’an Economic Development Zone",
            "IndustryCluster",
        ),
    ],
)
def test_lexical_names_clusters(read, text: str, name: str, kind: str) -> None:
    found = entities(read(text))
    assert found.get(name) == kind
    assert not any(other != name and name in other for other in found)  # the whole name


def test_lexical_names_possessive_opens_no_cluster_name(read) -> None:
    found = entities(read("Sun Li praised China's Special Economic Zone in a speech."))
    assert found.get("Special Economic Zone") == "IndustryCluster"
    assert not any("China's" in name for name in found)


def test_a_title_under_the_banner_of_an_event_the_sentence_named(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "BOGOTA, May 2 -- Companies from Dalian wrapped up a four-day promotion in Colombia on "
        'Friday, showing cars to buyers in Bogotá under the banner "Dalian Brands, Open Seas."\n\n'
        "The promotion opened on Tuesday at the Ágora Bogotá Convention Center."
    )
    names = entities(found)
    assert names.get("Dalian Brands, Open Seas") == "Event"
    assert ("Dalian Brands, Open Seas", "locatedIn", "Ágora Bogotá Convention Center") in relations(
        found
    )


def test_a_banner_with_no_event_before_it_names_none(read) -> None:  # type: ignore[no-untyped-def]
    found = read('Fans marched under the banner "Workers of the Port, Unite." on Sunday.')
    assert "Event" not in entities(found).values()


def test_a_continent_only_an_adjective_stands_for_is_no_place_of_the_text(read) -> None:  # type: ignore[no-untyped-def]
    names = entities(read("Its e-bikes are sold in 27 European countries, the company said."))
    assert "Europe" not in names


def test_a_continent_the_text_also_names_is_a_place(read) -> None:  # type: ignore[no-untyped-def]
    names = entities(
        read("Its e-bikes are sold in 27 European countries. Europe is its largest market.")
    )
    assert names.get("Europe") == "Place"


def test_a_title_after_titled_keeps_no_comma_inside_its_quotes(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        'The promotion, titled "Quality Weifang, Partner Ghana," opened on Tuesday at the Accra '
        "International Conference Centre and moved on Thursday to Kumasi."
    )
    assert entities(found).get("Quality Weifang, Partner Ghana") == "Event"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Heyi leads Foshan\'s "1+6" smart home appliance cluster, which links six parks.',
            '"1+6" smart home appliance cluster',
        ),
        (
            'The province launched its "415X" advanced manufacturing cluster programme in 2022.',
            '"415X" advanced manufacturing cluster programme',
        ),
    ],
)
def test_a_numbered_programme_in_quotes_with_what_it_is(read, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert entities(read(text)).get(name) == "IndustryCluster"


def test_a_legal_form_at_a_sentence_end_is_written_as_the_text_writes_it(read) -> None:
    from tests.extract.conftest import entities

    kinds = entities(
        read(
            "Chengdu-based Rongcheng Tractor Co. Ltd will build a plant, in partnership with "
            "Lahore's Ravi Agro Engineering (Pvt) Ltd. The plant opens in 2026.\n"
        )
    )
    assert "Ravi Agro Engineering (Pvt) Ltd" in kinds
    assert "Ravi Agro Engineering (Pvt) Ltd." not in kinds


def test_a_legal_form_with_its_full_stop_mid_sentence_keeps_it(read) -> None:
    from tests.extract.conftest import entities

    kinds = entities(
        read(
            "In energy, Almaty Steppe Wind Energy Co. will build a 300 MW plant near Taraz with "
            "Zhambyl Grid Co Ltd.\n"
        )
    )
    assert "Almaty Steppe Wind Energy Co." in kinds
