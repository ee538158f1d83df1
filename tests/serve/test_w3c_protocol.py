"""The query side of the W3C SPARQL 1.1 Protocol test suite (w3c/rdf-tests,
sparql/sparql11/protocol/manifest.ttl), written again for this endpoint: three named graphs
data1..data3, each of which says it is a Thing, stand in for the suite's data files."""

from __future__ import annotations

import httpx
import pytest

from kgb_serve import Endpoint

D = "http://example.org/data/data"
BOTH = f"ASK {{ <{D}1> a ?type . <{D}2> a ?type . }}"
NAMED = f"ASK {{ GRAPH ?g1 {{ <{D}1> a ?type }} GRAPH ?g2 {{ <{D}2> a ?type }} }}"
FULL = f"ASK {{ <{D}3> a ?type GRAPH ?g1 {{ <{D}1> a ?type }} GRAPH ?g2 {{ <{D}2> a ?type }} }}"
DIRECT = {"Content-Type": "application/sparql-query"}


def _boolean(response: httpx.Response) -> bool:
    assert 200 <= response.status_code < 400, response.text
    value: bool = response.json()["boolean"]
    return value


def test_query_post_form(w3c_endpoint: Endpoint) -> None:
    url = f"{w3c_endpoint.url}/sparql?default-graph-uri={D}0"
    assert _boolean(httpx.post(url, data={"query": "ASK {}"}))


def test_query_get(w3c_endpoint: Endpoint) -> None:
    assert _boolean(httpx.get(f"{w3c_endpoint.url}/sparql", params={"query": "ASK {}"}))


def test_query_post_direct(w3c_endpoint: Endpoint) -> None:
    assert _boolean(httpx.post(f"{w3c_endpoint.url}/sparql", content="ASK {}", headers=DIRECT))


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_query_dataset_default_graphs(w3c_endpoint: Endpoint, method: str) -> None:
    params = [("default-graph-uri", f"{D}1"), ("default-graph-uri", f"{D}2")]
    if method == "GET":
        response = httpx.get(f"{w3c_endpoint.url}/sparql", params=[*params, ("query", BOTH)])
    else:
        response = httpx.post(
            f"{w3c_endpoint.url}/sparql", params=params, content=BOTH, headers=DIRECT
        )
    assert _boolean(response)
    one = httpx.get(f"{w3c_endpoint.url}/sparql", params=[params[0], ("query", BOTH)])
    assert not _boolean(one)  # with only data1 as default graph, data2 is not seen


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_query_dataset_named_graphs(w3c_endpoint: Endpoint, method: str) -> None:
    params = [("named-graph-uri", f"{D}1"), ("named-graph-uri", f"{D}2")]
    if method == "GET":
        response = httpx.get(f"{w3c_endpoint.url}/sparql", params=[*params, ("query", NAMED)])
    else:
        response = httpx.post(
            f"{w3c_endpoint.url}/sparql", params=params, content=NAMED, headers=DIRECT
        )
    assert _boolean(response)


def test_query_dataset_full(w3c_endpoint: Endpoint) -> None:
    params = [
        ("default-graph-uri", f"{D}3"),
        ("named-graph-uri", f"{D}1"),
        ("named-graph-uri", f"{D}2"),
    ]
    response = httpx.post(f"{w3c_endpoint.url}/sparql", params=params, content=FULL, headers=DIRECT)
    assert _boolean(response)


def test_query_multiple_dataset(w3c_endpoint: Endpoint) -> None:
    # the protocol's dataset replaces the query's own FROM
    query = f"ASK FROM <{D}3> {{ <{D}1> a ?type }}"
    params = [("default-graph-uri", f"{D}1")]
    response = httpx.post(
        f"{w3c_endpoint.url}/sparql", params=params, content=query, headers=DIRECT
    )
    assert _boolean(response)


