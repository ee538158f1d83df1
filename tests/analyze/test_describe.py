from __future__ import annotations

from typing import Any

import pytest

from kgbuilder.analyze.describe import cite, figure_text, qualifier_text

SENTENCE = {
    "sentence": "Ana works for Acme.",
    "title": "Acme news",
    "published": "2024-11",
    "start": 10,
    "end": 29,
    "method": "extracted",
    "confidence": 0.85,
}


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        (
            SENTENCE,
            "“Ana works for Acme.” — Acme news (2024-11), characters 10–29; extracted, confidence 0.85",
        ),
        (
            {**SENTENCE, "confidence": 1.0, "published": None},
            "“Ana works for Acme.” — Acme news, characters 10–29; extracted",
        ),
        (
            {**SENTENCE, "title": None, "path": "documents/acme.txt", "start": None},
            "“Ana works for Acme.” — documents/acme.txt (2024-11); extracted, confidence 0.85",
        ),
        (
            {"path": "records/x.yaml", "line": 3, "method": "curated", "confidence": 1.0},
            "records/x.yaml, line 3; curated",
        ),
        (
            {"title": "GeoNames", "url": "https://www.geonames.org/", "method": "gazetteer"},
            "GeoNames <https://www.geonames.org/>; gazetteer",
        ),
        ({"source": "https://example.org/doc/1"}, "https://example.org/doc/1"),
    ],
)
def test_cite_writes_one_line(evidence: dict[str, Any], expected: str) -> None:
    assert cite(evidence) == expected


def test_qualifier_text_joins_roles_and_amounts() -> None:
    assert (
        qualifier_text({"roles": ["Director", "Founder"], "date": "2020-05"})
        == "Director, Founder, 2020-05"
    )
    assert qualifier_text({"amount": "12.5"}) == "12.5"


def test_figure_text_names_the_place_by_label_or_id() -> None:
    figure = {"measure": "sales", "value": "10", "place": "x/place/peru"}
    assert figure_text(figure, {"x/place/peru": "Peru"}) == "sales 10 (Peru)"
    assert figure_text(figure, {}) == "sales 10 (x/place/peru)"
