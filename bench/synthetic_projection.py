"""Synthetic projections for the render benchmarks: n entities, three relations each, seeded.

The graphs look like the projection ``kgbuilder.analyze.to_networkx`` returns (label, kind,
aliases, evidence...), so the renderer does the same work as on a real graph of that size.
"""

from __future__ import annotations

import random

import networkx as nx

from kgbuilder.kinds import Kind
from kgbuilder.relations import LABELS

KINDS = [kind.value for kind in Kind]
RELATIONS = sorted(LABELS)
BASE = "https://example.org/id/"


def synthetic_projection(n: int, *, edges_per_node: int = 3, seed: int = 1) -> nx.MultiDiGraph:
    """A Barabási-Albert graph of ``n`` nodes (``edges_per_node`` links each) as a projection."""
    rng = random.Random(seed)
    shape = nx.barabasi_albert_graph(n, edges_per_node, seed=seed)
    graph = nx.MultiDiGraph()
    for node in shape.nodes:
        kind = KINDS[node % len(KINDS)]
        graph.add_node(
            f"{BASE}{kind.lower()}/e{node}",
            label=f"{kind} {node}",
            kind=kind,
            types=[],
            aliases=[f"E{node}"],
            same_as=[],
            sources=[f"{BASE}doc/d{node % 50}"],
            figures=[],
            dates={},
        )
    names = list(graph.nodes)
    for u, v in shape.edges:
        label = rng.choice(RELATIONS)
        graph.add_edge(
            names[u],
            names[v],
            key=label,
            label=label,
            predicate=f"{BASE}p/{label}",
            statement=f"{BASE}statement/s{u}-{v}",
            qualifiers={},
            evidence=[
                {
                    "source": f"{BASE}doc/d{(u + v) % 50}",
                    "title": f"Document {(u + v) % 50}",
                    "published": "2024-11",
                    "url": None,
                    "path": f"documents/d{(u + v) % 50}.txt",
                    "method": "extracted",
                    "confidence": 0.8,
                    "sentence": f"{names[u]} and {names[v]} were linked.",
                    "start": 10 * u,
                    "end": 10 * u + 40,
                    "line": None,
                    "primary_source": None,
                    "primary_title": None,
                    "primary_published": None,
                }
            ],
        )
    return graph
