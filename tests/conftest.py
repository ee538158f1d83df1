"""Shared fixtures: the repository's own data folder, temporary copies of it, built graphs.

Also a small graph whose relations carry evidence sentences, built through the model stage into a
store, and the networkx projections of both graphs.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, settings

import kgbuilder
from kgb_paths import DATA
from kgbuilder.analyze import to_networkx
from kgbuilder.config import DEFAULT_BASE_IRI
from kgbuilder.model.builder import build_graphs
from kgbuilder.store.oxigraph import OxigraphStore
from virtuoso_server import VirtuosoServer
from virtuoso_server import missing as virtuoso_missing

# Property tests: the same examples on every run and machine (CI reproduces a failure as is), no
# example database left in the worktree, no deadline (the machine is shared and spaCy is slow);
# HYPOTHESIS_PROFILE=explore searches afresh with more examples.
settings.register_profile(
    "kgbuilder",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=25,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "explore",
    parent=settings.get_profile("kgbuilder"),
    derandomize=False,
    max_examples=300,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "kgbuilder"))


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of graph_data/ that a test may change."""
    target = tmp_path / "graph_data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture(scope="session")
def seed_graph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[kgbuilder.KnowledgeGraph]:
    """The seed graph built once per test session from the repository's graph_data/."""
    out = tmp_path_factory.mktemp("seed-output")
    graph = kgbuilder.build(DATA, out, render=False)
    yield graph
    graph.close()


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    """A private Virtuoso (Debian's virtuoso-opensource) on free ports of 127.0.0.1, for the session."""
    reason = virtuoso_missing()
    if reason is not None:
        pytest.skip(reason)
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso")).start()
    yield server
    server.stop()


from kgb_graphs import sentence_graph_input, store_of  # noqa: E402


@pytest.fixture(scope="session")
def sentence_store() -> Iterator[OxigraphStore]:
    """``sentence_graph_input`` in a store (shared: tests must not change it)."""
    store = store_of(sentence_graph_input())
    yield store
    store.close()


@pytest.fixture(scope="session")
def sentence_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder whose on-disk store holds ``sentence_graph_input``, as a build leaves it."""
    out = tmp_path_factory.mktemp("sentence-output")
    bundle = build_graphs(sentence_graph_input(), DEFAULT_BASE_IRI)
    store = OxigraphStore(out / "store")
    for name in sorted(bundle.graphs):
        store.replace_graph(name, bundle.graphs[name])
    store.close()
    return out


@pytest.fixture(scope="session")
def seed_projection(seed_graph: kgbuilder.KnowledgeGraph) -> nx.MultiDiGraph:
    """The seed graph's networkx projection (shared: copy it before changing it)."""
    return seed_graph.to_networkx()


@pytest.fixture(scope="session")
def sentence_projection(sentence_store: OxigraphStore) -> nx.MultiDiGraph:
    """The sentence graph's networkx projection (shared: copy it before changing it)."""
    return to_networkx(sentence_store)
