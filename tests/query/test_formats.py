"""The result writers against the W3C specifications, and against an independent reader
(pyoxigraph's parser of the SPARQL result formats)."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
from rdflib import BNode, Literal, URIRef

from kgbuilder.errors import UnknownNameError
from kgbuilder.namespaces import XSD
from kgbuilder.query.formats import oxigraph_json, serialize_result
from kgbuilder.store.oxigraph import convert_result
from kgbuilder.store.results import QueryResult
from kgbuilder.store.terms import from_oxigraph

TRICKY = 'line one\nline "two",\ttabbed\\ <b>&amp;</b>'
RESULT = QueryResult(
    "SELECT",
    variables=["x", "label", "n"],
    rows=[
        (URIRef("http://example.org/a"), Literal(TRICKY), Literal("6153", datatype=XSD.integer)),
        (BNode("b0"), Literal("São Paulo", lang="pt"), None),
        (URIRef("http://example.org/c"), None, Literal("2024-11", datatype=XSD.gYearMonth)),
    ],
)
OX_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "tsv": ox.QueryResultsFormat.TSV,
}


@pytest.mark.parametrize("name", sorted(OX_FORMATS))
def test_serialize_result_reads_back_identically(name: str) -> None:
    parsed = ox.parse_query_results(serialize_result(RESULT, name), format=OX_FORMATS[name])
    assert isinstance(parsed, ox.QuerySolutions)
    assert [v.value for v in parsed.variables] == RESULT.variables
    rows = [tuple(None if t is None else from_oxigraph(t) for t in s) for s in parsed]
    assert rows == RESULT.rows


def test_serialize_result_json_follows_the_spec() -> None:
    document = json.loads(serialize_result(RESULT, "json"))
    assert document["head"] == {"vars": ["x", "label", "n"]}
    first, second, third = document["results"]["bindings"]
    assert first["x"] == {"type": "uri", "value": "http://example.org/a"}
    assert first["label"] == {"type": "literal", "value": TRICKY}
    assert first["n"]["datatype"] == str(XSD.integer)
    assert second["label"] == {"type": "literal", "value": "São Paulo", "xml:lang": "pt"}
    assert second["x"] == {"type": "bnode", "value": "b0"}
    assert "n" not in second
    assert "label" not in third


def test_serialize_result_xml_follows_the_spec() -> None:
    root = ET.fromstring(serialize_result(RESULT, "xml"))
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert [v.get("name") for v in root.findall("r:head/r:variable", ns)] == RESULT.variables
    results = root.findall("r:results/r:result", ns)
    assert len(results) == 3
    assert [b.get("name") for b in results[1].findall("r:binding", ns)] == ["x", "label"]
    literal = results[1].find("r:binding[@name='label']/r:literal", ns)
    assert literal is not None
    assert literal.get("{http://www.w3.org/XML/1998/namespace}lang") == "pt"


def test_serialize_result_xml_stays_well_formed_with_control_characters() -> None:
    result = QueryResult("SELECT", variables=["v"], rows=[(Literal("a\x01b"),)])
    root = ET.fromstring(serialize_result(result, "xml"))
    assert "a\ufffdb" in ET.tostring(root, encoding="unicode")


def test_serialize_result_csv_follows_the_spec() -> None:
    data = serialize_result(RESULT, "csv").decode("utf-8")
    assert data.startswith("x,label,n\r\n")
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert rows[1] == ["http://example.org/a", TRICKY, "6153"]
    assert rows[2] == ["_:b0", "São Paulo", ""]


def test_serialize_result_tsv_follows_the_spec() -> None:
    lines = serialize_result(RESULT, "tsv").decode("utf-8").split("\n")
    assert lines[0] == "?x\t?label\t?n"
    assert len(lines) == 5
    assert lines[-1] == ""
    assert lines[2] == '_:b0\t"São Paulo"@pt\t'


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("json", b'{"head": {}, "boolean": true}'),
        ("csv", b"_askResult\r\ntrue\r\n"),
        ("tsv", b"?_askResult\ntrue\n"),
    ],
)
def test_serialize_result_ask(name: str, expected: bytes) -> None:
    assert serialize_result(QueryResult("ASK", boolean=True), name) == expected


def test_serialize_result_ask_xml_reads_back() -> None:
    data = serialize_result(QueryResult("ASK", boolean=False), "xml")
    assert bool(ox.parse_query_results(data, format=ox.QueryResultsFormat.XML)) is False


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("turtle", ox.RdfFormat.TURTLE),
        ("ntriples", ox.RdfFormat.N_TRIPLES),
        ("jsonld", ox.RdfFormat.JSON_LD),
        ("rdfxml", ox.RdfFormat.RDF_XML),
    ],
)
def test_serialize_result_graph_formats_read_back(name: str, fmt: ox.RdfFormat) -> None:
    triples = [
        (URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal(TRICKY)),
        (URIRef("http://example.org/a"), URIRef("http://example.org/q"), Literal("x", lang="en")),
    ]
    data = serialize_result(QueryResult("CONSTRUCT", triples=triples), name)
    back = {
        (from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object))
        for t in ox.parse(data, format=fmt)
    }
    assert back == set(triples)


@pytest.mark.parametrize(
    ("result", "name"),
    [(RESULT, "turtle"), (QueryResult("CONSTRUCT"), "csv"), (RESULT, "yaml")],
)
def test_serialize_result_refuses_formats_that_do_not_fit(result: QueryResult, name: str) -> None:
    with pytest.raises(UnknownNameError):
        serialize_result(result, name)


def _tricky_store() -> ox.Store:
    store = ox.Store()
    graph = ox.NamedNode("http://example.org/g")
    for index, (s, o) in enumerate(
        [
            (ox.NamedNode("http://example.org/a"), ox.Literal(TRICKY)),
            (ox.BlankNode("b0"), ox.Literal("São Paulo", language="pt")),
            (
                ox.NamedNode("http://example.org/c"),
                ox.Literal("6153", datatype=ox.NamedNode(str(XSD.integer))),
            ),
        ]
    ):
        store.add(ox.Quad(s, ox.NamedNode("http://example.org/p"), o, graph))
        store.add(ox.Quad(s, ox.NamedNode("http://example.org/n"), ox.Literal(index), graph))
    return store


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?s ?o ?missing WHERE { ?s <http://example.org/p> ?o OPTIONAL { ?s <http://example.org/q> ?missing } } ORDER BY ?o",
        "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o",
        "ASK { ?s <http://example.org/p> 'nothing' }",
        "SELECT ?s WHERE { ?s <http://example.org/none> ?o }",
    ],
)
def test_oxigraph_json_writes_what_serialize_result_writes(query: str) -> None:
    store = _tricky_store()
    direct, rows, truncated = oxigraph_json(
        store.query(query, use_default_graph_as_union=True), 100
    )
    expected = serialize_result(
        convert_result(store.query(query, use_default_graph_as_union=True)), "json"
    )
    assert direct == expected
    assert not truncated
    document = json.loads(direct)
    assert rows == len(document["results"]["bindings"]) if "results" in document else rows == 1


@pytest.mark.parametrize(("cap", "rows", "truncated"), [(6, 6, False), (4, 4, True), (0, 0, True)])
def test_oxigraph_json_stops_at_the_row_cap(cap: int, rows: int, truncated: bool) -> None:
    result = _tricky_store().query("SELECT * WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    data, written, cut = oxigraph_json(result, cap)
    assert (written, cut) == (rows, truncated)
    assert len(json.loads(data)["results"]["bindings"]) == rows
