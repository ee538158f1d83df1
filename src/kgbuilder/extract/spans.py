"""The working data of one document's extraction: found names (spans) and facts read from names.

``Found`` is a span of text that names something, with what the rules think it is; ``NameFact``
is a relation that a name itself states ("<Org> Chile Branch" is part of <Org> and located in
Chile). Both are internal to extract/; the extractor turns them into ``Mention`` and ``Relation``.
"""

from __future__ import annotations

from dataclasses import dataclass

from kgbuilder.kinds import ENTITY_TYPES, Kind

#: place types of buildings and sites, which lie in a town rather than contain one
VENUE_TYPES = frozenset({"CivicStructure", "LandmarksOrHistoricalBuildings"})

#: rule priorities when spans overlap: the higher wins, then the longer
PRIORITY = {
    "kb": 9,
    "dateline": 9,
    "masthead": 8,
    "quoted-event": 8,
    "cluster": 8,
    "structural-org": 7,
    "brand-region": 6,
    "thing": 7,
    "landmark": 6,
    "event-name": 6,
    "title-object": 5,
    "org-appositive": 5,
    "org-described": 5,
    "defined-name": 5,
    "person-appositive": 5,
    "patronymic-name": 5,
    "press-abbreviation": 6,
    "styled-name": 5,
    "contact": 5,
    "titled-name": 4,
    "area": 5,
    "capital": 5,
    "place-name": 5,
    "org-name": 4,
    "acronym": 5,
    "ner": 4,
    "demonym": 3,
    "repeat": 3,
    "name-part": 2,
    "anaphor": 1,
}


@dataclass
class Found:
    """A span of the document's text that names an entity (character offsets)."""

    start: int
    end: int
    name: str  # the name as it should be written (quotes and "the" removed)
    type: str  # an entity type name of kinds.ENTITY_TYPES
    rule: str
    confidence: float
    nested: bool = False  # a part of a longer name, kept as a mention of its own
    demonym: bool = False  # written as a demonym ("Chilean" for Chile)
    anaphor: bool = False  # a description that refers back ("the promotion")
    cued: bool = False  # its kind read from the words around it, against NER's label

    @property
    def kind(self) -> Kind:
        return ENTITY_TYPES[self.type].kind

    @property
    def priority(self) -> int:
        return PRIORITY.get(self.rule, 0)

    def overlaps(self, other: Found) -> bool:
        return self.start < other.end and other.start < self.end

    def inside(self, other: Found) -> bool:
        return other.start <= self.start and self.end <= other.end


@dataclass(frozen=True)
class NameFact:
    """A relation stated by a name: subject and object are ``Found`` spans of the document."""

    subject: Found
    label: str
    object: Found
    rule: str
    confidence: float
    role: str | None = None  # a post the name gives ("By <P>, Senior Correspondent")
