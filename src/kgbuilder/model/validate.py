"""SHACL validation against the shapes shipped in the package.

Two engines give the same answers: ``"sparql"`` (the default) compiles the shapes to SPARQL and
runs them in the store (``shacl_sparql``), fast and without a second copy of the graph;
``"pyshacl"`` runs pySHACL on an rdflib graph, the reference implementation. The result lists each
violation with its focus node, path, value and message, for the build report and
``kgbuilder validate``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kgbuilder.errors import KgbuilderError
from kgbuilder.store.base import GraphStore

SHAPES_FILE = "kgb-shapes.ttl"
ENGINES = ("sparql", "pyshacl")
ONTOLOGY_FILE = "kgb.ttl"


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node broke which constraint, and the shape's message."""

    focus: str
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    path: str | None = None
    value: str | None = None
    shape: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "severity": self.severity,
            "focus": self.focus,
            "path": self.path,
            "value": self.value,
            "message": self.message,
            "shape": self.shape,
        }

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" = {self.value}" if self.value else ""
        return f"{self.severity}: <{self.focus}>{where}{value}: {self.message}"


@dataclass
class ValidationResult:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0  # how many triples were checked

    def to_dict(self) -> dict[str, object]:
        return {
            "conforms": self.conforms,
            "violations": [v.to_dict() for v in self.violations],
        }


@functools.cache
def shapes_text() -> str:
    """The SHACL shapes shipped with the package (Turtle)."""
    return resources.files("kgbuilder.model").joinpath("shapes", SHAPES_FILE).read_text("utf-8")


@functools.cache
def shapes_graph() -> Graph:
    """The SHACL shapes shipped with the package."""
    return Graph().parse(data=shapes_text(), format="turtle")


@functools.cache
def ontology_text() -> str:
    """The project's ontology (Turtle), shipped with the package."""
    return resources.files("kgbuilder.model").joinpath("ontology", ONTOLOGY_FILE).read_text("utf-8")


def validate_graph(data: Graph) -> ValidationResult:
    """Validate an rdflib graph with pySHACL (pass the union of the named graphs)."""
    from pyshacl import validate

    conforms, results_graph, _ = validate(
        data,
        shacl_graph=shapes_graph(),
        inference="none",
        advanced=True,  # SHACL-AF: SPARQL-based targets
        inplace=True,  # no inference runs, so the graph is not changed: no need for a copy
        allow_warnings=True,
        meta_shacl=False,
        js=False,
        iterate_rules=False,
    )
    if not isinstance(results_graph, Graph):  # pyshacl reports a broken shapes graph this way
        raise KgbuilderError(f"SHACL validation could not run: {results_graph}")
    violations = []
    for result in results_graph.subjects(SH.resultSeverity, None):
        values = {
            name: results_graph.value(result, predicate)
            for name, predicate in (
                ("focus", SH.focusNode),
                ("message", SH.resultMessage),
                ("severity", SH.resultSeverity),
                ("path", SH.resultPath),
                ("value", SH.value),
                ("shape", SH.sourceShape),
            )
        }
        text = {name: None if v is None else str(v) for name, v in values.items()}
        violations.append(
            Violation(
                focus=text["focus"] or "",
                message=text["message"] or "constraint violated",
                severity=(text["severity"] or "").rsplit("#", 1)[-1],
                path=text["path"],
                value=text["value"],
                # blank-node shapes have no stable name: keep the names of named shapes only
                shape=text["shape"] if isinstance(values["shape"], URIRef) else None,
            )
        )
    violations.sort(key=lambda v: (v.severity, v.focus, v.path or "", v.message))
    return ValidationResult(conforms=bool(conforms), violations=violations, triples=len(data))


def validate_file(path: Path) -> ValidationResult:
    """Validate an RDF file (any syntax Oxigraph reads; graph names are ignored)."""
    import pyoxigraph as ox

    from kgbuilder.store.terms import from_oxigraph

    if not path.is_file():
        raise KgbuilderError(f"{path}: no such file")
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower())
    if fmt is None:
        raise KgbuilderError(f"{path}: unknown RDF file extension {path.suffix!r}")
    graph = Graph()
    try:
        for quad in ox.parse(path=str(path), format=fmt, base_iri=path.resolve().as_uri()):
            graph.add(
                (
                    from_oxigraph(quad.subject),
                    from_oxigraph(quad.predicate),
                    from_oxigraph(quad.object),
                )
            )
    except SyntaxError as exc:
        raise KgbuilderError(f"{path}:{exc.lineno or '?'}: invalid {fmt.name}: {exc.msg}") from None
    return validate_graph(graph)


def validate_store(
    store: GraphStore, *, engine: str = "sparql", threads: int = 1, count: bool = True
) -> ValidationResult:
    """Validate the union of a store's named graphs with the chosen engine (the SPARQL engine
    runs ``threads`` checks at once; without ``count`` it leaves ``triples`` at 0, for a caller
    that counts the statements anyway)."""
    if engine == "sparql":
        from kgbuilder.model.shacl_sparql import run_checks

        return run_checks(store, threads=threads, count=count)
    if engine != "pyshacl":
        raise KgbuilderError(f"unknown validation engine {engine!r} (known: {', '.join(ENGINES)})")
    union = Graph()
    for s, p, o, _ in store.quads():
        union.add((s, p, o))
    return validate_graph(union)
