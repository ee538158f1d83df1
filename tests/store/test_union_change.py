"""What an update changed in the union of the named graphs: only statements no graph held before
(entered) or no graph holds after (left); moves between graphs and literal spellings are no change."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import URIRef

from kgbuilder.store.oxigraph import OxigraphStore, update_graphs_in_place
from kgbuilder.store.union_change import union_change

EX = "http://example.org/"
DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")


def _quad(s: str, o: ox.NamedNode | ox.Literal, graph: str) -> ox.Quad:
    return ox.Quad(ox.NamedNode(EX + s), ox.NamedNode(EX + "p"), o, ox.NamedNode(EX + graph))


def test_union_change_counts_only_what_enters_or_leaves_the_union() -> None:
    store = OxigraphStore()
    shared, moved = ox.NamedNode(EX + "shared"), ox.NamedNode(EX + "moved")
    store.oxigraph.extend(
        [
            _quad("a", shared, "g1"),
            _quad("a", shared, "g2"),  # held by two graphs
            _quad("b", moved, "g1"),  # moves to g2
            _quad("c", ox.Literal("0.9", datatype=DECIMAL), "g1"),  # written again as 0.900
            _quad("d", ox.NamedNode(EX + "gone"), "g1"),  # leaves
        ]
    )
    changes = {
        URIRef(EX + "g1"): [_quad("c", ox.Literal("0.900", datatype=DECIMAL), "g1")],
        URIRef(EX + "g2"): [
            _quad("a", shared, "g2"),
            _quad("b", moved, "g2"),
            _quad("e", ox.NamedNode(EX + "new"), "g2"),  # enters
        ],
    }
    change = union_change(store, update_graphs_in_place(store, changes))
    assert [str(o) for _, _, o in change.entered] == [f"<{EX}new>"]
    assert [str(o) for _, _, o in change.left] == [f"<{EX}gone>"]  # "shared" stays in g2
