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
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx
from rdflib import URIRef

from kgbuilder.kinds import Kind, kind_of_class
from kgbuilder.namespaces import sparql_prefixes
from kgbuilder.relations import LABEL_OF_PREDICATE
from kgbuilder.store.base import GraphStore

_SEP = "\\u001f"

_ENTITIES = f"""
SELECT ?entity ?label ?type
       (GROUP_CONCAT(DISTINCT ?alias; SEPARATOR="{_SEP}") AS ?aliases)
       (GROUP_CONCAT(DISTINCT STR(?same); SEPARATOR="{_SEP}") AS ?sames)
       (GROUP_CONCAT(DISTINCT STR(?source); SEPARATOR="{_SEP}") AS ?sources)
WHERE {{
  VALUES ?base {{ schema:Person schema:Organization schema:Place schema:Event kgb:IndustryCluster schema:Thing }}
  ?entity a ?base ; rdfs:label ?label ; a ?type .
  OPTIONAL {{ ?entity skos:altLabel ?alias }}
  OPTIONAL {{ ?entity owl:sameAs ?same }}
  OPTIONAL {{ ?source schema:mentions ?entity }}
}}
GROUP BY ?entity ?label ?type
"""

_EDGES = """
SELECT DISTINCT ?s ?p ?o ?statement WHERE {
  VALUES ?p { %s }
  ?s ?p ?o .
  FILTER(isIRI(?o))
  OPTIONAL { ?statement rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
}
"""

_EVIDENCE = """
SELECT ?statement ?source ?title ?published ?url ?path ?method ?confidence
       ?sentence ?start ?end ?line ?primary ?primaryTitle ?primaryPublished WHERE {
  ?statement a rdf:Statement ; prov:qualifiedDerivation ?d .
  ?d prov:entity ?source ; kgb:method ?method ; kgb:confidence ?confidence .
  OPTIONAL { ?source dcterms:title ?title }
  OPTIONAL { ?source schema:datePublished ?published }
  OPTIONAL { ?source schema:url ?url }
  OPTIONAL { ?source kgb:sourcePath ?path }
  OPTIONAL {
    ?d prov:hadPrimarySource ?primary .
    OPTIONAL { ?primary dcterms:title ?primaryTitle }
    OPTIONAL { ?primary schema:datePublished ?primaryPublished }
  }
  OPTIONAL {
    ?d kgb:evidence ?span .
    OPTIONAL { ?span oa:hasSelector ?q . ?q a oa:TextQuoteSelector ; oa:exact ?sentence }
    OPTIONAL { ?span oa:hasSelector ?pos . ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }
    OPTIONAL { ?span oa:hasSelector ?f . ?f a oa:FragmentSelector ; rdf:value ?line }
  }
}
"""

_POSTS = """
SELECT ?person ?organization ?role WHERE {
  ?m a org:Membership ; org:member ?person ; org:organization ?organization ; org:role/skos:prefLabel ?role .
}
"""

_TRANSACTIONS = """
SELECT ?class ?agent ?object ?date ?amount ?currency WHERE {
  VALUES ?class { kgb:Acquisition kgb:Investment }
  ?t a ?class ; schema:agent ?agent ; schema:object ?object .
  OPTIONAL { ?t schema:startDate ?date }
  OPTIONAL { ?t schema:amount ?amount }
  OPTIONAL { ?t schema:currency ?currency }
}
"""

_FIGURES = """
SELECT ?about ?measure ?measureLabel ?value ?unit ?period ?place ?scope WHERE {
  ?o a schema:Observation ; schema:observationAbout ?about ; schema:measuredProperty ?measure ; schema:value ?value .
  OPTIONAL { ?measure rdfs:label ?measureLabel }
  OPTIONAL { ?o schema:unitText ?unit }
  OPTIONAL { ?o schema:observationPeriod ?period }
  OPTIONAL { ?o schema:location ?place }
  OPTIONAL { ?o kgb:scope ?scope }
}
"""

_DATES = """
SELECT ?entity ?property ?date WHERE {
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
    evidence = _evidence(store)
    qualifiers = _qualifiers(store)
    values = " ".join(f"<{p}>" for p in sorted(LABEL_OF_PREDICATE))
    for s, p, o, statement in sorted(_rows(store, _EDGES % values)):
        if s in nodes and o in nodes:
            label = LABEL_OF_PREDICATE[URIRef(p)]
            graph.add_edge(
                s,
                o,
                key=label,
                label=label,
                predicate=p,
                statement=statement or None,
                qualifiers=qualifiers.get((s, label, o), {}),
                evidence=evidence.get(statement, []),
            )
    return graph


def _rows(store: GraphStore, query: str) -> list[tuple[str, ...]]:
    """Rows of a SELECT as plain strings ("" for unbound)."""
    result = store.query(sparql_prefixes() + query)
    return [tuple("" if v is None else str(v) for v in row) for row in result.rows]


def _nodes(store: GraphStore) -> dict[str, dict[str, Any]]:
    nodes: dict[str, dict[str, Any]] = {}
    for entity, label, cls, aliases, sames, sources in _rows(store, _ENTITIES):
        node = nodes.setdefault(
            entity,
            {
                "label": label,
                "types": set(),
                "aliases": _split(aliases),
                "same_as": _split(sames),
                "sources": _split(sources),
                "figures": [],
                "dates": {},
            },
        )
        node["types"].add(cls)
    for attributes in nodes.values():
        attributes["kind"] = _kind(attributes["types"])
        attributes["types"] = sorted(attributes["types"])
    for about, measure, measure_label, value, unit, period, place, scope in sorted(
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


def _evidence(store: GraphStore) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, dict[tuple[str, str, str], dict[str, Any]]] = defaultdict(dict)
    for row in sorted(_rows(store, _EVIDENCE)):
        statement, source, title, published, url, path, method, confidence = row[:8]
        sentence, start, end, line, primary, primary_title, primary_published = row[8:]
        key = (source, start, line)
        found[statement].setdefault(
            key,
            {
                "source": source,
                "title": title or None,
                "published": published or None,
                "url": url or None,
                "path": path or None,
                "method": method,
                "confidence": float(confidence) if confidence else None,
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
    for cls, agent, obj, date, amount, currency in sorted(_rows(store, _TRANSACTIONS)):
        entry = qualifiers[(agent, _TRANSACTION_LABEL[cls], obj)]
        for name, value in (("date", date), ("amount", amount), ("currency", currency)):
            if value:
                entry[name] = value
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


def _split(joined: str) -> list[str]:
    return sorted(v for v in joined.split("\x1f") if v)
