"""Shared fixtures: the repository's own data folder, temporary copies of it, built graphs."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import kgbuilder
from kgb_paths import DATA
from virtuoso_server import VirtuosoServer
from virtuoso_server import missing as virtuoso_missing


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
