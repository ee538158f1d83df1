"""SHACL validation: the seed graph conforms; broken graphs are caught, by both engines alike."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from rdflib import Graph, Literal, URIRef

from kgbuilder import KnowledgeGraph
from kgbuilder.config import DEFAULT_BASE_IRI
from kgbuilder.errors import KgbuilderError
from kgbuilder.model.shacl_sparql import compile_shapes
from kgbuilder.model.validate import ValidationResult, validate_store
from kgbuilder.namespaces import OA, ORG, PROV, RDF, RDFS, SCHEMA
from kgbuilder.store.oxigraph import OxigraphStore

BASE = DEFAULT_BASE_IRI
ENGINES = ["sparql", "pyshacl"]


@pytest.fixture
def seed_union(seed_graph: KnowledgeGraph) -> Graph:
    graph = Graph()
    for s, p, o, _ in seed_graph.store.quads():
        graph.add((s, p, o))
    return graph


def validate(graph: Graph, engine: str) -> ValidationResult:
    store = OxigraphStore()
    store.replace_graph(URIRef(BASE + "graph/test"), graph)
    return validate_store(store, engine=engine)


def person(name: str) -> URIRef:
    return URIRef(f"{BASE}person/{name}")


@pytest.mark.parametrize("engine", ENGINES)
def test_validate_seed_graph_conforms(seed_union: Graph, engine: str) -> None:
    result = validate(seed_union, engine)
    assert result.conforms, [str(v) for v in result.violations]
    assert result.violations == [] and result.triples == len(seed_union)


def first_membership(graph: Graph) -> URIRef:
    return sorted(graph.subjects(RDF.type, ORG.Membership))[0]  # type: ignore[return-value]


def first_derivation(graph: Graph) -> URIRef:
    return sorted(graph.subjects(RDF.type, PROV.Derivation))[0]  # type: ignore[return-value]


BREAKAGES: list[tuple[str, Callable[[Graph], object], Callable[[Graph], str], str]] = [
    (
        "two labels",
        lambda g: g.add((person("paulo-braga"), RDFS.label, Literal("P. Braga"))),
        lambda g: BASE + "person/paulo-braga",
        "an entity has exactly one rdfs:label (its canonical name)",
    ),
    (
        "relation without provenance",
        lambda g: g.add(
            (person("paulo-braga"), SCHEMA.worksFor, URIRef(BASE + "organization/changan"))
        ),
        lambda g: BASE + "person/paulo-braga",
        "has no provenance",
    ),
    (
        "works for a place",
        lambda g: g.add((person("guan-hong"), SCHEMA.worksFor, URIRef(BASE + "place/lima"))),
        lambda g: BASE + "person/guan-hong",
        "schema:worksFor points to an organization",
    ),
    (
        "post without role",
        lambda g: g.remove((first_membership(g), ORG.role, None)),
        lambda g: str(first_membership(g)),
        "a post has one org:role",
    ),
    (
        "confidence out of range",
        lambda g: g.set(
            (first_derivation(g), URIRef("https://w3id.org/kgbuilder/ns#confidence"), Literal(1.5))
        ),
        lambda g: str(first_derivation(g)),
        "kgb:confidence is one decimal from 0 to 1",
    ),
    (
        "quote span ends before it starts",
        lambda g: [
            g.add((URIRef(BASE + "sel/1"), RDF.type, OA.TextPositionSelector)),
            g.add((URIRef(BASE + "sel/1"), OA.start, Literal(10))),
            g.add((URIRef(BASE + "sel/1"), OA.end, Literal(4))),
        ],
        lambda g: BASE + "sel/1",
        "oa:start is one offset from 0, before oa:end",
    ),
    (
        "participation by a place",
        lambda g: g.add(
            (
                URIRef(BASE + "place/lima"),
                URIRef("https://w3id.org/kgbuilder/ns#participatedIn"),
                URIRef(BASE + "event/china-an-opportunity-chongqing-brands"),
            )
        ),
        lambda g: BASE + "place/lima",
        "only people and organizations take part in events",
    ),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("name", "breakage", "focus", "message"), BREAKAGES, ids=[b[0] for b in BREAKAGES]
)
def test_validate_catches_a_broken_graph(
    seed_union: Graph, engine: str, name: str, breakage, focus, message: str
) -> None:
    breakage(seed_union)
    result = validate(seed_union, engine)
    assert not result.conforms
    matching = [v for v in result.violations if message in v.message]
    assert matching, [str(v) for v in result.violations]
    assert matching[0].focus == focus(seed_union)
    assert matching[0].severity == "Violation"


@pytest.mark.parametrize(
    ("name", "breakage", "focus", "message"), BREAKAGES, ids=[b[0] for b in BREAKAGES]
)
def test_validate_engines_agree_on_what_is_wrong(
    seed_union: Graph, name: str, breakage, focus, message: str
) -> None:
    breakage(seed_union)
    found = {
        engine: {(v.focus, v.path, v.severity) for v in validate(seed_union, engine).violations}
        for engine in ENGINES
    }
    assert found["sparql"] == found["pyshacl"]


def test_validate_with_threads_gives_the_same_result(seed_union: Graph) -> None:
    """Checks run at once (``threads``) give what they give one after another: every breakage
    at the same time, so several checks find violations."""
    for _, breakage, _, _ in BREAKAGES:
        breakage(seed_union)
    store = OxigraphStore()
    store.replace_graph(URIRef(BASE + "graph/test"), seed_union)
    alone = validate_store(store, engine="sparql")
    assert len({v.message for v in alone.violations}) >= len(BREAKAGES) - 1
    for threads in (2, 4):
        together = validate_store(store, engine="sparql", threads=threads)
        assert together == alone
        assert together.triples == len(seed_union)


def test_validate_sparql_engine_refuses_shapes_it_cannot_run() -> None:
    shapes = Graph().parse(
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
            sh:property [ sh:path ex:p ; sh:uniqueLang true ] .
        """,
        format="turtle",
    )
    with pytest.raises(
        KgbuilderError, match=re.escape("does not support http://www.w3.org/ns/shacl#uniqueLang")
    ):
        compile_shapes(shapes)


