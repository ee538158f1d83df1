"""What only the remote store has: a server that is down, slow, failing or capping its answers;
credentials; graphs outside its prefix; staging; loading files."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from rdflib import Literal, URIRef

from kgbuilder.errors import QueryError, StoreError
from kgbuilder.store import SparqlStore
from kgbuilder.store.sparql import credentials_from_env, swap_groups
from virtuoso_server import VirtuosoServer, free_port, remote_store

EX = "http://example.org/thing/"
Graph = Callable[[str], URIRef]


def chain(n: int) -> list[tuple[URIRef, URIRef, Literal]]:
    return [(URIRef(f"{EX}n{i}"), URIRef(EX + "value"), Literal(i)) for i in range(n)]


class _Handler(http.server.BaseHTTPRequestHandler):
    """Answers every request as the server's ``behaviour`` says: slowly, or with an error."""

    behaviour = "error"

    def _answer(self) -> None:
        if self.behaviour == "slow":
            time.sleep(2)
        body = b"Internal trouble: the database is being repaired"
        self.send_response(503 if self.behaviour == "error" else 200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _answer  # noqa: N815 (http.server's names)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(params=["slow", "error"])
def bad_server(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """A real HTTP server on 127.0.0.1 that is too slow, or answers 503."""
    handler = type("Handler", (_Handler,), {"behaviour": request.param})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield request.param, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def store_at(url: str, **options: object) -> SparqlStore:
    return SparqlStore(
        query_url=f"{url}/sparql",
        graph_store_url=f"{url}/store",
        graph_prefix="http://example.org/graph/",
        timeout=0.5,
        **options,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.query("ASK {}"),
        lambda s: s.update("CLEAR ALL"),
        lambda s: s.replace_graph(URIRef("http://example.org/graph/a"), chain(3)),
        lambda s: list(s.quads()),
        lambda s: len(s),
    ],
    ids=["query", "update", "replace_graph", "quads", "len"],
)
def test_sparql_store_down_names_the_url(call: Callable[[SparqlStore], object]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(
        StoreError, match=rf"cannot reach the SPARQL server at {url}/\w+: connection refused"
    ):
        call(store_at(url))


def test_sparql_store_slow_or_failing_server_is_an_error(bad_server: tuple[str, str]) -> None:
    behaviour, url = bad_server
    store = store_at(url)
    expected = (
        rf"{url}/sparql did not answer the query within 0.5 s"
        if behaviour == "slow"
        else rf"{url}/sparql failed the query \(HTTP 503\): Internal trouble"
    )
    with pytest.raises(StoreError, match=expected):
        store.query("SELECT * WHERE { ?s ?p ?o }")


def test_sparql_store_capped_answers_fail_loudly(virtuoso: VirtuosoServer, prefix: str) -> None:
    """Virtuoso's default ResultSetMaxRows (10,000) cuts answers without an error of its own."""
    store = remote_store(virtuoso, prefix, batch_size=4000)
    store.replace_graph(URIRef(prefix + "big"), chain(10_050))
    assert len(store) == 10_050
    with pytest.raises(QueryError, match=r"cut the answer at 10000 rows.*ResultSetMaxRows"):
        store.query("SELECT ?s WHERE { ?s ?p ?o }")
    with pytest.raises(StoreError, match=r"sent \d+ of the 10050 triples.*ResultSetMaxRows"):
        list(store.quads())
    paged = store.query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 5000 OFFSET 5000")
    assert len(paged) == 5000


def test_sparql_store_never_writes_outside_its_prefix(
    virtuoso: VirtuosoServer, prefix: str
) -> None:
    store = remote_store(virtuoso, prefix)
    for call in (
        lambda: store.replace_graph(URIRef("http://example.org/elsewhere"), chain(1)),
        lambda: store.remove_graph(URIRef("http://example.org/elsewhere")),
    ):
        with pytest.raises(StoreError, match=rf"outside this store's graphs .*{prefix}"):
            call()
    with pytest.raises(StoreError, match="not a usable graph name"):
        store.replace_graph(URIRef(prefix + "a> <b"), chain(1))


def test_sparql_store_reads_only_its_graphs(virtuoso: VirtuosoServer, prefix: str) -> None:
    ours, neighbour = remote_store(virtuoso, prefix), remote_store(virtuoso, prefix + "x/")
    ours.replace_graph(URIRef(prefix + "a"), chain(2))
    neighbour.replace_graph(URIRef(prefix + "x/b"), chain(5))
    # Virtuoso's own graphs (virtrdf:, DAV) and other prefixes stay out of the union
    assert len(neighbour) == 5
    assert neighbour.graph_names() == [URIRef(prefix + "x/b")]
    assert ours.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0] == Literal(7)
    # a query naming its own dataset keeps it
    own = f"SELECT (COUNT(*) AS ?n) FROM <{prefix}x/b> WHERE {{ ?s ?p ?o }}"
    assert ours.query(own).rows[0][0] == Literal(5)


def test_sparql_store_server_default_graph_mode_sends_no_dataset(
    virtuoso: VirtuosoServer, prefix: str
) -> None:
    store = remote_store(virtuoso, prefix, default_graph="server")
    store.replace_graph(URIRef(prefix + "a"), chain(2))
    everything = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
    assert int(str(everything)) > 2  # Virtuoso's default graph: every graph it holds


def test_sparql_store_failed_load_leaves_the_old_graph(
    virtuoso: VirtuosoServer, prefix: str
) -> None:
    store = remote_store(virtuoso, prefix)
    name = URIRef(prefix + "a")
    store.replace_graph(name, chain(4))

    def broken() -> Iterator[tuple[URIRef, URIRef, Literal]]:
        yield from chain(7)
        raise RuntimeError("the extractor fell over")

    with pytest.raises(RuntimeError, match="fell over"):
        store.replace_graphs({name: broken(), URIRef(prefix + "b"): chain(2)})
    assert sorted(o for *_, o, _ in store.quads(name)) == [Literal(i) for i in range(4)]
    assert store.graph_names() == [name]
    staging = remote_store(virtuoso, "urn:kgbuilder:staging:")
    assert staging.graph_names() == []


@pytest.mark.parametrize(("password", "works"), [("dba", True), ("wrong", False)])
def test_sparql_store_digest_credentials_from_the_environment(
    virtuoso: VirtuosoServer,
    prefix: str,
    monkeypatch: pytest.MonkeyPatch,
    password: str,
    works: bool,
) -> None:
    monkeypatch.setenv("KGB_TEST_USER", "dba")
    monkeypatch.setenv("KGB_TEST_PASSWORD", password)
    store = SparqlStore(
        query_url=f"{virtuoso.base_url}/sparql-auth",
        graph_store_url=f"{virtuoso.base_url}/sparql-graph-crud-auth",
        graph_prefix=prefix,
        credentials=credentials_from_env("KGB_TEST_USER", "KGB_TEST_PASSWORD", "digest"),
        timeout=30,
    )
    if works:
        store.replace_graph(URIRef(prefix + "a"), chain(3))
        assert len(store) == 3
    else:
        with pytest.raises(
            StoreError, match=r"sparql-auth refused the query \(HTTP 401\).*credentials"
        ):
            store.query("ASK {}")


def test_sparql_store_credentials_need_their_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KGB_TEST_NOT_SET", raising=False)
    monkeypatch.setenv("KGB_TEST_USER", "someone")
    with pytest.raises(StoreError, match="KGB_TEST_NOT_SET"):
        credentials_from_env("KGB_TEST_USER", "KGB_TEST_NOT_SET", "basic")
    assert credentials_from_env("", "", "basic") is None


@pytest.mark.parametrize(
    ("operations", "size", "groups"),
    [
        ([], 10, []),
        ([("a", 3), ("b", 3)], 10, [["a", "b"]]),
        ([("a", 6), ("b", 6), ("c", 6)], 10, [["a"], ["b"], ["c"]]),
        ([("big", 50), ("a", 1), ("b", 1)], 10, [["big"], ["a", "b"]]),
    ],
)
def test_swap_groups_weigh_whole_graphs(
    operations: list[tuple[str, int]], size: int, groups: list[list[str]]
) -> None:
    assert swap_groups(operations, size) == groups


def test_sparql_store_big_swap_goes_graph_by_graph(virtuoso: VirtuosoServer, prefix: str) -> None:
    """A swap above ``swap_size`` is several update requests; the result is the same."""
    store = remote_store(virtuoso, prefix, batch_size=50, swap_size=5)
    names = [URIRef(prefix + name) for name in ("a", "b", "c")]
    store.replace_graphs({name: chain(4) for name in names})
    store.replace_graphs({names[0]: chain(6), names[1]: chain(2)}, remove_others=True)
    assert store.graph_sizes() == {names[0]: 6, names[1]: 2}
    assert remote_store(virtuoso, "urn:kgbuilder:staging:").graph_names() == []
