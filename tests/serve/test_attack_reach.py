"""Attacks that reach out of the endpoint: SSRF (a canary server must hear nothing) and paths.

Every query, update and Graph Store request here names a canary HTTP server on loopback (or a file
on this machine); the endpoint must refuse or treat the name as a name, never fetch it, also when
writes are allowed and the token is right.
"""

from __future__ import annotations

import http.client
from pathlib import Path

import httpx
import pytest

from kgb_serve import TOKEN, Canary, Endpoint

AUTH = {"Authorization": f"Bearer {TOKEN}"}

#: queries that call the canary (``{c}``) by SERVICE, in the spellings a filter might miss
SERVICE_QUERIES = [
    "SELECT * WHERE {{ SERVICE <{c}/sparql> {{ ?s ?p ?o }} }}",
    "select * where {{ service silent <{c}/sparql> {{ ?s ?p ?o }} }}",
    "PREFIX c: <{c}/> SELECT * WHERE {{ SERVICE c:sparql {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ VALUES ?e {{ <{c}/sparql> }} SERVICE ?e {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ?p ?o OPTIONAL {{ SELECT * WHERE {{ SERVICE <{c}/x> {{ ?s ?q ?r }} }} }} }}",
    "SELECT * WHERE {{ SERVICE#comment\n<{c}/x> {{ ?s ?p ?o }} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{c}/sparql> {{ ?s ?p ?o }} }}",
    "DESCRIBE ?s WHERE {{ SERVICE <{c}/x> {{ ?s ?p ?o }} }}",
    "ASK {{ SERVICE <{c}/sparql> {{ }} }}",
]

#: updates that call the canary by LOAD or SERVICE
REACHING_UPDATES = [
    "LOAD <{c}/data.ttl>",
    "load silent <{c}/data.ttl> into graph <http://example.org/g>",
    "PREFIX c: <{c}/> LOAD c:data.ttl",
    "INSERT {{ GRAPH <http://example.org/g> {{ ?s ?p ?o }} }} "
    "WHERE {{ SERVICE <{c}/sparql> {{ ?s ?p ?o }} }}",
    "INSERT DATA {{ GRAPH <http://example.org/g> {{ <http://example.org/a> <http://example.org/p> 1 }} }} ;"
    " LOAD <{c}/d.ttl>",
]


def ask(endpoint: Endpoint, query: str) -> bool:
    response = httpx.get(f"{endpoint.url}/sparql", params={"query": query})
    assert response.status_code == 200, response.text
    answer: bool = response.json()["boolean"]
    return answer


def send_query(endpoint: Endpoint, how: str, query: str, headers: dict[str, str]) -> httpx.Response:
    url = f"{endpoint.url}/sparql"
    if how == "get":
        return httpx.get(url, params={"query": query}, headers=headers)
    if how == "form":
        return httpx.post(url, data={"query": query}, headers=headers)
    if how == "direct":
        return httpx.post(
            url, content=query, headers={**headers, "Content-Type": "application/sparql-query"}
        )
    return httpx.post(f"{endpoint.url}/network", data={"query": query}, headers=headers)


@pytest.mark.parametrize("how", ["get", "form", "direct", "network"])
@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_never_reaches_the_canary(
    endpoint: Endpoint, armed_endpoint: Endpoint, canary: Canary, template: str, how: str
) -> None:
    query = template.format(c=canary.url)
    for server, headers in ((endpoint, {}), (armed_endpoint, AUTH)):
        response = send_query(server, how, query, headers)
        assert response.status_code == 403, response.text
        assert "SERVICE" in response.json()["error"]
    assert canary.hits == []


@pytest.mark.parametrize("how", ["form", "direct"])
@pytest.mark.parametrize("template", REACHING_UPDATES)
def test_load_and_service_updates_never_reach_the_canary(
    armed_endpoint: Endpoint, canary: Canary, template: str, how: str
) -> None:
    update = template.format(c=canary.url)
    url = f"{armed_endpoint.url}/update"
    if how == "form":
        response = httpx.post(url, data={"update": update}, headers=AUTH)
    else:
        headers = {**AUTH, "Content-Type": "application/sparql-update"}
        response = httpx.post(url, content=update, headers=headers)
    assert response.status_code == 403, response.text
    assert canary.hits == []
    # refused whole: the INSERT DATA before the LOAD did not happen either
    assert not ask(armed_endpoint, "ASK { GRAPH <http://example.org/g> { ?s ?p ?o } }")


