"""The neighbourhood of an entity: who and what lies within a few relations of it.

Relations are followed in either direction. Each neighbour comes with its distance (in relations)
and the relations that reach it from the entities one step nearer the centre, so a table can say
not only *who* is near but *how*.

Input: the projection (``to_networkx``). Output: ``Neighbor`` rows, or the ego network as a graph.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import networkx as nx

from kgbuilder.analyze.paths import Link, link_between
from kgbuilder.analyze.views import undirected_view


@dataclass(frozen=True)
class Neighbor:
    """An entity at ``distance`` relations from the centre, and the relations that reach it."""

    node: str
    label: str
    kind: str
    distance: int
    links: tuple[Link, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain data (lists and dicts), for JSON."""
        return asdict(self)


def distances(graph: nx.MultiDiGraph, center: str, *, depth: int = 1) -> dict[str, int]:
    """Every entity within ``depth`` relations of ``center`` (itself included, at 0).

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d")])
    >>> distances(g, "a", depth=2)
    {'a': 0, 'b': 1, 'c': 2}
    """
    if depth < 0:
        raise ValueError(f"depth must be 0 or more, not {depth}")
    if center not in graph:
        raise nx.NodeNotFound(f"{center} is not in the graph")
    found: dict[str, int] = nx.single_source_shortest_path_length(
        undirected_view(graph), center, cutoff=depth
    )
    return dict(sorted(found.items(), key=lambda item: (item[1], item[0])))


def neighborhood(graph: nx.MultiDiGraph, center: str, *, depth: int = 1) -> list[Neighbor]:
    """The entities within ``depth`` relations of ``center`` (not itself), nearest first.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The projection.
    center : str
        A node id (entity IRI); ``find_entity`` turns a name into one.
    depth : int
        How many relations away to look.

    Returns
    -------
    list of Neighbor
        Sorted by distance, then kind, then label; each with the relations (``Link``) joining it to
        the entities one step nearer the centre.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_nodes_from([("co", {"label": "Acme", "kind": "Organization"}),
    ...                   ("br", {"label": "Acme Chile", "kind": "Organization"}),
    ...                   ("pe", {"label": "Chile", "kind": "Place"})])
    >>> _ = g.add_edge("br", "co", key="partOf", label="partOf")
    >>> _ = g.add_edge("br", "pe", key="locatedIn", label="locatedIn")
    >>> [(n.label, n.distance, [link.label for link in n.links]) for n in neighborhood(g, "co", depth=2)]
    [('Acme Chile', 1, ['partOf']), ('Chile', 2, ['locatedIn'])]
    """
    within = distances(graph, center, depth=depth)
    rows = []
    for node, distance in within.items():
        if node == center:
            continue
        nearer = [n for n in _adjacent(graph, node) if within.get(n) == distance - 1]
        links = tuple(link for other in sorted(nearer) for link in link_between(graph, other, node))
        data = graph.nodes[node]
        rows.append(
            Neighbor(
                node=node,
                label=str(data.get("label", node)),
                kind=str(data.get("kind", "Other")),
                distance=distance,
                links=links,
            )
        )
    return sorted(rows, key=lambda n: (n.distance, n.kind, n.label, n.node))


def ego_network(graph: nx.MultiDiGraph, center: str, *, depth: int = 1) -> nx.MultiDiGraph:
    """The entities within ``depth`` relations of ``center`` and every relation among them.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> sorted(ego_network(g, "b").edges())
    [('a', 'b'), ('b', 'c')]
    """
    return graph.subgraph(distances(graph, center, depth=depth)).copy()


def _adjacent(graph: nx.MultiDiGraph, node: str) -> set[str]:
    return set(graph.successors(node)) | set(graph.predecessors(node))
