"""A query worker: one process that holds the store open and answers one request at a time.

The endpoint runs queries here rather than in its own process because a SPARQL engine cannot be
interrupted mid-query: when a query outlives its timeout the endpoint kills this process and
starts another, so the work really stops and the other workers keep serving.

Run as ``python -m kgbuilder.serve.worker_main FD SPEC`` where FD is a connected socket inherited from
the endpoint and SPEC the JSON of a ``StoreSpec``.
"""

from __future__ import annotations

import json
import socket
import sys
import traceback
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef

from kgbuilder.errors import KgbuilderError, QueryError
from kgbuilder.namespaces import prefixes_for
from kgbuilder.query.formats import oxigraph_json, serialize_result
from kgbuilder.query.run import with_prefixes
from kgbuilder.serve import frames
from kgbuilder.serve.limits import MAX_NESTING, json_depth
from kgbuilder.serve.snapshots import remove_stale_snapshots, take_snapshot
from kgbuilder.store import OxigraphStore
from kgbuilder.store.base import GraphStore
from kgbuilder.store.oxigraph import convert_result
from kgbuilder.store.results import QueryResult
from kgbuilder.store.terms import from_oxigraph


@dataclass(frozen=True)
class StoreSpec:
    """How a worker opens the store: the build's output folder and the data folder's settings.

    A reader given a ``snapshot`` opens that folder (a checkpoint of the store, see
    ``snapshots``) instead of the store itself.
    """

    out_dir: str
    data_dir: str | None = None
    read_only: bool = True
    snapshot: str | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    def open(self) -> tuple[GraphStore, str]:
        """The store and the build's base IRI."""
        from kgbuilder import api
        from kgbuilder.config import Settings, load_settings

        if self.snapshot is not None:
            data = Path(self.data_dir) if self.data_dir is not None else None
            settings = load_settings(data) if data is not None else Settings()
            return OxigraphStore(Path(self.snapshot), read_only=True), settings.base_iri
        graph = api.open(Path(self.out_dir), data_dir=self.data_dir, read_only=self.read_only)
        return graph.store, graph.settings.base_iri


