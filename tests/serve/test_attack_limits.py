"""Attacks on the endpoint's resources: big requests, deep nesting, queries that explode.

Each is refused or stopped with a clean answer (413, 400, 504), no worker dies of it, and other
clients keep being answered.
"""

from __future__ import annotations

import concurrent.futures
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

import kgbuilder
from kgb_serve import TOKEN, Endpoint
from kgbuilder.serve.limits import MAX_NESTING

AUTH = {"Authorization": f"Bearer {TOKEN}"}
DEEP = 10_000

#: (what it is, query) nested far past MAX_NESTING: each would overflow the parser's stack
DEEP_QUERIES = [
    ("groups", "SELECT * WHERE " + "{" * DEEP + "}" * DEEP),
    ("parentheses", "ASK { FILTER(" + "(" * DEEP + "1" + ")" * DEEP + ") }"),
    ("blank nodes", "ASK { ?s ?p " + "[ ?p " * DEEP + "1" + " ]" * DEEP + " }"),
    ("collections", "ASK { ?s ?p " + "( " * DEEP + "1" + " )" * DEEP + " }"),
    ("optionals", "SELECT * WHERE { " + "OPTIONAL { ?s ?p ?o " * DEEP + "}" * DEEP + " }"),
    ("unclosed", "SELECT * WHERE " + "{" * DEEP),
]


def workers_up(endpoint: Endpoint, count: int = 2) -> None:
    """Wait until the endpoint has ``count`` live workers (a killed one is replaced)."""
    deadline = time.monotonic() + 60
    while httpx.get(f"{endpoint.url}/health", timeout=30).json()["workers"] < count:
        assert time.monotonic() < deadline, "a worker was not replaced"
        time.sleep(0.2)


def raw_exchange(endpoint: Endpoint, request: bytes) -> bytes:
    """Send bytes as they are and read the answer (or what came before the server hung up)."""
    data = b""
    with socket.create_connection(("127.0.0.1", endpoint.port), timeout=30) as sock:
        try:
            sock.sendall(request)
            while chunk := sock.recv(65536):
                data += chunk
        except (BrokenPipeError, ConnectionResetError):
            pass
    return data


# --- sizes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "kind"),
    [("/sparql", "form"), ("/sparql", "direct"), ("/network", "form"), ("/sparql", "chunked")],
)
def test_bodies_over_the_cap_are_413(tight_endpoint: Endpoint, path: str, kind: str) -> None:
    query = "ASK {}" + " " * 5000  # the tight endpoint takes 2000 bytes
    url = f"{tight_endpoint.url}{path}"
    if kind == "form":
        response = httpx.post(url, data={"query": query})
    elif kind == "direct":
        headers = {"Content-Type": "application/sparql-query"}
        response = httpx.post(url, content=query, headers=headers)
    else:  # no Content-Length: the cap holds while the body streams in

        def pieces() -> Iterator[bytes]:
            for _ in range(50):
                yield b" " * 1000

        headers = {"Content-Type": "application/sparql-query"}
        response = httpx.post(url, content=pieces(), headers=headers)
    assert response.status_code == 413
    assert "limit" in response.json()["error"]


def test_a_declared_length_past_the_cap_is_refused_before_reading(tight_endpoint: Endpoint) -> None:
    answer = raw_exchange(
        tight_endpoint,
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
        b"Content-Length: 1000000000000\r\nConnection: close\r\n\r\nASK {}",
    )
    assert answer.startswith(b"HTTP/1.1 413")


@pytest.mark.parametrize(
    ("method", "path", "params", "media"),
    [
        ("POST", "/update", {}, "application/sparql-update"),
        ("PUT", "/store", {"graph": "http://example.org/big"}, "text/turtle"),
        ("POST", "/store", {"graph": "http://example.org/big"}, "text/turtle"),
    ],
)
def test_write_bodies_over_the_cap_are_413(
    armed_endpoint: Endpoint, method: str, path: str, params: dict[str, str], media: str
) -> None:
    body = b"# padding\n" * 110_000  # over the default 1 MiB
    url = f"{armed_endpoint.url}{path}"
    response = httpx.request(
        method, url, params=params, content=body, headers={**AUTH, "Content-Type": media}
    )
    assert response.status_code == 413
    assert (
        httpx.get(
            f"{armed_endpoint.url}/store", params={"graph": "http://example.org/big"}
        ).status_code
        == 404
    )


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * (1 << 20) + b"\r\n\r\n",
        b"GET /health HTTP/1.1\r\nHost: x\r\n"
        + b"".join(b"X-H%d: %s\r\n" % (i, b"v" * 60) for i in range(5000))
        + b"\r\n",
        b"GET /sparql?query=" + b"A" * (1 << 20) + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    ],
    ids=["one 1 MiB header", "5000 headers", "1 MiB request line"],
)
def test_oversized_heads_are_refused_and_the_server_stays_up(
    endpoint: Endpoint, request_bytes: bytes
) -> None:
    answer = raw_exchange(endpoint, request_bytes)
    assert answer == b"" or answer.startswith((b"HTTP/1.1 400", b"HTTP/1.1 431"))
    assert httpx.get(f"{endpoint.url}/health").status_code == 200


# --- nesting ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "query"), DEEP_QUERIES, ids=[n for n, _ in DEEP_QUERIES])
def test_deeply_nested_queries_are_a_clean_400(endpoint: Endpoint, name: str, query: str) -> None:
    for response in (
        httpx.post(
            f"{endpoint.url}/sparql",
            content=query,
            headers={"Content-Type": "application/sparql-query"},
        ),
        httpx.post(f"{endpoint.url}/network", data={"query": query}),
    ):
        assert response.status_code == 400, response.text
        assert "nests" in response.json()["error"]
    assert httpx.get(f"{endpoint.url}/health").json()["workers"] == 2  # none died


