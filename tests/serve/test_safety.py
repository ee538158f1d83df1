"""What the endpoint must never do: reach other servers, or let one slow query stall the rest."""

from __future__ import annotations

import concurrent.futures
import time

import httpx

from kgb_serve import TOKEN, Canary, Endpoint

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_federation_never_reaches_the_network(
    endpoint: Endpoint, writable_endpoint: Endpoint, canary: Canary
) -> None:
    sparql = f"{endpoint.url}/sparql"
    attempts = [
        httpx.get(
            sparql,
            params={"query": f"SELECT * WHERE {{ SERVICE <{canary.url}/sparql> {{ ?s ?p ?o }} }}"},
        ),
        httpx.get(
            sparql,
            params={
                "query": f"SELECT * WHERE {{ SERVICE SILENT <{canary.url}/s> {{ ?s ?p ?o }} }}"
            },
        ),
        httpx.get(
            sparql, params={"query": f"SELECT * FROM <{canary.url}/data.ttl> WHERE {{ ?s ?p ?o }}"}
        ),
        httpx.get(
            sparql,
            params={
                "query": f"SELECT * FROM NAMED <{canary.url}/g> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
            },
        ),
        httpx.get(
            sparql, params={"query": "ASK { ?s ?p ?o }", "default-graph-uri": f"{canary.url}/d"}
        ),
        httpx.get(
            sparql,
            params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": f"{canary.url}/n"},
        ),
        httpx.get(f"{endpoint.url}/store", params={"graph": f"{canary.url}/store"}),
        httpx.post(
            f"{writable_endpoint.url}/update",
            data={"update": f"LOAD <{canary.url}/data.ttl>"},
            headers={"Authorization": f"Bearer {TOKEN}"},
        ),
    ]
    assert canary.hits == []
    assert [r.status_code for r in attempts[:2]] == [403, 403]
    assert "--allow-federation" in attempts[0].json()["error"]
    assert attempts[-1].status_code == 403
    assert attempts[2].json()["results"]["bindings"] == []


def test_slow_query_is_cut_without_starving_others(tight_endpoint: Endpoint) -> None:
    url = f"{tight_endpoint.url}/sparql"
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        started = time.monotonic()
        slow = pool.submit(httpx.get, url, params={"query": SLOW}, timeout=30)
        fast_answers = []
        while not slow.done():
            answer = httpx.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
            fast_answers.append(answer.status_code)
        response = slow.result()
        elapsed = time.monotonic() - started
    assert response.status_code == 504
    assert "timeout" in response.json()["error"]
    assert elapsed < 10  # cut near the 1 s timeout, not after the query's natural end
    assert fast_answers
    assert set(fast_answers) == {200}
    # the killed worker is replaced: both workers serve again
    deadline = time.monotonic() + 30
    while httpx.get(f"{tight_endpoint.url}/health").json()["workers"] < 2:
        assert time.monotonic() < deadline
        time.sleep(0.2)
