"""Every protocol case of the endpoint, with httpx against a real server on loopback."""

from __future__ import annotations

import json

import httpx
import pyoxigraph as ox
import pytest

from kgb_serve import TOKEN, Endpoint

PEOPLE = "SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name"
RECORDS = "https://w3id.org/kgbuilder/id/graph/records/chongqing-brands-latam"
GAZETTEER = "https://w3id.org/kgbuilder/id/graph/gazetteer/geonames"


def _names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [b["name"]["value"] for b in response.json()["results"]["bindings"]]


def test_sparql_get_post_form_and_post_direct_agree(endpoint: Endpoint) -> None:
    url = f"{endpoint.url}/sparql"
    by_get = _names(httpx.get(url, params={"query": PEOPLE}))
    by_form = _names(httpx.post(url, data={"query": PEOPLE}))
    direct = httpx.post(url, content=PEOPLE, headers={"Content-Type": "application/sparql-query"})
    assert by_get == by_form == _names(direct)
    assert len(by_get) == 6


@pytest.mark.parametrize(
    ("accept", "content_type"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("application/xml;q=0.5, text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/*", "text/xml"),
        ("application/json", "application/json"),
    ],
)
def test_sparql_negotiates_solution_formats(
    endpoint: Endpoint, accept: str | None, content_type: str
) -> None:
    headers = {"Accept": accept} if accept else {}
    response = httpx.get(f"{endpoint.url}/sparql", params={"query": PEOPLE}, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(content_type)
    assert "Guan Hong" in response.text


@pytest.mark.parametrize(
    ("accept", "content_type", "fmt"),
    [
        (None, "text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/ld+json", "application/ld+json", ox.RdfFormat.JSON_LD),
        ("application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
    ],
)
def test_sparql_negotiates_graph_formats(
    endpoint: Endpoint, accept: str | None, content_type: str, fmt: ox.RdfFormat
) -> None:
    query = "CONSTRUCT { ?p a schema:Person } WHERE { ?p a schema:Person }"
    headers = {"Accept": accept} if accept else {}
    response = httpx.get(f"{endpoint.url}/sparql", params={"query": query}, headers=headers)
    assert response.headers["content-type"].startswith(content_type)
    assert len(list(ox.parse(response.content, format=fmt))) == 6


@pytest.mark.parametrize(
    ("query", "accept"),
    [(PEOPLE, "image/png"), (PEOPLE, "text/turtle"), ("DESCRIBE person:guan-hong", "text/csv")],
)
def test_sparql_answers_406_when_nothing_fits(endpoint: Endpoint, query: str, accept: str) -> None:
    response = httpx.get(
        f"{endpoint.url}/sparql", params={"query": query}, headers={"Accept": accept}
    )
    assert response.status_code == 406
    assert "offered" in response.json()["error"]


@pytest.mark.parametrize(
    ("request_kwargs", "status", "message"),
    [
        ({"method": "GET", "params": {"query": "SELECT ?x WHERE { ?x"}}, 400, "invalid SPARQL"),
        ({"method": "GET", "params": {}}, 400, "no query"),
        (
            {"method": "GET", "params": [("query", "ASK {}"), ("query", "ASK {}")]},
            400,
            "more than one",
        ),
        (
            {"method": "POST", "content": "ASK {}", "headers": {"Content-Type": "text/plain"}},
            415,
            "POST a query",
        ),
        ({"method": "POST", "content": b"ASK {}"}, 415, "no Content-Type"),
        (
            {
                "method": "POST",
                "content": b"ASK { \xff }",
                "headers": {"Content-Type": "application/sparql-query"},
            },
            400,
            "not UTF-8",
        ),
        (
            {
                "method": "GET",
                "params": {"query": "INSERT DATA { <http://a> <http://b> <http://c> }"},
            },
            400,
            "/update",
        ),
        (
            {"method": "GET", "params": {"query": "ASK {}", "default-graph-uri": "not an iri"}},
            400,
            "not an absolute IRI",
        ),
        ({"method": "GET", "params": {"saved": "whyy"}}, 400, "did you mean 'why'"),
        ({"method": "GET", "params": {"saved": "why"}}, 400, "needs --param subject"),
    ],
)
def test_sparql_refuses_bad_requests_with_a_message(
    endpoint: Endpoint, request_kwargs: dict[str, object], status: int, message: str
) -> None:
    response = httpx.request(url=f"{endpoint.url}/sparql", **request_kwargs)  # type: ignore[arg-type]
    assert response.status_code == status
    body = response.json()
    assert body["status"] == status
    assert message in body["error"]


def test_sparql_bad_query_message_points_at_the_users_line(endpoint: Endpoint) -> None:
    query = "SELECT ?x\nWHERE {\n  ?x ?y\n}"
    response = httpx.get(f"{endpoint.url}/sparql", params={"query": query})
    assert response.status_code == 400
    assert "4:" in response.json()["error"]


@pytest.mark.parametrize(
    ("declaration", "people"), [("", 6), ("PREFIX schema: <http://schema.org/>\n", 0)]
)
def test_sparql_queries_own_prefixes_win_over_the_models(
    endpoint: Endpoint, declaration: str, people: int
) -> None:
    query = f"{declaration}SELECT ?p WHERE {{ ?p a schema:Person }}"
    response = httpx.get(f"{endpoint.url}/sparql", params={"query": query})
    assert len(response.json()["results"]["bindings"]) == people


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_sparql_refuses_other_methods(endpoint: Endpoint, method: str) -> None:
    assert httpx.request(method, f"{endpoint.url}/sparql").status_code == 405


def test_sparql_runs_saved_queries_with_params(endpoint: Endpoint) -> None:
    response = httpx.get(
        f"{endpoint.url}/sparql",
        params=[("saved", "people-and-posts"), ("param", "name=Braga")],
    )
    rows = response.json()["results"]["bindings"]
    assert [r["role"]["value"] for r in rows] == ["Vice General Manager"]


def test_sparql_protocol_dataset_overrides_the_union(endpoint: Endpoint) -> None:
    query = "SELECT DISTINCT ?s ?o WHERE { ?s schema:containedInPlace ?o }"
    counts = {}
    for graph in (RECORDS, GAZETTEER):
        response = httpx.get(
            f"{endpoint.url}/sparql", params={"query": query, "default-graph-uri": graph}
        )
        counts[graph] = len(response.json()["results"]["bindings"])
    union = httpx.get(f"{endpoint.url}/sparql", params={"query": query}).json()
    assert counts[RECORDS] == 5
    assert counts[GAZETTEER] == 3  # a city's country, from GeoNames
    assert len(union["results"]["bindings"]) == 5  # the three GeoNames facts are in both graphs


def test_sparql_named_graph_uri_limits_graph_patterns(endpoint: Endpoint) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = httpx.get(
        f"{endpoint.url}/sparql", params={"query": query, "named-graph-uri": GAZETTEER}
    )
    assert [b["g"]["value"] for b in response.json()["results"]["bindings"]] == [GAZETTEER]


def test_health_and_openapi(endpoint: Endpoint) -> None:
    health = httpx.get(f"{endpoint.url}/health").json()
    assert health["status"] == "ok"
    assert health["workers"] == 2
    spec = httpx.get(f"{endpoint.url}/openapi.json").json()
    assert {"/sparql", "/update", "/store", "/health"} <= set(spec["paths"])
    assert "504" in spec["paths"]["/sparql"]["get"]["responses"]


def test_access_log_is_one_json_object_per_request(endpoint: Endpoint) -> None:
    httpx.get(f"{endpoint.url}/health?probe=access-log")
    lines = [json.loads(line) for line in endpoint.log.splitlines() if line.startswith("{")]
    assert lines
    entry = lines[-1]
    assert {"time", "client", "method", "path", "status", "bytes", "ms"} <= set(entry)
    assert any(e["path"] == "/health" and e["status"] == 200 for e in lines)


def test_row_cap_truncates_and_says_so(tight_endpoint: Endpoint) -> None:
    response = httpx.get(f"{tight_endpoint.url}/sparql", params={"query": PEOPLE})
    assert len(response.json()["results"]["bindings"]) == 3
    assert response.headers["x-kgbuilder-truncated"] == "rows=3"


def test_body_over_the_cap_is_413(tight_endpoint: Endpoint) -> None:
    query = "ASK {}" + " " * 3000
    response = httpx.post(
        f"{tight_endpoint.url}/sparql",
        content=query,
        headers={"Content-Type": "application/sparql-query"},
    )
    assert response.status_code == 413


def test_cors_is_off_unless_an_origin_is_given(
    endpoint: Endpoint, tight_endpoint: Endpoint
) -> None:
    headers = {"Origin": "https://app.example"}
    plain = httpx.get(f"{endpoint.url}/sparql", params={"query": "ASK {}"}, headers=headers)
    assert "access-control-allow-origin" not in plain.headers
    allowed = httpx.get(f"{tight_endpoint.url}/sparql", params={"query": "ASK {}"}, headers=headers)
    assert allowed.headers["access-control-allow-origin"] == "https://app.example"
    other = httpx.get(
        f"{tight_endpoint.url}/sparql",
        params={"query": "ASK {}"},
        headers={"Origin": "https://evil.example"},
    )
    assert "access-control-allow-origin" not in other.headers


def test_update_needs_the_flag_and_the_token(
    endpoint: Endpoint, writable_endpoint: Endpoint
) -> None:
    update = "INSERT DATA { GRAPH <http://example.org/g> { person:x a schema:Person } }"
    assert httpx.post(f"{endpoint.url}/update", data={"update": update}).status_code == 403
    url = f"{writable_endpoint.url}/update"
    assert httpx.post(url, data={"update": update}).status_code == 401
    wrong = httpx.post(url, data={"update": update}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert wrong.headers["www-authenticate"] == "Bearer"
    ok = httpx.post(url, data={"update": update}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 204
    count = "SELECT (COUNT(?p) AS ?n) WHERE { ?p a schema:Person }"
    response = httpx.get(f"{writable_endpoint.url}/sparql", params={"query": count})
    assert response.json()["results"]["bindings"][0]["n"]["value"] == "7"
    assert httpx.get(f"{writable_endpoint.url}/update").status_code == 405


def test_graph_store_protocol_round_trip(writable_endpoint: Endpoint) -> None:
    url = f"{writable_endpoint.url}/store"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    graph = {"graph": "http://example.org/mine"}
    turtle = b"<http://example.org/a> <http://example.org/p> 'one' ."
    assert httpx.get(url, params=graph).status_code == 404
    assert (
        httpx.put(
            url, params=graph, content=turtle, headers={"Content-Type": "text/turtle"}
        ).status_code
        == 401
    )
    created = httpx.put(
        url, params=graph, content=turtle, headers={**auth, "Content-Type": "text/turtle"}
    )
    assert created.status_code == 201
    more = b"<http://example.org/a> <http://example.org/p> 'two' ."
    merged = httpx.post(
        url, params=graph, content=more, headers={**auth, "Content-Type": "text/turtle"}
    )
    assert merged.status_code == 204
    got = httpx.get(url, params=graph, headers={"Accept": "application/n-triples"})
    assert sorted(t.object.value for t in ox.parse(got.content, format=ox.RdfFormat.N_TRIPLES)) == [
        "one",
        "two",
    ]
    assert httpx.head(url, params=graph).status_code == 200
    assert httpx.delete(url, params=graph, headers=auth).status_code == 204
    assert httpx.delete(url, params=graph, headers=auth).status_code == 404
    assert httpx.get(url, params={}).status_code == 400
    bad = httpx.put(
        url, params=graph, content=b"<a> <b", headers={**auth, "Content-Type": "text/turtle"}
    )
    assert bad.status_code == 400
