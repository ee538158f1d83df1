"""Validation of an incremental build: only the focus nodes a change can reach are checked again.

A build that changed a few graphs in place knows the statements that came into or left the union
of the graphs (``store.union_change``). A check of the shapes reads, for one focus node: the node's own
statements, the classes of its values (their ``rdf:type`` and the ``rdfs:subClassOf``
hierarchy), and the reified statements that name it as their ``rdf:subject`` (the SPARQL
constraint on provenance). So the nodes whose results can differ are the subjects and objects of
the changed statements, the nodes that point to a node whose types changed, and the nodes the
changed subjects point to (``focus_nodes``). Those nodes, with everything their checks read, are
copied into a small in-memory store (``focus_subgraph``), the unchanged checks run there, and
their violations replace the last build's for those nodes; every other node keeps its own.
The tests compare the result with a full validation, and check that the shapes read no other
reverse link than ``rdf:subject``.

The last result is kept in ``OUT/cache/validation.json`` with the fingerprints of the graphs it
describes; anything that does not match (no saved result, another store content, other shapes or
engine, a change to the class hierarchy, a blank node to check) runs the full validation.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kgbuilder.atomic import write_atomic
from kgbuilder.model.validate import ValidationResult, Violation, shapes_text, validate_store
from kgbuilder.scale.fingerprint import graphs_digest
from kgbuilder.store.base import GraphStore
from kgbuilder.store.oxigraph import OxigraphStore
from kgbuilder.store.union_change import UnionChange

RESULT_FORMAT = 1
#: the last build's validation result, under ``OUT/cache``
VALIDATION_FILE = "validation.json"
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_SUBCLASS = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
#: the one link the shapes follow backwards: a reified statement to the node it is about
_RDF_SUBJECT = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
#: above this many nodes to check again, the full validation is as quick
MAX_FOCUS = 50_000


@dataclass(frozen=True)
class Revalidation:
    """A validation result and how it was reached: ``checked`` nodes again, or None for all;
    ``keep`` saves it for the next build."""

    result: ValidationResult
    checked: int | None
    saved: Path
    digest: str

    def keep(self, triples: int | None = None) -> None:
        """Save the result (with ``triples``, the number of statements checked, when the caller
        counted them) for the next build's validation."""
        if triples is not None:
            self.result.triples = triples
        _save(self.saved, self.digest, self.result)


def store_digest(prints: Mapping[str, str], engine: str) -> str:
    """What a saved result describes: every graph's fingerprint, the shapes and the engine."""
    digest = hashlib.sha256(engine.encode())
    digest.update(shapes_text().encode())
    digest.update(graphs_digest(prints).encode())
    return digest.hexdigest()


def validate_build(
    store: GraphStore,
    saved: Path,
    prints: Mapping[str, str],
    *,
    engine: str = "sparql",
    previous_prints: Mapping[str, str] | None = None,
    change: UnionChange | None = None,
    threads: int = 1,
    keep: bool = True,
) -> Revalidation:
    """Validate the store of a build; incrementally when the last result and the change allow
    (a full validation runs ``threads`` checks at once). Without ``keep``, the statements are not
    counted (a DISTINCT over the union: a second at a thousand documents) and the result is not
    saved: the caller, which counts them for its report anyway, calls ``keep`` with the number."""
    result: ValidationResult | None = None
    checked: int | None = None
    last = _load(saved)
    if (
        last is not None
        and change is not None
        and previous_prints is not None
        and engine == "sparql"
        and isinstance(store, OxigraphStore)
        and last[0] == store_digest(previous_prints, engine)
    ):
        focus = focus_nodes(store, change)
        if focus is not None:
            result = _revalidate(store, last[1], focus, change)
            checked = len(focus)
    if result is None:
        saved.unlink(missing_ok=True)
        result = validate_store(store, engine=engine, threads=threads, count=keep)
    done = Revalidation(result, checked, saved, store_digest(prints, engine))
    if keep:
        done.keep()
    return done


