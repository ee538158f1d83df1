"""Readers and the writer under interleaved load: every answer right, none lost to a dead worker.

The writer changes the store while readers answer queries; readers work from snapshots the writer
publishes after each write (``kgbuilder.serve.pool``). These tests drive a real endpoint with
concurrent clients and check each answer against what the writes made true.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from kgb_serve import TOKEN, Endpoint
from kgbuilder import KnowledgeGraph
from kgbuilder.serve.pool import OverloadedError, TimedOutError, WorkerPool
from kgbuilder.serve.worker import StoreSpec

GRAPH = "http://example.org/counter"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
COUNTER = (
    f"SELECT ?n WHERE {{ GRAPH <{GRAPH}> {{ <http://example.org/c> <http://example.org/n> ?n }} }}"
)


def _counter(client: httpx.Client, url: str) -> int:
    """The counter's one value as a reader sees it (the answer must be complete and single)."""
    response = client.get(f"{url}/sparql", params={"query": COUNTER})
    assert response.status_code == 200, response.text
    rows = response.json()["results"]["bindings"]
    assert len(rows) == 1, rows
    return int(rows[0]["n"]["value"])


def _write(client: httpx.Client, url: str, n: int) -> None:
    """Set the counter to ``n``, by turns with a Graph Store PUT and two kinds of SPARQL Update."""
    triple = f"<http://example.org/c> <http://example.org/n> {n} ."
    if n % 3 == 0:
        response = client.put(
            f"{url}/store",
            params={"graph": GRAPH},
            content=triple.encode(),
            headers={**AUTH, "Content-Type": "text/turtle"},
        )
    elif n % 3 == 1:
        update = (
            f"DELETE {{ GRAPH <{GRAPH}> {{ ?c ?p ?old }} }} "
            f"INSERT {{ GRAPH <{GRAPH}> {{ {triple[:-2]} }} }} "
            f"WHERE {{ GRAPH <{GRAPH}> {{ ?c ?p ?old }} }}"
        )
        response = client.post(
            f"{url}/update",
            content=update,
            headers={**AUTH, "Content-Type": "application/sparql-update"},
        )
    else:  # two operations in one request, sent as a form: applied together or not at all
        update = (
            f"DROP SILENT GRAPH <{GRAPH}> ; INSERT DATA {{ GRAPH <{GRAPH}> {{ {triple[:-2]} }} }}"
        )
        response = client.post(f"{url}/update", data={"update": update}, headers=AUTH)
    assert response.status_code in (201, 204), response.text


def _snapshot_folders(out: Path) -> list[Path]:
    return [p for root in out.glob(".store.serve-*") for p in root.iterdir()]


def test_pool_interleaved_writes_and_reads_are_all_answered_right(
    writable_endpoint: Endpoint,
) -> None:
    url = writable_endpoint.url
    writes = 45
    with httpx.Client(timeout=60) as client:
        _write(client, url, 0)
    done = threading.Event()

    def read_until_done() -> list[int]:
        seen = []
        with httpx.Client(timeout=60) as client:
            while not done.is_set():
                seen.append(_counter(client, url))
        return seen

    with ThreadPoolExecutor(4) as pool:
        readers = [pool.submit(read_until_done) for _ in range(3)]
        try:
            with httpx.Client(timeout=60) as client:
                for n in range(1, writes + 1):
                    _write(client, url, n)
                    assert _counter(client, url) == n  # a write is visible once it is answered
        finally:
            done.set()
        seen = [reader.result() for reader in readers]
    for values in seen:
        assert values, "a reader got no answer at all"
        assert values == sorted(values), "a reader saw the counter go back"
        assert all(0 <= v <= writes for v in values)
    assert sum(len(values) for values in seen) >= writes
    assert '"status": 503' not in writable_endpoint.log
    assert "Traceback" not in writable_endpoint.log


def test_pool_deletes_snapshots_no_reader_holds(writable_endpoint: Endpoint) -> None:
    out = writable_endpoint.out
    with httpx.Client(timeout=60) as client:
        for n in range(6):
            _write(client, writable_endpoint.url, n)
            assert _counter(client, writable_endpoint.url) == n
        snapshots = _snapshot_folders(out)
        # the current snapshot, and at most one older one per reader still to switch
        assert 1 <= len(snapshots) <= 3, snapshots
    writable_endpoint.stop()
    assert not list(out.glob(".store.serve-*")), "the endpoint left its snapshots behind"


SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
FAST = "ASK { ?s a schema:Person }"


def test_pool_queues_requests_for_a_busy_worker_in_order(seed_graph: KnowledgeGraph) -> None:
    """One worker, busy with a runaway query: a short wait is refused, a cancelled request gives
    up its turn, the next one in line is served once the runaway is killed and replaced."""

    async def scenario() -> None:
        pool = WorkerPool(StoreSpec(str(seed_graph.out_dir)), readers=1, writer=False)
        await pool.start()
        try:
            runaway = asyncio.create_task(pool.query(SLOW, "json", 10, time.monotonic() + 1.5))
            await asyncio.sleep(0.2)
            with pytest.raises(OverloadedError):
                await pool.query(FAST, "json", 10, time.monotonic() + 0.2)
            gone = asyncio.create_task(pool.query(FAST, "json", 10, time.monotonic() + 60))
            served = asyncio.create_task(pool.query(FAST, "json", 10, time.monotonic() + 60))
            await asyncio.sleep(0.1)
            gone.cancel()
            with pytest.raises(TimedOutError):
                await runaway
            header, data = await served
            assert header["status"] == "ok"
            assert json.loads(data)["boolean"] is True
            assert gone.cancelled()
            header, _ = await pool.query(FAST, "json", 10, time.monotonic() + 60)
            assert header["status"] == "ok"  # the worker came back to the pool
        finally:
            await pool.close()

    # in a thread of its own: a session's Playwright (the browser tests) keeps an event loop
    # running in the main thread, where asyncio.run refuses to start another
    with ThreadPoolExecutor(max_workers=1) as thread:
        thread.submit(asyncio.run, scenario()).result()
