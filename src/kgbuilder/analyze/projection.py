"""The networkx projection of the RDF graph: entities as nodes, direct relations as edges.

This is the one projection that analytics and the HTML view share.

Node id: the entity IRI. Node attributes:

- ``label`` (str), ``kind`` (Person, Organization, Place, Event, IndustryCluster, Other),
  ``types`` (class IRIs), ``aliases`` (list), ``same_as`` (external IRIs),
- ``sources`` (IRIs of the sources that speak of it), ``figures`` (its ``schema:Observation``
  figures and ranks, as dicts), ``dates`` (``startDate``/``endDate`` of events).

Edge key: the relation label. Edge attributes: ``label`` (worksFor, locatedIn...), ``predicate``
(IRI), ``statement`` (the reified statement's IRI), ``qualifiers`` (``roles`` of a post, ``date``,
``amount``, ``currency`` of an acquisition or investment), ``evidence`` (one dict per source that
states it: source IRI, title, published, url, path, method, confidence, and the sentence with its
character offsets, or the records line and the work the record reports from). Literals are
attributes, never nodes.

How it reads the store: one table per predicate (``projection_input``), joined here in
dictionaries; a build keeps the tables and brings them up to date with what it changed. Where
sources disagree, the result is still the same on every run: a derivation with several
confidences keeps the highest; an acquisition with several dates keeps the earliest; a node with
several labels is drawn with the first in order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import product
from typing import Any

import networkx as nx
from rdflib import URIRef

from kgbuilder.analyze.projection_input import (
    DIRECT,
    ENTITY_CLASSES,
    RDF_TYPE,
    ProjectionInput,
    Table,
)
from kgbuilder.kinds import Kind, kind_of_class
from kgbuilder.namespaces import KGB, OA, ORG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS
from kgbuilder.relations import LABEL_OF_PREDICATE
from kgbuilder.store.base import GraphStore

_DCTERMS_TITLE = "http://purl.org/dc/terms/title"
_TRANSACTION_LABEL = {
    str(KGB.Acquisition): "acquired",
    str(KGB.Investment): "investsIn",
}


def to_networkx(store: GraphStore) -> nx.MultiDiGraph:
    """Project the store's entities and direct relations into a ``networkx.MultiDiGraph``.

    Examples
    --------
    >>> from kgbuilder.store import OxigraphStore
    >>> to_networkx(OxigraphStore()).number_of_nodes()
    0
    """
    return project(ProjectionInput.read(store))


def project(facts: ProjectionInput) -> nx.MultiDiGraph:
    """The projection of the tables read from a store (``ProjectionInput``)."""
    graph = nx.MultiDiGraph()
    nodes = _nodes(facts)
    for entity in sorted(nodes):
        graph.add_node(entity, **nodes[entity])
    direct = sorted(
        (s, p, o)
        for p in DIRECT
        for s, objects in facts.table(p).items()
        if s in nodes
        for o in objects
        if o in nodes
    )
    statements = _statements(facts)
    evidence = _evidence(facts, {statements[t] for t in direct if t in statements})
    qualifiers = _qualifiers(facts)
    for s, p, o in direct:
        label = LABEL_OF_PREDICATE[URIRef(p)]
        statement = statements.get((s, p, o))
        graph.add_edge(
            s,
            o,
            key=label,
            label=label,
            predicate=p,
            statement=statement,
            qualifiers=qualifiers.get((s, label, o), {}),
            evidence=evidence.get(statement, []) if statement else [],
        )
    return graph


def _first(values: Table, key: str) -> str:
    found = values.get(key)
    return found[0] if found else ""


def _or_unbound(values: Table, key: str) -> list[str]:
    """A table's objects of ``key``, or one unbound value (an OPTIONAL that did not match)."""
    return values.get(key) or [""]


def _typed(facts: ProjectionInput, cls: str) -> Iterator[str]:
    """The nodes of one class (among those the tables keep the classes of)."""
    for node, classes in facts.table(RDF_TYPE).items():
        if cls in classes:
            yield node


