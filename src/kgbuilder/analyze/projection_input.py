"""What the networkx projection reads from a store: one table per predicate, kept up to date.

The projection (``analyze.projection``) needs a few dozen predicates of the union of the named
graphs (labels, direct relations, the reified statements and their provenance, posts,
transactions, figures) and the classes of the nodes it draws or qualifies. Each is read here as a
table ``subject -> its distinct objects`` (term values, sorted): one single-pattern query per
predicate, which on the on-disk store costs a fraction of a join with OPTIONALs, and keeps the
projection working on any store behind ``GraphStore``. The joins are made in Python
(``projection.project``).

Some tables are narrower than their predicate: ``rdf:type`` holds only the nodes that have one of
``TYPED_CLASSES`` (entities, posts, transactions, figures, line selectors), with all their
classes; the direct relations (``relations.LABEL_OF_PREDICATE``) hold only IRI objects; and the
``GUARDED`` predicates hold only the subjects a path of other predicates reaches (the confidence
of derivations, the selectors of evidence spans): the mentions' annotations have them too, and
would be over half of the rows of a big corpus, for nothing the projection shows.

A build that changed some graphs in place knows the statements that came into or left the union
(``store.union_change``): ``ProjectionInput.update`` reads again, for each subject and predicate
they touch, that subject's objects, so the tables equal a fresh read without reading the store.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kgbuilder.kinds import Kind
from kgbuilder.namespaces import KGB, OA, ORG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, sparql_prefixes
from kgbuilder.relations import LABEL_OF_PREDICATE
from kgbuilder.store.base import GraphStore
from kgbuilder.store.oxigraph import OxigraphStore
from kgbuilder.store.union_change import UnionChange

RDF_TYPE = str(RDF.type)
#: the classes that make a node an entity (one per kind)
ENTITY_CLASSES = frozenset(str(kind.base_class) for kind in Kind)
#: the nodes whose classes the projection reads: entities and the nodes that qualify relations
TYPED_CLASSES = ENTITY_CLASSES | {
    str(ORG.Membership),
    str(KGB.Acquisition),
    str(KGB.Investment),
    str(SCHEMA.Observation),
    str(OA.FragmentSelector),
}
#: relations drawn as edges: only their IRI objects are read
DIRECT = frozenset(str(p) for p in LABEL_OF_PREDICATE)
#: every other predicate the projection reads, all objects
PLAIN = (
    frozenset(
        str(p)
        for p in (
            RDFS.label,
            SKOS.altLabel,
            OWL.sameAs,
            SKOS.prefLabel,
            RDF.subject,
            RDF.predicate,
            RDF.object,
            RDF.value,
            PROV.qualifiedDerivation,
            PROV.entity,
            PROV.hadPrimarySource,
            KGB.method,
            KGB.confidence,
            KGB.evidence,
            KGB.sourcePath,
            KGB.scope,
            OA.hasSelector,
            OA.exact,
            OA.start,
            OA.end,
            ORG.member,
            ORG.organization,
            ORG.role,
            SCHEMA.mentions,
            SCHEMA.datePublished,
            SCHEMA.url,
            SCHEMA.agent,
            SCHEMA.object,
            SCHEMA.startDate,
            SCHEMA.endDate,
            SCHEMA.amount,
            SCHEMA.currency,
            SCHEMA.observationAbout,
            SCHEMA.measuredProperty,
            SCHEMA.value,
            SCHEMA.unitText,
            SCHEMA.observationPeriod,
            "http://purl.org/dc/terms/title",
        )
    )
    - DIRECT
)

#: predicate -> the path of predicates that must reach a subject for its row to be read
_EVIDENCE_SELECTOR = (str(KGB.evidence), str(OA.hasSelector))
GUARDED: dict[str, tuple[str, ...]] = {
    str(KGB.confidence): (str(PROV.qualifiedDerivation),),
    str(OA.hasSelector): (str(KGB.evidence),),
    str(OA.exact): _EVIDENCE_SELECTOR,
    str(OA.start): _EVIDENCE_SELECTOR,
    str(OA.end): _EVIDENCE_SELECTOR,
}

_TYPES = """
SELECT DISTINCT ?s ?type WHERE {
  VALUES ?base { %s }
  ?s a ?base ; a ?type .
}
"""

#: subject -> its objects' values, sorted
Table = dict[str, list[str]]


@dataclass
class ProjectionInput:
    """The tables the projection is made from: predicate IRI -> subject -> sorted objects."""

    tables: dict[str, Table] = field(default_factory=dict)

    def table(self, predicate: str) -> Table:
        """One predicate's table (empty when the store has none of it)."""
        return self.tables.get(predicate, {})

    @classmethod
    def read(cls, store: GraphStore) -> ProjectionInput:
        """Read every table from the store (the union of its named graphs)."""
        tables: dict[str, Table] = {}
        classes = " ".join(f"<{c}>" for c in sorted(TYPED_CLASSES))
        tables[RDF_TYPE] = _grouped(select_values(store, _TYPES % classes))
        for predicate in sorted((DIRECT | PLAIN) - set(GUARDED)):
            only_iris = " FILTER(isIRI(?o))" if predicate in DIRECT else ""
            query = f"SELECT DISTINCT ?s ?o WHERE {{ ?s <{predicate}> ?o .{only_iris} }}"
            tables[predicate] = _grouped(select_values(store, query))
        # the guarded tables of one path in one query: the path's ends found once, then each
        # predicate's values (the three selector tables: 0.3 s against 0.75 s one by one)
        paths: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for predicate in sorted(set(GUARDED) & (DIRECT | PLAIN)):
            paths[GUARDED[predicate]].append(predicate)
        for path, predicates in sorted(paths.items()):
            rows: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for subject, predicate, value in select_values(store, _guarded_query(path, predicates)):
                rows[predicate].append((subject, value))
            for predicate in predicates:
                tables[predicate] = _grouped(rows[predicate])
        order = [RDF_TYPE, *sorted(DIRECT | PLAIN)]  # the order the tables were always kept in
        return cls({p: tables[p] for p in order if tables.get(p)})

    def update(self, store: OxigraphStore, change: UnionChange) -> None:
        """Bring the tables up to date with a change of the union: each subject and predicate it
        touches is read again from the store (now holding the change)."""
        touched: set[tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode]] = set()
        for s, p, o in (*change.entered, *change.left):
            if (
                isinstance(s, ox.NamedNode | ox.BlankNode)
                and isinstance(p, ox.NamedNode)
                and (p.value in DIRECT or p.value in PLAIN or p.value == RDF_TYPE)
            ):
                touched.add((s, p))
            if isinstance(p, ox.NamedNode) and isinstance(o, ox.NamedNode | ox.BlankNode):
                touched.update(_guarded_below(store, o, p.value))
        for s, p in sorted(touched, key=str):
            self._read_again(store, s, p)

    def _read_again(
        self, store: OxigraphStore, subject: ox.NamedNode | ox.BlankNode, predicate: ox.NamedNode
    ) -> None:
        objects = {
            q.object
            for q in store.oxigraph.quads_for_pattern(subject, predicate, None)
            if not isinstance(q.object, ox.Triple)  # RDF-star: no value to read
        }
        path = GUARDED.get(predicate.value)
        if path is not None and not _reached(store, subject, path):
            objects = set()
        elif predicate.value == RDF_TYPE:
            if not any(isinstance(o, ox.NamedNode) and o.value in TYPED_CLASSES for o in objects):
                objects = set()
        elif predicate.value in DIRECT:
            objects = {o for o in objects if isinstance(o, ox.NamedNode)}
        table = self.tables.setdefault(predicate.value, {})
        if objects:
            table[subject.value] = sorted(o.value for o in objects)
        else:
            table.pop(subject.value, None)
            if not table:
                del self.tables[predicate.value]


