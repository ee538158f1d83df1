"""Every export format through ``export_graph``; the RDF ones round-trip through rdflib."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kgbuilder import KnowledgeGraph
from kgbuilder.analyze.analysis import NODE_MEASURES
from kgbuilder.errors import UnknownNameError
from kgbuilder.export import EXPORT_FORMATS, export_graph
from kgbuilder.store.oxigraph import OxigraphStore

#: format -> (rdflib parser name, holds named graphs)
RDF = {
    "turtle": ("turtle", False),
    "ntriples": ("nt", False),
    "rdfxml": ("xml", False),
    "trig": ("trig", True),
    "nquads": ("nquads", True),
    "jsonld": ("json-ld", True),
}


def _norm(term: Node) -> Node:
    """xsd:string literals as simple literals (RDF 1.1 says they are the same)."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


@pytest.mark.parametrize("fmt", sorted(RDF))
def test_export_rdf_round_trips_through_rdflib(
    seed_graph: KnowledgeGraph, sentence_store: OxigraphStore, tmp_path: Path, fmt: str
) -> None:
    parser, datasets = RDF[fmt]
    for name, store in (("seed", seed_graph.store), ("sentence", sentence_store)):
        path = tmp_path / f"{name}.{fmt}"
        result = export_graph(store, path, fmt, base_iri="https://w3id.org/kgbuilder/id/")
        assert result.paths == (path,)
        expected_quads = {(s, p, _norm(o), g) for s, p, o, g in store.quads()}
        if datasets:
            parsed = Dataset()
            with path.open("rb") as handle:  # rdflib leaves a file it opens itself open
                parsed.parse(source=handle, format=parser)
            got = {
                (s, p, _norm(o), g)
                for s, p, o, g in parsed.quads((None, None, None, None))
                if isinstance(g, URIRef)
            }
            assert got == expected_quads
        else:
            graph = Graph()
            with path.open("rb") as handle:
                graph.parse(source=handle, format=parser)
            got_triples = {(s, p, _norm(o)) for s, p, o in graph}
            assert got_triples == {(s, p, o) for s, p, o, _ in expected_quads}
        assert result.statements == len(
            expected_quads if datasets else {q[:3] for q in expected_quads}
        )


@pytest.mark.parametrize("analysis", [True, False])
def test_export_network_formats_with_or_without_analysis(
    seed_graph: KnowledgeGraph, tmp_path: Path, analysis: bool
) -> None:
    base = "https://w3id.org/kgbuilder/id/"
    gexf = export_graph(
        seed_graph.store, tmp_path / "g.gexf", "gexf", base_iri=base, analysis=analysis
    )
    graphml = export_graph(
        seed_graph.store, tmp_path / "g.graphml", "graphml", base_iri=base, analysis=analysis
    )
    csv = export_graph(seed_graph.store, tmp_path / "csv", "csv", base_iri=base, analysis=analysis)
    assert csv.paths == (tmp_path / "csv" / "nodes.csv", tmp_path / "csv" / "edges.csv")
    projection = seed_graph.to_networkx()
    for result in (gexf, graphml, csv):
        assert (result.entities, result.relations) == (
            projection.number_of_nodes(),
            projection.number_of_edges(),
        )
    for back in (nx.read_gexf(gexf.paths[0]), nx.read_graphml(graphml.paths[0])):
        for _, data in back.nodes(data=True):
            assert (set(NODE_MEASURES) <= set(data)) is analysis
    columns = set(pd.read_csv(csv.paths[0]).columns)
    assert (set(NODE_MEASURES) <= columns) is analysis


def test_export_unknown_format_lists_the_formats(
    seed_graph: KnowledgeGraph, tmp_path: Path
) -> None:
    with pytest.raises(UnknownNameError, match="did you mean 'gexf'") as raised:
        export_graph(seed_graph.store, tmp_path / "x", "gexff", base_iri="https://x.org/")
    for name in ("turtle", "trig", "nquads", "jsonld", "graphml", "gexf", "csv"):
        assert name in EXPORT_FORMATS
        assert name in str(raised.value)
    assert not (tmp_path / "x").exists()
