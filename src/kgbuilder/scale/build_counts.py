"""The report's counts of a build (``stats.graph_counts``), brought up to date from the last
build's when only some graphs changed.

Counting the whole store takes seconds at a thousand documents (four scans, one of them a
DISTINCT over the union), most of an incremental build's budget. What the counts are made of
changes with the build in known ways: each named graph's statements per predicate are counted
again for the graphs written (the other graphs are as they were); the union's distinct statements
and the subjects of each class move by the statements that came into or left the union
(``store.union_change``: a ``(s, rdf:type, C)`` statement entering the union is one more subject
of ``C``, since it was not there before). The totals per graph and per predicate are sums over
the graphs.

The last counts are kept in ``OUT/cache/counts.json`` with the digest of the graphs they describe
(``scale.fingerprint.graphs_digest``); anything that does not match (no saved counts, another
store content, no known change) counts the whole store. The tests compare both ways after
incremental builds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kgbuilder.analyze.projection_input import select_values
from kgbuilder.scale.fingerprint import graphs_digest
from kgbuilder.scale.kept_files import read_kept, write_kept
from kgbuilder.scale.sorted_graphs import SORTED_FOLDER, UNION_FOLDER
from kgbuilder.scale.spliced_files import UnionChunks
from kgbuilder.stats import DISTINCT_TRIPLES, PER_CLASS
from kgbuilder.store.oxigraph import OxigraphStore
from kgbuilder.store.union_change import UnionChange

COUNTS_FORMAT = 1
#: the last build's counts, under ``OUT/cache``
COUNTS_FILE = "counts.json"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_PER_GRAPH_PREDICATE = (
    "SELECT ?g ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ?p"
)

#: graph IRI -> predicate IRI -> statements of that predicate in that graph
PerGraph = dict[str, dict[str, int]]


class _Tally:
    """What the report's counts are made from, in the form that can be updated."""

    def __init__(self, per_graph: PerGraph, classes: dict[str, int], triples: int) -> None:
        self.per_graph = per_graph
        self.classes = classes
        self.triples = triples

    def report(self) -> dict[str, Any]:
        """The counts as ``stats.graph_counts`` gives them (zero counts are not listed)."""
        sizes = {g: sum(p.values()) for g, p in self.per_graph.items()}
        predicates: Counter[str] = Counter()
        for counts in self.per_graph.values():
            predicates.update(counts)
        return {
            "triples": self.triples,
            "quads": sum(sizes.values()),
            "named_graphs": {g: sizes[g] for g in sorted(sizes) if sizes[g]},
            "classes": {c: self.classes[c] for c in sorted(self.classes) if self.classes[c]},
            "predicates": {p: predicates[p] for p in sorted(predicates) if predicates[p]},
        }


def build_counts(
    store: OxigraphStore,
    saved: Path,
    prints: Mapping[str, str],
    *,
    previous_prints: Mapping[str, str] | None = None,
    change: UnionChange | None = None,
    written: Iterable[str] = (),
    before_union: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """The counts of a build's store; from the last build's when they describe
    ``previous_prints`` and the build says what it changed (``change``, the graphs ``written``
    or removed). Counted afresh, the union's size is read from the export's union chunks:
    ``before_union`` is called first (the build waits there for an export still writing
    them), after the queries per graph and per class."""
    tally: _Tally | None = None
    last = _load(saved)
    if (
        last is not None
        and change is not None
        and previous_prints is not None
        and last[0] == graphs_digest(previous_prints)
    ):
        tally = _updated(store, last[1], prints, change, written)
    if tally is None:
        saved.unlink(missing_ok=True)

        def union_size() -> int | None:
            if before_union is not None:
                before_union()
            return _union_size(saved.parent, prints)

        tally = _counted(store, union_size)
    _save(saved, graphs_digest(prints), tally)
    return tally.report()


def _counted(store: OxigraphStore, union_size: Callable[[], int | None]) -> _Tally:
    """Count the whole store; the union's distinct statements are ``union_size()`` when the
    export has counted them already, else a DISTINCT over the union (which holds every
    statement in memory: 300 MB at 6.6 million)."""
    per_graph: PerGraph = {}
    for g, p, n in select_values(store, _PER_GRAPH_PREDICATE):
        per_graph.setdefault(g, {})[p] = int(n)
    classes = {c: int(n) for c, n in select_values(store, PER_CLASS)}
    size = union_size()
    if size is None:
        (total,) = select_values(store, DISTINCT_TRIPLES)[0]
        size = int(total)
    return _Tally(per_graph, classes, size)


def _union_size(cache: Path, prints: Mapping[str, str]) -> int | None:
    """The union's distinct statements, as lines of the sorted union chunks the export wrote for
    exactly these graphs (``spliced_files.UnionChunks``); None when there are none."""
    union = UnionChunks(cache / SORTED_FOLDER / UNION_FOLDER)
    chunks = union.load(graphs_digest(prints))
    if chunks is None:
        return None
    lines = 0
    for _, name in chunks:
        with union.keys_path(name).open("rb") as keys:
            while block := keys.read(1 << 20):
                lines += block.count(b"\n")
    return lines


def _updated(
    store: OxigraphStore,
    last: _Tally,
    prints: Mapping[str, str],
    change: UnionChange,
    written: Iterable[str],
) -> _Tally:
    """The last counts, with the graphs written counted again and the union moved by ``change``."""
    per_graph = {g: counts for g, counts in last.per_graph.items() if g in prints}
    for name in written:
        quads = store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(name))
        per_graph[name] = dict(Counter(q.predicate.value for q in quads))
    classes = dict(last.classes)
    for statements, step in ((change.entered, 1), (change.left, -1)):
        for _, p, o in statements:
            if p == _RDF_TYPE and isinstance(o, ox.NamedNode):
                classes[o.value] = classes.get(o.value, 0) + step
    triples = last.triples + len(change.entered) - len(change.left)
    return _Tally(per_graph, classes, triples)


def _load(path: Path) -> tuple[str, _Tally] | None:
    data = read_kept(path, COUNTS_FORMAT)
    if data is None:
        return None
    try:
        per_graph = {
            str(g): {str(p): int(n) for p, n in counts.items()}
            for g, counts in data["graphs"].items()
        }
        classes = {str(c): int(n) for c, n in data["classes"].items()}
        return str(data["digest"]), _Tally(per_graph, classes, int(data["triples"]))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _save(path: Path, digest: str, tally: _Tally) -> None:
    write_kept(
        path,
        COUNTS_FORMAT,
        digest=digest,
        triples=tally.triples,
        classes=tally.classes,
        graphs=tally.per_graph,
    )
