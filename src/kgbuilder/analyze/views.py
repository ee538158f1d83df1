"""Simple graphs seen through the projection, for the algorithms that want one.

The projection is a ``MultiDiGraph``: two entities may be joined by several relations, each in its
own direction. Paths, components, bridges and betweenness ask whether two entities are connected
at all, so they run on the undirected view; PageRank follows the direction of the relations, so it
runs on the directed view. In both, ``weight`` counts the relations a link stands for.
"""

from __future__ import annotations

from typing import TypeVar

import networkx as nx

_View = TypeVar("_View", nx.Graph, nx.DiGraph)


def undirected_view(graph: nx.MultiDiGraph) -> nx.Graph:
    """One undirected link per pair of related entities; ``weight`` = the number of relations.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The projection (``kgbuilder.analyze.to_networkx``) or any part of it.

    Returns
    -------
    networkx.Graph
        Every node of ``graph`` (isolated ones too), nodes in sorted order.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("a", "b", key="worksFor")
    'worksFor'
    >>> g.add_edge("b", "a", key="relatedTo")
    'relatedTo'
    >>> g.add_node("c")
    >>> view = undirected_view(g)
    >>> sorted(view.edges(data="weight")), sorted(view)
    ([('a', 'b', 2)], ['a', 'b', 'c'])
    """
    return _weighted(graph, nx.Graph())


def directed_view(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """One directed link per ordered pair of related entities; ``weight`` = the number of relations.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", key="locatedIn")
    >>> _ = g.add_edge("a", "b", key="operatesIn")
    >>> sorted(directed_view(g).edges(data="weight"))
    [('a', 'b', 2)]
    """
    return _weighted(graph, nx.DiGraph())


def _weighted(graph: nx.MultiDiGraph, view: _View) -> _View:
    """Fill ``view`` with every entity and one link per related pair, ``weight`` = relations."""
    view.add_nodes_from(sorted(graph.nodes))
    for u, v in sorted(graph.edges()):
        if u == v:
            continue
        if view.has_edge(u, v):
            view[u][v]["weight"] += 1
        else:
            view.add_edge(u, v, weight=1)
    return view
