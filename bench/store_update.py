"""How an incremental build should change the embedded store: in place, by a copy, or rebuilt.

Input: a build's store (``OUT/store``, e.g. of ``bench/build_bench.py`` on 1,000 documents).
The change is what one edited document makes: its named graph goes and a new one (same size,
other IRI) comes. Three ways, each on its own copy of the store, interleaved over ``--rounds``:

- ``inplace``: ``update_graphs_in_place``, one SPARQL update (one transaction) with only the
  triples that differ;
- ``copy``: ``update_graphs_by_copy``, a RocksDB checkpoint (hard links), the graphs changed in
  the copy, swapped in;
- ``rebuild``: every quad of the store bulk-loaded into a new store, swapped in (what a build
  without incremental updates does; its read of the old store stands for the model stage).

    .venv/bin/python bench/store_update.py /tmp/kgb-build-bench-xyz/out-jobs2/store --rounds 3

Prints a table and writes bench/results/store_update.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rdflib import URIRef

from kgbuilder.store.oxigraph import (
    OxigraphStore,
    install_store,
    staging_path,
    update_graphs_by_copy,
    update_graphs_in_place,
)

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"


def one_document_change(store_dir: Path) -> dict[URIRef, list[ox.Quad] | None]:
    """Drop the middle document's graph; add its quads again under another graph name."""
    store = OxigraphStore(store_dir, read_only=True)
    names = [g for g in store.graph_names() if "/graph/doc/" in str(g)]
    old = names[len(names) // 2]
    new = ox.NamedNode(str(old)[:-4] + "ffff")
    quads = [
        ox.Quad(q.subject, q.predicate, q.object, new)
        for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(old)))
    ]
    store.close()
    return {old: None, URIRef(new.value): quads}


def run(way: str, source: Path, work: Path, changes: dict[URIRef, list[ox.Quad] | None]) -> float:
    target = work / f"store-{way}"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    start = time.perf_counter()
    if way == "inplace":
        store = OxigraphStore(target)
        update_graphs_in_place(store, changes)
        store.close()
    elif way == "copy":
        update_graphs_by_copy(target, changes)
    else:
        old = OxigraphStore(target, read_only=True)
        gone = {str(n) for n, q in changes.items() if q is None}
        staged = staging_path(target)
        fresh = OxigraphStore(staged)
        fresh.oxigraph.bulk_extend(
            q
            for q in old.oxigraph.quads_for_pattern(None, None, None, None)
            if str(q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else "") not in gone
        )
        fresh.oxigraph.bulk_extend(q for quads in changes.values() if quads for q in quads)
        fresh.close()
        old.close()
        install_store(staged, target)
    seconds = time.perf_counter() - start
    shutil.rmtree(target, ignore_errors=True)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    changes = one_document_change(args.store)
    size = sum(len(q) for q in changes.values() if q)
    results: dict[str, list[float]] = {"inplace": [], "copy": [], "rebuild": []}
    with tempfile.TemporaryDirectory(prefix="kgb-store-update-", dir=args.store.parent) as work:
        for _ in range(args.rounds):
            for way in results:
                results[way].append(round(run(way, args.store, Path(work), changes), 3))
                print(way, results[way][-1], "s, load", round(os.getloadavg()[0], 2), flush=True)
    best = {way: min(times) for way, times in results.items()}
    print(f"\none document's graph replaced ({size} quads) in a store of {args.store}")
    for way, seconds in best.items():
        print(f"{way:8} best {seconds:8.3f} s   vs rebuild {seconds / best['rebuild']:.3f}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "store_update.json").write_text(
        json.dumps({"quads_changed": size, "seconds": results, "best": best}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()
