"""The plain data that flows between the stages: sources, entities, mentions, relations, figures.

sources/ produces ``Source``/``Document`` and curated ``Entity``/``Relation``/``Figure`` records;
extract/ produces ``Mention`` and ``Relation`` objects whose ends are surface names; resolve/ turns
every name into an entity key; model/ turns a ``GraphInput`` into RDF. Nothing here knows RDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from kgbuilder.kinds import EntityType, Kind


class SourceKind(StrEnum):
    """Where facts come from; decides the source node's class and its named graph's path."""

    DOCUMENT = "document"  # a text read by the extractor
    CITED = "cited"  # a work that curated records report from (no text here)
    RECORDS = "records"  # a curated records file
    RDF = "rdf"  # an RDF file loaded as it is
    GAZETTEER = "gazetteer"  # offline reference data (GeoNames)


@dataclass(frozen=True)
class Source:
    """A provenance origin: one document, cited work, records file, RDF file or gazetteer.

    ``id`` is stable across builds: a document's is its content hash (``sha256:<hex>``), a records
    file's is its path relative to the data folder.
    """

    id: str
    kind: SourceKind
    title: str | None = None
    path: str | None = None
    url: str | None = None
    published: str | None = None  # ISO 8601 date, year-month or year
    publisher: str | None = None
    sha256: str | None = None
    work_type: str = "CreativeWork"  # schema.org class of a document or cited work
    cites: tuple[str, ...] = ()  # ids of the works a records file reports from


@dataclass(frozen=True)
class Document:
    """A source with its text; character offsets of mentions and evidence index into ``text``."""

    source: Source
    text: str


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: a span of a document's text, or a line of a records file."""

    source_id: str
    start: int | None = None  # character offsets of the evidence sentence
    end: int | None = None
    text: str | None = None  # the sentence itself, as written
    line: int | None = None  # line of a curated record


@dataclass(frozen=True)
class Provenance:
    """How a fact was obtained: by whom (agent, version), from where, how sure."""

    source_id: str  # the source whose named graph holds the fact
    method: str  # "curated", "extracted", "gazetteer"
    agent: str  # e.g. "kgbuilder.records", "kgbuilder.extract.rules"
    agent_version: str
    confidence: float = 1.0
    evidence: tuple[Evidence, ...] = ()
    primary_sources: tuple[str, ...] = ()  # the works a curated record reports from


@dataclass(frozen=True)
class Entity:
    """One real thing, after resolution; ``key`` is its IRI path (``person/marta-quispe``)."""

    key: str
    name: str  # canonical name: rdfs:label
    type: EntityType
    aliases: tuple[str, ...] = ()  # skos:altLabel
    same_as: tuple[str, ...] = ()  # external IRIs (GeoNames, Wikidata)
    description: str | None = None

    @property
    def kind(self) -> Kind:
        return self.type.kind


@dataclass(frozen=True)
class EntityDeclaration:
    """An entity as a curated record or the curation file declares it, before resolution."""

    name: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    geonames_id: int | None = None
    description: str | None = None
    start_date: str | None = None  # events
    end_date: str | None = None
    path: str | None = None
    line: int | None = None
    #: names that identify the entity within one source only (a surname, a short place name):
    #: written as altLabels, never used to merge entities across sources
    local_aliases: tuple[str, ...] = ()
    source_id: str | None = None  # the document an extracted declaration comes from


@dataclass(frozen=True)
class Mention:
    """A span of a document's text that names an entity (offsets into ``Document.text``)."""

    source_id: str
    start: int
    end: int
    text: str
    entity: str  # the entity key once resolved; the surface name before
    type: EntityType | None = None  # what the extractor thinks it is (None once resolved)
    confidence: float = 1.0
    agent: str = "kgbuilder.extract"  # the component that found it
    agent_version: str = ""


@dataclass(frozen=True)
class Qualifiers:
    """What a relation says beyond its two ends: a post's title, a date, an amount."""

    role: str | None = None
    date: str | None = None  # ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD
    amount: Decimal | None = None
    currency: str | None = None


@dataclass(frozen=True)
class Relation:
    """A direct relation (ONTOLOGY.md label) between two entities (keys, or names before resolution)."""

    subject: str
    label: str
    object: str
    provenance: Provenance
    qualifiers: Qualifiers = field(default_factory=Qualifiers)


@dataclass(frozen=True)
class Figure:
    """A dated figure or a rank about an entity: becomes a ``schema:Observation``.

    A rank is a figure whose ``measure`` is ``"rank"`` and whose ``scope`` says among what.
    """

    about: str
    measure: str
    value: Decimal
    provenance: Provenance
    unit: str | None = None
    period: str | None = None  # ISO 8601 date or interval "2024-01/2024-09"
    place: str | None = None  # entity key or name
    scope: str | None = None  # for ranks: "among Chinese brands"


@dataclass(frozen=True)
class Attribute:
    """A dated property of an entity stated by a source, e.g. an event's start and end dates."""

    subject: str
    name: str  # "startDate" or "endDate"
    value: str  # ISO 8601
    provenance: Provenance


@dataclass
class GraphInput:
    """Everything the model stage turns into RDF, with every entity reference resolved to a key."""

    sources: list[Source] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    attributes: list[Attribute] = field(default_factory=list)
    rdf_files: list[RdfFile] = field(default_factory=list)
    #: source id -> keys of the entities it speaks of (``schema:mentions``)
    source_entities: dict[str, set[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class RdfFile:
    """An RDF file given as an input, loaded as it is into its own named graph."""

    source_id: str
    data: bytes
    format: str  # a file extension pyoxigraph knows: "ttl", "nt", "jsonld", "rdf", "n3"


@dataclass(frozen=True)
class Extraction:
    """What the extractor read in one document: mentions, relations, figures and dated attributes.

    Entity references are still surface names (``Mention.entity`` holds the name the mention
    stands for); resolve/ turns them into entity keys. ``extractor`` and ``version`` say what made
    it, so an extraction can be cached by document hash and version.
    """

    source_id: str
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    figures: tuple[Figure, ...] = ()
    attributes: tuple[Attribute, ...] = ()
    extractor: str = "kgbuilder.extract"
    version: str = ""
