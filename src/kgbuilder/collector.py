"""Fewer runs of Python's cyclic garbage collector while kgbuilder makes millions of objects.

CPython collects its youngest generation every 700 new container objects, and every tenth such
run the next one. A build creates the entity table, the gazetteer's name tables, spaCy's
vocabulary and the projection's tables, objects that live until the end, and each collection
walks them again: reading the kept gazetteer and projection tables took twice as long with the
collector running as without it, and an incremental build of 1,000 documents spent a sixth of
its time in collections. Collecting after every 100,000 new objects instead keeps almost all
of the gain (``bench/README.md``); cycles are still collected, a little later.

The thresholds are set for the duration of a ``with`` block and put back after it, so a program
that calls kgbuilder keeps its own settings.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

#: new container objects between collections of the youngest generation (CPython: 700)
YOUNG_THRESHOLD = 100_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect the youngest generation after ``YOUNG_THRESHOLD`` new objects inside the block."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], YOUNG_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