LAYOUTS = {  # the named graph of the relation, then of each triple of its statement
    "statement beside the relation": "aaaaa",
    "statement in another graph": "abbbb",
    "statement spread over graphs": "abcbc",
}


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_relation_provenance_is_found_in_any_named_graph(engine: str, layout: str) -> None:
    """Wherever the triples of a relation's statement are, the relation has its provenance;
    without the statement's source it has none."""
    braga, changan = person("paulo-braga"), URIRef(BASE + "organization/changan")
    statement = URIRef(BASE + "statement/1")
    triples = [
        (braga, SCHEMA.worksFor, changan),
        (statement, RDF.subject, braga),
        (statement, RDF.predicate, SCHEMA.worksFor),
        (statement, RDF.object, changan),
        (statement, PROV.wasDerivedFrom, URIRef(BASE + "doc/1")),
    ]

    def problems(kept: list[tuple[URIRef, URIRef, URIRef]]) -> list[str]:
        store = OxigraphStore()
        graphs: dict[str, Graph] = {}
        for name, triple in zip(LAYOUTS[layout], triples, strict=True):
            if triple in kept:
                graphs.setdefault(name, Graph()).add(triple)
        for name, graph in graphs.items():
            store.replace_graph(URIRef(f"{BASE}graph/{name}"), graph)
        found = validate_store(store, engine=engine).violations
        return [v.message for v in found if "has no provenance" in v.message]

    assert problems(triples) == []
    assert problems(triples[:-1]) == [
        f"relation {SCHEMA.worksFor} {changan} has no provenance "
        "(no rdf:Statement derived from a source)"
    ]
