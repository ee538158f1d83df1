"""The build with ``[store] kind = "sparql"``: the seed graph loaded into a real Virtuoso answers
queries, ``info`` counts, exports and the networkx projection exactly as the embedded store does."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

import kgbuilder
from kgb_paths import DATA
from kgbuilder.config import Settings, StoreSettings, load_settings
from kgbuilder.stats import graph_counts
from kgbuilder.store import SparqlStore
from virtuoso_server import VirtuosoServer


def sparql_settings(virtuoso: VirtuosoServer, base: Settings, **store: object) -> Settings:
    """``base`` with its graph in the session's Virtuoso (small batches: several requests)."""
    remote = StoreSettings(
        kind="sparql",
        query_url=virtuoso.sparql_url,
        graph_store_url=virtuoso.graph_store_url,
        batch_size=200,
        **store,  # type: ignore[arg-type]
    )
    return dataclasses.replace(base, store=remote)


@pytest.fixture(scope="module")
def seed_in_virtuoso(
    virtuoso: VirtuosoServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[kgbuilder.KnowledgeGraph]:
    settings = sparql_settings(virtuoso, load_settings(DATA))
    graph = kgbuilder.build(DATA, tmp_path_factory.mktemp("seed-virtuoso"), settings=settings)
    yield graph
    graph.close()


SAVED_QUERIES = {
    "classes": "SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type",
    "posts": """
        SELECT ?person ?org ?role WHERE {
          ?m a org:Membership ; org:member ?person ; org:organization ?org .
          OPTIONAL { ?m org:role/skos:prefLabel ?role }
        }""",
    "employers": """
        SELECT ?name ?employer WHERE {
          ?p a schema:Person ; rdfs:label ?name ; schema:worksFor/rdfs:label ?employer
        }""",
    "evidence": """
        SELECT ?s ?p ?o ?source ?method ?confidence WHERE {
          ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
              prov:qualifiedDerivation ?d .
          ?d prov:entity ?source ; kgb:method ?method ; kgb:confidence ?confidence .
        }""",
    "figures": """
        SELECT ?about ?property ?value ?period WHERE {
          ?obs a schema:Observation ; schema:observationAbout ?about ;
               schema:measuredProperty ?property ; schema:value ?value .
          OPTIONAL { ?obs schema:observationPeriod ?period }
        }""",
    # DISTINCT: Virtuoso gives a property path (+, *) one solution per way of walking it when a
    # triple is stated in two graphs; SPARQL (and Oxigraph) one per end point
    "places": """
        SELECT DISTINCT ?place ?label ?country WHERE {
          ?place a schema:Place ; rdfs:label ?label .
          OPTIONAL { ?place schema:containedInPlace+ ?country . ?country a schema:Country }
          FILTER(LANG(?label) = "" || LANGMATCHES(LANG(?label), "en"))
        }""",
    # the datatype test first: Virtuoso compares a gYear with a date, SPARQL says type error
    "dated": """
        SELECT ?x ?start WHERE {
          ?x schema:startDate ?start
          FILTER(DATATYPE(?start) = xsd:date && ?start >= "2000-01-01"^^xsd:date)
        }""",
    "per graph": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "search": """
        SELECT DISTINCT ?x ?label WHERE {
          ?x rdfs:label ?label FILTER(CONTAINS(LCASE(STR(?label)), "a"))
        }""",
}


@pytest.mark.parametrize("name", sorted(SAVED_QUERIES))
def test_pipeline_sparql_store_answers_like_the_embedded_store(
    seed_graph: kgbuilder.KnowledgeGraph, seed_in_virtuoso: kgbuilder.KnowledgeGraph, name: str
) -> None:
    query = SAVED_QUERIES[name]
    expected = seed_graph.query(query)
    answer = seed_in_virtuoso.query(query)
    assert expected.rows, f"{name}: the seed graph should answer this query"
    assert answer.variables == expected.variables
    assert sorted(answer.rows, key=repr) == sorted(expected.rows, key=repr)
    assert [tuple(map(repr, r)) for r in sorted(answer.rows, key=repr)] == [
        tuple(map(repr, r)) for r in sorted(expected.rows, key=repr)
    ]


def test_pipeline_sparql_store_ask_and_construct_match(
    seed_graph: kgbuilder.KnowledgeGraph, seed_in_virtuoso: kgbuilder.KnowledgeGraph
) -> None:
    ask = "ASK { ?p a schema:Person ; schema:worksFor ?o }"
    assert seed_in_virtuoso.query(ask).boolean is seed_graph.query(ask).boolean is True
    construct = "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a schema:Person ; rdfs:label ?l }"
    assert sorted(seed_in_virtuoso.query(construct).triples) == sorted(
        seed_graph.query(construct).triples
    )


def test_pipeline_sparql_store_exports_the_same_bytes(
    seed_graph: kgbuilder.KnowledgeGraph, seed_in_virtuoso: kgbuilder.KnowledgeGraph
) -> None:
    for name in ("graph.trig", "graph.ttl"):
        ours = (seed_in_virtuoso.out_dir / name).read_bytes()
        assert ours == (seed_graph.out_dir / name).read_bytes(), name


def test_pipeline_sparql_store_counts_and_projection_match(
    seed_graph: kgbuilder.KnowledgeGraph, seed_in_virtuoso: kgbuilder.KnowledgeGraph
) -> None:
    assert graph_counts(seed_in_virtuoso.store) == graph_counts(seed_graph.store)
    assert seed_in_virtuoso.report is not None
    assert seed_graph.report is not None
    assert seed_in_virtuoso.report.counts == seed_graph.report.counts
    ours, theirs = seed_in_virtuoso.to_networkx(), seed_graph.to_networkx()
    assert nx.node_link_data(ours, edges="edges") == nx.node_link_data(theirs, edges="edges")


def test_pipeline_sparql_store_is_reopened_from_settings(
    seed_in_virtuoso: kgbuilder.KnowledgeGraph, tmp_path: Path
) -> None:
    (tmp_path / "kgbuilder.toml").write_text(
        "[store]\n"
        'kind = "sparql"\n'
        f'query_url = "{seed_in_virtuoso.store.query_url}"\n'  # type: ignore[attr-defined]
        f'graph_store_url = "{seed_in_virtuoso.store.graph_store_url}"\n',  # type: ignore[attr-defined]
        encoding="utf-8",
    )
    with kgbuilder.open(tmp_path / "no-output-needed", data_dir=tmp_path) as graph:
        assert isinstance(graph.store, SparqlStore)
        assert len(graph) == len(seed_in_virtuoso)
        with pytest.raises(kgbuilder.KgbuilderError, match="read-only"):
            graph.store.update("CLEAR ALL")


def test_pipeline_sparql_rebuild_drops_graphs_of_removed_sources(
    virtuoso: VirtuosoServer, data_copy: Path, tmp_path: Path
) -> None:
    base = load_settings(data_copy)
    project = dataclasses.replace(
        base.project, base_iri=f"https://example.org/{uuid.uuid4().hex[:8]}/"
    )
    settings = sparql_settings(virtuoso, dataclasses.replace(base, project=project))
    with kgbuilder.build(data_copy, tmp_path / "first", settings=settings, render=False) as first:
        before = first.store.graph_names()
    for records in (data_copy / "records").glob("*.yaml"):
        records.unlink()
    with kgbuilder.build(data_copy, tmp_path / "second", settings=settings, render=False) as again:
        after = again.store.graph_names()
    staging = SparqlStore(
        query_url=virtuoso.sparql_url,
        graph_store_url=virtuoso.graph_store_url,
        graph_prefix="urn:kgbuilder:staging:",
    )
    leftovers = staging.graph_names()
    assert [g for g in before if "/records/" in g]
    assert not [g for g in after if "/records/" in g]
    assert set(after) < set(before)
    assert leftovers == []


def test_pipeline_sparql_store_incremental_build_sends_only_changed_graphs(
    virtuoso: VirtuosoServer, tmp_path: Path
) -> None:
    """An incremental build into Virtuoso equals a clean embedded build of the same inputs."""
    from kgb_corpus import corpus

    data = tmp_path / "data"
    corpus(data, 3)
    prefix = f"https://example.org/kgb-{uuid.uuid4().hex[:8]}/"
    base = dataclasses.replace(
        Settings(), project=dataclasses.replace(Settings().project, base_iri=prefix)
    )
    remote = sparql_settings(virtuoso, base)
    out = tmp_path / "out"
    kgbuilder.build(data, out, settings=remote, render=False, jobs=1).close()
    (data / "documents" / "article-000.txt").unlink()
    corpus(data, 1, start=7)
    with kgbuilder.build(data, out, settings=remote, render=False, jobs=1) as graph:
        assert graph.report is not None
        changes = graph.report.changes
    assert changes["graphs"]["mode"] == "incremental"
    assert changes["graphs"]["removed"] == 1
    assert changes["graphs"]["kept"] >= 2
    clean = tmp_path / "clean"
    kgbuilder.build(data, clean, settings=base, render=False, jobs=1).close()
    for name in ("graph.trig", "graph.ttl"):
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
