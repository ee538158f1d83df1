"""Scoring a graph against gold: entities and relations, overall, per kind and per label.

The rules are the shared eval README's. A predicted entity matches a gold one when one of its
names (``rdfs:label`` or ``skos:altLabel``) equals one of the gold entity's names under
``eval_key`` and the kinds agree; each gold entity is matched at most once (a duplicate entity is
a false positive). A predicted direct triple matches a gold relation when both ends match gold
entities and the label is the same (``locatedIn`` through either of its predicates); ``relatedTo``
counts in neither direction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kgbuilder.errors import SourceError
from kgbuilder.evaluate.gold import Gold, GoldEntity
from kgbuilder.evaluate.keys import eval_key
from kgbuilder.kinds import Kind, kind_of_class
from kgbuilder.relations import LABEL_OF_PREDICATE
from kgbuilder.store.terms import from_oxigraph

EXCLUDED_LABELS = frozenset({"relatedTo"})


@dataclass
class PredictedEntity:
    iri: str
    kind: Kind
    names: tuple[str, ...]


@dataclass
class PredictedGraph:
    entities: dict[str, PredictedEntity] = field(default_factory=dict)
    relations: set[tuple[str, str, str]] = field(default_factory=set)  # (s iri, label, o iri)


def read_graph(path: Path) -> PredictedGraph:
    """Entities and direct relations of an RDF file (Turtle, TriG, N-Triples, N-Quads, JSON-LD)."""
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower() or "ttl")
    if fmt is None:
        raise SourceError(
            "not an RDF file kgbuilder reads (.ttl, .trig, .nt, .nq, .jsonld, .rdf)", path=str(path)
        )
    union = Graph()
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            union.add(
                (
                    from_oxigraph(quad.subject),
                    from_oxigraph(quad.predicate),
                    from_oxigraph(quad.object),
                )
            )
    except (SyntaxError, OSError, ValueError) as exc:
        raise SourceError(f"cannot parse the graph: {exc}", path=str(path)) from None
    return graph_entities(union)


def graph_entities(graph: Graph) -> PredictedGraph:
    """What the scorer reads from an rdflib graph."""
    out = PredictedGraph()
    kinds: dict[str, set[Kind]] = defaultdict(set)
    sources = set(graph.subjects(RDF.type, PROV.Entity))  # documents and datasets, not entities
    for s, o in graph.subject_objects(RDF.type):
        if isinstance(s, URIRef) and isinstance(o, URIRef) and s not in sources:
            kind = kind_of_class(o)
            if kind is not None:
                kinds[str(s)].add(kind)
    for iri, found in sorted(kinds.items()):
        kind = sorted(found, key=lambda k: k.value)[0] if len(found) > 1 else next(iter(found))
        node = URIRef(iri)
        names = [str(n) for n in graph.objects(node, RDFS.label) if isinstance(n, Literal)]
        names += sorted(
            str(n) for n in graph.objects(node, SKOS.altLabel) if isinstance(n, Literal)
        )
        out.entities[iri] = PredictedEntity(iri, kind, tuple(names))
    for predicate, label in LABEL_OF_PREDICATE.items():
        for s, o in graph.subject_objects(predicate):
            if str(s) in out.entities and str(o) in out.entities:
                out.relations.add((str(s), label, str(o)))
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Score:
    """The result of scoring one graph against one gold file."""

    gold_id: str
    entities: Counts = field(default_factory=Counts)
    entities_by_kind: dict[str, Counts] = field(default_factory=dict)
    relations: Counts = field(default_factory=Counts)
    relations_by_label: dict[str, Counts] = field(default_factory=dict)
    missed_entities: list[str] = field(default_factory=list)
    spurious_entities: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    spurious_relations: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold_id,
            "entities": self.entities.to_dict(),
            "entities_by_kind": {k: v.to_dict() for k, v in sorted(self.entities_by_kind.items())},
            "relations": self.relations.to_dict(),
            "relations_by_label": {
                k: v.to_dict() for k, v in sorted(self.relations_by_label.items())
            },
            "missed_entities": self.missed_entities,
            "spurious_entities": self.spurious_entities,
            "missed_relations": self.missed_relations,
            "spurious_relations": self.spurious_relations,
        }


def _candidates(entity: PredictedEntity, gold: list[GoldEntity]) -> list[int]:
    keys = {eval_key(n) for n in entity.names}
    return [
        i
        for i, g in enumerate(gold)
        if g.kind is entity.kind and keys & {eval_key(n) for n in g.names}
    ]


def _match(candidates: dict[str, list[int]]) -> dict[str, int]:
    """A maximum one-to-one matching of predicted entities to gold ones (augmenting paths)."""
    owner: dict[int, str] = {}

    def assign(iri: str, seen: set[int]) -> bool:
        for g in candidates[iri]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or assign(owner[g], seen):
                owner[g] = iri
                return True
        return False

    for iri in sorted(candidates, key=lambda i: (len(candidates[i]), i)):
        assign(iri, set())
    return {iri: g for g, iri in owner.items()}


def score(graph: PredictedGraph, gold: Gold) -> Score:
    """Entity and relation scores of ``graph`` against ``gold``."""
    result = Score(gold.id)
    candidates = {iri: _candidates(e, gold.entities) for iri, e in graph.entities.items()}
    assignment = _match(candidates)
    for kind in Kind:
        result.entities_by_kind[kind.value] = Counts()
    for iri, entity in sorted(graph.entities.items()):
        by_kind = result.entities_by_kind[entity.kind.value]
        if iri in assignment:
            result.entities.tp += 1
            by_kind.tp += 1
        else:
            result.entities.fp += 1
            by_kind.fp += 1
            name = entity.names[0] if entity.names else iri
            result.spurious_entities.append(f"{name} ({entity.kind.value})")
    matched = set(assignment.values())
    for i, g in enumerate(gold.entities):
        if i not in matched:
            result.entities.fn += 1
            result.entities_by_kind[g.kind.value].fn += 1
            result.missed_entities.append(f"{g.name} ({g.kind.value})")
    result.entities_by_kind = {
        k: v for k, v in result.entities_by_kind.items() if v.tp or v.fp or v.fn
    }

    gold_index = {eval_key(n): i for i, g in enumerate(gold.entities) for n in g.names}
    gold_triples: dict[tuple[int, str, int], str] = {}
    for relation in gold.relations:
        if relation.label in EXCLUDED_LABELS:
            continue
        s, o = gold_index.get(eval_key(relation.subject)), gold_index.get(eval_key(relation.object))
        if s is None or o is None:
            continue
        gold_triples[(s, relation.label, o)] = (
            f"{relation.subject} {relation.label} {relation.object}"
        )
    hit: set[tuple[int, str, int]] = set()
    for s_iri, label, o_iri in sorted(graph.relations):
        if label in EXCLUDED_LABELS:
            continue
        counts = result.relations_by_label.setdefault(label, Counts())
        s_gold = set(candidates.get(s_iri, ()))
        o_gold = set(candidates.get(o_iri, ()))
        found = [(s, label, o) for s in s_gold for o in o_gold if (s, label, o) in gold_triples]
        if found:
            result.relations.tp += 1
            counts.tp += 1
            hit.update(found)
        else:
            result.relations.fp += 1
            counts.fp += 1
            s_name = graph.entities[s_iri].names[0] if graph.entities[s_iri].names else s_iri
            o_name = graph.entities[o_iri].names[0] if graph.entities[o_iri].names else o_iri
            result.spurious_relations.append(f"{s_name} {label} {o_name}")
    for triple, text in sorted(gold_triples.items(), key=lambda item: item[1]):
        if triple not in hit:
            result.relations.fn += 1
            result.relations_by_label.setdefault(triple[1], Counts()).fn += 1
            result.missed_relations.append(text)
    return result
