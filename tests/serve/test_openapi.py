"""Schemathesis against the OpenAPI description the running endpoint serves.

Requests generated from the description go to a real ``kgbuilder serve`` (read-only and, with the
token, writable): no answer is a server error other than the documented 503/504, and every answer
conforms to the description (status documented, media type, body schema, headers).
"""

from __future__ import annotations

import hypothesis
import hypothesis.errors
import schemathesis
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from kgb_serve import TOKEN, Endpoint


def no_undocumented_server_error(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: schemathesis.Case
) -> bool | None:
    """5xx only as documented: 503 (busy) or 504 (timeout); never 500."""
    if response.status_code >= 500 and response.status_code not in (503, 504):
        raise AssertionError(f"{case.method} {case.path}: {response.status_code} {response.text}")
    return None


CHECKS = [
    no_undocumented_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
EXAMPLES = hypothesis.settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=list(hypothesis.HealthCheck),
    derandomize=True,
    database=None,
)


def exercise(endpoint: Endpoint, headers: dict[str, str]) -> list[str]:
    """Every operation of the served description, with generated valid and invalid requests.

    (Run by hand rather than by ``schemathesis.pytest``, whose lazy loader does not work with
    this pytest.) Returns the operations exercised.
    """
    schema = schemathesis.openapi.from_url(f"{endpoint.url}/openapi.json")
    seen = []
    for result in schema.get_all_operations():
        operation = result.ok()
        seen.append(f"{operation.method.upper()} {operation.path}")
        for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE):

            @EXAMPLES
            @hypothesis.given(case=operation.as_strategy(generation_mode=mode))
            def check(case: schemathesis.Case) -> None:
                case.call_and_validate(checks=CHECKS, headers=headers, timeout=60)

            try:
                check()
            except hypothesis.errors.Unsatisfiable:
                # nothing of the operation can be invalid (no parameters, no body)
                assert mode == schemathesis.GenerationMode.NEGATIVE, seen[-1]
    return seen


def test_read_only_endpoint_conforms_to_its_description(endpoint: Endpoint) -> None:
    seen = exercise(endpoint, {})
    assert {"GET /sparql", "POST /sparql", "POST /update", "PUT /store", "GET /health"} <= set(seen)


def test_writable_endpoint_conforms_to_its_description(armed_endpoint: Endpoint) -> None:
    exercise(armed_endpoint, {"Authorization": f"Bearer {TOKEN}"})
