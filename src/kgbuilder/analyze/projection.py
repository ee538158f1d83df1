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

How it reads the store: a few small SPARQL queries, most of them a scan of one predicate
(``?s prov:qualifiedDerivation ?o``), joined here in dictionaries. On the on-disk store a scan costs
a fraction of a multi-pattern join with OPTIONALs (measured in ``bench/bench_analyze.py``), and
plain SPARQL keeps the projection working on any store behind ``GraphStore``. Where sources
disagree, the result is still the same on every run: a derivation with several confidences keeps
the highest; an acquisition with several dates keeps the earliest.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import product
from typing import Any

import networkx as nx
import pyoxigraph as ox
from rdflib import URIRef

from kgbuilder.kinds import Kind, kind_of_class
from kgbuilder.namespaces import sparql_prefixes
from kgbuilder.relations import LABEL_OF_PREDICATE
from kgbuilder.store.base import GraphStore
from kgbuilder.store.oxigraph import OxigraphStore

_ENTITIES = """
SELECT DISTINCT ?entity ?label ?type WHERE {
  VALUES ?base { schema:Person schema:Organization schema:Place schema:Event kgb:IndustryCluster schema:Thing }
  ?entity a ?base ; rdfs:label ?label ; a ?type .
}
"""

_DIRECT = """
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { %s }
  ?s ?p ?o .
  FILTER(isIRI(?o))
}
"""

_LINES = """
SELECT DISTINCT ?selector ?line WHERE { ?selector a oa:FragmentSelector ; rdf:value ?line . }
"""

# DISTINCT: a triple stated by several sources is in several named graphs, hence several times
# in their union
_POSTS = """
SELECT DISTINCT ?person ?organization ?role WHERE {
  ?m a org:Membership ; org:member ?person ; org:organization ?organization ; org:role/skos:prefLabel ?role .
}
"""

_TRANSACTIONS = """
SELECT DISTINCT ?class ?agent ?object ?date ?amount ?currency WHERE {
  VALUES ?class { kgb:Acquisition kgb:Investment }
  ?t a ?class ; schema:agent ?agent ; schema:object ?object .
  OPTIONAL { ?t schema:startDate ?date }
  OPTIONAL { ?t schema:amount ?amount }
  OPTIONAL { ?t schema:currency ?currency }
}
"""

_FIGURES = """
SELECT DISTINCT ?o ?about ?measure ?measureLabel ?value ?unit ?period ?place ?scope WHERE {
  ?o a schema:Observation ; schema:observationAbout ?about ; schema:measuredProperty ?measure ; schema:value ?value .
  OPTIONAL { ?measure rdfs:label ?measureLabel }
  OPTIONAL { ?o schema:unitText ?unit }
  OPTIONAL { ?o schema:observationPeriod ?period }
  OPTIONAL { ?o schema:location ?place }
  OPTIONAL { ?o kgb:scope ?scope }
}
"""

_DATES = """
SELECT DISTINCT ?entity ?property ?date WHERE {
  VALUES ?property { schema:startDate schema:endDate }
  ?entity a schema:Event ; ?property ?date .
}
"""

_TRANSACTION_LABEL = {
    "https://w3id.org/kgbuilder/ns#Acquisition": "acquired",
    "https://w3id.org/kgbuilder/ns#Investment": "investsIn",
}


def to_networkx(store: GraphStore) -> nx.MultiDiGraph:
    """Project the store's entities and direct relations into a ``networkx.MultiDiGraph``.

    Examples
    --------
    >>> from kgbuilder.store import OxigraphStore
    >>> to_networkx(OxigraphStore()).number_of_nodes()
    0
    """
    graph = nx.MultiDiGraph()
    nodes = _nodes(store)
    for entity in sorted(nodes):
        graph.add_node(entity, **nodes[entity])
    values = " ".join(f"<{p}>" for p in sorted(LABEL_OF_PREDICATE))
    direct = sorted(
        (s, p, o) for s, p, o in _rows(store, _DIRECT % values) if s in nodes and o in nodes
    )
    statements = _statements(store)
    evidence = _evidence(store, {statements[t] for t in direct if t in statements})
    qualifiers = _qualifiers(store)
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


