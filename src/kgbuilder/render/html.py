"""The HTML network view: pyvis holds the nodes, edges and options; our template writes the page.

The page is one file with vis-network's script and style inlined from the installed pyvis package
and no external URL, so it opens offline. Names and labels come from untrusted documents: they
reach the page only as JSON inside a script (``<``, ``>``, ``&`` escaped) and are shown with
``textContent``, never as HTML.
"""

from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
from jinja2 import Environment, PackageLoader, select_autoescape
from pyvis.network import Network

from kgbuilder.atomic import write_atomic
from kgbuilder.render.style import KIND_STYLE

VIS_VERSION = "9.1.2"


def _vis_asset(name: str) -> str:
    text = (
        resources.files("pyvis")
        .joinpath("templates", "lib", f"vis-{VIS_VERSION}", name)
        .read_text("utf-8")
    )
    return text.replace("</script", "<\\/script").replace("</style", "<\\/style")


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("kgbuilder.render", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
    )
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    return env


def build_network(graph: nx.MultiDiGraph, *, physics: bool = True) -> Network:
    """A pyvis ``Network`` of the projection: nodes coloured and shaped by kind, sized by degree."""
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    # Fill pyvis's lists directly: Network.add_edge scans every edge (quadratic on big graphs).
    for node, data in sorted(graph.nodes(data=True)):
        colour, shape = KIND_STYLE.get(data.get("kind", "Other"), KIND_STYLE["Other"])
        degree = graph.degree(node)
        net.nodes.append(
            {
                "id": node,
                "label": data.get("label", node),
                "kind": data.get("kind", "Other"),
                "aliases": data.get("aliases", []),
                "same_as": data.get("same_as", []),
                "color": colour,
                "shape": shape,
                "size": round(10 + 4 * math.sqrt(degree), 2),
                "title": f"{data.get('label', node)} ({data.get('kind', 'Other')})",
            }
        )
        net.node_ids.append(node)
        net.node_map[node] = net.nodes[-1]
    for index, (source, target, key, data) in enumerate(sorted(graph.edges(keys=True, data=True))):
        net.edges.append(
            {
                "id": f"e{index}",
                "from": source,
                "to": target,
                "label": data.get("label", key),
                "arrows": "to",
                "statement": data.get("statement"),
            }
        )
    net.set_options(
        json.dumps(
            {
                "physics": {
                    "enabled": physics,
                    "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": True, "iterations": 300},
                },
                "edges": {
                    "font": {"size": 10, "align": "middle"},
                    "color": {"color": "#999999"},
                    "smooth": False,
                },
                "nodes": {"font": {"size": 14}},
                "interaction": {"hover": True, "navigationButtons": False, "keyboard": True},
            }
        )
    )
    return net


def render_html(
    graph: nx.MultiDiGraph, *, title: str = "kgbuilder graph", physics: bool = True
) -> str:
    """The page for a projection, as a string."""
    net = build_network(graph, physics=physics)
    nodes, edges, _, _, _, options = net.get_network_data()
    kinds = sorted({n["kind"] for n in nodes})
    legend = [
        {"kind": k, "color": KIND_STYLE[k][0], "shape": KIND_STYLE[k][1]}
        for k in kinds
        if k in KIND_STYLE
    ]
    template = _environment().get_template("graph.html.j2")
    context: dict[str, Any] = {
        "title": title,
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "legend": legend,
        "vis_js": _vis_asset("vis-network.min.js"),
        "vis_css": _vis_asset("vis-network.css"),
    }
    return template.render(**context)


def write_html(
    graph: nx.MultiDiGraph, path: Path, *, title: str = "kgbuilder graph", physics: bool = True
) -> Path:
    """Write the page atomically; returns its path."""
    write_atomic(path, render_html(graph, title=title, physics=physics))
    return path
