"""The located YAML reader: bad structures become a ``SourceError`` with the place, never a crash."""

from __future__ import annotations

import pytest

from kgbuilder.errors import SourceError
from kgbuilder.sources import located_yaml as ly


@pytest.mark.parametrize(
    ("text", "line"),
    [("a: &x [1, *x]\n", 1), ("entities:\n  - &e {k: [*e]}\n", 2)],
)
def test_load_alias_cycle_is_reported_with_its_place(text: str, line: int) -> None:
    with pytest.raises(SourceError, match="cycle") as caught:
        ly.load(text, "records/x.yaml")
    assert caught.value.path == "records/x.yaml"
    assert caught.value.line == line


def test_load_shared_alias_without_cycle_is_read() -> None:
    root = ly.load("a: &x [1]\nb: *x\n", "x.yaml")
    assert isinstance(root, ly.Mapping)
    assert root.get("a") is root.get("b")


@pytest.mark.parametrize("depth", [400, 5000])
def test_load_deep_nesting_is_reported(depth: int) -> None:
    with pytest.raises(SourceError, match="nested too deeply"):
        ly.load("[" * depth + "]" * depth, "x.yaml")
