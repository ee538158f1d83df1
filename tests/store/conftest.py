"""The store under test: the same suite runs on the embedded store and on a real Virtuoso.

Each test gets its own graph prefix, so tests sharing the session's Virtuoso never see each
other's graphs. The remote store is made with tiny batches, so that every load goes through
several Graph Store Protocol requests.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import pytest
from rdflib import URIRef

from kgbuilder.store import GraphStore, OxigraphStore
from virtuoso_server import remote_store


@pytest.fixture
def prefix() -> str:
    """The graphs of one test: ``http://example.org/test/<random>/graph/``."""
    return f"http://example.org/test/{uuid.uuid4().hex[:12]}/graph/"


@pytest.fixture(params=["oxigraph", "virtuoso-staged", "virtuoso-in-place"])
def store(request: pytest.FixtureRequest, prefix: str) -> Iterator[GraphStore]:
    """An empty store of each kind (Virtuoso: loading staged then swapped, or graph by graph)."""
    if request.param == "oxigraph":
        made: GraphStore = OxigraphStore()
    else:
        server = request.getfixturevalue("virtuoso")
        made = remote_store(server, prefix, staging=request.param == "virtuoso-staged")
    yield made
    made.close()


@pytest.fixture
def graph(prefix: str) -> Callable[[str], URIRef]:
    """Graph names under the test's prefix: ``graph("a")``."""
    return lambda name: URIRef(prefix + name)
