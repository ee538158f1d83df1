"""Off-the-shelf SPARQL clients against the endpoint: SPARQLWrapper and rdflib's SPARQLStore."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper

from kgb_serve import Endpoint

PEOPLE = """PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name"""


def test_sparqlwrapper_select_in_json_xml_and_csv(endpoint: Endpoint) -> None:
    client = SPARQLWrapper(f"{endpoint.url}/sparql")
    client.setQuery(PEOPLE)
    client.setReturnFormat(JSON)
    names = [b["name"]["value"] for b in client.queryAndConvert()["results"]["bindings"]]  # type: ignore[index]
    assert len(names) == 6
    client.setReturnFormat(XML)
    document = client.queryAndConvert()
    assert len(document.getElementsByTagName("result")) == 6  # type: ignore[union-attr]
    client.setReturnFormat(CSV)
    assert client.queryAndConvert().decode().splitlines()[1:] == names  # type: ignore[union-attr]


def test_sparqlwrapper_post_construct_and_ask(endpoint: Endpoint) -> None:
    client = SPARQLWrapper(f"{endpoint.url}/sparql")
    client.setMethod("POST")
    client.setQuery(
        "PREFIX schema: <https://schema.org/> CONSTRUCT { ?p a schema:Person } WHERE { ?p a schema:Person }"
    )
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.queryAndConvert(), format="turtle")  # type: ignore[arg-type]
    assert len(graph) == 6
    client.setQuery("ASK { ?s ?p ?o }")
    client.setReturnFormat(JSON)
    assert client.queryAndConvert()["boolean"] is True  # type: ignore[index]


def test_rdflib_sparqlstore_reads_the_endpoint(endpoint: Endpoint) -> None:
    store = SPARQLStore(f"{endpoint.url}/sparql", returnFormat="json")
    graph = Graph(store=store)
    rows = list(graph.query(PEOPLE))
    assert len(rows) == 6
    person = URIRef("https://w3id.org/kgbuilder/id/person/paulo-braga")
    labels = list(graph.objects(person, URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
    assert [str(label) for label in labels] == ["Paulo Braga"]
