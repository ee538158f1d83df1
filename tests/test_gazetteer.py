"""The offline gazetteer: countries, cities and first-level divisions, with their containers."""

from __future__ import annotations

import pytest

from kgbuilder.gazetteer import default_gazetteer


@pytest.mark.parametrize(
    ("name", "feature", "country", "division"),
    [
        ("Hubei", "admin1", "CN", "12"),
        ("Hubei Province", "admin1", "CN", "12"),
        ("Nuevo Leon", "admin1", "MX", "19"),  # accents folded: "Nuevo León"
        ("Bavaria", "admin1", "DE", "02"),
        ("Wuhan", "city", "CN", "12"),
        ("Munich", "city", "DE", "02"),
        ("Sao Paulo", "city", "BR", "27"),  # the city, namesake seat of the state
        ("Washington", "city", "US", "DC"),  # a big city beats a division elsewhere
    ],
)
def test_gazetteer_divisions_and_cities(
    name: str, feature: str, country: str, division: str
) -> None:
    place = default_gazetteer().lookup(name)
    assert place is not None
    assert (place.feature, place.country_code, place.admin1) == (feature, country, division)


def test_gazetteer_division_has_no_geonames_iri_and_its_key_finds_it() -> None:
    gazetteer = default_gazetteer()
    hubei = gazetteer.lookup("Hubei")
    assert hubei is not None and hubei.iri is None
    assert gazetteer.division(("CN", "12")) == hubei
    wuhan = gazetteer.lookup("Wuhan")
    assert wuhan is not None and wuhan.division_key == hubei.division_key


def test_gazetteer_iso_local_name_is_a_division_of_its_country() -> None:
    place = default_gazetteer().lookup("Bayern")
    assert place is not None and (place.feature, place.country_code) == ("admin1", "DE")


@pytest.mark.parametrize(
    "name", ["Los Rios", "Nowhere Junction", "Province", "Central", "North West"]
)
def test_gazetteer_ambiguous_generic_or_unknown_division_is_none(name: str) -> None:
    # Los Ríos is a region of Chile and a province of Ecuador of like size: no guess without a
    # country mentioned; "Central" and "North West" are divisions too, but text means the words
    assert default_gazetteer().lookup(name) is None


@pytest.mark.parametrize(("hint", "country"), [("CL", "CL"), ("EC", "EC")])
def test_gazetteer_country_hint_settles_an_ambiguous_division(hint: str, country: str) -> None:
    place = default_gazetteer().lookup("Los Rios", hint_countries={hint})
    assert place is not None and place.country_code == country


def test_gazetteer_division_far_bigger_than_its_namesakes_wins() -> None:
    # Florida: a US state and a department of Uruguay; a city's alternate name is no match either
    place = default_gazetteer().lookup("Florida")
    assert place is not None and (place.feature, place.country_code) == ("admin1", "US")


def test_gazetteer_division_named_by_generic_words_only_in_a_named_country() -> None:
    # "Eastern Province" is a division of Saudi Arabia, Sri Lanka, Rwanda ...: only a country the
    # text names settles it, and two named countries that both have one settle nothing
    gazetteer = default_gazetteer()
    place = gazetteer.lookup("Eastern Province", hint_countries={"SA"})
    assert place is not None and (place.feature, place.country_code) == ("admin1", "SA")
    assert gazetteer.lookup("Eastern Province") is None
    assert gazetteer.lookup("Eastern Province", hint_countries={"SA", "LK"}) is None


def test_gazetteer_press_abbreviations_name_their_divisions() -> None:
    gazetteer = default_gazetteer()
    ontario = gazetteer.abbreviated_division("Ont.")
    california = gazetteer.abbreviated_division("Calif.")
    assert ontario is not None and (ontario.name, ontario.country_code) == ("Ontario", "CA")
    assert california is not None and california.country_code == "US"
    assert gazetteer.abbreviated_division("Ont") is None  # the full stop is part of it
    assert gazetteer.abbreviation_pattern().search("in Windsor, Ont., on Friday")
