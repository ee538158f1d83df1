"""The networkx projection of the RDF graph: entities as nodes, direct relations as edges.

Node id: the entity IRI. Node attributes: ``label``, ``kind`` (Person, Organization, Place, Event,
IndustryCluster, Other), ``types`` (class IRIs), ``aliases``, ``same_as``. Edge key: the relation
label; edge attributes: ``label`` (worksFor, locatedIn...), ``predicate`` (IRI), ``statement``
(the reified statement IRI that carries its provenance). Literals are attributes, never nodes.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from rdflib import URIRef

from kgbuilder.kinds import Kind, kind_of_class
from kgbuilder.namespaces import sparql_prefixes
from kgbuilder.relations import LABEL_OF_PREDICATE
from kgbuilder.store.base import GraphStore

_ENTITIES = """
SELECT ?entity ?label ?type
       (GROUP_CONCAT(DISTINCT ?alias; SEPARATOR="\\u001f") AS ?aliases)
       (GROUP_CONCAT(DISTINCT STR(?same); SEPARATOR="\\u001f") AS ?sames)
WHERE {
  VALUES ?base { schema:Person schema:Organization schema:Place schema:Event kgb:IndustryCluster schema:Thing }
  ?entity a ?base ; rdfs:label ?label ; a ?type .
  OPTIONAL { ?entity skos:altLabel ?alias }
  OPTIONAL { ?entity owl:sameAs ?same }
}
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


def to_networkx(store: GraphStore) -> nx.MultiDiGraph:
    """Project the store's entities and direct relations into a ``networkx.MultiDiGraph``.

    Examples
    --------
    >>> from kgbuilder.store import OxigraphStore
    >>> to_networkx(OxigraphStore()).number_of_nodes()
    0
    """
    graph = nx.MultiDiGraph()
    nodes: dict[str, dict[str, Any]] = {}
    for row in store.query(sparql_prefixes() + _ENTITIES):
        entity, label, cls, aliases, sames = (str(v) if v is not None else "" for v in row)
        node = nodes.setdefault(
            entity,
            {"label": label, "types": set(), "aliases": _split(aliases), "same_as": _split(sames)},
        )
        node["types"].add(cls)
    for entity in sorted(nodes):
        attributes = nodes[entity]
        attributes["kind"] = _kind(attributes["types"])
        attributes["types"] = sorted(attributes["types"])
        graph.add_node(entity, **attributes)
    values = " ".join(f"<{p}>" for p in sorted(LABEL_OF_PREDICATE))
    edges = sorted(
        tuple("" if v is None else str(v) for v in row)
        for row in store.query(sparql_prefixes() + _EDGES % values)
    )
    for s, p, o, statement in edges:
        if s in nodes and o in nodes:
            label = LABEL_OF_PREDICATE[URIRef(p)]
            graph.add_edge(s, o, key=label, label=label, predicate=p, statement=statement or None)
    return graph


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
