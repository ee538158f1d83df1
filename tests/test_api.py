"""The Python API: build, open, query, the rdflib view and the networkx projection."""

from __future__ import annotations

import inspect
from pathlib import Path

from rdflib import Literal, URIRef

import kgbuilder
from kgbuilder import KnowledgeGraph
from kgbuilder.config import DEFAULT_BASE_IRI

BASE = DEFAULT_BASE_IRI


def test_api_query_with_predeclared_prefixes(seed_graph: KnowledgeGraph) -> None:
    result = seed_graph.query(
        "SELECT ?org WHERE { person:paulo-braga schema:worksFor/rdfs:label ?org }"
    )
    assert result.type == "SELECT" and result.variables == ["org"]
    assert result.rows == [(Literal("Chongqing Polycomp International Brazil Branch"),)]
    assert result.dicts() == [{"org": Literal("Chongqing Polycomp International Brazil Branch")}]
    assert seed_graph.query("ASK { place:lima schema:containedInPlace place:peru }").boolean


def test_api_query_keeps_the_users_own_prefix(seed_graph: KnowledgeGraph) -> None:
    result = seed_graph.query(
        "PREFIX schema: <http://schema.org/> SELECT * WHERE { ?s a schema:Person }"
    )
    assert result.rows == []  # http://schema.org/ is not the model's https://schema.org/


def test_api_graph_is_an_rdflib_dataset_over_the_union(seed_graph: KnowledgeGraph) -> None:
    dataset = seed_graph.graph
    braga = URIRef(BASE + "person/paulo-braga")
    labels = {
        str(o) for o in dataset.objects(braga, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))
    }
    assert labels == {"Paulo Braga"}
    count = next(iter(dataset.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0]
    assert int(count) == len(seed_graph)


def test_api_to_networkx_has_entities_and_relations(seed_graph: KnowledgeGraph) -> None:
    network = seed_graph.to_networkx()
    assert network.number_of_nodes() == 29
    braga = BASE + "person/paulo-braga"
    assert network.nodes[braga]["kind"] == "Person" and network.nodes[braga]["aliases"] == ["Braga"]
    edge = network.edges[
        braga, BASE + "organization/chongqing-polycomp-international-brazil-branch", "worksFor"
    ]
    assert edge["qualifiers"] == {"roles": ["Vice General Manager"]}
    assert edge["evidence"][0]["method"] == "curated" and edge["evidence"][0]["line"] > 0
    place = BASE + "place/lima"
    assert network.nodes[place]["same_as"] == [
        "http://www.wikidata.org/entity/Q2868",
        "https://sws.geonames.org/3936456/",
    ]


def test_api_open_reads_a_built_graph(seed_graph: KnowledgeGraph, tmp_path: Path) -> None:
    with kgbuilder.open(seed_graph.out_dir) as graph:
        assert len(graph) == len(seed_graph)
        assert graph.query("ASK { ?e rdfs:label 'Capivari Glass Fiber' }").boolean


def test_api_exports_a_sorted_all() -> None:
    assert kgbuilder.__all__ == sorted(kgbuilder.__all__)
    for name in kgbuilder.__all__:
        assert hasattr(kgbuilder, name), name
    # everything public that is not a submodule is listed in __all__
    public = {
        n
        for n in dir(kgbuilder)
        if not n.startswith("_") and not inspect.ismodule(getattr(kgbuilder, n))
    }
    assert public == set(kgbuilder.__all__) - {"__version__"}