def _nodes(facts: ProjectionInput) -> dict[str, dict[str, Any]]:
    labels = facts.table(str(RDFS.label))
    nodes: dict[str, dict[str, Any]] = {}
    for entity, classes in facts.table(RDF_TYPE).items():
        if entity in labels and not ENTITY_CLASSES.isdisjoint(classes):
            nodes[entity] = {
                "label": labels[entity][0],
                "types": set(classes),
                "figures": [],
                "dates": {},
            }
    aliases, same_as = (
        facts.table(str(SKOS.altLabel)),
        facts.table(str(OWL.sameAs)),
    )
    sources: dict[str, set[str]] = defaultdict(set)
    for source, entities in facts.table(str(SCHEMA.mentions)).items():
        for entity in entities:
            sources[entity].add(source)
    for entity, attributes in nodes.items():
        attributes["kind"] = _kind(attributes["types"])
        attributes["types"] = sorted(attributes["types"])
        attributes["aliases"] = sorted(set(aliases.get(entity, [])))
        attributes["same_as"] = sorted(set(same_as.get(entity, [])))
        attributes["sources"] = sorted(sources.get(entity, ()))
    for _, about, measure, measure_label, value, unit, period, place, scope in _figures(facts):
        if about in nodes:
            nodes[about]["figures"].append(
                {
                    "measure": "rank" if measure.endswith("#rank") else (measure_label or measure),
                    "value": value,
                    "unit": unit or None,
                    "period": period or None,
                    "place": place or None,
                    "scope": scope or None,
                }
            )
    for prop in (SCHEMA.startDate, SCHEMA.endDate):  # the last date in order wins
        dates = facts.table(str(prop))
        for entity in _typed(facts, str(SCHEMA.Event)):
            if entity in nodes and entity in dates:
                nodes[entity]["dates"][str(prop).rsplit("/", 1)[-1]] = dates[entity][-1]
    return nodes


def _figures(facts: ProjectionInput) -> list[tuple[str, ...]]:
    """Each ``schema:Observation`` with what it is about, measures, its value and qualifiers."""
    about, measured = (
        facts.table(str(SCHEMA.observationAbout)),
        facts.table(str(SCHEMA.measuredProperty)),
    )
    values, labels = facts.table(str(SCHEMA.value)), facts.table(str(RDFS.label))
    units, periods = facts.table(str(SCHEMA.unitText)), facts.table(str(SCHEMA.observationPeriod))
    places, scopes = facts.table(str(SCHEMA.location)), facts.table(str(KGB.scope))
    rows: set[tuple[str, ...]] = set()
    for o in _typed(facts, str(SCHEMA.Observation)):
        for subject, measure, value in product(
            about.get(o, []), measured.get(o, []), values.get(o, [])
        ):
            rows.update(
                (o, subject, measure, *rest)
                for rest in product(
                    _or_unbound(labels, measure),
                    [value],
                    _or_unbound(units, o),
                    _or_unbound(periods, o),
                    _or_unbound(places, o),
                    _or_unbound(scopes, o),
                )
            )
    return sorted(rows)


def _statements(facts: ProjectionInput) -> dict[tuple[str, str, str], str]:
    """(subject, predicate, object) -> the IRI of the ``rdf:Statement`` that reifies it."""
    subjects = facts.table(str(RDF.subject))
    predicates, objects = facts.table(str(RDF.predicate)), facts.table(str(RDF.object))
    found: dict[tuple[str, str, str], str] = {}
    for statement in sorted(subjects):
        for triple in product(
            subjects[statement], predicates.get(statement, []), objects.get(statement, [])
        ):
            found[triple] = statement  # several statements of one triple: the last in order
    return found


