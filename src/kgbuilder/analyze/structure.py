"""The shape of the network: connected components, bridges and articulation points.

All three ignore the direction of relations. A bridge is a pair of entities whose relations are
the only connection between two parts of the network; an articulation point is an entity whose
removal splits its part in two. Both say where a story hangs by a thread.
"""

from __future__ import annotations

import networkx as nx

from kgbuilder.analyze.views import undirected_view


def components(graph: nx.MultiDiGraph) -> list[list[str]]:
    """The connected parts of the network, largest first, each a sorted list of node ids.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "b")])
    >>> g.add_node("lonely")
    >>> components(g)
    [['a', 'b', 'c'], ['lonely']]
    """
    found = (sorted(c) for c in nx.connected_components(undirected_view(graph)))
    return sorted(found, key=lambda c: (-len(c), c[0]))


def bridges(graph: nx.MultiDiGraph) -> list[tuple[str, str]]:
    """Pairs of entities whose link is the only connection between two parts, sorted.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    >>> bridges(g)
    [('c', 'd')]
    """
    pairs = (sorted(pair) for pair in nx.bridges(undirected_view(graph)))
    return sorted((u, v) for u, v in pairs)


def articulation_points(graph: nx.MultiDiGraph) -> list[str]:
    """Entities whose removal would split the part of the network they are in, sorted.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    >>> articulation_points(g)
    ['b']
    """
    return sorted(nx.articulation_points(undirected_view(graph)))
