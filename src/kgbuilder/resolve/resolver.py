"""The resolve stage: the inputs of a build, with every name turned into an entity key.

Input: ``SourceInputs`` (records, curation, RDF files, documents) and the ``Extraction`` of each
document. Output: a ``GraphInput`` for the model. Names are first clustered within each document
(``resolve.mentions``), then across documents and curated records by ``EntityTable``, where the
curation file and curated records win over what was extracted.
"""

from __future__ import annotations

from collections.abc import Sequence

from kgbuilder.config import Settings
from kgbuilder.datamodel import Extraction, GraphInput, Source
from kgbuilder.errors import Problem
from kgbuilder.gazetteer import default_gazetteer
from kgbuilder.kinds import Kind
from kgbuilder.resolve.entities import EXTRACTED, RECORDS, EntityTable, FactResolver
from kgbuilder.resolve.extracted import resolve_extractions
from kgbuilder.resolve.mentions import resolve_document
from kgbuilder.resolve.places import GAZETTEER_SOURCE, link_places
from kgbuilder.sources.collect import SourceInputs


def resolve(
    inputs: SourceInputs,
    settings: Settings,
    problems: list[Problem],
    extractions: Sequence[Extraction] = (),
) -> GraphInput:
    """Resolve entities across all sources, link places, and resolve every fact's names."""
    declarations = [(RECORDS, d) for rs in inputs.record_sets for d in rs.entities]
    document_names = [resolve_document(extraction) for extraction in extractions]
    declarations += [(EXTRACTED, d) for names in document_names for d in names.declarations]
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
    for document in inputs.documents:
        sources[document.source.id] = document.source
    if gazetteer_relations:
        sources[GAZETTEER_SOURCE.id] = GAZETTEER_SOURCE

    paths = {s.id: _shown_path(s, inputs, settings) for s in sources.values()}
    facts = FactResolver(table, paths, problems)
    data = GraphInput(
        sources=sorted(sources.values(), key=lambda s: s.id), rdf_files=list(inputs.rdf_files)
    )
    for record_set in inputs.record_sets:
        relations = facts.relations(record_set.relations)
        figures = facts.figures(record_set.figures)
        attributes = facts.attributes(record_set.attributes)
        data.relations.extend(relations)
        data.figures.extend(figures)
        data.attributes.extend(attributes)
        spoken_of = {
            k for d in record_set.entities for k in table.lookup(d.name, frozenset({d.type.kind}))
        }
        spoken_of |= {k for r in relations for k in (r.subject, r.object)}
        spoken_of |= {f.about for f in figures} | {f.place for f in figures if f.place}
        data.source_entities.setdefault(record_set.source.id, set()).update(spoken_of)
    resolve_extractions(data, table, extractions, document_names)
    # a place the sources already put inside another place keeps what they say ("<X> district
    # of <City>"): the gazetteer adds no other container to it, but still backs the one they state
    stated = {
        (r.subject, r.object)
        for r in data.relations
        if r.label == "locatedIn" and table.entities[r.subject].kind is Kind.PLACE
    }
    placed = {subject for subject, _ in stated}
    data.relations.extend(
        r for r in gazetteer_relations if r.subject not in placed or (r.subject, r.object) in stated
    )
    data.entities = sorted(table.entities.values(), key=lambda e: e.key)
    return data


def _shown_path(source: Source, inputs: SourceInputs, settings: Settings) -> str | None:
    """The path to name in messages, as the reader named the file."""
    if source.path is None:
        return None
    folder = {"records": settings.sources.records, "rdf": settings.sources.rdf}.get(
        source.kind.value
    )
    return str(inputs.data_dir / folder / source.path) if folder else source.path
