"""Entity kinds and the classes a record may name for them (ONTOLOGY.md, "Entities").

A *kind* is the coarse category that decides an entity's IRI path and its base class; a *type
name* is what a person writes in a record ("City", "Corporation"), which adds a schema.org
subclass. Every entity gets its kind's base class plus the subclass, so ``?x a schema:Place``
finds cities without inference.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from rdflib import URIRef

from kgbuilder.errors import UnknownNameError
from kgbuilder.namespaces import KGB, SCHEMA


class Kind(StrEnum):
    """The six kinds of entity of the model; the value is the name used in gold files."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    EVENT = "Event"
    INDUSTRY_CLUSTER = "IndustryCluster"
    OTHER = "Other"

    @property
    def base_class(self) -> URIRef:
        return _BASE_CLASS[self]

    @property
    def segment(self) -> str:
        """The path segment of this kind's entity IRIs (``person/``, ``place/``...)."""
        return _SEGMENT[self]


_BASE_CLASS: dict[Kind, URIRef] = {
    Kind.PERSON: SCHEMA.Person,
    Kind.ORGANIZATION: SCHEMA.Organization,
    Kind.PLACE: SCHEMA.Place,
    Kind.EVENT: SCHEMA.Event,
    Kind.INDUSTRY_CLUSTER: KGB.IndustryCluster,
    Kind.OTHER: SCHEMA.Thing,
}

_SEGMENT: dict[Kind, str] = {
    Kind.PERSON: "person",
    Kind.ORGANIZATION: "organization",
    Kind.PLACE: "place",
    Kind.EVENT: "event",
    Kind.INDUSTRY_CLUSTER: "cluster",
    Kind.OTHER: "thing",
}


@dataclass(frozen=True)
class EntityType:
    """A type name as written in records, with its kind and (optional) more specific class."""

    name: str
    kind: Kind
    cls: URIRef

    @property
    def classes(self) -> tuple[URIRef, ...]:
        """The ``rdf:type`` values to assert: the base class first, then the subclass if any."""
        if self.cls == self.kind.base_class:
            return (self.cls,)
        return (self.kind.base_class, self.cls)


def _types() -> dict[str, EntityType]:
    table: list[tuple[Kind, list[str]]] = [
        (Kind.PERSON, ["Person"]),
        (
            Kind.ORGANIZATION,
            [
                "Organization",
                "Corporation",
                "GovernmentOrganization",
                "CollegeOrUniversity",
                "EducationalOrganization",
                "NGO",
                "NewsMediaOrganization",
                "PoliticalParty",
                "ResearchOrganization",
                "SportsOrganization",
                "MedicalOrganization",
                "OnlineBusiness",
                "LocalBusiness",
                "Airline",
                "Consortium",
                "FundingAgency",
                "LibrarySystem",
                "PerformingGroup",
            ],
        ),
        (
            Kind.PLACE,
            [
                "Place",
                "Country",
                "State",
                "City",
                "AdministrativeArea",
                "Continent",
                "LandmarksOrHistoricalBuildings",
                "TouristAttraction",
                "BodyOfWater",
                "Mountain",
                "CivicStructure",
                "Airport",
                "Landform",
            ],
        ),
        (Kind.EVENT, ["Event", "BusinessEvent", "ExhibitionEvent", "Festival", "SocialEvent"]),
        (Kind.INDUSTRY_CLUSTER, ["IndustryCluster"]),
        (Kind.OTHER, ["Thing", "Language", "Product", "Brand", "CreativeWork", "Service"]),
    ]
    types: dict[str, EntityType] = {}
    for kind, names in table:
        for name in names:
            cls = kind.base_class if name == kind.value or name == "Thing" else SCHEMA[name]
            types[name] = EntityType(name, kind, cls)
    types["Other"] = EntityType("Other", Kind.OTHER, SCHEMA.Thing)
    return types


ENTITY_TYPES: dict[str, EntityType] = _types()


def entity_type(name: str) -> EntityType:
    """Look up a type name (case-insensitive); an unknown name lists the close ones."""
    found = ENTITY_TYPES.get(name)
    if found is not None:
        return found
    by_fold = {key.casefold(): value for key, value in ENTITY_TYPES.items()}
    found = by_fold.get(name.casefold())
    if found is not None:
        return found
    raise UnknownNameError(unknown_name_message("entity type", name, ENTITY_TYPES))


def kind_of_class(cls: URIRef) -> Kind | None:
    """The kind an ``rdf:type`` value belongs to, or None for classes outside the entity table."""
    for entity_type_ in ENTITY_TYPES.values():
        if entity_type_.cls == cls:
            return entity_type_.kind
    return None


def unknown_name_message(what: str, name: str, known: Iterable[object]) -> str:
    """``unknown entity type 'Cty'; did you mean 'City'? (known: ...)``, the registry miss message."""
    choices = sorted(str(k) for k in known)
    close = difflib.get_close_matches(name, choices, n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    return f"unknown {what} {name!r}{hint} (known: {', '.join(choices)})"
