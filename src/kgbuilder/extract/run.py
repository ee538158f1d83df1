"""The extract stage of a build: every document through one extractor.

``extract_documents`` runs the extractor over the documents of a build, with the curated names as
its knowledge base (``knowledge_base``) or, for ``kgbuilder extract``, with none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kgbuilder.config import Settings
from kgbuilder.datamodel import Document, Extraction
from kgbuilder.extract.entities import KnowledgeBase
from kgbuilder.extract.extractor import Extractor
from kgbuilder.sources.collect import SourceInputs


def knowledge_base(inputs: SourceInputs) -> KnowledgeBase:
    """The curated names (curation file first, then records) the extractor recognises in text."""
    entries = [(d.name, d.type.name, d.aliases) for d in inputs.curation.entities]
    entries += [(d.name, d.type.name, d.aliases) for rs in inputs.record_sets for d in rs.entities]
    return KnowledgeBase.from_names(entries)


def extract_documents(
    documents: Sequence[Document], settings: Settings, *, knowledge: KnowledgeBase | None = None
) -> list[Extraction]:
    """The extraction of every document, parsed in batches."""
    if not documents:
        return []
    extractor = Extractor(settings.extract.model, knowledge=knowledge)
    minimum = settings.extract.min_confidence
    out = []
    for extraction in extractor.extract_all(documents):
        if minimum > 0:
            extraction = above_confidence(extraction, minimum)
        out.append(extraction)
    return out


def above_confidence(extraction: Extraction, minimum: float) -> Extraction:
    """The extraction without what was read with less than ``minimum`` confidence."""
    return replace(
        extraction,
        mentions=tuple(m for m in extraction.mentions if m.confidence >= minimum),
        relations=tuple(r for r in extraction.relations if r.provenance.confidence >= minimum),
        figures=tuple(f for f in extraction.figures if f.provenance.confidence >= minimum),
        attributes=tuple(a for a in extraction.attributes if a.provenance.confidence >= minimum),
    )
