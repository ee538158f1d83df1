"""What an update of some named graphs changed in their union: the statements that came in and
those that left.

Validation and the union file (``graph.ttl``) see the union, where a statement is one statement
however many graphs hold it: a quad moved between graphs, or one graph's copy of a statement that
others hold too, changes nothing there. Input: the update's ``GraphDelta`` and the store after it.
Output: the statements whose presence in the union changed, with the terms as the store keeps
them (a typed literal's canonical value: ``"0.900"^^xsd:decimal`` is ``"0.9"``), so that they
compare equal to what is read back from the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from kgbuilder.store.oxigraph import GraphDelta, OxigraphStore

#: a statement of the union of the named graphs: subject, predicate, object (pyoxigraph terms)
Statement = tuple[object, object, object]


@dataclass(frozen=True)
class UnionChange:
    """The statements that came into the union of the graphs, and those that left it."""

    entered: list[Statement] = field(default_factory=list)
    left: list[Statement] = field(default_factory=list)


def union_change(store: OxigraphStore, delta: GraphDelta) -> UnionChange:
    """Compare, for each statement of the delta, the graphs that hold it now and held it before."""
    removed_from: dict[Statement, set[str]] = {}
    added_to: dict[Statement, set[str]] = {}
    added = ox.Store()  # the removed quads were read from the store; the added ones are made so
    added.extend(delta.added)
    for quads, into in (
        (delta.removed, removed_from),
        (added.quads_for_pattern(None, None, None, None), added_to),
    ):
        for q in quads:
            into.setdefault((q.subject, q.predicate, q.object), set()).add(str(q.graph_name))
    change = UnionChange()
    for statement in sorted(removed_from.keys() | added_to.keys(), key=str):
        given = added_to.get(statement, set())
        if statement in removed_from:  # in the union before; now too if a graph got it
            if not given and not _held(store, statement, besides=set()):
                change.left.append(statement)
        elif not _held(store, statement, besides=given):  # only the new copies hold it
            change.entered.append(statement)
    return change


def _held(store: OxigraphStore, statement: Statement, *, besides: set[str]) -> bool:
    """Whether a graph other than ``besides`` holds the statement now (stops at the first one:
    a statement most documents share, an entity's type, costs one look, not one per graph)."""
    for quad in store.oxigraph.quads_for_pattern(*statement):  # type: ignore[arg-type]
        if str(quad.graph_name) not in besides:
            return True
    return False
