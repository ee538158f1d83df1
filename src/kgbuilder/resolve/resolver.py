"""The resolve stage: the inputs of a build, with every name turned into an entity key.

Input: ``SourceInputs`` (records, curation, RDF files). Output: a ``GraphInput`` for the model.
"""

from __future__ import annotations

from kgbuilder.config import Settings
from kgbuilder.datamodel import GraphInput, Source
from kgbuilder.errors import Problem
from kgbuilder.resolve.entities import RECORDS, EntityTable, FactResolver
from kgbuilder.gazetteer import default_gazetteer
from kgbuilder.resolve.places import GAZETTEER_SOURCE, link_places
from kgbuilder.sources.collect import SourceInputs


def resolve(inputs: SourceInputs, settings: Settings, problems: list[Problem]) -> GraphInput:
    """Resolve entities across all sources, link places, and resolve every fact's names."""
    declarations = [(RECORDS, d) for rs in inputs.record_sets for d in rs.entities]
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
    data.relations.extend(gazetteer_relations)
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
