"""One real spaCy pipeline and extractor for the extraction tests, and a helper to read a text."""

from __future__ import annotations

import hashlib

import pytest

from kgbuilder.datamodel import Document, Extraction, Source, SourceKind
from kgbuilder.extract.extractor import Extractor
from kgbuilder.resolve.mentions import resolve_document


def document(text: str, published: str | None = None) -> Document:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Document(
        Source(f"sha256:{digest}", SourceKind.DOCUMENT, published=published, sha256=digest), text
    )


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def read(extractor: Extractor):  # type: ignore[no-untyped-def]
    def run(text: str, published: str | None = None) -> Extraction:
        return extractor.extract(document(text, published))

    return run


def relations(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject, r.label, r.object) for r in extraction.relations}


def entities(extraction: Extraction) -> dict[str, str]:
    """Mentioned name -> kind value."""
    return {m.entity: m.type.kind.value for m in extraction.mentions if m.type is not None}


def same_entity(extraction: Extraction, a: str, b: str) -> bool:
    """Do two names of one text resolve to one entity?"""
    resolved = resolve_document(extraction)
    return resolved.lookup(a) is not None and resolved.lookup(a) == resolved.lookup(b)
