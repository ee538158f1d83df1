"""``export_graph``: one entry point for every export format, looked up by name.

RDF formats (Turtle, TriG, N-Quads, JSON-LD...) write the store's statements as they are; network
formats (GEXF, GraphML, CSV) write the networkx projection, with the measures of
``kgbuilder.analyze.analyze_graph`` on the nodes unless asked not to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kgbuilder.errors import UnknownNameError
from kgbuilder.export.network import write_csv, write_gexf, write_graphml
from kgbuilder.export.rdf import RDF_FORMATS, write_rdf
from kgbuilder.kinds import unknown_name_message
from kgbuilder.namespaces import prefixes_for
from kgbuilder.store.base import GraphStore

_NETWORK_WRITERS: dict[str, Callable[[nx.MultiDiGraph, Path], object]] = {
    "gexf": write_gexf,
    "graphml": write_graphml,
    "csv": write_csv,
}

#: Every format name ``export_graph`` takes.
EXPORT_FORMATS: tuple[str, ...] = tuple(sorted(set(RDF_FORMATS) | set(_NETWORK_WRITERS)))


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the files, and how many statements or entities and relations."""

    format: str
    paths: tuple[Path, ...]
    statements: int = 0
    entities: int = 0
    relations: int = 0


def export_graph(
    store: GraphStore,
    path: Path,
    format_name: str,
    *,
    base_iri: str,
    analysis: bool = True,
    seed: int = 0,
) -> ExportResult:
    """Export the graph as ``format_name`` to ``path`` (for ``csv``, a folder for two files).

    Parameters
    ----------
    store : GraphStore
        The built graph.
    path : Path
        The file to write; for ``csv`` the folder that gets ``nodes.csv`` and ``edges.csv``.
    format_name : str
        One of ``EXPORT_FORMATS``; an unknown name lists them.
    base_iri : str
        The build's base IRI, for the instance prefixes of Turtle, TriG and JSON-LD.
    analysis : bool
        Network formats only: add the analysis measures to the nodes.
    seed : int
        Seed of the analysis (Louvain, betweenness sample).
    """
    if format_name in RDF_FORMATS:
        count = write_rdf(store, path, format_name, prefixes_for(base_iri))
        return ExportResult(format_name, (path,), statements=count)
    writer = _NETWORK_WRITERS.get(format_name)
    if writer is None:
        raise UnknownNameError(unknown_name_message("export format", format_name, EXPORT_FORMATS))
    from kgbuilder.analyze.analysis import analyze_graph, annotate
    from kgbuilder.analyze.projection import to_networkx

    graph = to_networkx(store)
    if analysis:
        annotate(graph, analyze_graph(graph, seed=seed))
    written = writer(graph, path)
    paths = written if isinstance(written, tuple) else (path,)
    return ExportResult(
        format_name,
        tuple(paths),
        entities=graph.number_of_nodes(),
        relations=graph.number_of_edges(),
    )
