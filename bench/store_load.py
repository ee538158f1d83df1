"""Loading N-Triples/N-Quads into the stores: kgbuilder's embedded store against raw pyoxigraph, and
a real Virtuoso through the Graph Store Protocol.

Baseline: ``pyoxigraph.Store.bulk_load`` of the same file, on disk, in the same run. Each case runs
in its own process, so its peak memory (``ru_maxrss``) is its own; Virtuoso's own peak (VmHWM) is
read from /proc. The synthetic file is news-graph-like: typed entities with labels, relations,
reified statements with provenance, dates, decimals, language-tagged names.

    .venv/bin/python bench/store_load.py                  # 1,000,000 triples, every case
    .venv/bin/python bench/store_load.py --triples 100000 --cases raw,load_file

Prints a table and writes bench/results/store_load.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results"
GRAPH = "https://example.org/bench/graph/"
CASES = (
    "raw",  # pyoxigraph.Store.bulk_load (baseline)
    "load_file",  # OxigraphStore.load_file
    "replace_graph",  # OxigraphStore.replace_graph from rdflib terms (the build's path)
    "virtuoso_load_file",  # SparqlStore.load_file into Virtuoso
    "virtuoso_replace_graphs",  # SparqlStore.replace_graphs from rdflib terms, staged and swapped
    "virtuoso_one_swap",  # the same, all graphs swapped in one update request (the old way)
)


# --- the synthetic file ------------------------------------------------------------------------


def statements(n: int, seed: int = 7) -> Iterator[str]:
    """``n`` N-Quads lines spread over 20 source graphs and an entities graph."""
    rng = random.Random(seed)
    base = "https://example.org/bench/id/"
    kinds = ("person", "organization", "place", "event")
    predicates = ("worksFor", "locatedIn", "acquired", "investedIn", "participatedIn", "memberOf")
    xsd = "http://www.w3.org/2001/XMLSchema#"
    made = 0
    i = 0
    while True:
        kind = kinds[i % 4]
        entity = f"<{base}{kind}/e{i}>"
        other = f"<{base}{kinds[(i + 1) % 4]}/e{rng.randrange(max(i, 1))}>"
        source = f"<{GRAPH}source/{i % 20}>"
        entities = f"<{GRAPH}entities>"
        statement = f"<{base}statement/{i:x}>"
        predicate = f"<https://example.org/ns#{predicates[i % len(predicates)]}>"
        lines = [
            f"{entity} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/{kind.title()}> {entities} .",
            f'{entity} <http://www.w3.org/2000/01/rdf-schema#label> "Name {i} – São {i % 97}" {entities} .',
            f'{entity} <http://www.w3.org/2004/02/skos/core#altLabel> "N{i}"@en {entities} .',
            f"{entity} {predicate} {other} {source} .",
            f"{statement} <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> {entity} {source} .",
            f"{statement} <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> {other} {source} .",
            f'{statement} <https://example.org/ns#confidence> "0.{rng.randrange(10, 99)}"^^<{xsd}decimal> {source} .',
            f'{statement} <https://schema.org/startDate> "20{i % 25:02d}-0{1 + i % 9}-1{i % 9}"^^<{xsd}date> {source} .',
            f'{statement} <https://example.org/ns#evidence> "Sentence {i} says that {kind} {i} did it." {source} .',
            f'{entity} <https://schema.org/value> "{rng.randrange(10**6)}"^^<{xsd}integer> {source} .',
        ]
        for line in lines:
            yield line
            made += 1
            if made == n:
                return
        i += 1


def write_files(n: int, folder: Path) -> tuple[Path, Path]:
    """The same statements as N-Quads, and as N-Triples (graph names dropped)."""
    nquads, ntriples = folder / f"bench-{n}.nq", folder / f"bench-{n}.nt"
    with nquads.open("w", encoding="utf-8") as nq, ntriples.open("w", encoding="utf-8") as nt:
        for line in statements(n):
            nq.write(line + "\n")
            nt.write(line.rsplit(" <", 1)[0] + " .\n")
    return nquads, ntriples


# --- one case, in its own process --------------------------------------------------------------


def run_case(case: str, path: Path, work: Path, server: dict[str, str]) -> dict[str, object]:
    import pyoxigraph as ox

    fmt = ox.RdfFormat.N_QUADS if path.suffix == ".nq" else ox.RdfFormat.N_TRIPLES
    if case == "raw":  # nothing of kgbuilder or rdflib imported: the baseline's own footprint
        start = time.perf_counter()
        store = ox.Store(str(work / "raw"))
        store.bulk_load(path=str(path), format=fmt, to_graph=ox.NamedNode(GRAPH + "all"))
        store.flush()
        seconds = time.perf_counter() - start
        return _row(case, path, len(store), seconds)
    from rdflib import URIRef

    from kgbuilder.store import OxigraphStore
    from kgbuilder.store.sparql import SparqlStore
    from kgbuilder.store.terms import from_oxigraph

    graph = URIRef(GRAPH + "all")
    start = time.perf_counter()
    if case == "load_file":
        embedded = OxigraphStore(work / "embedded")
        embedded.load_file(path, graph=graph)
        embedded.flush()
        seconds = time.perf_counter() - start
        return _row(case, path, len(embedded), seconds)
    if case == "replace_graph":
        embedded = OxigraphStore(work / "embedded")
        triples = (
            (from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object))
            for q in ox.parse(path=str(path), format=fmt)
        )
        embedded.replace_graph(graph, triples)  # type: ignore[arg-type]
        embedded.flush()
        seconds = time.perf_counter() - start
        return _row(case, path, len(embedded), seconds)
    remote = SparqlStore(
        query_url=server["sparql"],
        graph_store_url=server["graph_store"],
        graph_prefix=GRAPH,
        timeout=600,
        # swap_size: the default swaps graph by graph above 300,000 triples; one swap is the old way
        **({"swap_size": 10**12} if case == "virtuoso_one_swap" else {}),  # type: ignore[arg-type]
    )
    remote.remove_graph(graph)
    for name in remote.graph_names():
        remote.remove_graph(name)
    start = time.perf_counter()
    if case == "virtuoso_load_file":
        remote.load_file(path, graph=graph)
    else:
        by_graph: dict[URIRef, list[tuple[object, object, object]]] = {}
        for q in ox.parse(path=str(path), format=fmt):
            name = URIRef(q.graph_name.value) if isinstance(q.graph_name, ox.NamedNode) else graph
            by_graph.setdefault(name, []).append(
                (from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object))
            )
        start = time.perf_counter()  # only the load: the rdflib terms stand for a build's bundle
        try:
            remote.replace_graphs(by_graph, remove_others=True)  # type: ignore[arg-type]
        except Exception as exc:  # the failure is the figure: say what it was
            row = _row(case, path, len(remote), time.perf_counter() - start)
            row["failed"] = " ".join(str(exc).split())[:300]
            return row
    seconds = time.perf_counter() - start
    remote.close()
    return _row(case, path, len(remote), seconds)


def _row(case: str, path: Path, loaded: int, seconds: float) -> dict[str, object]:
    return {
        "case": case,
        "file": path.name,
        "loaded": loaded,
        "seconds": round(seconds, 3),
        "triples_per_s": round(loaded / seconds),
        "peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


# --- the driver ----------------------------------------------------------------------------------


def child(case: str, path: Path, server: dict[str, str]) -> dict[str, object]:
    """One case in a fresh process; its figures and the machine's load average when it started."""
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="kgb-bench-store-") as work:
        done = subprocess.run(
            [sys.executable, __file__, "--child", case, str(path), work, json.dumps(server)],
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise SystemExit(f"{case} failed:\n{done.stderr}")
    row = dict(json.loads(done.stdout.strip().splitlines()[-1]))
    row["load_before"] = round(load, 2)
    return row


def virtuoso_peak_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs of raw and load_file, interleaved; best kept"
    )
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        case, path, work, server = args.child
        print(json.dumps(run_case(case, Path(path), Path(work), json.loads(server))))
        return
    cases = [c for c in args.cases.split(",") if c]
    unknown = set(cases) - set(CASES)
    if unknown:
        raise SystemExit(f"unknown case(s) {sorted(unknown)}; known: {', '.join(CASES)}")
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="kgb-bench-files-") as folder:
        nquads, ntriples = write_files(args.triples, Path(folder))
        for path in (ntriples, nquads):
            # the machine is shared: interleave the baseline and its rival, keep each one's best
            best: dict[str, dict[str, object]] = {}
            for _ in range(args.repeat):
                for case in (c for c in cases if c in ("raw", "load_file")):
                    row = child(case, path, {})
                    print(row, flush=True)
                    if case not in best or float(row["seconds"]) < float(best[case]["seconds"]):  # type: ignore[arg-type]
                        best[case] = row
            rows += best.values()
            for case in (c for c in cases if c == "replace_graph"):
                rows.append(child(case, path, {}))
                print(rows[-1], flush=True)
        remote_cases = [c for c in cases if c.startswith("virtuoso")]
        if remote_cases:
            sys.path.insert(0, str(REPO / "tests"))
            from virtuoso_server import VirtuosoServer, missing

            if missing():
                print(f"skipping Virtuoso: {missing()}")
            else:
                root = Path(folder) / "virtuoso"
                server = VirtuosoServer(root).start()
                try:
                    urls = {"sparql": server.sparql_url, "graph_store": server.graph_store_url}
                    for case in remote_cases:
                        row = child(case, nquads, urls)
                        assert server.process is not None
                        row["server_peak_mib"] = virtuoso_peak_mib(server.process.pid)
                        rows.append(row)
                        print(rows[-1], flush=True)
                finally:
                    server.stop()
                    shutil.rmtree(root, ignore_errors=True)
    report(rows, args.triples)


