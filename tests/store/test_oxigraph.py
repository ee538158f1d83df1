"""The embedded store: named graphs replaced alone, union queries, read-only, atomic installs."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kgbuilder.errors import QueryError, StoreError
from kgbuilder.store.base import GraphStore
from kgbuilder.store.oxigraph import (
    OxigraphStore,
    install_store,
    recover_store,
    staging_path,
    update_graphs_by_copy,
    update_graphs_in_place,
)

EX = "http://example.org/"
G1, G2 = URIRef(EX + "g1"), URIRef(EX + "g2")
NAME = URIRef("https://schema.org/name")


def triples(*names: str) -> list[tuple[URIRef, URIRef, Literal]]:
    return [(URIRef(EX + n), NAME, Literal(n.upper())) for n in names]


@pytest.fixture(params=["memory", "disk"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> OxigraphStore:
    return OxigraphStore(None if request.param == "memory" else tmp_path / "store")


def names(store: GraphStore) -> list[str]:
    rows = store.query("SELECT ?n WHERE { ?s <https://schema.org/name> ?n } ORDER BY ?n").rows
    return [str(row[0]) for row in rows]


def test_store_is_a_graph_store(store: OxigraphStore) -> None:
    assert isinstance(store, GraphStore)


def test_store_replace_one_graph_leaves_the_others(store: OxigraphStore) -> None:
    store.replace_graph(G1, triples("a", "b"))
    store.replace_graph(G2, triples("c"))
    assert names(store) == ["A", "B", "C"]  # queries see the union of the named graphs
    store.replace_graph(G1, triples("d"))
    assert names(store) == ["C", "D"]
    assert {(s, p, o) for s, p, o, _ in store.quads(G2)} == set(triples("c"))
    store.remove_graph(G1)
    assert store.graph_names() == [G2] and names(store) == ["C"]
    store.remove_graph(URIRef(EX + "absent"))  # nothing to do, no error


def test_store_returns_simple_literals_and_typed_values(store: OxigraphStore) -> None:
    store.replace_graph(
        G1,
        [(URIRef(EX + "a"), NAME, Literal("x")), (URIRef(EX + "a"), URIRef(EX + "n"), Literal(3))],
    )
    result = store.query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o")
    assert Literal("x") in [row[0] for row in result.rows]
    assert Literal(3) in [row[0] for row in result.rows]
    assert store.query("ASK { ?s ?p 3 }").boolean is True
    construct = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    assert construct.type == "CONSTRUCT" and len(construct.graph()) == 2


def test_store_bad_query_is_a_query_error(store: OxigraphStore) -> None:
    with pytest.raises(QueryError, match="invalid SPARQL"):
        store.query("SELEKT * WHERE { ?s ?p ?o }")


def test_store_rdflib_dataset_view_sees_the_union(store: OxigraphStore) -> None:
    store.replace_graph(G1, triples("a"))
    store.replace_graph(G2, triples("b"))
    dataset = store.dataset
    rows = list(dataset.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    assert int(rows[0][0]) == 2


def test_store_read_only_refuses_updates(tmp_path: Path) -> None:
    writer = OxigraphStore(tmp_path / "store")
    writer.replace_graph(G1, triples("a"))
    writer.close()
    reader = OxigraphStore(tmp_path / "store", read_only=True)
    assert names(reader) == ["A"]
    with pytest.raises(StoreError, match="read-only"):
        reader.update("INSERT DATA { <http://example.org/x> <http://example.org/y> 1 }")


def test_store_install_replaces_and_recover_finishes_an_interrupted_swap(tmp_path: Path) -> None:
    final = tmp_path / "store"
    old = OxigraphStore(final)
    old.replace_graph(G1, triples("old"))
    old.close()
    staged = staging_path(final)
    new = OxigraphStore(staged)
    new.replace_graph(G1, triples("new"))
    new.close()
    # a crash between install_store's two renames: the old store moved aside, none in place
    final.rename(final.with_name(".store.old"))
    recover_store(final)  # puts the last good store back
    assert names(OxigraphStore(final, read_only=True)) == ["OLD"]
    install_store(staged, final)
    assert names(OxigraphStore(final, read_only=True)) == ["NEW"]
    assert not final.with_name(".store.old").exists() and not staged.exists()


def test_store_recover_removes_abandoned_staging_folders(tmp_path: Path) -> None:
    final = tmp_path / "store"
    abandoned = tmp_path / ".store.new-999999999"
    abandoned.mkdir()
    recover_store(final)
    assert not abandoned.exists()


def test_store_query_honours_the_query_own_from_clause(store: OxigraphStore) -> None:
    store.replace_graph(G1, triples("a"))
    store.replace_graph(G2, triples("b"))
    result = store.query(f"SELECT ?n FROM <{G2}> WHERE {{ ?s ?p ?n }}")
    assert result.values() == [("B",)]
    named = store.query(f"SELECT ?g ?n FROM NAMED <{G1}> WHERE {{ GRAPH ?g {{ ?s ?p ?n }} }}")
    assert named.values() == [(str(G1), "A")]


def _graph_quads(name: str, count: int, offset: int = 0) -> list[ox.Quad]:
    graph = ox.NamedNode(f"http://example.org/g/{name}")
    return [
        ox.Quad(
            ox.NamedNode(f"http://example.org/s/{i}"),
            ox.NamedNode("http://example.org/p"),
            ox.Literal(f"v{i}"),
            graph,
        )
        for i in range(offset, offset + count)
    ]


@pytest.mark.parametrize("mode", ["inplace", "copy"])
def test_store_update_graphs_changes_only_what_differs(tmp_path: Path, mode: str) -> None:
    final = tmp_path / "store"
    store = OxigraphStore(final)
    store.oxigraph.extend([*_graph_quads("a", 5), *_graph_quads("b", 3), *_graph_quads("c", 2)])
    changes = {
        URIRef("http://example.org/g/a"): _graph_quads("a", 5, offset=2),  # 2 out, 2 in
        URIRef("http://example.org/g/b"): None,  # gone
        URIRef("http://example.org/g/d"): _graph_quads("d", 1),  # new
    }
    if mode == "inplace":
        delta = update_graphs_in_place(store, changes)
        store.close()
    else:
        store.close()
        delta = update_graphs_by_copy(final, changes)
    # a: 2 out, 2 in; b: 3 out; d: 1 in
    assert (len(delta.removed), len(delta.added)) == (2 + 3, 2 + 1)
    assert {str(q) for q in delta.added} == {
        str(q) for q in [*_graph_quads("a", 5, offset=2)[-2:], *_graph_quads("d", 1)]
    }
    after = OxigraphStore(final, read_only=True)
    got = {str(q) for q in after.oxigraph.quads_for_pattern(None, None, None, None)}
    expected = {
        str(q) for q in [*_graph_quads("a", 5, 2), *_graph_quads("c", 2), *_graph_quads("d", 1)]
    }
    assert got == expected
    assert [str(g) for g in after.graph_names()] == [
        f"http://example.org/g/{n}" for n in ("a", "c", "d")
    ]
    assert not list(tmp_path.glob(".store.*"))  # no staging folder left


def test_store_update_in_place_refuses_blank_nodes(store: OxigraphStore) -> None:
    graph = ox.NamedNode("http://example.org/g/x")
    quad = ox.Quad(ox.BlankNode("b"), ox.NamedNode("http://example.org/p"), ox.Literal("v"), graph)
    with pytest.raises(StoreError, match="blank nodes"):
        update_graphs_in_place(store, {URIRef("http://example.org/g/x"): [quad]})
