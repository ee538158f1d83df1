"""The HTML network view: pyvis holds the nodes, edges and options; our template writes the page.

The page is one file: vis-network's script and style are inlined from the installed pyvis
package, the explorer's own script and style (search, filters, highlight, evidence panel) from
this package, and nothing is loaded from anywhere else, so it opens offline, years later.

Names, sentences and titles come from untrusted documents: they reach the page only as JSON inside
a ``<script type="application/json">`` (``<``, ``>``, ``&`` and ``'`` escaped) and the page shows
them with ``textContent``, never as HTML; only http(s) addresses become links.

Small graphs are laid out by vis-network's physics (seeded, then frozen); above ``big_above``
nodes the positions come from ``kgbuilder.render.layout`` and physics is off, labels appear as
one zooms in, and edges are hidden while the view moves.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, PackageLoader, select_autoescape
from pyvis.network import Network

from kgbuilder._version import __version__
from kgbuilder.atomic import write_atomic
from kgbuilder.render.layout import spread_layout
from kgbuilder.render.layout_cache import LayoutCache
from kgbuilder.render.payload import Payload, build_payload
from kgbuilder.render.sources import SourceInfo
from kgbuilder.render.style import KIND_STYLE, node_colour

VIS_VERSION = "9.1.2"
#: above this many nodes, positions are computed in Python and physics is off
BIG_GRAPH_NODES = 500
LAYOUT_SEED = 7
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"


def _inline(text: str) -> str:
    """Text that can sit inside <script> or <style> without closing it."""
    return text.replace("</script", "<\\/script").replace("</style", "<\\/style")


def _vis_asset(name: str) -> str:
    lib = resources.files("pyvis").joinpath("templates", "lib", f"vis-{VIS_VERSION}", name)
    return _inline(lib.read_text("utf-8"))


def _own_asset(name: str) -> str:
    return _inline(
        resources.files("kgbuilder.render").joinpath("templates", name).read_text("utf-8")
    )


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("kgbuilder.render", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
    )
    # Every dict of the page data is built in a fixed order, so the JSON is the same on every
    # build without sorting keys (which costs a third of the time on a big graph).
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    return env


def vis_options(*, big: bool) -> dict[str, Any]:
    """vis-network options: physics for small graphs; fixed positions and zoom labels for big ones."""
    font = {"face": FONT, "color": "#1f2328", "strokeWidth": 4, "strokeColor": "#ffffff"}
    options: dict[str, Any] = {
        "autoResize": True,
        "nodes": {
            "borderWidth": 1.5,
            "font": font | {"size": 14},
            "scaling": {"min": 10, "max": 34, "label": {"enabled": False}},
            "widthConstraint": {"maximum": 180},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
            "color": {"color": "#9aa3ad", "highlight": "#3b4250", "hover": "#5c6570"},
            "font": font
            | {"size": 11, "color": "#57606a", "strokeWidth": 3, "align": "horizontal"},
            "width": 1.2,
            "selectionWidth": 1.5,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 200,
            "keyboard": {"enabled": True, "bindToWindow": False},
            "navigationButtons": False,
            "multiselect": False,
        },
    }
    options["groups"] = {
        kind: {"color": node_colour(colour), "shape": shape}
        for kind, (colour, shape) in KIND_STYLE.items()
    }
    if big:
        options["layout"] = {"improvedLayout": False}
        options["physics"] = {"enabled": False}
        options["nodes"]["scaling"] = {
            "min": 5,
            "max": 22,
            "label": {"enabled": True, "min": 9, "max": 30, "drawThreshold": 8, "maxVisible": 22},
        }
        options["nodes"]["font"]["strokeWidth"] = 3
        # Arrows and hairline widths double the cost of drawing 10,000s of edges: in big graphs
        # the arrows are drawn on the edges of the selected entity only (see explorer.js).
        options["edges"]["smooth"] = False
        options["edges"]["arrows"]["to"] = {"enabled": False, "scaleFactor": 0.5}
        options["edges"]["width"] = 1
        options["edges"]["font"]["size"] = 9
        options["edges"]["scaling"] = {"label": {"drawThreshold": 9}}
        options["interaction"] |= {"hideEdgesOnDrag": True, "hideEdgesOnZoom": True}
    else:
        options["layout"] = {"randomSeed": LAYOUT_SEED, "improvedLayout": True}
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -70,
                "centralGravity": 0.012,
                "springLength": 110,
                "springConstant": 0.06,
                "avoidOverlap": 0.5,
            },
            "stabilization": {"enabled": True, "iterations": 600, "fit": True},
        }
        options["edges"]["smooth"] = {"enabled": True, "type": "continuous", "roundness": 0.3}
    return options


def build_network(payload: Payload, *, big: bool) -> Network:
    """A pyvis ``Network`` holding the page's nodes, edges and options.

    pyvis's lists are filled directly: ``Network.add_edge`` scans every edge before adding one,
    which makes big graphs quadratic to build.
    """
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    net.nodes.extend(payload.nodes)
    net.node_ids.extend(node["id"] for node in payload.nodes)
    net.node_map.update((node["id"], node) for node in payload.nodes)
    net.edges.extend(payload.edges)
    net.options = vis_options(big=big)  # a dict: pyvis's set_options would strip the spaces
    return net


def render_html(
    graph: nx.MultiDiGraph,
    *,
    title: str = "kgbuilder graph",
    caption: str | None = None,
    sources: Mapping[str, SourceInfo] | None = None,
    size_by: str = "auto",
    big: bool | None = None,
    big_above: int = BIG_GRAPH_NODES,
    layouts: LayoutCache | None = None,
) -> str:
    """The page for a projection (or a part of it), as a string.

    ``big`` forces or forbids big-graph mode; by default it is on above ``big_above`` nodes.
    ``caption`` says what part of the graph is shown (a focus, a query). ``layouts`` keeps a
    big picture's positions for the next page of the same shape.
    """
    if big is None:
        big = graph.number_of_nodes() > big_above
    positions = None
    if big:
        positions = (
            layouts.positions(graph, seed=LAYOUT_SEED)
            if layouts is not None
            else spread_layout(graph, seed=LAYOUT_SEED)
        )
    payload = build_payload(
        graph, positions=positions, sources=sources, size_by=size_by, curved=not big
    )
    net = build_network(payload, big=big)
    nodes, edges, _, _, _, options = net.get_network_data()
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "documents": payload.documents,
        "kinds": payload.kinds,
        "relations": payload.relations,
        "years": payload.years,
        "sizeBy": payload.size_by,
        "mode": "big" if big else "small",
        "title": title,
        "caption": caption,
    }
    scripts = {"vis_js": _vis_asset("vis-network.min.js"), "app_js": _own_asset("explorer.js")}
    template = _environment().get_template("graph.html.j2")
    return template.render(
        title=title,
        caption=caption,
        generator=f"kgbuilder {__version__}",
        data=data,
        counts={"nodes": len(nodes), "edges": len(edges)},
        vis_css=_vis_asset("vis-network.css"),
        app_css=_own_asset("explorer.css"),
        script_hashes=" ".join(f"'{_csp_hash(text)}'" for text in scripts.values()),
        **scripts,
    )


def _csp_hash(script: str) -> str:
    """The Content-Security-Policy source that allows exactly this inline script and no other.

    With it, a ``<script>`` or an ``onerror=`` attribute that slipped into the page would not run.
    """
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def write_html(
    graph: nx.MultiDiGraph,
    path: Path,
    *,
    title: str = "kgbuilder graph",
    caption: str | None = None,
    sources: Mapping[str, SourceInfo] | None = None,
    size_by: str = "auto",
    big: bool | None = None,
    big_above: int = BIG_GRAPH_NODES,
) -> Path:
    """Write the page atomically (options as for ``render_html``); returns its path."""
    page = render_html(
        graph,
        title=title,
        caption=caption,
        sources=sources,
        size_by=size_by,
        big=big,
        big_above=big_above,
    )
    write_atomic(path, page)
    return path
