"""The ``GraphStore`` contract, run on every store: the embedded Oxigraph store and Virtuoso (loaded
staged-then-swapped, and graph by graph). The same calls must give the same answers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kgbuilder.errors import KgbuilderError, QueryError, StoreError
from kgbuilder.store import GraphStore

EX = "http://example.org/thing/"
Graph = Callable[[str], URIRef]


def ex(name: str) -> URIRef:
    return URIRef(EX + name)


def people(*names: str) -> list[tuple[URIRef, URIRef, Literal]]:
    return [(ex(n), RDF.type, ex("Person")) for n in names] + [
        (ex(n), ex("name"), Literal(n.title())) for n in names
    ]


def count(store: GraphStore, where: str) -> int:
    rows = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").rows
    assert rows[0][0] is not None
    return int(str(rows[0][0]))


def test_store_starts_empty(store: GraphStore) -> None:
    assert store.graph_names() == []
    assert len(store) == 0
    assert count(store, "?s ?p ?o") == 0


def test_store_replace_graph_leaves_other_graphs_untouched(store: GraphStore, graph: Graph) -> None:
    store.replace_graph(graph("a"), people("ana", "bo"))
    store.replace_graph(graph("b"), people("cy", "dee", "eli"))
    store.replace_graph(graph("a"), people("fay"))
    assert store.graph_names() == [graph("a"), graph("b")]
    assert {s for s, *_ in store.quads(graph("a"))} == {ex("fay")}
    assert {s for s, *_ in store.quads(graph("b"))} == {ex("cy"), ex("dee"), ex("eli")}
    assert len(store) == 2 + 6


def test_store_remove_graph_drops_only_that_graph(store: GraphStore, graph: Graph) -> None:
    store.replace_graph(graph("a"), people("ana"))
    store.replace_graph(graph("b"), people("bo"))
    store.remove_graph(graph("a"))
    store.remove_graph(graph("never-made"))
    assert store.graph_names() == [graph("b")]
    assert count(store, "?s a ?type") == 1


def test_store_replace_graph_with_nothing_empties_it(store: GraphStore, graph: Graph) -> None:
    store.replace_graph(graph("a"), people("ana", "bo"))
    store.replace_graph(graph("a"), [])
    assert list(store.quads(graph("a"))) == []
    assert len(store) == 0


def test_store_queries_see_the_union_of_named_graphs(store: GraphStore, graph: Graph) -> None:
    store.replace_graph(graph("a"), people("ana", "bo"))
    store.replace_graph(graph("b"), [*people("cy"), (ex("ana"), ex("knows"), ex("cy"))])
    # a join across graphs, answered from the default graph
    rows = store.query(
        f"SELECT ?x ?y WHERE {{ ?x <{EX}knows> ?y . ?x a <{EX}Person> . ?y a <{EX}Person> }}"
    ).rows
    assert rows == [(ex("ana"), ex("cy"))]
    per_graph = store.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    ).rows
    assert per_graph == [(graph("a"), Literal(4)), (graph("b"), Literal(3))]
    assert count(store, "?s ?p ?o") == 7


@pytest.mark.parametrize(
    "value",
    [
        Literal("plain"),
        Literal("São Paulo – 重庆"),
        Literal('two\nlines, "quoted", <tag> & \\ backslash'),
        Literal("olá", lang="pt-br"),
        Literal(42),
        Literal("0.85", datatype=XSD.decimal),
        Literal(True),
        Literal(False),
        Literal("2024-11-08", datatype=XSD.date),
        Literal("2011", datatype=XSD.gYear),
        Literal("2024-11", datatype=XSD.gYearMonth),
        Literal("2024-11-08T10:30:00Z", datatype=XSD.dateTime),
        Literal("opaque", datatype=URIRef("http://example.org/datatype")),
        URIRef("http://example.org/thing/with%20escape?and=query#frag"),
    ],
    ids=str,
)
def test_store_terms_come_back_as_stored(
    store: GraphStore, graph: Graph, value: Literal | URIRef
) -> None:
    store.replace_graph(graph("a"), [(ex("s"), ex("p"), value)])
    (back,) = store.query(f"SELECT ?o WHERE {{ <{EX}s> <{EX}p> ?o }}").rows[0]
    assert back == value
    assert type(back) is type(value)
    assert str(back) == str(value)
    if isinstance(value, Literal):
        assert isinstance(back, Literal)
        assert back.datatype == value.datatype
        assert back.language == value.language
    assert [o for _, _, o, _ in store.quads(graph("a"))] == [value]


def test_store_string_literals_come_back_simple(store: GraphStore, graph: Graph) -> None:
    store.replace_graph(graph("a"), [(ex("s"), ex("p"), Literal("x", datatype=XSD.string))])
    (back,) = store.query(f"SELECT ?o WHERE {{ ?s <{EX}p> ?o }}").rows[0]
    assert back == Literal("x")
    assert back.datatype is None  # type: ignore[union-attr]


def test_store_computed_values_are_typed(store: GraphStore, graph: Graph) -> None:
    store.replace_graph(graph("a"), people("ana", "bo"))
    rows = store.query(
        f"SELECT (COUNT(?x) AS ?n) (SAMPLE(STR(?x)) AS ?some) (MAX(STRLEN(STR(?x))) AS ?len) "
        f"WHERE {{ ?x a <{EX}Person> }}"
    ).rows
    n, some, length = rows[0]
    assert n == Literal(2)
    assert some in (Literal(EX + "ana"), Literal(EX + "bo"))
    assert length == Literal(len(EX + "ana"))


def test_store_ask_and_construct(store: GraphStore, graph: Graph) -> None:
    store.replace_graph(graph("a"), people("ana"))
    assert store.query(f"ASK {{ <{EX}ana> a <{EX}Person> }}").boolean is True
    assert store.query(f"ASK {{ <{EX}ana> a <{EX}Place> }}").boolean is False
    result = store.query(f"CONSTRUCT {{ ?x <{EX}label> ?n }} WHERE {{ ?x <{EX}name> ?n }}")
    assert result.type == "CONSTRUCT"
    assert result.triples == [(ex("ana"), ex("label"), Literal("Ana"))]
    described = store.query(f"DESCRIBE <{EX}ana>")
    assert (ex("ana"), ex("name"), Literal("Ana")) in described.triples


def test_store_loads_more_triples_than_one_batch(store: GraphStore, graph: Graph) -> None:
    triples = [(ex(f"n{i}"), ex("next"), ex(f"n{i + 1}")) for i in range(40)]
    store.replace_graph(graph("chain"), triples)
    assert sorted(store.quads(graph("chain"))) == sorted((*t, graph("chain")) for t in triples)
    path = store.query(f"ASK {{ <{EX}n0> <{EX}next>+ <{EX}n40> }}")
    assert path.boolean is True


def test_store_blank_nodes_stay_one_node_within_a_graph(store: GraphStore, graph: Graph) -> None:
    address = BNode()
    triples = [
        *[(ex(f"filler{i}"), ex("p"), Literal(i)) for i in range(10)],
        (ex("ana"), ex("address"), address),
        (address, ex("city"), Literal("Lima")),
        (address, ex("street"), Literal("Av. Arequipa")),
    ]
    store.replace_graph(graph("a"), triples)
    rows = store.query(
        f"SELECT ?city ?street WHERE {{ <{EX}ana> <{EX}address> ?a . "
        f"?a <{EX}city> ?city ; <{EX}street> ?street }}"
    ).rows
    assert rows == [(Literal("Lima"), Literal("Av. Arequipa"))]
    (node,) = store.query(f"SELECT ?a WHERE {{ <{EX}ana> <{EX}address> ?a }}").rows[0]
    assert isinstance(node, BNode)
    subjects = {s for s, _, o, _ in store.quads(graph("a")) if isinstance(s, BNode)}
    assert subjects == {o for _, p, o, _ in store.quads(graph("a")) if p == ex("address")}


def test_store_update_changes_a_graph(store: GraphStore, graph: Graph) -> None:
    store.replace_graph(graph("a"), people("ana"))
    store.update(f"INSERT DATA {{ GRAPH <{graph('a')}> {{ <{EX}bo> a <{EX}Person> }} }}")
    store.update(f"DELETE WHERE {{ GRAPH <{graph('a')}> {{ <{EX}ana> <{EX}name> ?n }} }}")
    assert count(store, f"?x a <{EX}Person>") == 2
    assert count(store, f"?x <{EX}name> ?n") == 0


def test_store_dataset_view_reads_the_union(store: GraphStore, graph: Graph) -> None:
    store.replace_graph(graph("a"), people("ana"))
    store.replace_graph(graph("b"), people("bo"))
    dataset = store.dataset
    rows = list(dataset.query(f"SELECT ?x WHERE {{ ?x a <{EX}Person> }} ORDER BY ?x"))
    assert [row[0] for row in rows] == [ex("ana"), ex("bo")]  # type: ignore[index]
    assert set(dataset.graph(graph("b")).subjects(RDF.type, None)) == {ex("bo")}


@pytest.mark.parametrize(
    "query", ["SELEC ?x WHERE { ?x ?y ?z }", "SELECT ?x WHERE { ?x ?y }", "ASK { FILTER(?x +) }"]
)
def test_store_invalid_query_raises_query_error(store: GraphStore, query: str) -> None:
    with pytest.raises(QueryError):
        store.query(query)


def test_store_invalid_update_raises(store: GraphStore) -> None:
    with pytest.raises(KgbuilderError):
        store.update("INSERT DATA { <a> }")


def test_store_load_file_adds_statements_to_their_graphs(
    store: GraphStore, graph: Graph, tmp_path: Path
) -> None:
    quads = tmp_path / "data.nq"
    quads.write_text(
        "".join(f'<{EX}s{i}> <{EX}p> "{i}" <{graph(f"g{i % 3}")}> .\n' for i in range(20)),
        encoding="utf-8",
    )
    triples = tmp_path / "more.nt"
    triples.write_text(f"<{EX}s> <{EX}p> <{EX}o> .\n", encoding="utf-8")
    store.load_file(quads)  # type: ignore[attr-defined]
    store.load_file(triples, graph=graph("g0"))  # type: ignore[attr-defined]
    sizes = {name: len(list(store.quads(name))) for name in store.graph_names()}
    assert sizes == {graph("g0"): 8, graph("g1"): 7, graph("g2"): 6}
    with pytest.raises(StoreError, match="no graph given"):
        store.load_file(triples)  # type: ignore[attr-defined]
