"""Real endpoints for the tests: ``kgbuilder serve`` in its own process on a free loopback port."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from rdflib import Literal, URIRef

import kgbuilder
from kgbuilder.namespaces import RDF
from kgbuilder.store import OxigraphStore

SCRIPT = Path(sys.executable).with_name("kgbuilder")
TOKEN = "s3cret-token"
THING = URIRef("http://example.org/Thing")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Endpoint:
    """A running ``kgbuilder serve``; ``log`` is what it wrote to stderr (the access log)."""

    def __init__(self, out: Path, *args: str) -> None:
        self.out = out
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = out.parent / f"serve-{self.port}.log"
        self._log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [str(SCRIPT), "serve", "--out", str(out), "--port", str(self.port), *args],
            stdout=self._log,
            stderr=self._log,
            env={**os.environ, "PYTHONWARNINGS": "error"},
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the endpoint exited: {self.log_path.read_text()}")
            try:
                if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.2)
        raise RuntimeError("the endpoint did not start")

    @property
    def log(self) -> str:
        return self.log_path.read_text()

    def stop(self) -> None:
        if self._log.closed:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self._log.close()


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


class Canary:
    """An HTTP server on loopback that records every request it gets (it must get none)."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        hits = self.hits

        class Handler(BaseHTTPRequestHandler):
            def _record(self) -> None:
                hits.append(f"{self.command} {self.path}")
                self.send_response(200)
                self.send_header("Content-Type", "text/turtle")
                self.end_headers()
                self.wfile.write(b"<http://canary/s> <http://canary/p> <http://canary/o> .\n")

            do_GET = do_POST = do_HEAD = _record  # noqa: N815 (http.server names)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def canary() -> Iterator[Canary]:
    server = Canary()
    yield server
    server.close()
