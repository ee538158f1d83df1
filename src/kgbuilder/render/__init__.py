"""render/: the graph as an interactive HTML network (pyvis, vis-network inlined: opens offline).

Input: the networkx projection (``kgbuilder.analyze``). Output: one self-contained HTML file.
"""

from kgbuilder.render.html import render_html, write_html

__all__ = ["render_html", "write_html"]
