"""``kgbuilder serve`` under load from a second process (wrk) against a bare Starlette handler.

Both servers run on loopback over the same store: ``kgbuilder serve --out OUT`` (default settings:
two query workers, timeouts, row cap, access log to a file) and ``bench/bare_endpoint.py`` (a bare
handler that passes the query to pyoxigraph and returns its JSON). wrk (Debian's ``wrk``) sends a
one-entity lookup with 8 connections for ``--duration`` seconds, to each server in turn, for
``--rounds`` rounds (bare and kgbuilder interleaved, their order swapped each round, so a shared
machine's load falls on both); ratios are taken within each round and over the whole run.

Then the timeout: a second ``kgbuilder serve --timeout T`` gets a query that would run for minutes
while wrk keeps sending the lookup; the slow query must come back 504 near T, and every lookup must
still be answered.

    .venv/bin/python bench/endpoint_bench.py --out bench/data/synthetic-1m

Figures go to ``bench/results/endpoint_bench.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx

HERE = Path(__file__).resolve().parent
KGBUILDER = Path(sys.executable).with_name("kgbuilder")
LOOKUP = (
    "SELECT ?p ?o WHERE { <https://w3id.org/kgbuilder/id/person/person-12-1> ?p ?o } ORDER BY ?p ?o"
)
#: a query that runs for minutes on a big graph: a cross product counted
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . FILTER(?c != ?f) }"

WRK_SCRIPT = """
wrk.method = "GET"
wrk.path = "{path}"
wrk.headers["Accept"] = "application/sparql-results+json"
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{{"requests": %d, "duration_us": %d, "bytes": %d, "errors_connect": %d, '
    .. '"errors_read": %d, "errors_write": %d, "errors_status": %d, "errors_timeout": %d, '
    .. '"p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f}}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max, latency.mean))
end
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Server:
    """A server process on a free loopback port, stopped on exit."""

    def __init__(self, name: str, command: list[str], log: Path) -> None:
        self.name = name
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log.open("w")
        self.process = subprocess.Popen(
            [*command, "--port", str(self.port)], stdout=self.log, stderr=self.log
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"{name} exited: see {log}")
            try:
                httpx.get(f"{self.url}/sparql", params={"query": "ASK {}"}, timeout=5)
                return
            except httpx.TransportError:
                time.sleep(0.3)
        raise SystemExit(f"{name} did not start: see {log}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


def bindings(server: Server, query: str) -> list[dict[str, Any]]:
    response = httpx.get(f"{server.url}/sparql", params={"query": query}, timeout=60)
    response.raise_for_status()
    rows: list[dict[str, Any]] = response.json()["results"]["bindings"]
    return rows


def wrk(
    server: Server, script: Path, duration: float, connections: int, threads: int
) -> dict[str, Any]:
    """Run wrk against ``server``; its own summary (requests, errors, latency percentiles)."""
    load = os.getloadavg()[0]
    done = subprocess.run(
        [
            "wrk",
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration:g}s",
            "--timeout",
            "30s",
            "-s",
            str(script),
            server.url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("{"))
    figures: dict[str, Any] = json.loads(line)
    seconds = figures["duration_us"] / 1e6
    errors = sum(v for k, v in figures.items() if k.startswith("errors_"))
    figures.update(
        server=server.name,
        requests_per_s=round(figures["requests"] / seconds, 1),
        errors=errors,
        load_average_before=round(load, 2),
    )
    return figures


def _show(figures: dict[str, Any]) -> None:
    print(
        f"  {figures['server']:10} {figures['requests_per_s']:>9.1f} req/s"
        f"  p50 {figures['p50_us'] / 1000:6.2f} ms  p99 {figures['p99_us'] / 1000:6.2f} ms"
        f"  max {figures['max_us'] / 1000:7.1f} ms  errors {figures['errors']}"
        f"  (load {figures['load_average_before']:.2f})",
        flush=True,
    )


def timeout_run(
    out: Path, script: Path, timeout: float, duration: float, connections: int, threads: int,
    logs: Path,
) -> dict[str, Any]:  # fmt: skip
    """A slow query cut at ``timeout`` while wrk keeps sending the lookup."""
    server = Server(
        "kgbuilder",
        [str(KGBUILDER), "serve", "--out", str(out), "--timeout", f"{timeout:g}"],
        logs / "kgbuilder-timeout.log",
    )
    try:
        slow: dict[str, Any] = {}

        def send_slow() -> None:
            time.sleep(duration / 4)  # while the load is on
            started = time.monotonic()
            response = httpx.get(f"{server.url}/sparql", params={"query": SLOW}, timeout=600)
            slow.update(
                status=response.status_code,
                seconds=round(time.monotonic() - started, 2),
                error=response.json().get("error"),
            )

        thread = threading.Thread(target=send_slow)
        thread.start()
        load = wrk(server, script, duration, connections, threads)
        thread.join()
        after = bindings(server, LOOKUP)
    finally:
        server.stop()
    return {"timeout_s": timeout, "slow_query": slow, "lookups_meanwhile": load, "rows": len(after)}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, required=True, help="the synthetic output folder")
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--timeout", type=float, default=2.0, help="for the slow-query run")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian package wrk)")
    logs = Path(tempfile.mkdtemp(prefix="endpoint-bench-"))
    script = logs / "lookup.lua"
    script.write_text(WRK_SCRIPT.format(path="/sparql?query=" + quote(LOOKUP, safe="")))

    bare = Server(
        "bare",
        [sys.executable, str(HERE / "bare_endpoint.py"), "--store", str(args.out / "store")],
        logs / "bare.log",
    )
    kgb = Server("kgbuilder", [str(KGBUILDER), "serve", "--out", str(args.out)], logs / "kgb.log")
    rounds: list[dict[str, Any]] = []
    try:
        expected = bindings(bare, LOOKUP)
        if not expected or bindings(kgb, LOOKUP) != expected:
            raise SystemExit("the two servers disagree on the lookup")
        print(f"lookup: {len(expected)} rows; servers agree; logs in {logs}", flush=True)
        for server in (bare, kgb):  # warm up: caches, workers, connections
            wrk(server, script, 5, args.connections, args.threads)
        for number in range(args.rounds):
            order = (bare, kgb) if number % 2 == 0 else (kgb, bare)
            print(f"round {number + 1}", flush=True)
            figures = {}
            for server in order:
                figures[server.name] = wrk(
                    server, script, args.duration, args.connections, args.threads
                )
                _show(figures[server.name])
            ratio = figures["kgbuilder"]["requests_per_s"] / figures["bare"]["requests_per_s"]
            print(f"  kgbuilder/bare requests/s: {ratio:.2f}", flush=True)
            rounds.append({**figures, "kgbuilder_over_bare": round(ratio, 3)})
        if bindings(kgb, LOOKUP) != expected:
            raise SystemExit("kgbuilder's answer changed under load")
    finally:
        bare.stop()
        kgb.stop()

    def total(name: str) -> float:
        requests = sum(r[name]["requests"] for r in rounds)
        seconds = sum(r[name]["duration_us"] for r in rounds) / 1e6
        return requests / seconds

    print(f"timeout run: --timeout {args.timeout:g}, wrk for {args.duration:g} s", flush=True)
    cut = timeout_run(
        args.out, script, args.timeout, args.duration, args.connections, args.threads, logs
    )
    print(f"  slow query: {cut['slow_query']}")
    _show(cut["lookups_meanwhile"])
    summary = {
        "lookup": LOOKUP,
        "connections": args.connections,
        "wrk_threads": args.threads,
        "duration_s": args.duration,
        "rounds": args.rounds,
        "bare_requests_per_s": round(total("bare"), 1),
        "kgbuilder_requests_per_s": round(total("kgbuilder"), 1),
        "kgbuilder_over_bare": round(total("kgbuilder") / total("bare"), 3),
        "kgbuilder_p99_ms_worst_round": max(r["kgbuilder"]["p99_us"] for r in rounds) / 1000,
        "kgbuilder_errors": sum(r["kgbuilder"]["errors"] for r in rounds),
        "cores": os.cpu_count(),
    }
    print(json.dumps(summary, indent=1))
    folder = HERE / "results"
    folder.mkdir(exist_ok=True)
    (folder / "endpoint_bench.json").write_text(
        json.dumps({"summary": summary, "rounds": rounds, "timeout": cut}, indent=1) + "\n"
    )


if __name__ == "__main__":
    main()
