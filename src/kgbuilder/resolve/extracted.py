"""Extracted mentions and facts with their names replaced by entity keys.

A surface name is read in its own document first ("Pereira" there is Ana Pereira), then looked up
in the entity table by its canonical name. A fact whose ends cannot be resolved, or whose ends
are of kinds its label does not join (after curation retyped or dropped them), is left out
quietly: extraction proposes, the curated knowledge decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kgbuilder.datamodel import Extraction, GraphInput
from kgbuilder.kinds import Kind
from kgbuilder.relations import ANY_KIND, LABELS
from kgbuilder.resolve.entities import EntityTable
from kgbuilder.resolve.mentions import DocumentNames

_PLACES = frozenset({Kind.PLACE})


class _Keys:
    """Name -> entity key within one document."""

    def __init__(self, table: EntityTable, names: DocumentNames) -> None:
        self.table = table
        self.names = names
        self.suffix = "-" + names.source_id.partition(":")[2][:8]

    def key(self, name: str, kinds: frozenset[Kind] = ANY_KIND) -> str | None:
        local = self.names.lookup(name)
        if local is None:
            return None
        canonical, kind = local
        found = self.table.lookup(canonical, frozenset({kind}) & kinds) or self.table.lookup(
            canonical, kinds
        )
        if len(found) > 1:  # a split name: this document's own entity
            found = [k for k in found if k.endswith(self.suffix)] or found
        return found[0] if len(found) == 1 else None


def resolve_extractions(
    data: GraphInput,
    table: EntityTable,
    extractions: Sequence[Extraction],
    document_names: Sequence[DocumentNames],
) -> None:
    """Add each extraction's mentions, relations, figures and attributes to ``data``, resolved."""
    for extraction, names in zip(extractions, document_names, strict=True):
        keys = _Keys(table, names)
        spoken_of: set[str] = set()
        for mention in extraction.mentions:
            kinds = frozenset({mention.type.kind}) if mention.type else ANY_KIND
            key = keys.key(mention.entity, kinds) or keys.key(mention.entity)
            if key is not None:
                data.mentions.append(replace(mention, entity=key, type=None))
                spoken_of.add(key)
        for relation in extraction.relations:
            label = LABELS[relation.label]
            subject = keys.key(relation.subject, label.subjects)
            obj = keys.key(relation.object, label.objects)
            if subject is None or obj is None or subject == obj:
                continue
            if (
                table.entities[subject].kind not in label.subjects
                or table.entities[obj].kind not in label.objects
            ):
                continue
            data.relations.append(replace(relation, subject=subject, object=obj))
            spoken_of |= {subject, obj}
        for figure in extraction.figures:
            about = keys.key(figure.about)
            place = keys.key(figure.place, _PLACES) if figure.place else None
            if about is not None:
                data.figures.append(replace(figure, about=about, place=place))
        for attribute in extraction.attributes:
            subject = keys.key(attribute.subject)
            if subject is not None:
                data.attributes.append(replace(attribute, subject=subject))
        data.source_entities.setdefault(extraction.source_id, set()).update(spoken_of)