@pytest.mark.parametrize(
    ("query", "types"),
    [
        (
            "SELECT (1 AS ?value) {}",
            (
                "application/sparql-results+xml",
                "application/sparql-results+json",
                "text/tab-separated-values",
                "text/csv",
            ),
        ),
        ("ASK {}", ("application/sparql-results+xml", "application/sparql-results+json")),
        (
            f"DESCRIBE <{D}1>",
            ("application/rdf+xml", "text/turtle", "application/n-triples", "application/ld+json"),
        ),
        (
            "CONSTRUCT { <http://example.org/s> <http://example.org/p> 1 } WHERE {}",
            ("application/rdf+xml", "text/turtle", "application/n-triples", "application/ld+json"),
        ),
    ],
)
def test_query_content_type(w3c_endpoint: Endpoint, query: str, types: tuple[str, ...]) -> None:
    accept = ", ".join(f"{t};q={0.9 - i / 10:.1f}" for i, t in enumerate(types))
    response = httpx.get(
        f"{w3c_endpoint.url}/sparql", params={"query": query}, headers={"Accept": accept}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == types[0]


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("PUT", {"content": "ASK {}", "headers": DIRECT}),  # bad_query_method
        (
            "GET",
            {"params": [("query", "ASK {}"), ("query", "SELECT * {}")]},
        ),  # bad_multiple_queries
        (
            "POST",
            {"content": "ASK {}", "headers": {"Content-Type": "text/plain"}},
        ),  # bad_query_wrong_media_type
        ("POST", {"content": "query=ASK%20%7B%7D"}),  # bad_query_missing_form_type
        ("POST", {"content": "ASK {}"}),  # bad_query_missing_direct_type
        (
            "POST",
            {"content": "ASK { <http://example/\xe9> ?p ?o }".encode("latin-1"), "headers": DIRECT},
        ),  # bad_query_non_utf8
        ("GET", {"params": {"query": "ASK {"}}),  # bad_query_syntax
    ],
)
def test_bad_query_requests_are_client_errors(
    w3c_endpoint: Endpoint, method: str, kwargs: dict[str, object]
) -> None:
    response = httpx.request(method, f"{w3c_endpoint.url}/sparql", **kwargs)  # type: ignore[arg-type]
    assert 400 <= response.status_code < 500


@pytest.mark.parametrize(
    ("method", "kwargs"),
    [
        ("GET", {"params": {"update": "CLEAR ALL"}}),  # bad_update_get
        (
            "POST",
            {
                "content": "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT",
                "headers": {"Content-Type": "application/x-www-form-urlencoded"},
            },
        ),  # bad_multiple_updates
        (
            "POST",
            {"content": "CLEAR NAMED", "headers": {"Content-Type": "text/plain"}},
        ),  # bad_update_wrong_media_type
        ("POST", {"content": "update=CLEAR%20NAMED"}),  # bad_update_missing_form_type
        (
            "POST",
            {
                "content": "CLEAR GRAPH <http://example/\xe9>".encode("latin-1"),
                "headers": {"Content-Type": "application/sparql-update"},
            },
        ),  # bad_update_non_utf8
        ("POST", {"data": {"update": "CLEAR XYZ"}}),  # bad_update_syntax
        (
            "POST",
            {
                "params": {"using-graph-uri": f"{D}1"},
                "data": {"update": f"DELETE {{ ?s ?p ?o }} USING <{D}2> WHERE {{ ?s ?p ?o }}"},
            },
        ),  # bad_update_dataset_conflict
    ],
)
def test_bad_update_requests_are_client_errors(
    w3c_endpoint: Endpoint, method: str, kwargs: dict[str, object]
) -> None:
    headers = {"Authorization": "Bearer s3cret-token"}
    extra = kwargs.pop("headers", {})
    response = httpx.request(
        method,
        f"{w3c_endpoint.url}/update",
        headers={**headers, **extra},
        **kwargs,  # type: ignore[arg-type, dict-item]
    )
    assert 400 <= response.status_code < 500
    # nothing was cleared
    assert _boolean(
        httpx.get(f"{w3c_endpoint.url}/sparql", params={"query": f"ASK {{ <{D}1> a ?t }}"})
    )
