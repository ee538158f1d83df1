"""Which entities hang together: Louvain communities, seeded so they are the same on every run.

Communities are found on the undirected view, a link weighted by the number of relations it stands
for. They are numbered by size, largest first (ties: by their first entity), so community 0 is
always the biggest.
"""

from __future__ import annotations

import networkx as nx

from kgbuilder.analyze.views import undirected_view


def communities(
    graph: nx.MultiDiGraph, *, seed: int = 0, resolution: float = 1.0
) -> list[list[str]]:
    """Louvain communities of the entities, largest first, each a sorted list of node ids.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The projection.
    seed : int
        Seed of Louvain's random node order: the same seed gives the same communities.
    resolution : float
        Above 1, smaller communities; below 1, larger ones.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"),
    ...                      ("z", "x"), ("c", "x")])
    >>> communities(g)
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    view = undirected_view(graph)
    if view.number_of_nodes() == 0:
        return []
    found = nx.community.louvain_communities(
        view, weight="weight", resolution=resolution, seed=seed
    )
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


def modularity(graph: nx.MultiDiGraph, parts: list[list[str]]) -> float:
    """How much denser the communities are inside than chance would make them (-0.5 to 1).

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b"), ("x", "y")])
    >>> modularity(g, [["a", "b"], ["x", "y"]])
    0.5
    """
    view = undirected_view(graph)
    if view.number_of_edges() == 0:
        return 0.0
    return float(nx.community.modularity(view, parts, weight="weight"))