def report(rows: list[dict[str, object]], n: int) -> None:
    baseline = {r["file"]: r["triples_per_s"] for r in rows if r["case"] == "raw"}
    print(
        f"\nLoading {n:,} triples (each case in its own process; raw and load_file: best of "
        "interleaved runs; peak = the process's max RSS, + Virtuoso's own)\n"
    )
    print(
        f"{'case':26} {'file':18} {'seconds':>8} {'triples/s':>10} {'vs raw':>7} {'peak MiB':>9} "
        f"{'load':>5}"
    )
    for r in rows:
        base = baseline.get(r["file"])
        ratio = f"{int(r['triples_per_s']) / int(base):.2f}x" if base else "-"  # type: ignore[call-overload]
        peak = f"{r['peak_mib']}" + (f" +{r['server_peak_mib']}" if "server_peak_mib" in r else "")
        print(
            f"{r['case']:26} {r['file']:18} {r['seconds']:>8} {r['triples_per_s']:>10,} "
            f"{ratio:>7} {peak:>9} {r.get('load_before', '-'):>5}"
        )
        if "failed" in r:
            print(f"    failed after {r['seconds']} s: {r['failed']}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "store_load.json"
    out.write_text(
        json.dumps(
            {"triples": n, "cores": os.cpu_count(), "rows": rows}, indent=2, ensure_ascii=False
        ),
        encoding="utf-8",
    )
    print(f"\nwrote {out}")


if __name__ == "__main__":
    main()