def _guarded_query(path: tuple[str, ...], predicates: list[str]) -> str:
    """The rows ``(?s, ?p, ?o)`` of the guarded tables of these predicates, which share ``path``."""
    nodes = [f"?g{number}" for number in range(len(path))] + ["?s"]
    steps = "".join(f"{nodes[i]} <{step}> {nodes[i + 1]} . " for i, step in enumerate(path))
    listed = " ".join(f"<{p}>" for p in predicates)
    iris = " FILTER(isIRI(?o))" if any(p in DIRECT for p in predicates) else ""
    if iris and not all(p in DIRECT for p in predicates):
        raise ValueError("guarded tables of one path are all of links or all of values")
    return (
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ {{ SELECT DISTINCT ?s WHERE {{ {steps}}} }} "
        f"VALUES ?p {{ {listed} }} ?s ?p ?o .{iris} }}"
    )


Node = ox.NamedNode | ox.BlankNode


def _reached(store: OxigraphStore, node: Node, path: tuple[str, ...]) -> bool:
    """Whether some node leads to ``node`` through the predicates of ``path``, in order."""
    frontier: set[Node] = {node}
    for step in reversed(path):
        predicate = ox.NamedNode(step)
        frontier = {
            q.subject
            for n in frontier
            for q in store.oxigraph.quads_for_pattern(None, predicate, n)
            if isinstance(q.subject, ox.NamedNode | ox.BlankNode)
        }
        if not frontier:
            return False
    return True


def _guarded_below(
    store: OxigraphStore, node: Node, predicate: str
) -> set[tuple[Node, ox.NamedNode]]:
    """The rows of guarded tables whose guard a statement ``(?, predicate, node)`` is a step of:
    the nodes the rest of the path reaches from ``node`` now, with the guarded predicate."""
    rows: set[tuple[Node, ox.NamedNode]] = set()
    for guarded, path in GUARDED.items():
        for at, step in enumerate(path):
            if step != predicate:
                continue
            frontier: set[Node] = {node}
            for later in path[at + 1 :]:
                frontier = {
                    q.object
                    for n in frontier
                    for q in store.oxigraph.quads_for_pattern(n, ox.NamedNode(later), None)
                    if isinstance(q.object, ox.NamedNode | ox.BlankNode)
                }
            rows.update((n, ox.NamedNode(guarded)) for n in frontier)
    return rows


def _grouped(rows: Iterable[tuple[str, ...]]) -> Table:
    """Subject -> sorted objects; each value one string object (``sys.intern``), which halves
    the tables a build keeps (``scale.build_projection``): a pickle writes a shared one once."""
    found: dict[str, list[str]] = defaultdict(list)
    for s, o in rows:
        found[sys.intern(s)].append(sys.intern(o))
    for objects in found.values():
        objects.sort()
    return dict(found)


def select_values(store: GraphStore, query: str) -> list[tuple[str, ...]]:
    """Rows of a SELECT (the model's prefixes declared, over the union of the named graphs) as
    plain strings ("" for unbound).

    On the embedded store the terms are read straight from pyoxigraph: making rdflib terms of them
    first (``GraphStore.query``) costs most of the projection's time, to be thrown away here.
    """
    sparql = sparql_prefixes() + query
    if isinstance(store, OxigraphStore):
        solutions = store.oxigraph.query(sparql, use_default_graph_as_union=True)
        assert isinstance(solutions, ox.QuerySolutions)  # every query here is a SELECT
        return [tuple("" if t is None else t.value for t in row) for row in solutions]
    result = store.query(sparql)
    return [tuple("" if v is None else str(v) for v in row) for row in result.rows]
