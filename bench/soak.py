"""Soak: ``kgbuilder serve`` held at N concurrent clients for a while, on loopback.

Each client sends the saved queries of the endpoint's library in turn (``GET /sparql?saved=...``,
``why`` with a subject the graph has), waits for the answer and sends the next one. Every minute
the resident memory of the endpoint (its process and its query workers) is read from /proc. The
run is bounded in time (``--duration``) and in requests (``--max-requests``); it reports
throughput, p50/p99 latency, errors (any answer other than 200, or a failed connection) and memory
growth, prints a table and writes ``bench/results/soak.json``.

    .venv/bin/python bench/soak.py                         # 8 clients, 10 minutes, the seed graph
    .venv/bin/python bench/soak.py --duration 30           # a quick run
    .venv/bin/python bench/soak.py --out bench/data/synthetic-100k   # a graph of bench/synthetic.py
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(sys.executable).with_name("kgbuilder")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KiB (0 once it is gone)."""
    total = 0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except (FileNotFoundError, ProcessLookupError):
        return total
    return total + sum(rss_kib(int(child)) for child in children)


@dataclass
class Tally:
    """What the clients saw: latencies of the answered requests, errors by kind."""

    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    by_query: dict[str, int] = field(default_factory=dict)

    @property
    def requests(self) -> int:
        return len(self.latencies) + sum(self.errors.values())


