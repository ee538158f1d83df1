from __future__ import annotations

import json

import pytest

from kgbuilder.serve.limits import MAX_NESTING, json_depth


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        (b"1", 0),
        (b"{}", 1),
        (b'{"a": [[{"b": 1}]], "c": {}}', 4),
        (b'{"a": "{[{[{[", "b": "\\"{"}', 1),  # brackets in strings, escaped quotes
        (b"[" * 3000 + b"]" * 3000, 3000),
    ],
)
def test_json_depth_counts_nesting_outside_strings(text: bytes, depth: int) -> None:
    assert json_depth(text) == depth


def test_json_depth_of_a_real_document_agrees_with_its_structure() -> None:
    document = {"@id": "http://e/a", "http://e/p": [{"@value": "x"}]}
    for _ in range(MAX_NESTING):
        document = {"http://e/p": document}
    assert json_depth(json.dumps(document).encode()) == MAX_NESTING + 3
