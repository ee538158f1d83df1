"""The query page and the network view: offline (no external URL), and the saved queries offered."""

from __future__ import annotations

import re

import httpx

from kgb_serve import Endpoint

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


def test_query_page_is_offline_and_locked_down(endpoint: Endpoint) -> None:
    response = httpx.get(f"{endpoint.url}/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert not EXTERNAL.search(response.text)
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert "connect-src 'self'" in response.headers["content-security-policy"]


def test_queries_lists_the_saved_queries(endpoint: Endpoint) -> None:
    saved = {q["name"]: q for q in httpx.get(f"{endpoint.url}/queries").json()}
    assert "people-and-posts" in saved
    assert saved["why"]["parameters"][0] == {
        "name": "subject",
        "type": "iri",
        "optional": False,
        "description": "the subject, e.g. person:paulo-braga",
    }


def test_network_view_draws_a_construct_result(endpoint: Endpoint) -> None:
    query = "CONSTRUCT WHERE { ?p a schema:Person ; schema:worksFor ?o }"
    response = httpx.post(f"{endpoint.url}/network", data={"query": query})
    assert response.status_code == 200
    page = response.text
    assert not EXTERNAL.search(page)
    assert "Paulo Braga" in page  # labels looked up in the store
    assert "worksFor" in page
    refused = httpx.post(f"{endpoint.url}/network", data={"query": "SELECT * { ?s ?p ?o }"})
    assert refused.status_code == 400


def test_get_sparql_without_query_sends_browsers_to_the_page(endpoint: Endpoint) -> None:
    response = httpx.get(f"{endpoint.url}/sparql", headers={"Accept": "text/html"})
    assert response.status_code == 303
    assert response.headers["location"] == "/"
