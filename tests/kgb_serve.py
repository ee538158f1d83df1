"""Real endpoints for the tests: ``kgbuilder serve`` in its own process on a free loopback port,
and a canary HTTP server that records any request that reaches it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
from rdflib import URIRef

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
