"""The saved queries on the synthetic graph: kgbuilder vs raw pyoxigraph vs rdflib, in one run.

Each saved query, with the parameters a user would give, runs on four engines:

  kgbuilder   the Python API: ``kgbuilder.open(OUT).run_saved(name, params)`` (rows as rdflib terms)
  ox-disk     raw pyoxigraph on the same store files (union default graph), every term touched
  ox-memory   raw pyoxigraph, every triple in one in-memory default graph (the engine's best case:
              no disk and no triple repeated across graphs; a query that reads a named graph with
              GRAPH finds none there, so its rows can differ, and the table says so)
  rdflib      rdflib's in-memory ``Dataset`` (the same named graphs, their union as default graph)
              with its own SPARQL engine, on the same query text

Every run of a query happens in a child process forked for it and killed at ``--cap`` seconds
(reported as "> cap"), so one runaway query costs at most the cap. Each measurement is printed as
it is taken; a query that answers within a second is run ``--repeat`` more times and its median
kept (the first run warms caches). The table and ratios come at the end, and the figures go to
``bench/results/query_bench.json``.

    .venv/bin/python bench/synthetic.py --triples 1000000 --out bench/data/synthetic-1m
    .venv/bin/python bench/query_bench.py --out bench/data/synthetic-1m
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import statistics
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib

import kgbuilder
from kgbuilder.config import DEFAULT_BASE_IRI
from kgbuilder.query.library import load_library
from kgbuilder.query.run import prepare_query

BASE = DEFAULT_BASE_IRI
ENGINES = ("kgbuilder", "ox-disk", "ox-memory", "rdflib")
#: what a user would ask of the synthetic graph (names from bench/synthetic.py)
PARAMS: dict[str, dict[str, str]] = {
    "people-and-posts": {"name": "Person 12 1"},
    "organizations-and-parents": {"name": "Org 61 Holdings"},
    "located-where": {"place": "City 3"},
    "events": {},
    "acquisitions-and-investments": {},
    "figures-by-organization": {"name": "Org 40 Holdings"},
    "why": {"subject": "person:person-12-1"},
    "mentioned-in-document": {"document": "Report 3"},
    "co-mentions": {"name": "Org 40 Holdings"},
}
QUICK = 1.0  # seconds: a query faster than this is repeated and its median kept

# filled in the parent before any child is forked, so children share them copy-on-write
_MEMORY: ox.Store | None = None
_RDFLIB: rdflib.Dataset | None = None


def _materialise(result: Any) -> int:
    """Touch every term of a pyoxigraph result, as a caller reading the rows would."""
    if isinstance(result, ox.QuerySolutions):
        rows = 0
        for solution in result:
            for term in solution:
                _ = None if term is None else term.value
            rows += 1
        return rows
    if isinstance(result, ox.QueryBoolean):
        return 1
    return sum(1 for _ in result)


def _runner(engine: str, out: Path, name: str, text: str) -> Callable[[], int]:
    """A function that runs the query once on ``engine`` and returns the number of rows."""
    if engine == "kgbuilder":
        graph = kgbuilder.open(out)
        params = PARAMS.get(name, {})
        return lambda: len(graph.run_saved(name, params))
    if engine == "ox-disk":
        store = ox.Store.read_only(str(out / "store"))
        return lambda: _materialise(store.query(text, use_default_graph_as_union=True))
    if engine == "ox-memory":
        memory = _MEMORY
        assert memory is not None
        return lambda: _materialise(memory.query(text))
    graph = _RDFLIB
    assert graph is not None
    return lambda: len(list(graph.query(text)))


def _child(engine: str, out: Path, name: str, text: str, repeat: int, conn: Connection) -> None:
    run = _runner(engine, out, name, text)
    started = time.perf_counter()
    try:
        rows = run()
    except Exception as exc:  # reported, never timed
        conn.send(("error", 0.0, f"{type(exc).__name__}: {exc}"[:300]))
        return
    first = time.perf_counter() - started
    conn.send(("first", first, rows))
    if first >= QUICK:
        conn.send(("done", first, rows))
        return
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    conn.send(("done", statistics.median(times), rows))


def measure(
    engine: str, out: Path, name: str, text: str, repeat: int, cap: float
) -> tuple[float | None, int | str | None]:
    """(seconds, rows) of one query on one engine; (None, None) past the cap, (None, error)."""
    parent, child = mp.Pipe(duplex=False)
    process = mp.get_context("fork").Process(
        target=_child, args=(engine, out, name, text, repeat, child)
    )
    process.start()
    child.close()
    deadline = time.monotonic() + cap
    result: tuple[float | None, int | str | None] = (None, None)
    try:
        while parent.poll(max(0.0, deadline - time.monotonic())):
            kind, seconds, rows = parent.recv()
            if kind == "error":
                result = (None, rows)
                break
            if kind == "done":
                result = (seconds, rows)
                break
            # the repeats of a quick query: each is as quick, give them room
            deadline = time.monotonic() + max(10.0, 3 * repeat * seconds)
    except EOFError:
        result = (None, "the child process died (out of memory?)")
    finally:
        if process.is_alive():
            process.kill()
        process.join()
    return result


def load_engines(out: Path, engines: list[str]) -> int:
    """Load the in-memory copies the memory engines query; returns the distinct triples."""
    global _MEMORY, _RDFLIB
    disk = ox.Store.read_only(str(out / "store"))
    union = disk.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    assert isinstance(union, ox.QueryTriples)
    ntriples = union.serialize(format=ox.RdfFormat.N_TRIPLES)
    nquads = disk.dump(format=ox.RdfFormat.N_QUADS) if "rdflib" in engines else None
    del disk, union  # children open the files themselves: no open database is forked
    memory = ox.Store()
    assert ntriples is not None
    memory.load(ntriples, format=ox.RdfFormat.N_TRIPLES)
    triples = len(memory)
    if "ox-memory" in engines:
        _MEMORY = memory
    if nquads is not None:
        started = time.perf_counter()
        dataset = rdflib.Dataset(default_union=True)
        dataset.parse(data=nquads.decode("utf-8"), format="nquads")
        print(f"rdflib loaded {len(dataset)} quads in {time.perf_counter() - started:.0f} s")
        _RDFLIB = dataset
    return triples


def _ms(seconds: float | None, cap: float) -> str:
    return f"> {cap:g} s" if seconds is None else f"{seconds * 1000:.1f}"


def _ratio(top: float | None, bottom: float | None, cap: float) -> str:
    if bottom is None:
        return "-"
    if top is None:
        return f">{cap / bottom:.0f}x"
    return f"{top / bottom:.2f}x" if top / bottom < 20 else f"{top / bottom:.0f}x"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, required=True, help="the synthetic output folder")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cap", type=float, default=120.0, help="seconds per query and engine")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--queries", default="", help="comma-separated names (default: all)")
    args = parser.parse_args()
    engines = [e for e in args.engines.split(",") if e]
    library = load_library()
    names = [n for n in args.queries.split(",") if n] or list(library)
    load_before = os.getloadavg()
    started = time.perf_counter()
    triples = load_engines(args.out, engines)
    print(f"{triples} distinct triples; engines loaded in {time.perf_counter() - started:.0f} s")
    print(f"load average {load_before[0]:.2f} on {os.cpu_count()} cores", flush=True)

    results: dict[str, dict[str, Any]] = {}
    for name in names:
        saved = library[name]
        text = prepare_query(saved.text, BASE, params=PARAMS.get(name, {}), saved=saved)
        entry: dict[str, Any] = {"params": PARAMS.get(name, {})}
        for engine in engines:
            seconds, rows = measure(engine, args.out, name, text, args.repeat, args.cap)
            entry[engine] = seconds
            if isinstance(rows, str):
                entry.setdefault("errors", {})[engine] = rows
                print(f"{name:30} {engine:10} failed: {rows}", flush=True)
                continue
            if rows is not None:
                entry.setdefault("rows", {})[engine] = rows
            print(f"{name:30} {engine:10} {_ms(seconds, args.cap):>12} ms  rows {rows}", flush=True)
        counts = set(entry.get("rows", {}).values())
        if len(counts) > 1:
            print(f"{name:30} rows differ between engines: {entry['rows']}", flush=True)
        results[name] = entry

    cap = args.cap
    print()
    header = f"{'query':30} {'rows':>6} " + " ".join(f"{e + ' ms':>13}" for e in engines)
    print(header + f" {'rdflib/kgb':>10} {'kgb/disk':>9} {'kgb/mem':>8}")
    for name, r in results.items():
        rows = r.get("rows", {}).get("kgbuilder", "-")
        cells = " ".join(
            f"{'error' if e in r.get('errors', {}) else _ms(r.get(e), cap):>13}" for e in engines
        )
        print(
            f"{name:30} {rows:>6} {cells} {_ratio(r.get('rdflib'), r.get('kgbuilder'), cap):>10}"
            f" {_ratio(r.get('kgbuilder'), r.get('ox-disk'), cap):>9}"
            f" {_ratio(r.get('kgbuilder'), r.get('ox-memory'), cap):>8}"
        )
    failed = {e: [n for n, r in results.items() if e in r.get("errors", {})] for e in engines}
    totals = {
        e: sum(
            cap if r.get(e) is None else r[e]
            for r in results.values()
            if e not in r.get("errors", {})
        )
        for e in engines
    }
    capped = {
        e: sum(1 for r in results.values() if r.get(e) is None and e not in r.get("errors", {}))
        for e in engines
    }
    summary: dict[str, Any] = {
        "triples": triples,
        "cap_s": cap,
        "mix_seconds": totals,
        "capped_queries": capped,
        "failed_queries": failed,
        "load_average_before": round(load_before[0], 2),
        "load_average_after": round(os.getloadavg()[0], 2),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "pyoxigraph": ox.__version__,
        "rdflib": rdflib.__version__,
    }
    kgb = totals.get("kgbuilder")
    if kgb:
        for engine, key in (
            ("rdflib", "mix_rdflib_over_kgbuilder"),
            ("ox-disk", "mix_kgbuilder_over_ox_disk"),
            ("ox-memory", "mix_kgbuilder_over_ox_memory"),
        ):
            if totals.get(engine):
                ratio = totals[engine] / kgb if engine == "rdflib" else kgb / totals[engine]
                summary[key] = round(ratio, 3)
        if capped.get("rdflib"):
            summary["mix_rdflib_over_kgbuilder_is_a_lower_bound"] = True
    print(json.dumps(summary, indent=1))
    folder = Path(__file__).parent / "results"
    folder.mkdir(exist_ok=True)
    (folder / "query_bench.json").write_text(
        json.dumps({"queries": results, "summary": summary}, indent=1) + "\n"
    )


if __name__ == "__main__":
    main()
