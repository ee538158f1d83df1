"""Every measure at once: centralities, communities, components, bridges, articulation points.

``analyze_graph`` computes them; ``annotate`` stores them on the projection's nodes under the names
the HTML view sizes and colours by (``degree``, ``betweenness``, ``pagerank``, ``community``, plus
``component`` and ``articulation_point``); ``analysis_document`` is the plain-data form written to
``output/analysis.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kgbuilder.analyze.centrality import betweenness, pagerank, relation_degree
from kgbuilder.analyze.communities import communities, modularity
from kgbuilder.analyze.structure import articulation_points, bridges, components
from kgbuilder.atomic import write_atomic

#: Up to this many entities betweenness is exact; above, it is estimated from a seeded sample.
EXACT_BETWEENNESS_MAX_NODES = 2000
#: How many source entities the estimate uses when nothing else is asked for.
DEFAULT_BETWEENNESS_SAMPLES = 500

#: The node attributes ``annotate`` sets.
NODE_MEASURES = (
    "degree",
    "betweenness",
    "pagerank",
    "community",
    "component",
    "articulation_point",
)


@dataclass(frozen=True)
class Analysis:
    """The measures of one graph; node ids are entity IRIs, lists are sorted and deterministic."""

    degree: dict[str, int]
    betweenness: dict[str, float]
    pagerank: dict[str, float]
    communities: list[list[str]]
    modularity: float
    components: list[list[str]]
    bridges: list[tuple[str, str]]
    articulation_points: list[str]
    parameters: dict[str, Any] = field(default_factory=dict)

    def node_measures(self) -> dict[str, dict[str, Any]]:
        """Node id -> the measures ``annotate`` stores on it (see ``NODE_MEASURES``)."""
        community = {n: i for i, members in enumerate(self.communities) for n in members}
        component = {n: i for i, members in enumerate(self.components) for n in members}
        cut = set(self.articulation_points)
        return {
            node: {
                "degree": self.degree[node],
                "betweenness": self.betweenness[node],
                "pagerank": self.pagerank[node],
                "community": community[node],
                "component": component[node],
                "articulation_point": node in cut,
            }
            for node in sorted(self.degree)
        }


def analyze_graph(
    graph: nx.MultiDiGraph,
    *,
    seed: int = 0,
    resolution: float = 1.0,
    betweenness_samples: int | None = None,
    alpha: float = 0.85,
) -> Analysis:
    """Compute every measure of the projection.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The projection (``to_networkx``).
    seed : int
        Seeds Louvain and the betweenness sample: the same seed gives the same figures.
    resolution : float
        Louvain's resolution (above 1: smaller communities).
    betweenness_samples : int, optional
        Estimate betweenness from this many sources. By default it is exact up to
        ``EXACT_BETWEENNESS_MAX_NODES`` entities and estimated from
        ``DEFAULT_BETWEENNESS_SAMPLES`` sources above.
    alpha : float
        PageRank's damping factor.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b", "partOf"), ("b", "c", "locatedIn")])
    >>> result = analyze_graph(g)
    >>> result.articulation_points, result.bridges, result.node_measures()["b"]["degree"]
    (['b'], [('a', 'b'), ('b', 'c')], 2)
    """
    nodes = graph.number_of_nodes()
    if betweenness_samples is None and nodes > EXACT_BETWEENNESS_MAX_NODES:
        betweenness_samples = DEFAULT_BETWEENNESS_SAMPLES
    exact = betweenness_samples is None or betweenness_samples >= nodes
    parts = communities(graph, seed=seed, resolution=resolution)
    return Analysis(
        degree=relation_degree(graph),
        betweenness=betweenness(graph, samples=None if exact else betweenness_samples, seed=seed),
        pagerank=pagerank(graph, alpha=alpha),
        communities=parts,
        modularity=modularity(graph, parts),
        components=components(graph),
        bridges=bridges(graph),
        articulation_points=articulation_points(graph),
        parameters={
            "seed": seed,
            "louvain_resolution": resolution,
            "pagerank_alpha": alpha,
            "betweenness": "exact" if exact else f"estimated from {betweenness_samples} sources",
        },
    )


def annotate(graph: nx.MultiDiGraph, analysis: Analysis) -> nx.MultiDiGraph:
    """Store the measures on the graph's nodes (``NODE_MEASURES``); returns the same graph.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b")])
    >>> annotate(g, analyze_graph(g)).nodes["a"]["community"]
    0
    """
    for node, measures in analysis.node_measures().items():
        if node in graph:
            graph.nodes[node].update(measures)
    return graph


def analysis_document(graph: nx.MultiDiGraph, analysis: Analysis) -> dict[str, Any]:
    """The analysis as plain data with each entity's label and kind: what ``analysis.json`` holds.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b")])
    >>> doc = analysis_document(g, analyze_graph(g))
    >>> doc["graph"]["components"], [c["size"] for c in doc["communities"]]
    (1, [2])
    """

    def entity(node: str) -> dict[str, Any]:
        data = graph.nodes[node]
        return {"id": node, "label": data.get("label", node), "kind": data.get("kind", "Other")}

    measures = analysis.node_measures()
    largest = len(analysis.components[0]) if analysis.components else 0
    return {
        "graph": {
            "entities": graph.number_of_nodes(),
            "relations": graph.number_of_edges(),
            "components": len(analysis.components),
            "largest_component": largest,
            "communities": len(analysis.communities),
            "modularity": analysis.modularity,
            "bridges": len(analysis.bridges),
            "articulation_points": len(analysis.articulation_points),
        },
        "parameters": analysis.parameters,
        "entities": [{**entity(node), **measures[node]} for node in sorted(measures)],
        "communities": [
            {
                "id": index,
                "size": len(members),
                "central": entity(max(members, key=lambda n: (analysis.pagerank[n], n))),
                "members": members,
            }
            for index, members in enumerate(analysis.communities)
        ],
        "components": [
            {"id": index, "size": len(members), "members": members}
            for index, members in enumerate(analysis.components)
        ],
        "bridges": [
            {
                "source": entity(u),
                "target": entity(v),
                "relations": sorted(
                    {
                        str(d.get("label", k))
                        for k, d in graph.get_edge_data(u, v, default={}).items()
                    }
                    | {
                        str(d.get("label", k))
                        for k, d in graph.get_edge_data(v, u, default={}).items()
                    }
                ),
            }
            for u, v in analysis.bridges
        ],
        "articulation_points": [entity(node) for node in analysis.articulation_points],
    }


def write_analysis(graph: nx.MultiDiGraph, analysis: Analysis, path: Path) -> Path:
    """Write ``analysis_document`` as JSON, atomically; returns the path."""
    text = json.dumps(analysis_document(graph, analysis), indent=2, ensure_ascii=False)
    write_atomic(path, text + "\n")
    return path
