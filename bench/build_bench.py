"""Build benchmarks at scale: full builds with ``--jobs 1``, ``--jobs 2`` and a two-worker Dask
``LocalCluster``; an incremental rebuild after one changed document against a full rebuild, by
a new ``kgbuilder build`` process and by a running ``kgbuilder watch``; the peak memory of each,
and of a 10,000-document build.

Corpora come from ``bench/corpus.py`` (news-like articles from gazetteer names, titles and
templates). Each build runs in its own process (``kgbuilder build``), so its peak memory
(``ru_maxrss`` of the build and of its worker processes, read apart) is its own. Cases of one
round are interleaved and repeated over ``--rounds``; ratios are taken within a round (same
machine load), and the load average is recorded with every run.

    .venv/bin/python bench/build_bench.py                         # 1,000 documents, every case
    .venv/bin/python bench/build_bench.py --docs 10000 --cases jobs2 --rounds 1 --no-html
    .venv/bin/python bench/build_bench.py --cases incremental,watch --rounds 3

Prints a table and writes bench/results/build.json (or ``--out``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results"
sys.path.insert(0, str(REPO / "bench"))

from corpus import write_corpus  # noqa: E402

CASES = ("jobs1", "jobs2", "dask2", "incremental", "watch")
#: the files a rebuild must write as a full build does, byte for byte
OUTPUTS = ("graph.trig", "graph.ttl", "graph.html")

#: runs one build in a child process and reports its own and its children's peak memory
_RUNNER = """
import json, resource, sys, time
from kgbuilder.cli import main
start = time.perf_counter()
sys.argv = ["kgbuilder", *sys.argv[1:]]
try:
    main()
except SystemExit as exc:
    if exc.code:
        raise
elapsed = time.perf_counter() - start
self_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print("BENCH " + json.dumps({"seconds": elapsed, "rss_kb": self_rss, "children_rss_kb": children}))
"""


def run_build(data: Path, out: Path, *options: str) -> dict[str, Any]:
    """One ``kgbuilder build`` in a fresh process; its time, peak memory and report."""
    load = os.getloadavg()[0]
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, "build", "--data", str(data), "--out", str(out), *options],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        raise RuntimeError(f"build failed: {done.stderr[-2000:]}")
    line = next(x for x in done.stdout.splitlines() if x.startswith("BENCH "))
    figures = json.loads(line[6:])
    report = json.loads((out / "report.json").read_text())
    return {
        "seconds": round(figures["seconds"], 2),
        "peak_rss_mb": round(figures["rss_kb"] / 1024),
        "worker_peak_rss_mb": round(figures["children_rss_kb"] / 1024),
        "load_before": round(load, 2),
        "stages": report["timings_seconds"],
        "changes": report["changes"],
        "triples": report["counts"].get("triples"),
    }


def watch_change(data: Path, out: Path, round_no: int, edit: str, *options: str) -> dict[str, Any]:
    """Start ``kgbuilder watch`` on a built folder, edit one document once it is ready, and time
    the build that follows: its own seconds (as it reports them) and the wait from the edit to
    its line (which adds the look at the inputs every ``--interval``)."""
    command = [sys.executable, "-m", "kgbuilder", "watch", "--data", str(data), "--out", str(out)]
    load = os.getloadavg()[0]
    watcher = subprocess.Popen(
        [*command, "--jobs", "2", "--interval", "0.1", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # a failed build's line too: it ends the wait below
        text=True,
    )
    try:
        assert watcher.stdout is not None
        lines = iter(watcher.stdout.readline, "")
        first = next(line for line in lines if " build 1, " in line)
        changed = change_one(data, round_no, edit)
        edited = time.perf_counter()
        second = next(line for line in lines if " build 2, " in line)
        waited = time.perf_counter() - edited
        rss_kb = _peak_rss_kb(watcher.pid)
    finally:
        watcher.terminate()  # SIGTERM: the watch ends after the build under way
        try:
            watcher.wait(timeout=60)
        except subprocess.TimeoutExpired:
            watcher.kill()
            watcher.wait()
    report = json.loads((out / "report.json").read_text())
    return {
        "seconds": float(second.split(": ")[1].split(" s,")[0]),
        "seconds_from_edit": round(waited, 2),
        "first_build_line": first.strip(),
        "changed": changed.name,
        "peak_rss_mb": round(rss_kb / 1024),  # the watch process (its export process apart)
        "worker_peak_rss_mb": 0,
        "load_before": round(load, 2),
        "stages": report["timings_seconds"],
        "changes": report["changes"],
        "triples": report["counts"].get("triples"),
    }


def _peak_rss_kb(pid: int) -> int:
    """The process's peak resident set so far (``VmHWM``, Linux), 0 where unknown."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(x.split()[1]) for x in status.splitlines() if x.startswith("VmHWM:")), 0)


def dask_cluster() -> Any:
    from distributed import LocalCluster

    return LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)


#: the edits a rebuild is timed after: a sentence that names nothing new (the graph keeps its
#: shape), or one that names a new person and company (new nodes and links: a new layout)
EDITS = {
    "sentence": "The company said revision {n} of its plan was final.",
    "entity": "Halvard Brekke{letter}, chief executive of Fjordline Cargo{letter} AS, visited it.",
}


