"""The state of the last build: read back only when it is whole and of this format."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgbuilder.scale.state import _MODEL_CODE, BuildState, forget_state, model_code_digest
from kgbuilder.source_digest import code_digest


def test_state_round_trips(tmp_path: Path) -> None:
    state = BuildState("oxigraph:/x/store", "abc", {"https://g/1": "i:1"}, {"a.txt": "00"})
    state.save(tmp_path / "state.json")
    assert BuildState.load(tmp_path / "state.json") == state
    forget_state(tmp_path / "state.json")
    assert BuildState.load(tmp_path / "state.json") is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        "[]",
        '{"format": 2, "store": "s", "code": "c", "graphs": {}, "documents": {}}',
        '{"format": 1, "store": "s", "code": "c", "graphs": {"g": 1}, "documents": {}}',
        '{"format": 1, "store": 5, "code": "c", "graphs": {}, "documents": {}}',
    ],
)
def test_state_that_is_not_whole_is_no_state(tmp_path: Path, text: str) -> None:
    (tmp_path / "state.json").write_text(text)
    assert BuildState.load(tmp_path / "state.json") is None


def test_model_code_digest_is_the_model_codes_hash() -> None:
    assert model_code_digest() == code_digest.__wrapped__(*_MODEL_CODE)
    assert len(model_code_digest()) == 16
