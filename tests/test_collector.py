"""The build's garbage-collector thresholds: raised inside, put back after, even on errors."""

from __future__ import annotations

import gc

import pytest

from kgbuilder.collector import YOUNG_THRESHOLD, fewer_collections


def test_thresholds_raised_inside_and_restored_after() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        inside = gc.get_threshold()
    assert inside[0] == max(before[0], YOUNG_THRESHOLD)
    assert inside[1:] == before[1:]
    assert gc.get_threshold() == before


def test_thresholds_restored_when_the_block_raises() -> None:
    before = gc.get_threshold()
    with pytest.raises(ValueError, match="bad input"), fewer_collections():
        raise ValueError("bad input")
    assert gc.get_threshold() == before


def test_decorated_function_runs_with_fewer_collections_each_call() -> None:
    before = gc.get_threshold()

    @fewer_collections()
    def young_threshold() -> int:
        return gc.get_threshold()[0]

    assert young_threshold() == max(before[0], YOUNG_THRESHOLD)
    assert young_threshold() == max(before[0], YOUNG_THRESHOLD)
    assert gc.get_threshold() == before


def test_cycles_are_still_collected_inside() -> None:
    class Node:
        def __init__(self) -> None:
            self.other: Node | None = None

    with fewer_collections():
        a, b = Node(), Node()
        a.other, b.other = b, a
        del a, b
        assert gc.collect() >= 2
