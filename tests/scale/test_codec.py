"""The cache's JSON form of a document's source and extraction: exact round trips, checked reads."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from kgb_corpus import article
from kgbuilder.datamodel import (
    Document,
    Evidence,
    Extraction,
    Figure,
    Provenance,
    Qualifiers,
    Relation,
    Source,
    SourceKind,
)
from kgbuilder.extract.extractor import Extractor
from kgbuilder.scale.codec import (
    CacheFormatError,
    extraction_from_json,
    extraction_to_json,
    source_from_json,
    source_to_json,
)


def _source() -> Source:
    return Source(
        id="sha256:" + "ab" * 32,
        kind=SourceKind.DOCUMENT,
        title="A <b>title</b>",
        path="news/a.md",
        published="2024-05",
        sha256="ab" * 32,
        work_type="NewsArticle",
    )


def test_codec_round_trips_a_real_extraction() -> None:
    document = Document(_source(), article(3))
    extraction = Extractor().extract(document)
    assert extraction.mentions and extraction.relations
    data = json.loads(json.dumps(extraction_to_json(extraction)))
    assert extraction_from_json(data) == extraction
    assert source_from_json(json.loads(json.dumps(source_to_json(document.source)))) == (
        document.source
    )


def test_codec_round_trips_qualifiers_figures_and_decimals() -> None:
    provenance = Provenance(
        "sha256:x",
        "extracted",
        "kgbuilder.extract.figure",
        "1",
        0.7,
        (Evidence("sha256:x", 0, 9, "A\nsentence"),),
    )
    extraction = Extraction(
        source_id="sha256:x",
        relations=(
            Relation(
                "A",
                "acquired",
                "B",
                provenance,
                Qualifiers(date="2020-01", amount=Decimal("1.50E+8"), currency="USD"),
            ),
        ),
        figures=(
            Figure("A", "revenue", Decimal("12.5"), provenance, unit="percent", scope="in Peru"),
        ),
    )
    assert (
        extraction_from_json(json.loads(json.dumps(extraction_to_json(extraction)))) == extraction
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(mentions="x"), "expected a list"),
        (lambda d: d["mentions"][0].__setitem__(1, "7"), "whole number"),
        (lambda d: d["mentions"][0].__setitem__(5, "Spaceship"), "unknown entity type"),
        (lambda d: d["mentions"][0].pop(), "expected 9 fields"),
        (lambda d: d["relations"][0][4].__setitem__(2, "NaN"), "finite"),
        (lambda d: d["relations"][0][4].__setitem__(2, "12 million"), "decimal"),
        (lambda d: d.pop("version"), "expected a string"),
    ],
)
def test_codec_rejects_what_it_did_not_write(change, message) -> None:  # type: ignore[no-untyped-def]
    extraction = Extractor().extract(Document(_source(), article(0)))
    data = json.loads(json.dumps(extraction_to_json(extraction)))
    if not data["relations"][0][4][2]:
        data["relations"][0][4][2] = "1"
    change(data)
    with pytest.raises(CacheFormatError, match=message):
        extraction_from_json(data)


def test_codec_source_kind_must_be_known() -> None:
    data = source_to_json(_source())
    data["kind"] = "oracle"
    with pytest.raises(CacheFormatError, match="unknown source kind"):
        source_from_json(data)
