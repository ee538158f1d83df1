"""One call from a built graph to a written page: choose the part to show, then render it.

Input: a ``GraphStore`` (or an already projected graph) and a ``ViewRequest`` (focus and depth,
kinds, relations, a query's answer). Output: the page, on disk (``write_view``) or as a string
(``view_html``, for the endpoint's "show as network"), and a ``RenderedView`` that says what it
holds. ``kgbuilder render``, ``kgbuilder build`` and the Python API all come here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import networkx as nx

from kgbuilder.analyze.lookup import find_entity
from kgbuilder.analyze.neighbors import ego_network
from kgbuilder.analyze.projection import to_networkx
from kgbuilder.atomic import write_atomic
from kgbuilder.errors import ConfigError
from kgbuilder.render.html import BIG_GRAPH_NODES, render_html
from kgbuilder.render.layout_cache import LayoutCache
from kgbuilder.render.select import from_query, restrict
from kgbuilder.render.sources import source_catalogue
from kgbuilder.store.base import GraphStore
from kgbuilder.store.results import QueryResult


@dataclass(frozen=True)
class ViewRequest:
    """Which part of the graph to show; the default shows all of it.

    Applied in this order: the query's answer (if any), then kinds and relations, then the focus,
    so a neighbourhood is walked only through the kinds and relations kept.
    """

    focus: str | None = None  # an entity's IRI, name or alias
    depth: int = 1
    kinds: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    query: QueryResult | None = None
    query_name: str | None = None  # how to name the query in the page's caption


@dataclass(frozen=True)
class RenderedView:
    """What was written: where, how many entities and relations, and whether in big-graph mode."""

    path: Path | None  # None for a page returned as a string
    nodes: int
    edges: int
    big: bool
    caption: str | None


def select_view(graph: nx.MultiDiGraph, request: ViewRequest) -> tuple[nx.MultiDiGraph, str | None]:
    """The part of ``graph`` the request names, and a caption that says which part it is.

    Nodes keep a ``degree`` from the whole graph (unless they carry one already), so that an
    entity is drawn as big in a focus view as in the full view.
    """
    degrees = dict(graph.degree())
    view = graph
    caption: list[str] = []
    if request.query is not None:
        view = from_query(graph, request.query)
        caption.append(f"Query: {request.query_name or 'SPARQL'}")
    if request.kinds or request.relations:
        view = restrict(view, kinds=request.kinds, relations=request.relations)
        if request.kinds:
            caption.append("Kinds: " + ", ".join(request.kinds))
        if request.relations:
            caption.append("Relations: " + ", ".join(request.relations))
    if request.focus is not None:
        if request.depth < 0:
            raise ConfigError(f"depth must be 0 or more, not {request.depth}")
        center = find_entity(graph, request.focus)
        if center not in view:
            raise ConfigError(
                f"{graph.nodes[center].get('label', center)!r} is not in the view "
                "(the kinds, relations or query leave it out)"
            )
        view = ego_network(view, center, depth=request.depth)
        hops = "link" if request.depth == 1 else "links"
        caption.insert(
            0, f"Around {graph.nodes[center].get('label', center)}, {request.depth} {hops}"
        )
    if view is graph:
        view = graph.copy()
    for node, data in view.nodes(data=True):
        data.setdefault("degree", degrees.get(node, 0))
    return view, " · ".join(caption) or None


def view_html(
    store: GraphStore,
    request: ViewRequest | None = None,
    *,
    title: str = "kgbuilder graph",
    size_by: str = "auto",
    big_above: int = BIG_GRAPH_NODES,
    graph: nx.MultiDiGraph | None = None,
    layouts: LayoutCache | None = None,
) -> tuple[str, RenderedView]:
    """The page of the requested part of the store's graph, as a string (for an HTTP answer).

    ``graph`` is the store's projection when the caller has it already; ``layouts`` keeps the
    positions of a big picture for the next build. The returned ``RenderedView`` has no path.
    """
    projection = graph if graph is not None else to_networkx(store)
    view, caption = select_view(projection, request or ViewRequest())
    big = view.number_of_nodes() > big_above
    page = render_html(
        view,
        title=title,
        caption=caption,
        sources=source_catalogue(store),
        size_by=size_by,
        big=big,
        layouts=layouts,
    )
    return page, RenderedView(None, view.number_of_nodes(), view.number_of_edges(), big, caption)


def write_view(
    store: GraphStore,
    path: Path,
    request: ViewRequest | None = None,
    *,
    title: str = "kgbuilder graph",
    size_by: str = "auto",
    big_above: int = BIG_GRAPH_NODES,
    graph: nx.MultiDiGraph | None = None,
    layouts: LayoutCache | None = None,
) -> RenderedView:
    """Write the page of the requested part of the store's graph, atomically."""
    page, rendered = view_html(
        store,
        request,
        title=title,
        size_by=size_by,
        big_above=big_above,
        graph=graph,
        layouts=layouts,
    )
    write_atomic(path, page)
    return replace(rendered, path=path)
