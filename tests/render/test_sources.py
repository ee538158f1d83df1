"""The catalogue of sources the page cites: every document, cited work and records file."""

from __future__ import annotations

import networkx as nx

import kgbuilder
from kgbuilder.render.sources import source_catalogue


def test_source_catalogue_describes_every_cited_source(
    seed_graph: kgbuilder.KnowledgeGraph, seed_projection: nx.MultiDiGraph
) -> None:
    catalogue = source_catalogue(seed_graph.store)
    for *_, data in seed_projection.edges(keys=True, data=True):
        for evidence in data["evidence"]:
            info = catalogue[evidence["source"]]
            assert info.title == evidence["title"]
            assert info.path == evidence["path"]
            if evidence["primary_source"]:
                cited = catalogue[evidence["primary_source"]]
                assert cited.title == evidence["primary_title"]
                assert cited.published == evidence["primary_published"]
    for _, data in seed_projection.nodes(data=True):
        assert set(data["sources"]) <= set(catalogue)
