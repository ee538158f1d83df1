"""The baseline: the same networkx projection, built by walking an rdflib graph triple by triple.

This is how one would write it with rdflib alone: find the entities, then for every direct relation
look up its reified statement, its derivations, their sources and evidence spans, the post or the
acquisition that qualifies it, with ``Graph.value``/``objects``/``subjects`` calls. It builds the
graph ``kgbuilder.analyze.to_networkx`` builds (same nodes, edges and attributes); ``differences``
checks that.
"""

from __future__ import annotations

import json
from typing import Any

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from kgbuilder.kinds import Kind, kind_of_class
from kgbuilder.namespaces import KGB, OA, SCHEMA
from kgbuilder.relations import LABEL_OF_PREDICATE

_TRANSACTIONS = {KGB.Acquisition: "acquired", KGB.Investment: "investsIn"}


def naive_to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Entities as nodes, direct relations as edges, by iterating the rdflib graph."""
    out = nx.MultiDiGraph()
    entities: dict[URIRef, dict[str, Any]] = {}
    for kind in Kind:
        for entity in graph.subjects(RDF.type, kind.base_class):
            label = graph.value(entity, RDFS.label)
            if isinstance(entity, URIRef) and label is not None and entity not in entities:
                entities[entity] = _node(graph, entity, label)
    for entity in sorted(entities):
        out.add_node(str(entity), **entities[entity])
    for s, p, o in graph.triples((None, None, None)):
        if p in LABEL_OF_PREDICATE and s in entities and o in entities:
            label = LABEL_OF_PREDICATE[p]  # type: ignore[index]
            statement = _statement(graph, s, p, o)
            out.add_edge(
                str(s),
                str(o),
                key=label,
                label=label,
                predicate=str(p),
                statement=None if statement is None else str(statement),
                qualifiers=_qualifiers(graph, s, label, o),
                evidence=[] if statement is None else _evidence(graph, statement),
            )
    return out


def _text(value: Node | None) -> str | None:
    return None if value is None else str(value)


def _node(graph: Graph, entity: URIRef, label: Node) -> dict[str, Any]:
    types = {str(t) for t in graph.objects(entity, RDF.type)}
    kind = next((k.value for k in Kind if str(k.base_class) in types), None)
    if kind is None:
        kinds = [kind_of_class(URIRef(t)) for t in sorted(types)]
        kind = next((k.value for k in kinds if k is not None), Kind.OTHER.value)
    figures = []
    # set(): over a union of named graphs, a triple in two graphs comes back twice
    for observation in set(graph.subjects(SCHEMA.observationAbout, entity)):
        if (observation, RDF.type, SCHEMA.Observation) not in graph:
            continue
        measure = graph.value(observation, SCHEMA.measuredProperty)
        name = str(measure)
        if measure == KGB.rank:
            name = "rank"
        elif graph.value(measure, RDFS.label) is not None:
            name = str(graph.value(measure, RDFS.label))
        figures.append(
            {
                "measure": name,
                "value": str(graph.value(observation, SCHEMA.value)),
                "unit": _text(graph.value(observation, SCHEMA.unitText)),
                "period": _text(graph.value(observation, SCHEMA.observationPeriod)),
                "place": _text(graph.value(observation, SCHEMA.location)),
                "scope": _text(graph.value(observation, KGB.scope)),
            }
        )
    dates = {}
    if str(SCHEMA.Event) in types:
        for name in ("startDate", "endDate"):
            value = graph.value(entity, SCHEMA[name])
            if value is not None:
                dates[name] = str(value)
    return {
        "label": str(label),
        "types": sorted(types),
        "aliases": sorted({str(a) for a in graph.objects(entity, SKOS.altLabel)}),
        "same_as": sorted({str(a) for a in graph.objects(entity, OWL.sameAs)}),
        "sources": sorted({str(a) for a in graph.subjects(SCHEMA.mentions, entity)}),
        "figures": figures,
        "dates": dates,
        "kind": kind,
    }


def _statement(graph: Graph, s: Node, p: Node, o: Node) -> Node | None:
    for statement in graph.subjects(RDF.subject, s):
        if (statement, RDF.predicate, p) in graph and (statement, RDF.object, o) in graph:
            return statement
    return None


def _qualifiers(graph: Graph, s: Node, label: str, o: Node) -> dict[str, Any]:
    qualifiers: dict[str, Any] = {}
    if label == "worksFor":
        for membership in set(graph.subjects(ORG.member, s)):
            if (membership, ORG.organization, o) in graph:
                role = graph.value(graph.value(membership, ORG.role), SKOS.prefLabel)
                if role is not None:
                    qualifiers.setdefault("roles", []).append(str(role))
    for cls, name in _TRANSACTIONS.items():
        if name != label:
            continue
        rows = []
        for node in graph.subjects(SCHEMA.agent, s):
            if (node, RDF.type, cls) in graph and (node, SCHEMA.object, o) in graph:
                props = (SCHEMA.startDate, SCHEMA.amount, SCHEMA.currency)
                rows.append([_text(graph.value(node, prop)) or "" for prop in props])
        for row in sorted(rows):  # the earliest date first, as the projection keeps it
            for key, value in zip(("date", "amount", "currency"), row, strict=True):
                if value:
                    qualifiers.setdefault(key, value)
    if "roles" in qualifiers:
        qualifiers["roles"].sort()
    return qualifiers


def _evidence(graph: Graph, statement: Node) -> list[dict[str, Any]]:
    found: dict[tuple[str, Any, Any], dict[str, Any]] = {}
    for derivation in graph.objects(statement, PROV.qualifiedDerivation):
        source = graph.value(derivation, PROV.entity)
        primary = graph.value(derivation, PROV.hadPrimarySource)
        confidences = [float(c) for c in graph.objects(derivation, KGB.confidence)]
        spans = list(graph.objects(derivation, KGB.evidence)) or [None]
        for span in spans:
            sentence = start = end = line = None
            for selector in graph.objects(span, OA.hasSelector) if span is not None else ():
                if (selector, RDF.type, OA.TextQuoteSelector) in graph:
                    sentence = graph.value(selector, OA.exact)
                elif (selector, RDF.type, OA.TextPositionSelector) in graph:
                    start = graph.value(selector, OA.start)
                    end = graph.value(selector, OA.end)
                elif (selector, RDF.type, OA.FragmentSelector) in graph:
                    line = graph.value(selector, RDF.value)
            key = (str(source), None if start is None else str(start), _text(line))
            found.setdefault(
                key,
                {
                    "source": str(source),
                    "title": _text(graph.value(source, DCTERMS.title)),
                    "published": _text(graph.value(source, SCHEMA.datePublished)),
                    "url": _text(graph.value(source, SCHEMA.url)),
                    "path": _text(graph.value(source, KGB.sourcePath)),
                    "method": str(graph.value(derivation, KGB.method)),
                    "confidence": max(confidences, default=None),
                    "sentence": _text(sentence),
                    "start": None if start is None else int(start),
                    "end": None if end is None else int(end),
                    "line": None if line is None else int(str(line).removeprefix("line=")) + 1,
                    "primary_source": _text(primary),
                    "primary_title": _text(graph.value(primary, DCTERMS.title))
                    if primary
                    else None,
                    "primary_published": (
                        _text(graph.value(primary, SCHEMA.datePublished)) if primary else None
                    ),
                },
            )
    return list(found.values())


def differences(ours: nx.MultiDiGraph, theirs: nx.MultiDiGraph, *, limit: int = 5) -> list[str]:
    """How two projections differ (lists compared in any order); empty when they are the same."""

    def canonical(value: Any) -> Any:
        if isinstance(value, list):
            return sorted(json.dumps(canonical(v), sort_keys=True) for v in value)
        if isinstance(value, dict):
            return {k: canonical(v) for k, v in value.items()}
        return value

    found = []
    if set(ours) != set(theirs):
        found.append(f"nodes differ: {len(set(ours) ^ set(theirs))} not in both")
    for node in sorted(set(ours) & set(theirs)):
        if canonical(ours.nodes[node]) != canonical(theirs.nodes[node]):
            found.append(f"node {node}: {ours.nodes[node]} != {theirs.nodes[node]}")
    ours_edges = {(u, v, k): d for u, v, k, d in ours.edges(keys=True, data=True)}
    theirs_edges = {(u, v, k): d for u, v, k, d in theirs.edges(keys=True, data=True)}
    if set(ours_edges) != set(theirs_edges):
        found.append(f"edges differ: {len(set(ours_edges) ^ set(theirs_edges))} not in both")
    for edge in sorted(set(ours_edges) & set(theirs_edges)):
        if canonical(ours_edges[edge]) != canonical(theirs_edges[edge]):
            found.append(f"edge {edge}: {ours_edges[edge]} != {theirs_edges[edge]}")
    return found[:limit]
