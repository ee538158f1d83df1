"""Fewer runs of Python's cyclic garbage collector while kgbuilder makes millions of objects.

CPython collects its youngest generation every 700 new container objects, and every tenth such
run the next one. A build creates the entity table, the gazetteer's name tables, spaCy's
vocabulary and the projection's tables, objects that live until the end, and each collection
walks them again: reading the kept gazetteer and projection tables took twice as long with the
collector running as without it, and an incremental build of 1,000 documents spent a sixth of
its time in collections. Collecting after every 100,000 new objects instead keeps almost all
of the gain (``bench/README.md``); cycles are still collected, a little later: a build of
10,000 documents peaked at 2,199 MiB with this and 2,145 MiB without.

The thresholds are process-wide: they are raised when the first block is entered and put back
when the last one ends (blocks nest, and threads of one process, such as a Dask worker's, may
run several at once), so a program that calls kgbuilder keeps its own settings. A collector
the program turned off (a threshold of 0) stays off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: new container objects between collections of the youngest generation (CPython: 700)
YOUNG_THRESHOLD = 100_000

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] = ()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect the youngest generation after ``YOUNG_THRESHOLD`` new objects inside the block."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            if _saved[0] > 0:
                gc.set_threshold(max(_saved[0], YOUNG_THRESHOLD), *_saved[1:])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_saved)
