"""render/: the graph as an interactive HTML network (pyvis, vis-network inlined: opens offline).

Input: the networkx projection (``kgbuilder.analyze``) or a store. Output: one self-contained
HTML file with search, filters, neighbourhood highlight and an evidence panel whose citations are
ready to copy. ``select`` chooses the part of the graph to show, ``layout`` places big graphs,
``payload`` prepares what the page knows, ``html`` writes it, ``view`` does all of it in one call.
"""

from kgbuilder.render.html import render_html, write_html
from kgbuilder.render.layout import spread_layout
from kgbuilder.render.select import from_query, restrict
from kgbuilder.render.view import RenderedView, ViewRequest, select_view, view_html, write_view

__all__ = [
    "RenderedView",
    "ViewRequest",
    "from_query",
    "render_html",
    "restrict",
    "select_view",
    "spread_layout",
    "view_html",
    "write_html",
    "write_view",
]
