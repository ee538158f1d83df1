"""Attacks on writing: no update and no Graph Store write without the right bearer token.

Each attempt is refused (401 with ``WWW-Authenticate: Bearer``, 403 on a read-only endpoint) and
the store is checked by query afterwards to be exactly as it was.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator

import httpx
import pytest

from kgb_serve import TOKEN, Endpoint

NEW = "http://example.org/intruder"
ENTITIES = "https://w3id.org/kgbuilder/id/graph/entities"
INSERT = f"INSERT DATA {{ GRAPH <{NEW}> {{ <{NEW}#a> <{NEW}#p> 'in' }} }}"
DROP = f"DROP GRAPH <{ENTITIES}>"
TURTLE = f"<{NEW}#a> <{NEW}#p> 'in' .".encode()

#: (what the attacker tries, headers, query-string parameters)
CREDENTIALS: list[tuple[str, list[tuple[str, str]], dict[str, str]]] = [
    ("none", [], {}),
    ("wrong token", [("Authorization", "Bearer wrong")], {}),
    ("token split by a space", [("Authorization", f"Bearer {TOKEN[:4]} {TOKEN[4:]}")], {}),
    ("bare scheme", [("Authorization", "Bearer")], {}),
    ("token prefix", [("Authorization", f"Bearer {TOKEN[:-1]}")], {}),
    ("token and more", [("Authorization", f"Bearer {TOKEN}x")], {}),
    ("token without scheme", [("Authorization", TOKEN)], {}),
    ("basic with the token", [("Authorization", f"Basic {TOKEN}")], {}),
    (
        "basic user:token",
        [("Authorization", "Basic " + base64.b64encode(f"user:{TOKEN}".encode()).decode())],
        {},
    ),
    ("other scheme", [("Authorization", f"Token {TOKEN}")], {}),
    ("digest", [("Authorization", f'Digest username="u", response="{TOKEN}"')], {}),
    (
        "wrong then right",
        [("Authorization", "Bearer wrong"), ("Authorization", f"Bearer {TOKEN}")],
        {},
    ),
    ("access_token in the query string", [], {"access_token": TOKEN}),
    ("token in the query string", [], {"token": TOKEN}),
    ("other headers", [("X-Token", TOKEN), ("X-Api-Key", TOKEN), ("Cookie", f"token={TOKEN}")], {}),
    ("proxy authorization", [("Proxy-Authorization", f"Bearer {TOKEN}")], {}),
]

#: (method, path, query-string parameters, content type, body)
WRITES: list[tuple[str, str, dict[str, str], str | None, bytes]] = [
    ("POST", "/update", {}, "application/sparql-update", INSERT.encode()),
    ("POST", "/update", {}, "application/sparql-update", DROP.encode()),
    ("POST", "/update", {}, "application/x-www-form-urlencoded", f"update={INSERT}".encode()),
    ("PUT", "/store", {"graph": NEW}, "text/turtle", TURTLE),
    ("POST", "/store", {"graph": NEW}, "text/turtle", TURTLE),
    ("PUT", "/store", {"graph": ENTITIES}, "text/turtle", TURTLE),
    ("DELETE", "/store", {"graph": ENTITIES}, None, b""),
]


def fingerprint(endpoint: Endpoint) -> tuple[str, str]:
    """The store's named graphs with their sizes, and whether the intruder's graph exists."""
    sizes = httpx.get(
        f"{endpoint.url}/sparql",
        params={"query": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"},
        headers={"Accept": "text/csv"},
    )
    assert sizes.status_code == 200
    rows = "\n".join(sorted(sizes.text.splitlines()))
    return rows, httpx.get(f"{endpoint.url}/store", params={"graph": NEW}).text


@pytest.fixture(scope="module")
def before(armed_endpoint: Endpoint) -> Iterator[tuple[str, str]]:
    state = fingerprint(armed_endpoint)
    assert ENTITIES in state[0]
    yield state
    assert fingerprint(armed_endpoint) == state  # nothing got in, over the whole module


def attempt(
    endpoint: Endpoint,
    write: tuple[str, str, dict[str, str], str | None, bytes],
    headers: list[tuple[str, str]],
    params: dict[str, str],
) -> httpx.Response:
    method, path, query, media, body = write
    all_headers = list(headers) + ([("Content-Type", media)] if media else [])
    return httpx.request(
        method,
        f"{endpoint.url}{path}",
        params={**query, **params},
        headers=all_headers,
        content=body or None,
    )


@pytest.mark.parametrize("write", WRITES, ids=[f"{w[0]} {w[1]} {i}" for i, w in enumerate(WRITES)])
@pytest.mark.parametrize(
    ("name", "headers", "params"), CREDENTIALS, ids=[c[0] for c in CREDENTIALS]
)
def test_writes_without_the_token_are_refused(
    armed_endpoint: Endpoint,
    before: tuple[str, str],
    write: tuple[str, str, dict[str, str], str | None, bytes],
    name: str,
    headers: list[tuple[str, str]],
    params: dict[str, str],
) -> None:
    response = attempt(armed_endpoint, write, headers, params)
    assert response.status_code == 401, (name, response.text)
    assert response.headers["www-authenticate"] == "Bearer"
    assert fingerprint(armed_endpoint) == before


def test_the_token_in_a_form_field_is_not_a_credential(
    armed_endpoint: Endpoint, before: tuple[str, str]
) -> None:
    response = httpx.post(
        f"{armed_endpoint.url}/update",
        data={"update": INSERT, "access_token": TOKEN, "token": TOKEN},
    )
    assert response.status_code == 401
    assert fingerprint(armed_endpoint) == before


@pytest.mark.parametrize("write", WRITES, ids=[f"{w[0]} {w[1]} {i}" for i, w in enumerate(WRITES)])
def test_read_only_endpoint_refuses_even_the_right_token(
    endpoint: Endpoint, write: tuple[str, str, dict[str, str], str | None, bytes]
) -> None:
    state = fingerprint(endpoint)
    response = attempt(endpoint, write, [("Authorization", f"Bearer {TOKEN}")], {})
    assert response.status_code == 403
    assert "read-only" in response.json()["error"]
    assert fingerprint(endpoint) == state


def test_the_right_token_does_write(writable_endpoint: Endpoint) -> None:
    """The control: the same update with the token changes what the fingerprint sees."""
    state = fingerprint(writable_endpoint)
    response = httpx.post(
        f"{writable_endpoint.url}/update",
        content=INSERT,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"},
    )
    assert response.status_code == 204
    assert fingerprint(writable_endpoint) != state