def focus_nodes(store: OxigraphStore, change: UnionChange) -> set[ox.NamedNode] | None:
    """The nodes whose results a change can alter (see the module docstring); None when a full
    validation is needed."""
    changed = [*change.entered, *change.left]
    if any(p == _SUBCLASS for _, p, _ in changed):
        return None  # the class hierarchy: any node's targets and value classes
    subjects = {s for s, _, _ in changed}
    focus: set[object] = {*subjects, *(o for _, _, o in changed)}
    for node in {s for s, p, _ in changed if p == _RDF_TYPE}:
        focus.update(q.subject for q in store.oxigraph.quads_for_pattern(None, None, node))  # type: ignore[arg-type]
    for node in subjects:
        focus.update(q.object for q in store.oxigraph.quads_for_pattern(node, None, None))  # type: ignore[arg-type]
    nodes = {n for n in focus if not isinstance(n, ox.Literal)}
    if len(nodes) > MAX_FOCUS or not all(isinstance(n, ox.NamedNode) for n in nodes):
        return None
    return {n for n in nodes if isinstance(n, ox.NamedNode)}


def focus_subgraph(store: OxigraphStore, focus: set[ox.NamedNode]) -> OxigraphStore:
    """An in-memory store with every statement the checks of ``focus`` read (one copy of each:
    the union's view), so that they give there the answers they give over the whole store."""
    found = store.oxigraph
    statements: set[tuple[object, object, object]] = set()

    def add_all(nodes: Iterable[object], predicate: ox.NamedNode | None = None) -> set[object]:
        """Add the statements of ``nodes`` (of one predicate); their distinct objects."""
        objects: set[object] = set()
        for node in nodes:
            for q in found.quads_for_pattern(node, predicate, None):  # type: ignore[arg-type]
                statements.add((q.subject, q.predicate, q.object))
                objects.add(q.object)
        return objects

    statements_about = {
        link.subject for node in focus for link in found.quads_for_pattern(None, _RDF_SUBJECT, node)
    }
    values = add_all(focus) | add_all(statements_about - set(focus))
    add_all({v for v in values if not isinstance(v, ox.Literal)} - set(focus), _RDF_TYPE)
    for q in found.quads_for_pattern(None, _SUBCLASS, None):
        statements.add((q.subject, q.predicate, q.object))
    small = OxigraphStore()
    graph = ox.NamedNode("urn:x-kgbuilder:focus")
    small.oxigraph.extend(ox.Quad(s, p, o, graph) for s, p, o in statements)  # type: ignore[arg-type]
    return small


def _revalidate(
    store: OxigraphStore, last: ValidationResult, focus: set[ox.NamedNode], change: UnionChange
) -> ValidationResult:
    from kgbuilder.model.shacl_sparql import run_checks

    names = {n.value for n in focus}
    fresh = run_checks(focus_subgraph(store, focus), count=False)
    found = [v for v in fresh.violations if v.focus in names]
    kept = [v for v in last.violations if v.focus not in names]
    violations = sorted([*kept, *found], key=_order)
    conforms = not any(v.severity == "Violation" for v in violations)
    triples = last.triples + len(change.entered) - len(change.left)
    return ValidationResult(conforms=conforms, violations=violations, triples=triples)


def _order(v: Violation) -> tuple[str, str, str, str, str]:
    return (v.severity, v.focus, v.path or "", v.message, v.value or "")


def _load(path: Path) -> tuple[str, ValidationResult] | None:
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != RESULT_FORMAT:
        return None
    try:
        result = ValidationResult(
            conforms=bool(data["conforms"]),
            violations=[Violation(**v) for v in data["violations"]],
            triples=int(data["triples"]),
        )
    except (KeyError, TypeError, ValueError):
        return None
    return str(data["digest"]), result


def _save(path: Path, digest: str, result: ValidationResult) -> None:
    data = {
        "format": RESULT_FORMAT,
        "digest": digest,
        "conforms": result.conforms,
        "triples": result.triples,
        "violations": [v.to_dict() for v in result.violations],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps(data) + "\n")