def _evidence(facts: ProjectionInput, statements: set[str]) -> dict[str, list[dict[str, Any]]]:
    """Statement IRI -> one dict per source and evidence span (see the module docstring)."""
    derivations = facts.table(str(PROV.qualifiedDerivation))
    entity, method = facts.table(str(PROV.entity)), facts.table(str(KGB.method))
    confidence, spans = facts.table(str(KGB.confidence)), facts.table(str(KGB.evidence))
    primaries = facts.table(str(PROV.hadPrimarySource))
    titles, published = facts.table(_DCTERMS_TITLE), facts.table(str(SCHEMA.datePublished))
    urls, paths = facts.table(str(SCHEMA.url)), facts.table(str(KGB.sourcePath))
    selectors, exact = facts.table(str(OA.hasSelector)), facts.table(str(OA.exact))
    starts, ends = facts.table(str(OA.start)), facts.table(str(OA.end))
    values = facts.table(str(RDF.value))
    lines = {
        selector: values[selector][0]
        for selector in _typed(facts, str(OA.FragmentSelector))
        if selector in values
    }

    rows = []
    for statement in sorted(statements):
        for d in derivations.get(statement, []):
            if d not in entity or d not in method or d not in confidence:
                continue
            source, primary = _first(entity, d), _first(primaries, d)
            best = max(confidence[d], key=float)
            for span in spans.get(d) or [""]:
                sentence = start = end = line = ""
                for selector in selectors.get(span, []):
                    sentence = sentence or _first(exact, selector)
                    if selector in starts and selector in ends:
                        start, end = _first(starts, selector), _first(ends, selector)
                    line = line or lines.get(selector, "")
                rows.append(
                    (statement, source, _first(titles, source), _first(published, source),
                     _first(urls, source), _first(paths, source), _first(method, d), best,
                     sentence, start, end, line, primary, _first(titles, primary),
                     _first(published, primary))
                )  # fmt: skip
    found: dict[str, dict[tuple[str, str, str], dict[str, Any]]] = defaultdict(dict)
    for row in sorted(rows):
        statement, source, title, date, url, path, how, sure = row[:8]
        sentence, start, end, line, primary, primary_title, primary_published = row[8:]
        found[statement].setdefault(
            (source, start, line),
            {
                "source": source,
                "title": title or None,
                "published": date or None,
                "url": url or None,
                "path": path or None,
                "method": how,
                "confidence": float(sure) if sure else None,
                "sentence": sentence or None,
                "start": int(start) if start else None,
                "end": int(end) if end else None,
                "line": int(line.removeprefix("line=")) + 1 if line else None,
                # the work a curated record reports from
                "primary_source": primary or None,
                "primary_title": primary_title or None,
                "primary_published": primary_published or None,
            },
        )
    return {statement: list(items.values()) for statement, items in found.items()}


def _qualifiers(facts: ProjectionInput) -> dict[tuple[str, str, str], dict[str, Any]]:
    qualifiers: dict[tuple[str, str, str], dict[str, Any]] = defaultdict(dict)
    for person, organization, role in _posts(facts):
        qualifiers[(person, "worksFor", organization)].setdefault("roles", []).append(role)
    # sources may disagree on a date or an amount: the earliest date (and its amount) is kept
    for cls, agent, obj, date, amount, currency in _transactions(facts):
        entry = qualifiers[(agent, _TRANSACTION_LABEL[cls], obj)]
        for name, value in (("date", date), ("amount", amount), ("currency", currency)):
            if value:
                entry.setdefault(name, value)
    return dict(qualifiers)


def _posts(facts: ProjectionInput) -> list[tuple[str, str, str]]:
    """(person, organization, role label) of each ``org:Membership``."""
    members, organizations = facts.table(str(ORG.member)), facts.table(str(ORG.organization))
    roles, role_labels = facts.table(str(ORG.role)), facts.table(str(SKOS.prefLabel))
    rows: set[tuple[str, str, str]] = set()
    for m in _typed(facts, str(ORG.Membership)):
        for person, organization, role in product(
            members.get(m, []), organizations.get(m, []), roles.get(m, [])
        ):
            rows.update((person, organization, label) for label in role_labels.get(role, []))
    return sorted(rows)


def _transactions(facts: ProjectionInput) -> list[tuple[str, ...]]:
    """(class, agent, object, date, amount, currency) of each acquisition and investment."""
    agents, objects = facts.table(str(SCHEMA.agent)), facts.table(str(SCHEMA.object))
    dates, amounts = facts.table(str(SCHEMA.startDate)), facts.table(str(SCHEMA.amount))
    currencies = facts.table(str(SCHEMA.currency))
    rows: set[tuple[str, ...]] = set()
    for cls in _TRANSACTION_LABEL:
        for t in _typed(facts, cls):
            rows.update(
                (cls, *found)
                for found in product(
                    agents.get(t, []),
                    objects.get(t, []),
                    _or_unbound(dates, t),
                    _or_unbound(amounts, t),
                    _or_unbound(currencies, t),
                )
            )
    return sorted(rows)


def _kind(types: set[str]) -> str:
    """The kind whose base class the entity has (Person before Thing), else that of a subclass."""
    for kind in Kind:
        if str(kind.base_class) in types:
            return kind.value
    for cls in sorted(types):
        found = kind_of_class(URIRef(cls))
        if found is not None:
            return found.value
    return Kind.OTHER.value
