"""The relation labels of the model: their predicates, the kinds they join, the qualifiers they take.

This table is the single place that says how ``[A, worksFor, B, role]`` becomes RDF; the records
loader validates against it, the extractor emits its labels, the model writes its predicates and the
scorer reads them back.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from kgbuilder.errors import UnknownNameError
from kgbuilder.kinds import Kind, unknown_name_message
from kgbuilder.namespaces import KGB, SCHEMA

ANY_KIND: frozenset[Kind] = frozenset(Kind)


@dataclass(frozen=True)
class RelationLabel:
    """One label of ONTOLOGY.md's table of direct relations."""

    name: str
    predicate: URIRef
    subjects: frozenset[Kind]
    objects: frozenset[Kind]
    qualifiers: frozenset[str] = frozenset()
    #: Where the subject is a place, the predicate to use instead (locatedIn: containedInPlace).
    place_predicate: URIRef | None = None

    def predicate_for(self, subject_kind: Kind) -> URIRef:
        if self.place_predicate is not None and subject_kind is Kind.PLACE:
            return self.place_predicate
        return self.predicate

    @property
    def predicates(self) -> tuple[URIRef, ...]:
        """Every predicate this label is written with."""
        if self.place_predicate is None:
            return (self.predicate,)
        return (self.place_predicate, self.predicate)


_ORG = frozenset({Kind.ORGANIZATION})
_PLACE = frozenset({Kind.PLACE})
_AGENTS = frozenset({Kind.PERSON, Kind.ORGANIZATION})
_NOT_PERSON = ANY_KIND - {Kind.PERSON}

LABELS: dict[str, RelationLabel] = {
    label.name: label
    for label in [
        RelationLabel(
            "worksFor", SCHEMA.worksFor, frozenset({Kind.PERSON}), _ORG, frozenset({"role"})
        ),
        RelationLabel("nationality", SCHEMA.nationality, frozenset({Kind.PERSON}), _PLACE),
        RelationLabel("partOf", SCHEMA.parentOrganization, _ORG, _ORG),
        RelationLabel(
            "locatedIn",
            SCHEMA.location,
            _NOT_PERSON,
            _PLACE,
            place_predicate=SCHEMA.containedInPlace,
        ),
        RelationLabel(
            "acquired", KGB.acquired, _ORG, _NOT_PERSON, frozenset({"date", "amount", "currency"})
        ),
        RelationLabel("participatedIn", KGB.participatedIn, _AGENTS, frozenset({Kind.EVENT})),
        RelationLabel("organizedBy", SCHEMA.organizer, frozenset({Kind.EVENT}), _AGENTS),
        RelationLabel("operatesIn", SCHEMA.areaServed, _ORG, _PLACE),
        RelationLabel(
            "investsIn", KGB.investsIn, _ORG, _NOT_PERSON, frozenset({"date", "amount", "currency"})
        ),
        RelationLabel("relatedTo", KGB.relatedTo, ANY_KIND, ANY_KIND),
    ]
}

#: Which qualifier a bare fourth element of ``[s, label, o, X]`` fills, by label.
DEFAULT_QUALIFIER: dict[str, str] = {"worksFor": "role", "acquired": "date", "investsIn": "date"}

#: predicate IRI -> label name; both predicates of locatedIn map to it.
LABEL_OF_PREDICATE: dict[URIRef, str] = {
    predicate: label.name for label in LABELS.values() for predicate in label.predicates
}


def relation_label(name: str) -> RelationLabel:
    """Look up a label by name; an unknown one lists the close ones and all known labels."""
    try:
        return LABELS[name]
    except KeyError:
        raise UnknownNameError(unknown_name_message("relation label", name, LABELS)) from None