def test_deeply_nested_updates_are_a_clean_400(armed_endpoint: Endpoint) -> None:
    update = "INSERT { ?s ?p ?o } WHERE " + "{" * DEEP + " ?s ?p ?o " + "}" * DEEP
    response = httpx.post(
        f"{armed_endpoint.url}/update",
        content=update,
        headers={**AUTH, "Content-Type": "application/sparql-update"},
    )
    assert response.status_code == 400
    assert "nests" in response.json()["error"]


@pytest.mark.parametrize(
    ("media", "body", "status"),
    [
        (
            "application/ld+json",
            '{"@id": "http://e/a", "http://e/p": '
            + '{"http://e/p": ' * DEEP
            + "1"
            + "}" * DEEP
            + "}",
            400,
        ),
        (
            "application/ld+json",
            '{"@id": "http://e/a", "http://e/p": ' + "[" * DEEP + "1" + "]" * DEEP + "}",
            400,
        ),
        # the Turtle parser keeps its own stack: deep nesting is only a big graph
        (
            "text/turtle",
            "<http://e/a> <http://e/p> " + "[ <http://e/p> " * DEEP + "1" + " ]" * DEEP + " .",
            201,
        ),
    ],
)
def test_deeply_nested_bodies_never_kill_the_writer(
    armed_endpoint: Endpoint, media: str, body: str, status: int
) -> None:
    url = f"{armed_endpoint.url}/store"
    graph = {"graph": "http://example.org/deep"}
    response = httpx.put(
        url, params=graph, content=body.encode(), headers={**AUTH, "Content-Type": media}
    )
    assert response.status_code == status, response.text
    httpx.delete(url, params=graph, headers=AUTH)
    ok = httpx.put(
        url,
        params=graph,
        content=b"<http://e/a> <http://e/p> 1 .",
        headers={**AUTH, "Content-Type": "text/turtle"},
    )
    assert ok.status_code == 201  # the writer still writes
    assert httpx.delete(url, params=graph, headers=AUTH).status_code == 204


def test_nesting_up_to_the_limit_is_answered(endpoint: Endpoint) -> None:
    depth = MAX_NESTING - 2
    query = "SELECT * WHERE " + "{" * depth + "?s ?p ?o" + "}" * depth + " LIMIT 1"
    response = httpx.get(f"{endpoint.url}/sparql", params={"query": query})
    assert response.status_code == 200, response.text
    assert len(response.json()["results"]["bindings"]) == 1


# --- queries that explode ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def short_endpoint(seed_graph: kgbuilder.KnowledgeGraph) -> Iterator[Endpoint]:
    """The seed graph with a 2 s timeout and two workers."""
    server = Endpoint(seed_graph.out_dir, "--timeout", "2", "--workers", "2")
    yield server
    server.stop()


PATH = "(rdf:type|!rdf:type)*"
EXPLOSIONS = [
    (
        "path closure twice",
        f"SELECT (COUNT(*) AS ?n) WHERE {{ ?a {PATH} ?b . ?b {PATH} ?c . ?d ?e ?f }}",
    ),
    (
        "path of negations",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a (!rdf:type|^!rdf:type)* ?b . ?c ?p ?d }",
    ),
    (
        "ordered cross product",
        "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1",
    ),
    (
        "constructed cross product",
        "CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i",
    ),
    ("nested collections (parsing)", "ASK { ?s ?p " + "(" * 200 + "1" + ")" * 200 + " }"),
]


@pytest.mark.parametrize(("name", "query"), EXPLOSIONS, ids=[n for n, _ in EXPLOSIONS])
def test_exploding_queries_are_stopped_while_others_are_answered(
    short_endpoint: Endpoint, name: str, query: str
) -> None:
    workers_up(short_endpoint)
    url = f"{short_endpoint.url}/sparql"
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        slow = pool.submit(httpx.get, url, params={"query": query}, timeout=120)
        simple = []
        while not slow.done():
            answer = httpx.get(url, params={"query": "ASK { ?s a schema:Person }"}, timeout=120)
            simple.append((answer.status_code, answer.text))
        response = slow.result()
    assert response.status_code == 504, response.text
    assert "timeout" in response.json()["error"]
    assert simple  # the other client was answered while the explosion ran...
    assert {status for status, _ in simple} == {200}  # ...every time, and rightly
    assert {text for _, text in simple} == {'{"head": {}, "boolean": true}'}
    workers_up(short_endpoint)  # the stopped worker was replaced


@pytest.mark.parametrize(
    ("query", "accept"),
    [
        ("CONSTRUCT { ?a ?b ?f } WHERE { ?a ?b ?c . ?d ?e ?f }", "application/n-triples"),
        ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", "text/csv"),
        ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", "application/sparql-results+xml"),
    ],
)
def test_huge_results_stop_at_the_row_cap(
    tight_endpoint: Endpoint, query: str, accept: str
) -> None:
    """A million-row result is read only as far as the cap (3 rows), not held whole then cut."""
    response = httpx.get(
        f"{tight_endpoint.url}/sparql", params={"query": query}, headers={"Accept": accept}
    )
    assert response.status_code == 200, response.text
    assert response.headers["x-kgbuilder-truncated"] == "rows=3"