class Worker:
    """Answers the endpoint's requests over one socket until it closes."""

    def __init__(self, sock: socket.socket, spec: StoreSpec) -> None:
        self.sock = sock
        self.spec = spec
        self.store, self.base_iri = spec.open()
        self.prefixes = prefixes_for(self.base_iri)
        self.retired = False
        if not spec.read_only and isinstance(self.store, OxigraphStore) and self.store.path:
            remove_stale_snapshots(self.store.path)

    def serve(self) -> None:
        frames.send(self.sock, {"status": "ready"})
        incoming = self.sock.makefile("rb")
        while True:
            try:
                header, body = frames.receive(incoming)
            except EOFError:
                return
            try:
                reply, data = self.handle(header, body)
            except QueryError as exc:
                reply, data = {"status": "bad", "message": str(exc)}, b""
            except KgbuilderError as exc:
                reply, data = {"status": "error", "message": str(exc)}, b""
            except Exception as exc:  # a bug or an engine failure: answer 500, keep serving
                traceback.print_exc(file=sys.stderr)
                reply, data = {"status": "error", "message": f"{type(exc).__name__}: {exc}"}, b""
            if self.retired:
                reply["retire"] = True
            frames.send(self.sock, reply, data)
            if self.retired:
                return

    def handle(self, header: dict[str, Any], body: bytes) -> tuple[dict[str, Any], bytes]:
        snapshot = header.get("snapshot")
        if snapshot != self.spec.snapshot:
            # the writer changed the store and published a new snapshot: read that one
            self.store.close()
            self.spec = replace(self.spec, snapshot=snapshot)
            try:
                self.store, self.base_iri = self.spec.open()
                self.prefixes = prefixes_for(self.base_iri)
            except KgbuilderError:
                self.retired = True  # no store open: the endpoint starts another worker
                raise
        op = header["op"]
        if op == "query":
            return self.query(header["text"], header["format"], int(header["cap"]))
        if op == "update":
            self.store.update(header["text"])
            self._flush()
            return {"status": "ok"}, b""
        if op in ("put", "post"):
            return self.load(op, header["graph"], header["media_type"], body)
        if op == "snapshot":
            return self.snapshot(int(header["owner"]), int(header["number"]))
        if op == "delete":
            existed = URIRef(header["graph"]) in self.store.graph_names()
            self.store.remove_graph(URIRef(header["graph"]))
            self._flush()
            return {"status": "ok", "existed": existed}, b""
        raise QueryError(f"unknown operation {op!r}")

    def query(self, text: str, format_name: str, cap: int) -> tuple[dict[str, Any], bytes]:
        """Run a query with the model's prefixes declared (the endpoint sends it without them)."""
        if isinstance(self.store, OxigraphStore):
            raw = self.store.query_oxigraph(text, prefixes=self.prefixes)
            if format_name == "json" and not isinstance(raw, ox.QueryTriples):
                # the common path: SPARQL JSON straight from pyoxigraph's terms, no rdflib
                data, rows, truncated = oxigraph_json(raw, cap)
                kind = "ASK" if isinstance(raw, ox.QueryBoolean) else "SELECT"
                return {"status": "ok", "type": kind, "rows": rows, "truncated": truncated}, data
            result = convert_result(raw, limit=cap + 1)  # one more tells truncation
        else:
            result = self.store.query(with_prefixes(text, self.base_iri))
        truncated = False
        if result.type == "SELECT" and len(result.rows) > cap:
            result = QueryResult("SELECT", variables=result.variables, rows=result.rows[:cap])
            truncated = True
        elif result.type == "CONSTRUCT" and len(result.triples) > cap:
            result = QueryResult("CONSTRUCT", triples=result.triples[:cap])
            truncated = True
        data = serialize_result(result, format_name, base_iri=self.base_iri)
        return {
            "status": "ok",
            "type": result.type,
            "rows": len(result),
            "truncated": truncated,
        }, data

    def snapshot(self, owner: int, number: int) -> tuple[dict[str, Any], bytes]:
        """Checkpoint the store for the readers (the writer's job); none for a remote store."""
        if not isinstance(self.store, OxigraphStore) or self.store.path is None:
            return {"status": "ok", "snapshot": None}, b""
        path = take_snapshot(self.store.oxigraph, self.store.path, owner, number)
        return {"status": "ok", "snapshot": str(path)}, b""

    def _flush(self) -> None:
        flush = getattr(self.store, "flush", None)  # stores on disk make writes visible to readers
        if callable(flush):
            flush()

    def load(
        self, op: str, graph: str, media_type: str, body: bytes
    ) -> tuple[dict[str, Any], bytes]:
        fmt = ox.RdfFormat.from_media_type(media_type)
        if fmt is None:
            raise QueryError(f"cannot read RDF of media type {media_type!r}")
        if fmt == ox.RdfFormat.JSON_LD and json_depth(body) > MAX_NESTING:
            raise QueryError(f"the JSON-LD body nests more than {MAX_NESTING} deep")
        try:
            parsed = [
                (from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object))
                for t in ox.parse(body, format=fmt, base_iri=graph)
            ]
        except SyntaxError as exc:
            raise QueryError(f"cannot parse the {media_type} body: {exc}") from None
        name = URIRef(graph)
        existed = name in self.store.graph_names()
        if op == "post":
            parsed += [(s, p, o) for s, p, o, _ in self.store.quads(name)]
        self.store.replace_graph(name, parsed)
        self._flush()
        return {"status": "ok", "existed": existed, "triples": len(parsed)}, b""


def main(argv: list[str]) -> None:
    """Entry point: ``FD SPEC``."""
    sock = socket.socket(fileno=int(argv[0]))
    spec = StoreSpec(**json.loads(argv[1]))
    try:
        worker = Worker(sock, spec)
    except KgbuilderError as exc:
        frames.send(sock, {"status": "error", "message": str(exc)})
        return
    worker.serve()
