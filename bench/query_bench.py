"""The saved queries on the synthetic graph: kgbuilder vs raw pyoxigraph vs rdflib, in one run.

Each saved query (with the parameters a user would give) is timed
  kgbuilder   KnowledgeGraph-style: run_query on the OxigraphStore (rows as rdflib terms)
  ox-disk     raw pyoxigraph on the same store files (union default graph, rows materialised)
  ox-memory   raw pyoxigraph, every triple in one in-memory default graph (the engine's best case)
  rdflib      rdflib's in-memory Dataset with its own SPARQL engine (child process, time-capped)
and the table gives ratios. Figures go to bench/results/query_bench.json.

    .venv/bin/python bench/synthetic.py --triples 1000000 --out bench/data/synthetic-1m/store
    .venv/bin/python bench/query_bench.py --store bench/data/synthetic-1m/store
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import statistics
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kgbuilder.query.library import load_library
from kgbuilder.query.run import prepare_query, run_query
from kgbuilder.store import OxigraphStore

BASE = "https://w3id.org/kgbuilder/id/"
PARAMS: dict[str, dict[str, str]] = {
    "people-and-posts": {"name": "Person 12 1"},
    "organizations-and-parents": {"name": "Org 40 Holdings"},
    "located-where": {"place": "City 3"},
    "events": {},
    "acquisitions-and-investments": {},
    "figures-by-organization": {"name": "Org 40 Holdings"},
    "why": {"subject": "person:person-12-1"},
    "mentioned-in-document": {"document": "Report 3"},
    "co-mentions": {"name": "Org 40 Holdings"},
}


def _time(fn: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _rdflib_child(path: str, queries: dict[str, str], conn: Any) -> None:
    from rdflib import Dataset, Graph

    from kgbuilder.store.terms import from_oxigraph

    store = ox.Store.read_only(path)
    graph = Graph()
    for quad in store.quads_for_pattern(None, None, None, None):
        graph.add(
            (from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object))
        )
    del store
    _ = Dataset
    conn.send(("loaded", len(graph)))
    for name, text in queries.items():
        started = time.perf_counter()
        rows = len(list(graph.query(text)))
        conn.send((name, time.perf_counter() - started, rows))
    conn.send(("done", 0))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--store", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--rdflib-budget", type=float, default=900, help="seconds for rdflib in all"
    )
    args = parser.parse_args()
    library = load_library()
    texts = {
        n: prepare_query(q.text, BASE, params=PARAMS.get(n, {}), saved=q)
        for n, q in library.items()
    }

    kg_store = OxigraphStore(args.store, read_only=True)
    disk = kg_store.oxigraph
    memory = ox.Store()
    memory.bulk_extend(
        ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
        for q in disk.quads_for_pattern(None, None, None, None)
    )
    results: dict[str, dict[str, Any]] = {}
    for name, query in library.items():
        text = texts[name]
        rows = len(run_query(kg_store, query.text, BASE, params=PARAMS.get(name, {}), saved=query))

        def materialise(result: Any) -> None:
            if isinstance(result, ox.QuerySolutions):
                for solution in result:
                    for term in solution:
                        _ = None if term is None else term.value

        results[name] = {
            "rows": rows,
            "kgbuilder": _time(
                lambda q=query, n=name: run_query(
                    kg_store, q.text, BASE, params=PARAMS.get(n, {}), saved=q
                ),
                args.repeat,
            ),
            "ox_disk": _time(
                lambda t=text: materialise(disk.query(t, use_default_graph_as_union=True)),
                args.repeat,
            ),
            "ox_memory": _time(lambda t=text: materialise(memory.query(t)), args.repeat),
        }
    kg_store.close()

    parent, child = mp.Pipe()
    process = mp.get_context("spawn").Process(
        target=_rdflib_child, args=(str(args.store), texts, child)
    )
    process.start()
    deadline = time.monotonic() + args.rdflib_budget
    while time.monotonic() < deadline and parent.poll(max(0.0, deadline - time.monotonic())):
        message = parent.recv()
        if message[0] == "done":
            break
        if message[0] in results:
            results[message[0]]["rdflib"] = message[1]
    process.kill()
    process.join()

    print(
        f"{'query':30} {'rows':>6} {'kgb ms':>9} {'ox-disk':>9} {'ox-mem':>9} {'rdflib ms':>11} {'rdflib/kgb':>10} {'kgb/ox-disk':>11} {'kgb/ox-mem':>10}"
    )
    for name, r in results.items():
        rd = r.get("rdflib")
        kgb = r["kgbuilder"]
        print(
            f"{name:30} {r['rows']:>6} {r['kgbuilder'] * 1000:>9.2f} {r['ox_disk'] * 1000:>9.2f} {r['ox_memory'] * 1000:>9.2f} "
            f"{(f'{rd * 1000:.1f}' if rd else '>budget'):>11} {(f'{rd / kgb:.0f}x' if rd else '-'):>10} "
            f"{r['kgbuilder'] / r['ox_disk']:>10.2f}x {r['kgbuilder'] / r['ox_memory']:>9.2f}x"
        )
    total = {k: sum(r[k] for r in results.values()) for k in ("kgbuilder", "ox_disk", "ox_memory")}
    timed = [r for r in results.values() if "rdflib" in r]
    summary = {
        "mix_kgbuilder_s": total["kgbuilder"],
        "mix_kgbuilder_over_ox_disk": total["kgbuilder"] / total["ox_disk"],
        "mix_kgbuilder_over_ox_memory": total["kgbuilder"] / total["ox_memory"],
        "mix_rdflib_over_kgbuilder_on_queries_rdflib_finished": (
            sum(r["rdflib"] for r in timed) / sum(r["kgbuilder"] for r in timed) if timed else None
        ),
        "rdflib_finished": len(timed),
    }
    print(json.dumps(summary, indent=1))
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "query_bench.json").write_text(
        json.dumps({"queries": results, "summary": summary}, indent=1)
    )


if __name__ == "__main__":
    main()
