"""How is A connected to B: the shortest chains of relations between two entities, with evidence.

Relations are followed in either direction (a branch is ``partOf`` its company, and the company is
connected to its branch). Each hop between two entities carries every relation stated between
them, with its qualifiers (a post's title, a date, an amount), the figures one of them has at the
other (a rank in a country), and the evidence of each relation: the sentence and its document, or
the records line and the work the record reports from.

Input: the projection (``to_networkx``). Output: node lists, and ``Connection`` dataclasses.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from itertools import islice, pairwise
from typing import Any

import networkx as nx

from kgbuilder.analyze.views import undirected_view
from kgbuilder.errors import UnknownNameError
from kgbuilder.kinds import Kind, unknown_name_message


@dataclass(frozen=True)
class Link:
    """One relation on a hop, as stated: ``subject label object``.

    ``forward`` is true when the hop runs from the subject to the object.
    """

    subject: str
    label: str
    object: str
    forward: bool
    statement: str | None
    qualifiers: dict[str, Any]
    evidence: list[dict[str, Any]]


@dataclass(frozen=True)
class Hop:
    """A step from ``start`` to ``end``: the relations between them and the figures that join them."""

    start: str
    end: str
    links: tuple[Link, ...]
    figures: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Connection:
    """A chain of entities from the first to the last, one ``Hop`` per consecutive pair."""

    nodes: tuple[str, ...]
    hops: tuple[Hop, ...]

    def __len__(self) -> int:
        return len(self.hops)

    def to_dict(self) -> dict[str, Any]:
        """Plain data (lists and dicts), for JSON."""
        return asdict(self)


def kind_name(name: str) -> str:
    """The kind called ``name`` (case-insensitive); an unknown one lists the kinds.

    Examples
    --------
    >>> kind_name("event")
    'Event'
    """
    for kind in Kind:
        if kind.value.casefold() == name.strip().casefold():
            return kind.value
    raise UnknownNameError(unknown_name_message("entity kind", name, [k.value for k in Kind]))


def shortest_paths(
    graph: nx.MultiDiGraph,
    source: str,
    target: str,
    *,
    max_paths: int = 3,
    via: str | None = None,
) -> list[list[str]]:
    """Up to ``max_paths`` shortest simple paths between two entities, shortest first.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The projection; relations are followed in either direction.
    source, target : str
        Node ids (entity IRIs); ``find_entity`` turns names into them.
    max_paths : int
        How many paths at most.
    via : str, optional
        An entity kind (``Event``, ``Organization``...): only paths that pass through an entity of
        that kind, one path per such entity (a shortest simple path through it, found from the
        shortest paths to either end), shortest first.

    Returns
    -------
    list of list of str
        Node ids from ``source`` to ``target``; empty when they are not connected.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_nodes_from([("ana", {"kind": "Person"}), ("fair", {"kind": "Event"}),
    ...                   ("acme", {"kind": "Organization"}), ("quito", {"kind": "Place"})])
    >>> _ = g.add_edge("ana", "acme", key="worksFor")
    >>> _ = g.add_edge("acme", "quito", key="locatedIn")
    >>> _ = g.add_edge("ana", "fair", key="participatedIn")
    >>> _ = g.add_edge("fair", "quito", key="locatedIn")
    >>> shortest_paths(g, "ana", "quito")
    [['ana', 'acme', 'quito'], ['ana', 'fair', 'quito']]
    >>> shortest_paths(g, "ana", "quito", via="event")
    [['ana', 'fair', 'quito']]
    """
    if max_paths < 1:
        raise ValueError(f"max_paths must be at least 1, not {max_paths}")
    for node in (source, target):
        if node not in graph:
            raise nx.NodeNotFound(f"{node} is not in the graph")
    if source == target:
        return [[source]]
    view = undirected_view(graph)
    if via is None:
        try:
            return [
                list(p) for p in islice(nx.shortest_simple_paths(view, source, target), max_paths)
            ]
        except nx.NetworkXNoPath:
            return []
    return _paths_via(graph, view, source, target, kind_name(via), max_paths)


def _paths_via(
    graph: nx.MultiDiGraph, view: nx.Graph, source: str, target: str, kind: str, max_paths: int
) -> list[list[str]]:
    """For each entity of ``kind``, the shortest path that passes through it; nearest first."""
    from_source = nx.single_source_shortest_path_length(view, source)
    from_target = nx.single_source_shortest_path_length(view, target)
    # the graph's node order is sorted, so ties resolve the same way on every run
    middles = sorted(
        (from_source[n] + from_target[n], n)
        for n in view
        if n in from_source
        and n in from_target
        and n not in (source, target)
        and graph.nodes[n].get("kind", Kind.OTHER.value) == kind
    )
    paths: list[list[str]] = []
    for bound, middle in middles:
        # a middle whose lower bound exceeds the paths already kept cannot improve them
        if len(paths) >= max_paths and bound > len(paths[max_paths - 1]) - 1:
            break
        path = _through(view, source, middle, target)
        if path is not None and path not in paths:
            paths.append(path)
            paths.sort(key=len)
    return paths[:max_paths]


def _through(view: nx.Graph, source: str, middle: str, target: str) -> list[str] | None:
    """A short simple path source -> middle -> target, or None when there is none.

    One half is a shortest path that avoids the far end; the other, a shortest path that avoids the
    first half. Both orders are tried and the shorter result kept, which is a shortest path through
    ``middle`` whenever the two shortest halves do not cross (and close to one when they do).
    """
    found = [
        path
        for path in (
            _halves(view, source, middle, target),
            _reverse(_halves(view, target, middle, source)),
        )
        if path is not None
    ]
    return min(found, key=len) if found else None


def _halves(view: nx.Graph, start: str, middle: str, end: str) -> list[str] | None:
    try:
        first: list[str] = nx.shortest_path(nx.restricted_view(view, [end], []), start, middle)
        rest = nx.restricted_view(view, first[:-1], [])
        second: list[str] = nx.shortest_path(rest, middle, end)
    except nx.NetworkXNoPath:
        return None
    return first + second[1:]


def _reverse(path: list[str] | None) -> list[str] | None:
    return None if path is None else path[::-1]


def describe_path(graph: nx.MultiDiGraph, nodes: list[str]) -> Connection:
    """The relations, qualifiers, figures and evidence along a path of node ids.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("branch", "company", key="partOf", label="partOf", qualifiers={},
    ...                evidence=[{"sentence": "The branch belongs to the company."}])
    >>> hop = describe_path(g, ["company", "branch"]).hops[0]
    >>> link = hop.links[0]
    >>> link.subject, link.label, link.forward, link.evidence[0]["sentence"]
    ('branch', 'partOf', False, 'The branch belongs to the company.')
    """
    hops = []
    for start, end in pairwise(nodes):
        links = link_between(graph, start, end)
        if not links:
            raise nx.NetworkXNoPath(f"{start} and {end} are not related")
        figures = [
            {**figure, "about": about}
            for about, other in ((start, end), (end, start))
            for figure in graph.nodes[about].get("figures", [])
            if figure.get("place") == other
        ]
        hops.append(Hop(start, end, links, tuple(figures)))
    return Connection(tuple(nodes), tuple(hops))


def connections(
    graph: nx.MultiDiGraph,
    source: str,
    target: str,
    *,
    max_paths: int = 3,
    via: str | None = None,
) -> list[Connection]:
    """``shortest_paths`` described hop by hop (see ``describe_path``)."""
    return [
        describe_path(graph, path)
        for path in shortest_paths(graph, source, target, max_paths=max_paths, via=via)
    ]


def connection_subgraph(graph: nx.MultiDiGraph, found: list[Connection]) -> nx.MultiDiGraph:
    """The entities and relations of some connections, with all their attributes, for a view.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", key="partOf", label="partOf")
    >>> _ = g.add_edge("b", "c", key="locatedIn", label="locatedIn")
    >>> _ = g.add_edge("a", "d", key="locatedIn", label="locatedIn")
    >>> sorted(connection_subgraph(g, connections(g, "a", "c")).edges(keys=True))
    [('a', 'b', 'partOf'), ('b', 'c', 'locatedIn')]
    """
    sub = nx.MultiDiGraph()
    for connection in found:
        for node in connection.nodes:
            sub.add_node(node, **graph.nodes[node])
        for hop in connection.hops:
            for u, v in ((hop.start, hop.end), (hop.end, hop.start)):
                for key, data in graph.get_edge_data(u, v, default={}).items():
                    sub.add_edge(u, v, key=key, **data)
    return sub


def link_between(graph: nx.MultiDiGraph, start: str, end: str) -> tuple[Link, ...]:
    """Every relation stated between two entities, those from ``start`` to ``end`` first.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", key="operatesIn", label="operatesIn")
    >>> _ = g.add_edge("b", "a", key="relatedTo", label="relatedTo")
    >>> [(link.label, link.forward) for link in link_between(g, "a", "b")]
    [('operatesIn', True), ('relatedTo', False)]
    """
    links = [
        _link(start, end, key, data, forward=True)
        for key, data in sorted(graph.get_edge_data(start, end, default={}).items())
    ]
    links += [
        _link(end, start, key, data, forward=False)
        for key, data in sorted(graph.get_edge_data(end, start, default={}).items())
    ]
    return tuple(links)


def _link(subject: str, obj: str, key: str, data: dict[str, Any], *, forward: bool) -> Link:
    return Link(
        subject=subject,
        label=str(data.get("label", key)),
        object=obj,
        forward=forward,
        statement=data.get("statement"),
        qualifiers=dict(data.get("qualifiers", {})),
        evidence=list(data.get("evidence", [])),
    )
