"""The remote store: any SPARQL 1.1 server (Query, Update, Graph Store HTTP Protocol) as a ``GraphStore``.

Input: named graphs of rdflib triples. Output: ``QueryResult`` answers over the union of the
named graphs kgbuilder owns, the same terms the embedded store gives (see ``remote_results``).

Which graphs are ours: those whose IRI starts with ``graph_prefix`` (by default
``{base_iri}graph/``, where the model puts every graph), so a server shared with other data is
neither read nor written outside it.

Writes use the Graph Store Protocol in batches of ``batch_size`` triples (N-Triples bodies), never
one request per triple. With ``staging`` (the default), ``replace_graphs`` loads every graph under
a staging name first and then swaps them in with SPARQL Update requests (``MOVE`` per graph,
``DROP`` for graphs that went away): until then a reader sees the old graphs, and on a server that
runs an update request as one transaction (Virtuoso, Fuseki, GraphDB, Oxigraph server do) it sees
the new ones all at once when the swap moves at most ``swap_size`` triples; a bigger swap is sent
graph by graph in groups of up to ``swap_size`` (``swap_groups``), so readers may see the new
graphs of some sources next to the old graphs of others for the time it takes. Without staging each graph is replaced in place: a
graph small enough for one batch is replaced atomically by one ``PUT``, a bigger one is readable
half-loaded while its batches arrive.

Reads: queries go to the query endpoint with the union of our graphs as the dataset
(``default-graph-uri`` and ``named-graph-uri`` for each; Virtuoso, for one, would otherwise answer
from every graph it holds, its own system graphs included). ``default_graph = "server"`` skips
that, for a server whose default graph already is the union and corpora with thousands of graphs.
A server that cuts a result short (Virtuoso's ``ResultSetMaxRows``) makes the query fail with
a message saying so, never a silently partial answer.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import uuid
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import BNode, URIRef
from rdflib.term import Node

from kgbuilder.errors import QueryError, StoreError
from kgbuilder.store.base import Quad, Triple
from kgbuilder.store.http import Credentials, HttpClient, Response
from kgbuilder.store.oxigraph import rdf_file_format
from kgbuilder.store.remote_results import (
    bnode_or_term,
    parse_graph_result,
    parse_json_results,
    query_form,
)
from kgbuilder.store.results import QueryResult
from kgbuilder.store.terms import to_oxigraph

if TYPE_CHECKING:
    from rdflib import Dataset

    from kgbuilder.config import Settings

_JSON_RESULTS = "application/sparql-results+json"
_N_TRIPLES = "application/n-triples"
_FORM_ENCODED = "application/x-www-form-urlencoded"
#: the dataset of a query when we own no graph yet: a graph that does not exist
_NO_GRAPH = "urn:kgbuilder:no-graph"
_STAGING = "urn:kgbuilder:staging:"
#: a FROM or FROM NAMED clause: the query names its own dataset
_HAS_DATASET = re.compile(r"\bFROM\s+(?:NAMED\s+)?(?:<|[A-Za-z_][\w.-]*:|:)", re.IGNORECASE)
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class SparqlStore:
    """A ``GraphStore`` on a remote SPARQL 1.1 server."""

    def __init__(
        self,
        *,
        query_url: str,
        graph_store_url: str,
        graph_prefix: str,
        update_url: str | None = None,
        timeout: float = 60.0,
        credentials: Credentials | None = None,
        batch_size: int = 50_000,
        default_graph: str = "union",
        staging: bool = True,
        swap_size: int = 300_000,
        read_only: bool = False,
    ) -> None:
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.graph_store_url = graph_store_url
        self.graph_prefix = graph_prefix
        self.batch_size = batch_size
        self.default_graph = default_graph
        self.staging = staging
        self.swap_size = swap_size
        self.credentials = credentials
        self.read_only = read_only
        self.client = HttpClient(timeout=timeout, credentials=credentials)
        self._uploader: ThreadPoolExecutor | None = None
        self._pending: Future[Response] | None = None

    @classmethod
    def from_settings(cls, settings: Settings, *, read_only: bool = False) -> SparqlStore:
        """The store ``[store]`` describes; credentials are read from the environment here."""
        store = settings.store
        return cls(
            query_url=store.query_url,
            update_url=store.update_url or None,
            graph_store_url=store.graph_store_url,
            graph_prefix=store.graph_prefix or settings.base_iri + "graph/",
            timeout=store.timeout,
            credentials=credentials_from_env(store.user_env, store.password_env, store.auth),
            batch_size=store.batch_size,
            default_graph=store.default_graph,
            staging=store.staging,
            swap_size=store.swap_size,
            read_only=read_only,
        )

    def __repr__(self) -> str:
        return f"SparqlStore({self.query_url!r}, graphs under {self.graph_prefix!r})"

    # --- reading ---------------------------------------------------------------------------------

    def graph_names(self) -> list[URIRef]:
        query = (
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(STRSTARTS(STR(?g), {_string(self.graph_prefix)})) }}"
        )
        rows = self._select(query, dataset=False).rows
        return sorted(URIRef(str(g)) for (g,) in rows if isinstance(g, URIRef))

    def graph_sizes(self) -> dict[URIRef, int]:
        """The number of triples in each of our graphs."""
        query = (
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(STRSTARTS(STR(?g), {_string(self.graph_prefix)})) }} GROUP BY ?g"
        )
        rows = self._select(query, dataset=False).rows
        return {URIRef(str(g)): int(str(n)) for g, n in rows if isinstance(g, URIRef)}

    def query(self, sparql: str) -> QueryResult:
        form = query_form(sparql)
        dataset = self.default_graph == "union" and not _HAS_DATASET.search(sparql)
        params = [("query", sparql), *(self._dataset_params() if dataset else [])]
        graph = form in ("CONSTRUCT", "DESCRIBE")
        response = self._post_query(params, accept=_N_TRIPLES if graph else _JSON_RESULTS)
        if graph:
            return parse_graph_result(response.body, self.query_url)
        return parse_json_results(response.body, self.query_url)

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """Quads graph by graph, each graph streamed with one Graph Store Protocol ``GET``.

        A server that caps its answers (Virtuoso's ``ResultSetMaxRows`` applies to these too) would
        truncate a big graph without saying so: each graph's triples are counted first, and a
        short answer is an error.
        """
        sizes = self.graph_sizes()
        names = sorted(sizes) if graph is None else [graph] if graph in sizes else []
        for name in names:
            received = 0
            with self.client.stream(
                "GET",
                self.graph_store_url,
                params=[("graph", str(name))],
                headers={"Accept": f"{_N_TRIPLES}, text/plain;q=0.9, text/turtle;q=0.5"},
                ok=(404,),
                what="graph download",
            ) as response:
                if response.status == 404:
                    continue
                fmt = _rdf_format(response.headers.get("Content-Type", ""), self.graph_store_url)
                try:
                    for triple in ox.parse(response, format=fmt):
                        yield (
                            bnode_or_term(triple.subject),
                            bnode_or_term(triple.predicate),
                            bnode_or_term(triple.object),
                            name,
                        )
                        received += 1
                except SyntaxError as exc:
                    raise StoreError(
                        f"the SPARQL server at {self.graph_store_url} sent graph <{name}> as "
                        f"invalid RDF: {exc}"
                    ) from None
                except (TimeoutError, OSError) as exc:
                    raise StoreError(
                        f"the SPARQL server at {self.graph_store_url} broke off graph <{name}>: {exc}"
                    ) from None
            if received < sizes[name]:
                raise StoreError(
                    f"the SPARQL server at {self.graph_store_url} sent {received} of the "
                    f"{sizes[name]} triples of graph <{name}>: it caps the size of its answers "
                    "(Virtuoso: raise ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)"
                )

    def __len__(self) -> int:
        query = (
            "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(STRSTARTS(STR(?g), {_string(self.graph_prefix)})) }}"
        )
        rows = self._select(query, dataset=False).rows
        return int(str(rows[0][0])) if rows and rows[0][0] is not None else 0

    @property
    def dataset(self) -> Dataset:
        """An rdflib ``Dataset`` on the server (see ``kgbuilder.store.rdflib_view``)."""
        from kgbuilder.store.rdflib_view import remote_dataset

        return remote_dataset(self)

    # --- writing ---------------------------------------------------------------------------------

    def update(self, sparql: str) -> None:
        self._check_writable()
        self.client.request(
            "POST",
            self.update_url,
            data=sparql.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update; charset=utf-8", "Accept": "*/*"},
            what="update",
        )

    def replace_graph(self, name: URIRef, triples: Iterable[Triple]) -> None:
        self.replace_graphs({name: triples})

    def remove_graph(self, name: URIRef) -> None:
        self._check_owned(name)
        self.client.request(
            "DELETE",
            self.graph_store_url,
            params=[("graph", str(name))],
            ok=(404,),
            what="graph removal",
        )

    def replace_graphs(
        self, graphs: Mapping[URIRef, Iterable[Triple]], *, remove_others: bool = False
    ) -> int:
        """Make each named graph hold exactly its triples; with ``remove_others``, drop the rest of
        our graphs. Returns the number of triples sent. See the module docstring for what a reader
        sees meanwhile.
        """
        names = sorted(graphs)
        for name in names:
            self._check_owned(name)
        if not self.staging:
            sent = 0
            for name in names:
                count = self._send_graph(name, graphs[name])
                if count == 0:
                    self.remove_graph(name)
                sent += count
            if remove_others:
                for name in sorted(set(self.graph_names()) - set(names)):
                    self.remove_graph(name)
            return sent
        self._drop_stale_staging()
        token = f"{_STAGING}{self._prefix_key()}:{os.getpid()}-{uuid.uuid4().hex[:12]}:"
        staged: list[str] = []
        operations: list[tuple[str, int]] = []  # (operation, triples it moves or drops)
        sent = 0
        try:
            before = self.graph_sizes()
            for index, name in enumerate(names):
                target = URIRef(f"{token}{index}")
                staged.append(str(target))
                count = self._send_graph(target, graphs[name])
                old = before.get(name, 0)
                if count:
                    operations.append((f"MOVE SILENT <{target}> TO <{name}>", old + 2 * count))
                else:
                    operations.append((f"DROP SILENT GRAPH <{name}>", old))
                sent += count
            if remove_others:
                operations += [
                    (f"DROP SILENT GRAPH <{_iri(old)}>", before.get(old, 0))
                    for old in sorted(set(before) - set(names))
                ]
            self._swap(operations)
        except BaseException:
            with contextlib.suppress(Exception):
                self._finish_uploads()
            self._drop_quietly(staged)
            raise
        return sent

    def _swap(self, operations: list[tuple[str, int]]) -> None:
        """Run the swap (``swap_groups``): one update request per group."""
        for group in swap_groups(operations, self.swap_size):
            self.update(" ;\n".join(group))

    def load_file(self, path: os.PathLike[str] | str, *, graph: URIRef | None = None) -> None:
        """Add the statements of an RDF file, parsed by pyoxigraph and sent in batches.

        N-Quads and TriG go to their own named graphs; N-Triples and Turtle (and the default
        graph of a quads file) go to ``graph``. Blank node labels are kept, so keep a file's
        blank nodes within one batch's reach or use skolem IRIs.
        """
        self._check_writable()
        fmt = rdf_file_format(path)
        batches: dict[str, list[ox.Triple]] = {}
        try:
            for quad in ox.parse(path=os.fspath(path), format=fmt):
                if isinstance(quad.graph_name, ox.NamedNode):
                    name = quad.graph_name.value
                elif graph is not None:
                    name = str(graph)
                else:
                    raise StoreError(f"{path}: triples outside a named graph, and no graph given")
                batch = batches.get(name)
                if batch is None:
                    self._check_owned(URIRef(name))
                    batch = batches[name] = []
                batch.append(ox.Triple(quad.subject, quad.predicate, quad.object))
                if len(batch) >= self.batch_size:
                    self._send_batch(name, batch, replace=False)
                    batch.clear()
        except (SyntaxError, OSError) as exc:
            with contextlib.suppress(Exception):
                self._finish_uploads()
            raise StoreError(f"{path}: cannot read: {exc}") from None
        for name, batch in batches.items():
            if batch:
                self._send_batch(name, batch, replace=False)
        self._finish_uploads()

    def close(self) -> None:
        """Stop the upload thread; every request opens and closes its own connection."""
        if self._uploader is not None:
            self._uploader.shutdown(wait=True)
            self._uploader = None

    # --- helpers ---------------------------------------------------------------------------------

    def _send_graph(self, name: URIRef, triples: Iterable[Triple]) -> int:
        """Replace a graph with these triples in batches: ``PUT`` then ``POST``; the count sent.

        Triples with blank nodes go together in the last request: a blank node label means the
        same node only within one request body.
        """
        plain: list[ox.Triple] = []
        with_bnodes: list[ox.Triple] = []
        first = True
        sent = 0
        for s, p, o in triples:
            triple = ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))  # type: ignore[arg-type]
            if isinstance(s, BNode) or isinstance(o, BNode):
                with_bnodes.append(triple)
                continue
            plain.append(triple)
            if len(plain) >= self.batch_size:
                self._send_batch(str(name), plain, replace=first)
                sent += len(plain)
                first = False
                plain = []
        rest = plain + with_bnodes
        if rest:
            self._send_batch(str(name), rest, replace=first)
            sent += len(rest)
        self._finish_uploads()
        return sent

    def _send_batch(self, name: str, triples: list[ox.Triple], *, replace: bool) -> None:
        """Send one batch; the request runs on a worker thread while the caller prepares the next.

        One request at a time, in order (a graph's ``PUT`` before its ``POST`` requests); a failure
        surfaces at the next batch or at ``_finish_uploads``.
        """
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        assert body is not None
        self._finish_uploads()
        if self._uploader is None:
            self._uploader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kgb-upload")
        self._pending = self._uploader.submit(
            self.client.request,
            "PUT" if replace else "POST",
            self.graph_store_url,
            params=[("graph", name)],
            data=body,
            headers={"Content-Type": f"{_N_TRIPLES}; charset=utf-8"},
            what=f"upload of {len(triples)} triples to <{name}>",
        )

    def _finish_uploads(self) -> None:
        """Wait for the batch in flight; raise its error."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def _select(self, sparql: str, *, dataset: bool) -> QueryResult:
        params = [("query", sparql), *(self._dataset_params() if dataset else [])]
        response = self._post_query(params, accept=_JSON_RESULTS)
        return parse_json_results(response.body, self.query_url)

    def _post_query(self, params: list[tuple[str, str]], *, accept: str) -> Response:
        from urllib.parse import urlencode

        response = self.client.request(
            "POST",
            self.query_url,
            data=urlencode(params).encode("ascii"),
            headers={"Content-Type": _FORM_ENCODED, "Accept": accept},
            what="query",
        )
        capped = response.headers.get("x-sparql-maxrows")
        if capped:
            raise QueryError(
                f"the SPARQL server at {self.query_url} cut the answer at {capped} rows: add "
                "LIMIT/OFFSET to the query, or raise the server's cap (Virtuoso: "
                "ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)"
            )
        state = response.headers.get("x-sql-state")
        if state:  # Virtuoso's "anytime" answers: partial results when time ran out
            message = response.headers.get("x-sql-message", "")
            raise QueryError(
                f"the SPARQL server at {self.query_url} gave a partial answer ({state} {message}): "
                "the query ran out of time on the server (Virtuoso: MaxQueryExecutionTime)"
            )
        expected = _N_TRIPLES if accept == _N_TRIPLES else _JSON_RESULTS
        if response.content_type not in (expected, "text/plain", "application/json"):
            raise QueryError(
                f"the SPARQL server at {self.query_url} answered with {response.content_type!r} "
                f"instead of {expected!r}"
            )
        return response

    def _dataset_params(self) -> list[tuple[str, str]]:
        names = [str(n) for n in self.graph_names()] or [_NO_GRAPH]
        return [("default-graph-uri", n) for n in names] + [("named-graph-uri", n) for n in names]

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the SPARQL store at {self.update_url} is open read-only")

    def _check_owned(self, name: URIRef) -> None:
        self._check_writable()
        _iri(name)
        if not str(name).startswith(self.graph_prefix):
            raise StoreError(
                f"graph <{name}> is outside this store's graphs (IRIs starting with "
                f"{self.graph_prefix}, [store] graph_prefix); kgbuilder never writes elsewhere"
            )

    def _prefix_key(self) -> str:
        return hashlib.sha256(self.graph_prefix.encode()).hexdigest()[:16]

    def _drop_stale_staging(self) -> None:
        """Drop staging graphs a crashed load of the same graphs left behind."""
        prefix = f"{_STAGING}{self._prefix_key()}:"
        query = (
            "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER(STRSTARTS(STR(?g), {_string(prefix)})) }}"
        )
        stale = [str(g) for (g,) in self._select(query, dataset=False).rows if g is not None]
        self._drop_quietly(stale)

    def _drop_quietly(self, names: Iterable[str]) -> None:
        names = list(names)
        if not names:
            return
        # what cannot be dropped now, the next load drops (see _drop_stale_staging)
        with contextlib.suppress(StoreError, QueryError):
            self.update(" ;\n".join(f"DROP SILENT GRAPH <{n}>" for n in names))


def swap_groups(operations: list[tuple[str, int]], size: int) -> list[list[str]]:
    """The operations of a swap, weighed by the triples each writes, in groups of at most ``size``
    triples (one group when they all fit; a heavier operation alone).

    A server times out a transaction that writes too much (Virtuoso 7 with default settings:
    "SR171: Transaction timed out" on a swap of 1,000,000 triples), so a big swap is sent as
    several update requests, each a transaction of whole graphs: between two of them a reader
    sees some graphs of the new build and the others of the previous one.

    >>> swap_groups([("a", 5), ("b", 5), ("c", 20), ("d", 1)], 10)
    [['a', 'b'], ['c'], ['d']]
    """
    groups: list[list[str]] = []
    group: list[str] = []
    weight = 0
    for operation, cost in operations:
        if group and weight + cost > size:
            groups.append(group)
            group, weight = [], 0
        group.append(operation)
        weight += cost
    if group:
        groups.append(group)
    return groups


def credentials_from_env(user_env: str, password_env: str, scheme: str) -> Credentials | None:
    """The credentials named by ``[store] user_env``/``password_env``, read from the environment."""
    if not user_env:
        return None
    missing = [name for name in (user_env, password_env) if name not in os.environ]
    if missing:
        raise StoreError(
            f"the environment variable(s) {', '.join(missing)} named in [store] user_env/"
            "password_env are not set"
        )
    return Credentials(os.environ[user_env], os.environ[password_env], scheme)


def _iri(name: Node) -> str:
    text = str(name)
    if not isinstance(name, URIRef) or _IRI_FORBIDDEN.search(text):
        raise StoreError(f"not a usable graph name: {text!r}")
    return text


def _string(text: str) -> str:
    """A SPARQL string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _rdf_format(content_type: str, url: str) -> ox.RdfFormat:
    media = content_type.split(";")[0].strip().lower()
    if media == "text/plain":  # N-Triples' old media type
        return ox.RdfFormat.N_TRIPLES
    fmt = ox.RdfFormat.from_media_type(media) if media else None
    if fmt is None:
        raise StoreError(f"the SPARQL server at {url} sent a graph as {media!r}, not RDF")
    return fmt
