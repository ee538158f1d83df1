"""The build's garbage-collector thresholds: raised inside, put back after, even on errors."""

from __future__ import annotations

import gc
import threading

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


def test_blocks_overlapping_in_threads_restore_the_first_setting() -> None:
    """Thread A enters, thread B enters, A leaves, B leaves: the thresholds stay raised until B
    leaves, then are what they were before A entered."""
    before = gc.get_threshold()
    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, int] = {}

    def a() -> None:
        with fewer_collections():
            a_in.set()
            b_in.wait(5)
        a_out.set()

    def b() -> None:
        a_in.wait(5)
        with fewer_collections():
            b_in.set()
            a_out.wait(5)
            seen["after A left"] = gc.get_threshold()[0]

    threads = [threading.Thread(target=a), threading.Thread(target=b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert seen["after A left"] == max(before[0], YOUNG_THRESHOLD)
    assert gc.get_threshold() == before


def test_a_collector_turned_off_stays_off() -> None:
    before = gc.get_threshold()
    gc.set_threshold(0, *before[1:])
    try:
        with fewer_collections():
            assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)


def test_young_objects_are_collected_after_the_raised_threshold() -> None:
    """Automatic collections still happen inside a block, but only after many new objects."""
    runs: list[str] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 0:
            runs.append(phase)

    gc.collect()
    gc.callbacks.append(count)
    try:
        with fewer_collections():
            few = [[] for _ in range(YOUNG_THRESHOLD // 10)]
            after_few = len(runs)
            many = [[] for _ in range(3 * YOUNG_THRESHOLD)]
            after_many = len(runs)
    finally:
        gc.callbacks.remove(count)
    del few, many
    assert after_few == 0
    assert after_many >= 1
