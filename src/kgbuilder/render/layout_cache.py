"""The last picture's node positions, kept on disk and reused while the graph keeps its shape.

``spread_layout`` depends only on the graph's nodes, its links (as undirected pairs, without
self-loops) and the seed: not on labels, evidence or counts. Most edits of a document change
those and not the shape (a sentence added, a figure corrected), yet a 3,000-node picture takes
most of a second to lay out. So a build keeps the positions beside a digest of what they depend
on (and of the layout code and numpy's version, which could move them), and the next build
reuses them when the digest is the same: the page is byte for byte what a new layout would give.
Anything else (another shape, a missing or unreadable file) lays the graph out again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Hashable
from pathlib import Path

import networkx as nx
import numpy as np

from kgbuilder.atomic import write_atomic
from kgbuilder.render.layout import spread_layout
from kgbuilder.source_digest import code_digest

Positions = dict[Hashable, tuple[float, float]]


def shape_digest(graph: nx.Graph, seed: int) -> str:
    """A hash of what ``spread_layout(graph, seed=seed)`` depends on, and of the code doing it."""
    digest = hashlib.sha256()
    digest.update(f"{code_digest('render/layout.py')}\0{np.__version__}\0{seed}\0".encode())
    names = {node: str(node) for node in graph}
    for name in sorted(names.values()):
        digest.update(name.encode("utf-8", "surrogatepass") + b"\0")
    digest.update(b"\1")
    links = sorted(
        (a, b) if a < b else (b, a)
        for a, b in ((names[u], names[v]) for u, v in graph.edges())
        if a != b
    )
    for a, b in dict.fromkeys(links):  # parallel and opposite edges are one link
        digest.update(
            a.encode("utf-8", "surrogatepass") + b"\0" + b.encode("utf-8", "surrogatepass") + b"\0"
        )
    return digest.hexdigest()


class LayoutCache:
    """Positions of the last graph laid out, in one JSON file (``OUT/cache/layout.json``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        #: whether the last ``positions`` call found them in the file (None: not called)
        self.reused: bool | None = None

    def positions(self, graph: nx.Graph, *, seed: int) -> Positions:
        """``spread_layout(graph, seed=seed)``, from the file when the graph has the same shape."""
        key = shape_digest(graph, seed)
        kept = self._read(key)
        if kept is not None and all(str(node) in kept for node in graph):
            self.reused = True
            return {node: kept[str(node)] for node in graph}
        self.reused = False
        positions = spread_layout(graph, seed=seed)
        table = {str(node): [x, y] for node, (x, y) in positions.items()}
        with contextlib.suppress(OSError):  # not kept: the next build lays the picture out again
            write_atomic(self.path, json.dumps({"shape": key, "positions": table}))
        return positions

    def _read(self, key: str) -> dict[str, tuple[float, float]] | None:
        """The kept positions if they were made for ``key`` (JSON numbers read back as written:
        whole pixels as ints, floats exactly)."""
        try:
            kept = json.loads(self.path.read_bytes())
            if kept["shape"] != key:
                return None
            table = {name: (x, y) for name, (x, y) in kept["positions"].items()}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        numbers = (int, float)
        if all(isinstance(x, numbers) and isinstance(y, numbers) for x, y in table.values()):
            return table
        return None