def _rows(store: GraphStore, query: str) -> list[tuple[str, ...]]:
    """Rows of a SELECT as plain strings ("" for unbound).

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


def _scan(store: GraphStore, predicate: str) -> dict[str, list[str]]:
    """Subject -> its objects (sorted) for one predicate, from one single-pattern query."""
    found: dict[str, list[str]] = defaultdict(list)
    for s, o in _rows(store, f"SELECT DISTINCT ?s ?o WHERE {{ ?s {predicate} ?o }}"):
        found[s].append(o)
    for objects in found.values():
        objects.sort()
    return found


def _first(values: dict[str, list[str]], key: str) -> str:
    found = values.get(key)
    return found[0] if found else ""


def _nodes(store: GraphStore) -> dict[str, dict[str, Any]]:
    nodes: dict[str, dict[str, Any]] = {}
    for entity, label, cls in sorted(_rows(store, _ENTITIES)):
        node = nodes.setdefault(
            entity,
            {"label": label, "types": set(), "figures": [], "dates": {}},
        )
        node["types"].add(cls)
    aliases, same_as = _scan(store, "skos:altLabel"), _scan(store, "owl:sameAs")
    sources: dict[str, set[str]] = defaultdict(set)
    for source, entities in _scan(store, "schema:mentions").items():
        for entity in entities:
            sources[entity].add(source)
    for entity, attributes in nodes.items():
        attributes["kind"] = _kind(attributes["types"])
        attributes["types"] = sorted(attributes["types"])
        attributes["aliases"] = sorted(set(aliases.get(entity, [])))
        attributes["same_as"] = sorted(set(same_as.get(entity, [])))
        attributes["sources"] = sorted(sources.get(entity, ()))
    for _, about, measure, measure_label, value, unit, period, place, scope in sorted(
        _rows(store, _FIGURES)
    ):
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
    for entity, prop, date in sorted(_rows(store, _DATES)):
        if entity in nodes:
            nodes[entity]["dates"][prop.rsplit("/", 1)[-1]] = date
    return nodes


def _statements(store: GraphStore) -> dict[tuple[str, str, str], str]:
    """(subject, predicate, object) -> the IRI of the ``rdf:Statement`` that reifies it."""
    subjects, predicates = _scan(store, "rdf:subject"), _scan(store, "rdf:predicate")
    objects = _scan(store, "rdf:object")
    found: dict[tuple[str, str, str], str] = {}
    for statement in sorted(subjects):
        for triple in product(
            subjects[statement], predicates.get(statement, []), objects.get(statement, [])
        ):
            found[triple] = statement  # several statements of one triple: the last in order
    return found


def _evidence(store: GraphStore, statements: set[str]) -> dict[str, list[dict[str, Any]]]:
    """Statement IRI -> one dict per source and evidence span (see the module docstring)."""
    derivations = _scan(store, "prov:qualifiedDerivation")
    entity, method = _scan(store, "prov:entity"), _scan(store, "kgb:method")
    confidence, spans = _scan(store, "kgb:confidence"), _scan(store, "kgb:evidence")
    primaries = _scan(store, "prov:hadPrimarySource")
    titles, published = _scan(store, "dcterms:title"), _scan(store, "schema:datePublished")
    urls, paths = _scan(store, "schema:url"), _scan(store, "kgb:sourcePath")
    selectors, exact = _scan(store, "oa:hasSelector"), _scan(store, "oa:exact")
    starts, ends = _scan(store, "oa:start"), _scan(store, "oa:end")
    lines = {row[0]: row[1] for row in _rows(store, _LINES)}

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


def _qualifiers(store: GraphStore) -> dict[tuple[str, str, str], dict[str, Any]]:
    qualifiers: dict[tuple[str, str, str], dict[str, Any]] = defaultdict(dict)
    for person, organization, role in sorted(_rows(store, _POSTS)):
        qualifiers[(person, "worksFor", organization)].setdefault("roles", []).append(role)
    # sources may disagree on a date or an amount: the earliest date (and its amount) is kept
    for cls, agent, obj, date, amount, currency in sorted(_rows(store, _TRANSACTIONS)):
        entry = qualifiers[(agent, _TRANSACTION_LABEL[cls], obj)]
        for name, value in (("date", date), ("amount", amount), ("currency", currency)):
            if value:
                entry.setdefault(name, value)
    return dict(qualifiers)


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
