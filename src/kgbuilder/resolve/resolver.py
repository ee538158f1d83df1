"""The resolve stage: the inputs of a build, with every name turned into an entity key.

Input: ``SourceInputs`` (records, curation, RDF files, documents) and the ``Extraction`` of each
document. Output: a ``GraphInput`` for the model. Names are first clustered within each document
(``resolve.mentions``), then across documents and curated records by ``EntityTable``, where the
curation file and curated records win over what was extracted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kgbuilder.config import Settings
from kgbuilder.datamodel import (
    EntityDeclaration,
    Extraction,
    GraphInput,
    Relation,
    Source,
    SourceKind,
)
from kgbuilder.errors import Problem
from kgbuilder.gazetteer import default_gazetteer
from kgbuilder.resolve.entities import EXTRACTED, RECORDS, EntityTable, FactResolver
from kgbuilder.resolve.extracted import resolve_extractions
from kgbuilder.resolve.mentions import resolve_document
from kgbuilder.resolve.places import GAZETTEER_SOURCE, keep_stated_containers, link_places
from kgbuilder.sources.collect import SourceInputs


def resolve(
    inputs: SourceInputs,
    settings: Settings,
    problems: list[Problem],
    extractions: Sequence[Extraction] = (),
) -> GraphInput:
    """Resolve entities across all sources, link places, and resolve every fact's names."""
    document_names = [resolve_document(extraction) for extraction in extractions]
    resolution = CorpusResolution.resolve(
        inputs,
        settings,
        problems,
        [d for names in document_names for d in names.declarations],
        [d.source for d in inputs.documents],
    )
    data = resolution.shared_input()
    resolve_extractions(data, resolution.table, extractions, document_names)
    data.relations = keep_stated_containers(data.relations, resolution.table)
    data.sources = sorted(resolution.sources.values(), key=lambda s: s.id)
    return data


@dataclass
class CorpusResolution:
    """The entity table of a whole build, and what it says of the sources that are not documents.

    Made once from every document's declarations (``resolve_document(...).declarations``); each
    document's facts are then resolved against it one at a time (``document_input``), so a build
    never needs every extraction at once.
    """

    inputs: SourceInputs
    table: EntityTable
    gazetteer_relations: list[Relation]
    sources: dict[str, Source]
    problems: list[Problem]
    paths: dict[str, str | None]

    @classmethod
    def resolve(
        cls,
        inputs: SourceInputs,
        settings: Settings,
        problems: list[Problem],
        document_declarations: Iterable[EntityDeclaration],
        document_sources: Iterable[Source],
    ) -> CorpusResolution:
        declarations = [(RECORDS, d) for rs in inputs.record_sets for d in rs.entities]
        declarations += [(EXTRACTED, d) for d in document_declarations]
        table = EntityTable.resolve(declarations, inputs.curation, problems)
        gazetteer_relations = []
        if settings.gazetteer.geonames:
            gazetteer_relations = link_places(
                table, default_gazetteer(), containment=settings.gazetteer.country_containment
            )
        sources: dict[str, Source] = {}
        for record_set in inputs.record_sets:
            sources[record_set.source.id] = record_set.source
            if record_set.cited is not None:
                sources.setdefault(record_set.cited.id, record_set.cited)
        for source in inputs.rdf_sources:
            sources[source.id] = source
        for source in document_sources:
            sources[source.id] = source
        if gazetteer_relations:
            sources[GAZETTEER_SOURCE.id] = GAZETTEER_SOURCE
        paths = {s.id: _shown_path(s, inputs, settings) for s in sources.values()}
        return cls(inputs, table, gazetteer_relations, sources, problems, paths)

    def shared_input(self) -> GraphInput:
        """Entities, records, RDF files and the gazetteer: everything but the documents' facts.

        ``sources`` holds the sources that are not documents (a document cited by a records file
        is described in that file's graph, from ``self.sources``).
        """
        inputs = self.inputs
        facts = FactResolver(self.table, self.paths, self.problems)
        documents = set(_document_ids(self.sources))
        data = GraphInput(
            sources=sorted(
                (s for s in self.sources.values() if s.id not in documents), key=lambda s: s.id
            ),
            rdf_files=list(inputs.rdf_files),
        )
        for record_set in inputs.record_sets:
            relations = facts.relations(record_set.relations)
            figures = facts.figures(record_set.figures)
            attributes = facts.attributes(record_set.attributes)
            data.relations.extend(relations)
            data.figures.extend(figures)
            data.attributes.extend(attributes)
            table = self.table
            spoken_of = {
                k
                for d in record_set.entities
                for k in table.lookup(d.name, frozenset({d.type.kind}))
            }
            spoken_of |= {k for r in relations for k in (r.subject, r.object)}
            spoken_of |= {f.about for f in figures} | {f.place for f in figures if f.place}
            data.source_entities.setdefault(record_set.source.id, set()).update(spoken_of)
        data.relations.extend(self.gazetteer_relations)
        data.entities = sorted(self.table.entities.values(), key=lambda e: e.key)
        return data

    def document_input(self, source: Source, extraction: Extraction) -> GraphInput:
        """One document's source and facts, every name resolved (its named graph's input)."""
        return document_input(self.table, source, extraction)


def document_input(table: EntityTable, source: Source, extraction: Extraction) -> GraphInput:
    """One document's source and facts, every name resolved against ``table``."""
    data = GraphInput(sources=[source])
    resolve_extractions(data, table, [extraction], [resolve_document(extraction)])
    data.source_entities.setdefault(source.id, set())
    return data


def _document_ids(sources: dict[str, Source]) -> list[str]:
    return [s.id for s in sources.values() if s.kind is SourceKind.DOCUMENT]


def _shown_path(source: Source, inputs: SourceInputs, settings: Settings) -> str | None:
    """The path to name in messages, as the reader named the file."""
    if source.path is None:
        return None
    folder = {"records": settings.sources.records, "rdf": settings.sources.rdf}.get(
        source.kind.value
    )
    return str(inputs.data_dir / folder / source.path) if folder else source.path