@pytest.mark.parametrize(
    "params",
    [
        {"query": "SELECT * FROM <{c}/data.ttl> WHERE {{ ?s ?p ?o }}"},
        {"query": "SELECT * FROM NAMED <{c}/g> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"},
        {"query": "SELECT * WHERE {{ ?s ?p ?o }}", "default-graph-uri": "{c}/d"},
        {"query": "SELECT * WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}", "named-graph-uri": "{c}/n"},
        {"query": "DESCRIBE <{c}/thing>"},
    ],
)
def test_dataset_names_are_only_names(
    armed_endpoint: Endpoint, canary: Canary, params: dict[str, str]
) -> None:
    """FROM, FROM NAMED and the protocol's graph URIs name graphs of the store; none is fetched."""
    filled = {k: v.format(c=canary.url) for k, v in params.items()}
    response = httpx.get(f"{armed_endpoint.url}/sparql", params=filled, headers=AUTH)
    assert response.status_code == 200, response.text
    assert "canary" not in response.text  # the canary's triples would name http://canary/
    assert canary.hits == []


def test_graph_store_graph_names_are_only_names(armed_endpoint: Endpoint, canary: Canary) -> None:
    url = f"{armed_endpoint.url}/store"
    graph = {"graph": f"{canary.url}/store"}
    turtle = {**AUTH, "Content-Type": "text/turtle"}
    body = b"<http://example.org/a> <http://example.org/p> 'mine' ."
    assert httpx.get(url, params=graph).status_code == 404
    assert httpx.head(url, params=graph).status_code == 404
    assert httpx.put(url, params=graph, content=body, headers=turtle).status_code == 201
    assert httpx.post(url, params=graph, content=body, headers=turtle).status_code == 204
    got = httpx.get(url, params=graph, headers={"Accept": "application/n-triples"})
    assert got.status_code == 200
    assert "mine" in got.text
    assert httpx.delete(url, params=graph, headers=AUTH).status_code == 204
    assert canary.hits == []


@pytest.mark.parametrize(
    ("media_type", "template", "status"),
    [
        # a remote JSON-LD context is never loaded
        (
            "application/ld+json",
            '{{"@context": "{c}/ctx.jsonld", "@id": "http://e/a", "n": 1}}',
            400,
        ),
        (
            "application/ld+json",
            '{{"@context": ["{c}/a", {{"@vocab": "http://e/"}}], "@id": "http://e/a", "n": 1}}',
            400,
        ),
        # an external XML entity is never resolved
        (
            "application/rdf+xml",
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "{c}/entity">]>'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">'
            '<rdf:Description rdf:about="http://e/a"><e:p>&x;</e:p></rdf:Description></rdf:RDF>',
            400,
        ),
        # a base IRI and owl:imports of the canary are only IRIs
        (
            "text/turtle",
            "@base <{c}/> . <a> <http://www.w3.org/2002/07/owl#imports> <{c}/onto.ttl> .",
            201,
        ),
    ],
)
def test_graph_store_bodies_never_fetch(
    armed_endpoint: Endpoint, canary: Canary, media_type: str, template: str, status: int
) -> None:
    url = f"{armed_endpoint.url}/store"
    graph = {"graph": "http://example.org/bodies"}
    body = template.format(c=canary.url).encode()
    response = httpx.put(
        url, params=graph, content=body, headers={**AUTH, "Content-Type": media_type}
    )
    assert response.status_code == status, response.text
    httpx.delete(url, params=graph, headers=AUTH)
    assert canary.hits == []


# --- path traversal ---------------------------------------------------------------------------

