"""Validation of an incremental build: checking again only what a change can reach gives what a
full validation gives, on the seed graph broken in each known way, and on changes whose effect
reaches a node the change does not touch (a value's class, a statement's source)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kgbuilder import KnowledgeGraph
from kgbuilder.config import DEFAULT_BASE_IRI
from kgbuilder.model.revalidate import validate_build
from kgbuilder.model.validate import ValidationResult, shapes_text, validate_store
from kgbuilder.namespaces import PROV, RDF, RDFS, SCHEMA
from kgbuilder.store.oxigraph import OxigraphStore, update_graphs_in_place
from kgbuilder.store.terms import quad_to_oxigraph
from kgbuilder.store.union_change import union_change
from model.test_validate import BREAKAGES, person

BASE = DEFAULT_BASE_IRI
Triples = list[tuple[URIRef, URIRef, URIRef | Literal]]


def _name(letter: str) -> URIRef:
    return URIRef(f"{BASE}graph/{letter}")


class Builds:
    """A store changed graph by graph as builds change it, validated as builds validate it."""

    def __init__(self, folder: Path, graphs: dict[str, Triples]) -> None:
        self.saved = folder / "validation.json"
        self.store = OxigraphStore()
        self.prints: dict[str, str] = {}
        self.round = 0
        self.change(graphs)

    def change(self, graphs: dict[str, Triples]) -> ValidationResult:
        """Replace these graphs, validate incrementally, and check against a full validation."""
        previous = dict(self.prints)
        changes = {
            _name(g): [quad_to_oxigraph(s, p, o, _name(g)) for s, p, o in triples]
            for g, triples in graphs.items()
        }
        change = union_change(self.store, update_graphs_in_place(self.store, changes))
        self.round += 1
        self.prints.update({str(_name(g)): f"{g}{self.round}" for g in graphs})
        outcome = validate_build(
            self.store,
            self.saved,
            self.prints,
            previous_prints=previous or None,
            change=change,
        )
        full = validate_store(self.store)
        assert outcome.result.violations == full.violations
        assert (outcome.result.conforms, outcome.result.triples) == (full.conforms, full.triples)
        self.checked = outcome.checked
        return outcome.result


@pytest.fixture
def seed_triples(seed_graph: KnowledgeGraph) -> Triples:
    graph = Graph()
    for s, p, o, _ in seed_graph.store.quads():
        graph.add((s, p, o))
    return list(graph)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "breakage", "focus", "message"), BREAKAGES, ids=[b[0] for b in BREAKAGES]
)
def test_revalidation_of_a_broken_and_mended_graph_equals_a_full_validation(
    tmp_path: Path, seed_triples: Triples, name: str, breakage, focus, message: str
) -> None:
    builds = Builds(tmp_path, {"a": seed_triples})
    assert builds.checked is None  # nothing saved yet: a full validation
    broken = Graph()
    for triple in seed_triples:
        broken.add(triple)
    breakage(broken)
    result = builds.change({"a": list(broken)})  # type: ignore[dict-item]
    assert builds.checked is not None and builds.checked < len(seed_triples) / 10
    assert any(message in v.message and v.focus == focus(broken) for v in result.violations)
    assert builds.change({"a": seed_triples}).conforms  # mended: the violation goes
    assert builds.checked is not None


ANNA, ACME = person("anna"), URIRef(BASE + "organization/acme")
STATEMENT = URIRef(BASE + "statement/1")
#: Anna works for Acme, reified; Acme's class and the statement's source are given apart
WORKS_FOR: Triples = [
    (ANNA, RDF.type, SCHEMA.Person),
    (ANNA, RDFS.label, Literal("Anna")),
    (ANNA, SCHEMA.worksFor, ACME),
    (STATEMENT, RDF.subject, ANNA),
    (STATEMENT, RDF.predicate, SCHEMA.worksFor),
    (STATEMENT, RDF.object, ACME),
]
ACME_TYPED: Triples = [(ACME, RDF.type, SCHEMA.Organization), (ACME, RDFS.label, Literal("Acme"))]
SOURCE: Triples = [(STATEMENT, PROV.wasDerivedFrom, URIRef(BASE + "doc/1"))]


def test_revalidation_follows_a_value_whose_class_changed_in_another_graph(
    tmp_path: Path,
) -> None:
    """A person works for an organization typed in another graph; when that graph calls it a
    place instead, the person is wrong, though nothing about the person changed."""
    builds = Builds(tmp_path, {"a": [*WORKS_FOR, *SOURCE], "b": ACME_TYPED})
    assert builds.change({"b": [(ACME, RDF.type, SCHEMA.Place), ACME_TYPED[1]]}).violations
    assert builds.checked is not None
    assert builds.change({"b": ACME_TYPED}).conforms


def test_revalidation_follows_a_statement_that_lost_its_source(tmp_path: Path) -> None:
    """The relation is in one graph, its statement's source in another: removing the source makes
    the relation's subject wrong, though the subject's own statements did not change."""
    builds = Builds(tmp_path, {"a": [*WORKS_FOR, *ACME_TYPED], "b": SOURCE})
    result = builds.change({"b": []})
    assert [v.focus for v in result.violations if "has no provenance" in v.message] == [str(ANNA)]
    assert builds.checked is not None
    assert builds.change({"b": SOURCE}).conforms


def test_revalidation_of_a_statement_kept_by_another_graph_checks_nothing(tmp_path: Path) -> None:
    """A statement two graphs hold does not leave the union when one of them drops it."""
    acme = URIRef(BASE + "organization/acme")
    typed: Triples = [(acme, RDF.type, SCHEMA.Organization), (acme, RDFS.label, Literal("Acme"))]
    builds = Builds(tmp_path, {"a": typed, "b": typed})
    builds.change({"b": []})
    assert builds.checked == 0


def test_revalidation_runs_in_full_when_the_saved_result_is_not_the_last_builds(
    tmp_path: Path,
) -> None:
    acme = URIRef(BASE + "organization/acme")
    typed: Triples = [(acme, RDF.type, SCHEMA.Organization), (acme, RDFS.label, Literal("Acme"))]
    builds = Builds(tmp_path, {"a": typed})
    builds.prints[str(_name("a"))] = "written by a build that did not validate"
    builds.change({"a": [*typed, (acme, RDFS.label, Literal("ACME"))]})
    assert builds.checked is None
    builds.saved.write_text("{not json", encoding="utf-8")
    builds.change({"a": typed})
    assert builds.checked is None
    builds.change({"a": [*typed, (SCHEMA.Organization, RDFS.subClassOf, SCHEMA.Place)]})
    assert builds.checked is None  # the class hierarchy changed: every node's classes may have


def test_shapes_follow_no_link_backwards_but_rdf_subject() -> None:
    """Revalidation copies, for each node, the statements pointing to it by ``rdf:subject`` only:
    a shape reading another link backwards (``?x <p> $this``) needs ``focus_subgraph`` taught."""
    selects = re.findall(r'sh:select\s+"""(.*?)"""', shapes_text(), flags=re.S)
    assert selects
    backwards = {
        link
        for select in selects
        for link in re.findall(r"\?\w+\s+([\w:<>/#.]+)\s+\$this\b", select)
    }
    assert backwards == {"rdf:subject"}
