"""SHACL validation of a build: the shapes compiled to SPARQL and run in Oxigraph, against pySHACL.

Both engines check the same synthetic graph in the project's model (``synthetic_graph.py``: news
documents with posts, seats, acquisitions, ranks, mentions and evidence) against the shapes shipped
in the package, and must agree on the violations (none, on a well-formed graph). pySHACL runs on an
rdflib graph of the same triples (its loading timed apart), with ``inplace=True`` so it does not
copy it; each engine runs in a child process killed at ``--cap`` seconds.

    .venv/bin/python bench/validate_bench.py                      # 50,000 and 200,000 triples
    .venv/bin/python bench/validate_bench.py --triples 20000 --cap 120

Prints a table and writes bench/results/validate.json.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import tempfile
import time
from pathlib import Path

from kgbuilder.config import DEFAULT_BASE_IRI
from kgbuilder.model.builder import build_graphs
from kgbuilder.store.oxigraph import OxigraphStore
from synthetic_graph import documents_for, synthetic_input

RESULTS = Path(__file__).resolve().parent / "results"


def _write_store(triples: int, path: Path) -> int:
    bundle = build_graphs(synthetic_input(documents_for(triples)), DEFAULT_BASE_IRI)
    store = OxigraphStore(path)
    store.add_graphs(bundle.graphs)
    count = len(store)
    store.close()
    return count


def _run(engine: str, path: str, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from rdflib import Graph

    from kgbuilder.model.validate import validate_graph, validate_store

    store = OxigraphStore(Path(path), read_only=True)
    load = 0.0
    start = time.perf_counter()
    if engine == "sparql":
        result = validate_store(store, engine="sparql")
    else:
        graph = Graph()
        for s, p, o, _ in store.quads():
            graph.add((s, p, o))
        load = time.perf_counter() - start
        start = time.perf_counter()
        result = validate_graph(graph)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put(
        {
            "seconds": round(seconds, 2),
            "load_seconds": round(load, 2),
            "peak_mib": round(peak),
            "conforms": result.conforms,
            "violations": len(result.violations),
        }
    )


def measure(engine: str, path: Path, cap: float) -> dict[str, object]:
    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    process = multiprocessing.Process(target=_run, args=(engine, str(path), queue))
    process.start()
    process.join(cap)
    if process.is_alive():
        process.kill()
        process.join()
        return {"seconds": None, "capped_at": cap}
    return dict(queue.get())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, nargs="+", default=[50_000, 200_000])
    parser.add_argument("--cap", type=float, default=900.0, help="seconds before a run is stopped")
    args = parser.parse_args()
    rows = []
    print(f"load average {os.getloadavg()[0]:.1f}", flush=True)
    print(
        f"{'triples':>9} {'engine':>8} {'seconds':>9} {'peak MiB':>9}  conforms  violations",
        flush=True,
    )
    for wanted in args.triples:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "store"
            count = _write_store(wanted, path)
            row: dict[str, object] = {"triples": count}
            for engine in ("sparql", "pyshacl"):
                found = measure(engine, path, args.cap)
                row[engine] = found
                seconds = found.get("seconds")
                shown = f"{seconds:9.2f}" if seconds is not None else f"> {args.cap:.0f}".rjust(9)
                print(
                    f"{count:>9} {engine:>8} {shown} {found.get('peak_mib', '-')!s:>9}  "
                    f"{found.get('conforms', '-')!s:>8}  {found.get('violations', '-')!s:>10}",
                    flush=True,
                )
            sparql_s, pyshacl_s = row["sparql"].get("seconds"), row["pyshacl"].get("seconds")  # type: ignore[union-attr]
            if sparql_s and pyshacl_s:
                row["speedup"] = round(float(pyshacl_s) / float(sparql_s), 1)
            elif sparql_s:
                row["speedup_at_least"] = round(args.cap / float(sparql_s), 1)
            rows.append(row)
            print(
                f"{'':>9} speed-up of the SPARQL engine: {row.get('speedup', row.get('speedup_at_least'))}x",
                flush=True,
            )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "validate.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
