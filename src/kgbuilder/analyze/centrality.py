"""Who is central: relation degree, betweenness and PageRank of every entity.

Degree counts relations (two relations between the same pair count twice, as the network view
draws them). Betweenness asks how often an entity lies on the shortest connections between others,
following relations in either direction; on big graphs it is estimated from a seeded sample of
sources, so the figures are the same on every run. PageRank follows the direction of relations
(a branch points at its company, a company at its city), weighted by how many relations a link
stands for.
"""

from __future__ import annotations

import networkx as nx

from kgbuilder.analyze.views import directed_view, undirected_view


def relation_degree(graph: nx.MultiDiGraph) -> dict[str, int]:
    """The number of relations each entity takes part in, as subject or object.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b", "partOf"), ("a", "b", "locatedIn"), ("c", "a", "worksFor")])
    >>> relation_degree(g)
    {'a': 3, 'b': 2, 'c': 1}
    """
    return {node: int(degree) for node, degree in sorted(graph.degree())}


def betweenness(
    graph: nx.MultiDiGraph, *, samples: int | None = None, seed: int = 0
) -> dict[str, float]:
    """Normalised betweenness centrality on the undirected view, exact or from ``samples`` sources.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The projection.
    samples : int, optional
        Estimate from this many source entities drawn with ``seed``; exact when None or when there
        are no more entities than samples.
    seed : int
        Seed of the sample.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    >>> betweenness(g)
    {'a': 0.0, 'b': 1.0, 'c': 0.0}
    """
    view = undirected_view(graph)
    k = samples if samples is not None and samples < view.number_of_nodes() else None
    scores = nx.betweenness_centrality(view, k=k, normalized=True, seed=seed)
    return {node: float(scores[node]) for node in sorted(scores)}


def pagerank(
    graph: nx.MultiDiGraph, *, alpha: float = 0.85, directed: bool = True
) -> dict[str, float]:
    """PageRank along the relations (or ignoring their direction), weighted by relation count.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph([("branch", "company"), ("company", "city"), ("shop", "city")])
    >>> scores = pagerank(g)
    >>> max(scores, key=scores.get)
    'city'
    >>> round(sum(scores.values()), 6)
    1.0
    """
    if graph.number_of_nodes() == 0:
        return {}
    view = directed_view(graph) if directed else undirected_view(graph)
    scores = nx.pagerank(view, alpha=alpha, weight="weight")
    return {node: float(scores[node]) for node in sorted(scores)}