def start_server(
    out: Path, data: Path, workers: int, timeout: float
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    log = open(out.parent / f"soak-serve-{port}.log", "wb")  # noqa: SIM115 (lives with the server)
    process = subprocess.Popen(
        [str(SCRIPT), "serve", "--out", str(out), "--data", str(data), "--port", str(port),
         "--workers", str(workers), "--timeout", str(timeout)],
        stdout=log, stderr=log,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the endpoint exited; see {log.name}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return process, url
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    process.kill()
    raise SystemExit("the endpoint did not start")


def request_mix(url: str) -> list[tuple[str, dict[str, str]]]:
    """(name, parameters) of each saved query; a required parameter gets a value from the graph."""
    library = httpx.get(f"{url}/queries", timeout=30).json()
    subject = httpx.get(
        f"{url}/sparql",
        params={"query": "SELECT ?s WHERE { ?s schema:worksFor ?o } ORDER BY ?s LIMIT 1"},
        timeout=30,
    ).json()["results"]["bindings"]
    mix = []
    for query in library:
        required = [p["name"] for p in query["parameters"] if not p["optional"]]
        if not required:
            mix.append((query["name"], {"saved": query["name"]}))
        elif required == ["subject"] and subject:
            value = subject[0]["s"]["value"]
            mix.append((query["name"], {"saved": query["name"], "param": f"subject=<{value}>"}))
    return mix


async def client(
    number: int,
    url: str,
    mix: list[tuple[str, dict[str, str]]],
    tally: Tally,
    stop_at: float,
    budget: list[int],
) -> None:
    headers = {"Accept": "application/sparql-results+json"}
    async with httpx.AsyncClient(base_url=url, timeout=60) as http:
        turn = number  # the clients start at different queries
        while time.monotonic() < stop_at and budget[0] > 0:
            budget[0] -= 1
            name, params = mix[turn % len(mix)]
            turn += 1
            started = time.perf_counter()
            try:
                response = await http.get("/sparql", params=params, headers=headers)
                await response.aread()
            except httpx.HTTPError as exc:
                kind = type(exc).__name__
                tally.errors[kind] = tally.errors.get(kind, 0) + 1
                continue
            if response.status_code != 200:
                kind = f"HTTP {response.status_code}"
                tally.errors[kind] = tally.errors.get(kind, 0) + 1
                continue
            tally.latencies.append(time.perf_counter() - started)
            tally.by_query[name] = tally.by_query.get(name, 0) + 1


async def sampler(
    pid: int,
    tally: Tally,
    started: float,
    stop_at: float,
    every: float,
    samples: list[dict[str, Any]],
) -> None:
    previous, then = 0, started
    while True:
        now = time.monotonic()
        done = tally.requests
        samples.append(
            {
                "second": round(now - started, 1),
                "rss_mib": round(rss_kib(pid) / 1024, 1),
                "requests": done,
                "per_second": round((done - previous) / (now - then), 1) if samples else None,
                "load_average": os.getloadavg()[0],
            }
        )
        previous, then = done, now
        if now >= stop_at:
            return
        await asyncio.sleep(min(every, max(stop_at - now, 0.0)))


async def soak(
    url: str, pid: int, clients: int, duration: float, max_requests: int, every: float
) -> tuple[Tally, list[dict[str, Any]], float, list[str]]:
    mix = request_mix(url)
    tally = Tally()
    samples: list[dict[str, Any]] = []
    started = time.monotonic()
    stop_at = started + duration
    budget = [max_requests]
    watcher = asyncio.create_task(sampler(pid, tally, started, stop_at, every, samples))
    await asyncio.gather(*(client(n, url, mix, tally, stop_at, budget) for n in range(clients)))
    elapsed = time.monotonic() - started
    await watcher
    return tally, samples, elapsed, [name for name, _ in mix]


def percentile(values: list[float], q: float) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=1000, method="inclusive")[round(q * 1000) - 1]


def seed_graph(out: Path, data: Path) -> Path:
    """The seed graph built once into ``out`` (kept between runs)."""
    if not (out / "store").exists():
        import kgbuilder

        kgbuilder.build(data, out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--out", type=Path, help="a built output folder (default: the seed graph)")
    parser.add_argument("--data", type=Path, default=ROOT / "graph_data")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--duration", type=float, default=600.0, help="seconds")
    parser.add_argument("--max-requests", type=int, default=5_000_000)
    parser.add_argument("--every", type=float, default=60.0, help="seconds between memory samples")
    parser.add_argument("--workers", type=int, default=2, help="the endpoint's query workers")
    parser.add_argument("--timeout", type=float, default=30.0, help="the endpoint's query timeout")
    args = parser.parse_args()

    out = args.out or seed_graph(ROOT / "bench" / "data" / "soak-seed", args.data)
    process, url = start_server(out.resolve(), args.data.resolve(), args.workers, args.timeout)
    load_before = os.getloadavg()
    try:
        tally, samples, elapsed, mix = asyncio.run(
            soak(url, process.pid, args.clients, args.duration, args.max_requests, args.every)
        )
        alive = httpx.get(f"{url}/health", timeout=10).json()
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
    load_after = os.getloadavg()

    lat = sorted(tally.latencies)
    summary = {
        "clients": args.clients,
        "duration_s": round(elapsed, 1),
        "requests": tally.requests,
        "answered": len(lat),
        "errors": sum(tally.errors.values()),
        "errors_by_kind": tally.errors,
        "throughput_per_s": round(len(lat) / elapsed, 1),
        "p50_ms": round(percentile(lat, 0.50) * 1000, 2),
        "p99_ms": round(percentile(lat, 0.99) * 1000, 2),
        "max_ms": round(lat[-1] * 1000, 2) if lat else 0.0,
        "rss_start_mib": samples[0]["rss_mib"],
        "rss_end_mib": samples[-1]["rss_mib"],
        "rss_growth_mib": round(samples[-1]["rss_mib"] - samples[0]["rss_mib"], 1),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in load_after],
        "cpus": os.cpu_count(),
        "workers": args.workers,
        "graph": str(out),
        "health_after": alive,
        "queries": mix,
        "answers_by_query": tally.by_query,
    }
    print(f"{'minute':>7} {'s':>7} {'req/s':>8} {'RSS MiB':>8} {'load':>6}")
    for sample in samples:
        rate = "-" if sample["per_second"] is None else f"{sample['per_second']:.1f}"
        print(
            f"{sample['second'] / 60:>7.1f} {sample['second']:>7.1f} {rate:>8} "
            f"{sample['rss_mib']:>8.1f} {sample['load_average']:>6.2f}"
        )
    print()
    width = max(len(k) for k in summary)
    for key in (
        "clients", "duration_s", "requests", "errors", "throughput_per_s", "p50_ms", "p99_ms",
        "max_ms", "rss_start_mib", "rss_end_mib", "rss_growth_mib", "load_average_before",
        "load_average_after",
    ):  # fmt: skip
        print(f"{key:<{width}}  {summary[key]}")
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "soak.json").write_text(
        json.dumps({"summary": summary, "samples": samples}, indent=1)
    )
    if summary["errors"]:
        raise SystemExit(f"{summary['errors']} errors: {tally.errors}")


if __name__ == "__main__":
    main()