def change_one(data: Path, round_no: int, edit: str = "sentence") -> Path:
    """Edit one document in the middle of the corpus (a different edit each round)."""
    docs = sorted((data / "documents").rglob("*.md"))
    path = docs[len(docs) // 2]
    text = path.read_text(encoding="utf-8")
    letter = "" if round_no == 0 else f" {chr(ord('A') + round_no - 1)}"
    path.write_text(text + "\n" + EDITS[edit].format(n=round_no, letter=letter) + "\n")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--no-html", action="store_true", help="builds without graph.html")
    parser.add_argument(
        "--edit", choices=sorted(EDITS), default="sentence", help="the edit of incremental, watch"
    )
    parser.add_argument("--work", type=Path, default=None, help="folder for corpora and outputs")
    parser.add_argument("--out", type=Path, default=RESULTS / "build.json")
    args = parser.parse_args()
    cases = [c for c in args.cases.split(",") if c]
    work = args.work or Path(tempfile.mkdtemp(prefix="kgb-build-bench-"))
    data = work / f"corpus-{args.docs}"
    started = time.perf_counter()
    write_corpus(data, args.docs)
    print(f"corpus: {args.docs} documents in {data} ({time.perf_counter() - started:.1f} s)")
    html = ["--no-html"] if args.no_html else []
    cluster = dask_cluster() if "dask2" in cases else None
    rounds: list[dict[str, Any]] = []
    try:
        for round_no in range(args.rounds):
            results: dict[str, Any] = {}
            for case in cases:
                out = work / f"out-{case}"
                shutil.rmtree(out, ignore_errors=True)
                if case == "jobs1":
                    results[case] = run_build(data, out, "--jobs", "1", *html)
                elif case == "jobs2":
                    results[case] = run_build(data, out, "--jobs", "2", *html)
                elif case == "dask2":
                    assert cluster is not None
                    results[case] = run_build(data, out, "--dask", cluster.scheduler_address, *html)
                elif case in ("incremental", "watch"):
                    results[f"{case}_first"] = run_build(data, out, "--jobs", "2", *html)
                    if case == "incremental":
                        changed = change_one(data, round_no, args.edit)
                        results[case] = run_build(data, out, "--jobs", "2", *html)
                        results[case]["changed"] = changed.name
                    else:
                        results[case] = watch_change(data, out, round_no, args.edit, *html)
                    # the full rebuild it is compared with: same inputs, empty output folder
                    clean = work / "out-clean"
                    shutil.rmtree(clean, ignore_errors=True)
                    results[f"{case}_full_rebuild"] = run_build(data, clean, "--jobs", "2", *html)
                    results[case]["identical_to_full_rebuild"] = {
                        name: (out / name).read_bytes() == (clean / name).read_bytes()
                        for name in OUTPUTS
                        if name != "graph.html" or not args.no_html
                    }
                print(f"round {round_no + 1} {case}: {results[case]['seconds']} s", flush=True)
            rounds.append(results)
            _write(args, rounds)  # after every round: a long run stopped early keeps its figures
    finally:
        if cluster is not None:
            cluster.close()
    _print(rounds, _summary(rounds))
    print(f"written {args.out}")


def _write(args: argparse.Namespace, rounds: list[dict[str, Any]]) -> None:
    payload = {
        "docs": args.docs,
        "edit": EDITS[args.edit],
        "html": not args.no_html,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "rounds": rounds,
        "summary": _summary(rounds),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, indent=2) + "\n")


def _summary(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """Ratios within each round, then their best (least disturbed) value over the rounds."""
    ratios: dict[str, list[float]] = {}

    def add(name: str, value: float) -> None:
        ratios.setdefault(name, []).append(round(value, 3))

    for results in rounds:
        if "jobs1" in results and "jobs2" in results:
            add("jobs2_speedup", results["jobs1"]["seconds"] / results["jobs2"]["seconds"])
            add(
                "jobs2_extract_speedup",
                results["jobs1"]["stages"]["extract"] / results["jobs2"]["stages"]["extract"],
            )
        if "jobs1" in results and "dask2" in results:
            add("dask2_speedup", results["jobs1"]["seconds"] / results["dask2"]["seconds"])
            add(
                "dask2_extract_speedup",
                results["jobs1"]["stages"]["extract"] / results["dask2"]["stages"]["extract"],
            )
        for case in ("incremental", "watch"):
            if case in results:
                full, inc = results[f"{case}_full_rebuild"], results[case]
                add(f"{case}_share", inc["seconds"] / full["seconds"])
                if case == "watch":
                    add("watch_share_from_edit", inc["seconds_from_edit"] / full["seconds"])
    best = {
        name: (min(values) if "share" in name else max(values)) for name, values in ratios.items()
    }
    return {"per_round": ratios, "best": best}


def _print(rounds: list[dict[str, Any]], summary: dict[str, Any]) -> None:
    print(
        f"{'round':>5} {'case':<18} {'seconds':>8} {'extract':>8} {'peak MB':>8} {'workers MB':>10} {'load':>5}"
    )
    for number, results in enumerate(rounds, 1):
        for case, r in results.items():
            print(
                f"{number:>5} {case:<18} {r['seconds']:>8} {r['stages'].get('extract', 0):>8.1f} "
                f"{r['peak_rss_mb']:>8} {r['worker_peak_rss_mb']:>10} {r['load_before']:>5}"
            )
    for name, value in summary["best"].items():
        print(f"{name}: {value} (per round: {summary['per_round'][name]})")


if __name__ == "__main__":
    main()
