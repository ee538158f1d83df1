"""Fixtures of real endpoints: ``kgbuilder serve`` processes and a canary server (see kgb_serve)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

import kgbuilder
from kgb_serve import THING, TOKEN, Canary, Endpoint
from kgbuilder.namespaces import RDF
from kgbuilder.store import OxigraphStore


@pytest.fixture(scope="session")
def endpoint(seed_graph: kgbuilder.KnowledgeGraph) -> Iterator[Endpoint]:
    """The seed graph served read-only with the default settings."""
    server = Endpoint(seed_graph.out_dir)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def tight_endpoint(seed_graph: kgbuilder.KnowledgeGraph) -> Iterator[Endpoint]:
    """The seed graph with a 1 s timeout, 3 rows, a 2 kB body limit and one CORS origin."""
    server = Endpoint(
        seed_graph.out_dir,
        "--timeout", "1", "--max-rows", "3", "--max-body", "2000",
        "--cors", "https://app.example", "--workers", "2",
    )  # fmt: skip
    yield server
    server.stop()


@pytest.fixture
def writable_endpoint(seed_graph: kgbuilder.KnowledgeGraph, tmp_path: Path) -> Iterator[Endpoint]:
    """A copy of the seed store served with --allow-update and a token."""
    out = tmp_path / "out"
    out.mkdir()
    shutil.copytree(seed_graph.out_dir / "store", out / "store")
    server = Endpoint(out, "--allow-update", "--token", TOKEN)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def w3c_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Endpoint]:
    """Three named graphs, each naming itself a Thing: the shape of the W3C protocol tests' data."""
    out = tmp_path_factory.mktemp("w3c")
    store = OxigraphStore(out / "store")
    for n in (1, 2, 3):
        graph = URIRef(f"http://example.org/data/data{n}")
        store.replace_graph(graph, [(graph, RDF.type, THING), (graph, RDF.value, Literal(n))])
    store.close()
    server = Endpoint(out, "--allow-update", "--token", TOKEN)
    yield server
    server.stop()


@pytest.fixture
def canary() -> Iterator[Canary]:
    server = Canary()
    yield server
    server.close()


@pytest.fixture(scope="module")
def armed_endpoint(
    seed_graph: kgbuilder.KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Endpoint]:
    """A copy of the seed store with --allow-update and a token, shared by one module's attacks."""
    out = tmp_path_factory.mktemp("armed") / "out"
    out.mkdir()
    shutil.copytree(seed_graph.out_dir / "store", out / "store")
    server = Endpoint(out, "--allow-update", "--token", TOKEN)
    yield server
    server.stop()