SECRET = "/etc/passwd"
RAW_PATHS = [
    "/../../etc/passwd",
    "/..%2f..%2fetc%2fpasswd",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/%252e%252e/%252e%252e/etc/passwd",
    "//etc/passwd",
    "/etc/passwd",
    "/static/../../../etc/passwd",
    "/..\\..\\etc\\passwd",
    "/templates/query.html",
    "/query.html",
    "/queries/why",
    "/queries/../../pyproject.toml",
    "/store/../../etc/passwd",
    "/sparql/../../etc/passwd",
]


def leaked(text: str) -> bool:
    """True when an answer holds the content of a file this test knows is there."""
    markers = ["root:x:0:0", "[project]", "# title:"]  # /etc/passwd, pyproject.toml, a .rq file
    return any(marker in text for marker in markers)


@pytest.mark.parametrize("path", RAW_PATHS)
def test_no_route_serves_files(endpoint: Endpoint, path: str) -> None:
    """Raw request targets, sent as written (no client normalising the dots away)."""
    connection = http.client.HTTPConnection("127.0.0.1", endpoint.port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
    finally:
        connection.close()
    assert response.status in (400, 404), (response.status, text[:200])
    assert not leaked(text)


def saved_query_file() -> str:
    return str(Path(__file__).resolve().parents[2] / "queries" / "why.rq")


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/sparql", {"saved": "../../etc/passwd"}, 400),
        ("/sparql", {"saved": "/etc/passwd"}, 400),
        ("/sparql", {"saved": "..%2F..%2Fetc%2Fpasswd"}, 400),
        ("/sparql", {"saved": "file:///etc/passwd"}, 400),
        ("/sparql", {"saved": "../queries/why"}, 400),
        ("/sparql", {"saved": "why.rq"}, 400),
        ("/sparql", {"saved": "{file}"}, 400),  # the real path of a saved query is not its name
        ("/sparql", {"saved": "why", "param": "subject=<file:///etc/passwd>"}, 200),
        ("/sparql", {"query": "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"}, 200),
        ("/sparql", {"query": "ASK { ?s ?p ?o }", "default-graph-uri": "file:///etc/passwd"}, 200),
        ("/sparql", {"query": "SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }"}, 403),
        ("/store", {"graph": "file:///etc/passwd"}, 404),
        ("/store", {"graph": "../../etc/passwd"}, 400),
        ("/store", {"graph": "/etc/passwd"}, 400),
    ],
)
def test_parameters_naming_files_never_read_them(
    endpoint: Endpoint, path: str, params: dict[str, str], status: int
) -> None:
    filled = {k: v.replace("{file}", saved_query_file()) for k, v in params.items()}
    response = httpx.get(f"{endpoint.url}{path}", params=filled)
    assert response.status_code == status, response.text
    assert not leaked(response.text)
    if path == "/sparql" and "saved" in filled and status == 400:
        assert "saved query" in response.json()["error"]


@pytest.mark.parametrize(
    ("media_type", "body"),
    [
        ("application/ld+json", '{"@context": "file:///etc/passwd", "@id": "http://e/a", "n": 1}'),
        (
            "application/rdf+xml",
            '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://e/">'
            '<rdf:Description rdf:about="http://e/a"><e:p>&x;</e:p></rdf:Description></rdf:RDF>',
        ),
    ],
)
def test_bodies_naming_files_never_read_them(
    armed_endpoint: Endpoint, media_type: str, body: str
) -> None:
    url = f"{armed_endpoint.url}/store"
    graph = {"graph": "http://example.org/files"}
    response = httpx.put(
        url, params=graph, content=body.encode(), headers={**AUTH, "Content-Type": media_type}
    )
    assert response.status_code == 400
    assert not leaked(response.text)
    assert httpx.get(url, params=graph).status_code == 404


def test_load_of_a_file_is_refused(armed_endpoint: Endpoint) -> None:
    graph = "http://example.org/passwd"
    update = f"LOAD <file:///etc/passwd> INTO GRAPH <{graph}>"
    response = httpx.post(f"{armed_endpoint.url}/update", data={"update": update}, headers=AUTH)
    assert response.status_code == 403
    assert not ask(armed_endpoint, f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
