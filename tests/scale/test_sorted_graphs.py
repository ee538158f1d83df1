"""RDF files merged from each graph's sorted statements have the bytes an export of the store has."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from kgb_graphs import sentence_graph_input
from kgbuilder.config import DEFAULT_BASE_IRI
from kgbuilder.export.rdf import write_rdf_files
from kgbuilder.model.builder import build_graphs
from kgbuilder.namespaces import prefixes_for
from kgbuilder.scale import sorted_graphs
from kgbuilder.scale.sorted_graphs import SortedGraphs
from kgbuilder.store.oxigraph import OxigraphStore
from kgbuilder.store.terms import to_oxigraph

PREFIXES = prefixes_for(DEFAULT_BASE_IRI)


@pytest.fixture(scope="module")
def graphs() -> dict[str, list[ox.Quad]]:
    """The graphs of a small build, and copies of its document graph under other names (the same
    statements in several graphs: the Turtle file merges them)."""
    bundle = build_graphs(sentence_graph_input(), DEFAULT_BASE_IRI)
    named = dict(bundle.graphs)
    document = next(name for name in named if "/graph/doc/" in str(name))
    for copy in ("a", "b", "c", "d/e"):
        named[URIRef(f"{document}-{copy}")] = set(list(named[document])[: 40 * len(copy)])
    out = {}
    for name, triples in named.items():
        graph = ox.NamedNode(str(name))
        out[str(name)] = [
            ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph)  # type: ignore[arg-type]
            for s, p, o in triples
        ]
    return out


@pytest.mark.parametrize("width", [2, 3, 200])
def test_sorted_graphs_files_equal_an_export_of_the_store(
    graphs: dict[str, list[ox.Quad]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    assert len(graphs) > 3  # several graphs, merged in rounds when width is small
    monkeypatch.setattr(sorted_graphs, "MERGE_WIDTH", width)
    store = OxigraphStore()
    store.oxigraph.extend(q for quads in graphs.values() for q in quads)
    expected = [(tmp_path / "store.trig", "trig"), (tmp_path / "store.ttl", "turtle")]
    write_rdf_files(store, expected, PREFIXES)
    kept = SortedGraphs(tmp_path / "sorted")
    for name, quads in graphs.items():
        kept.write(name, "f1", reversed(quads))
    got = [(tmp_path / "kept.trig", "trig"), (tmp_path / "kept.ttl", "turtle")]
    kept.write_files(dict.fromkeys(graphs, "f1"), got, PREFIXES)
    for (want, _), (have, _) in zip(expected, got, strict=True):
        assert have.read_bytes() == want.read_bytes()


def test_sorted_graphs_prune_keeps_the_current_fingerprints(
    graphs: dict[str, list[ox.Quad]], tmp_path: Path
) -> None:
    kept = SortedGraphs(tmp_path)
    name = next(iter(graphs))
    kept.write(name, "old", graphs[name])
    kept.write(name, "new", graphs[name])
    kept.prune({name: "new"})
    assert kept.has(name, "new") and not kept.has(name, "old")
