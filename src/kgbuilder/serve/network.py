"""``show as network`` for graph results: triples to a networkx graph for the project's renderer.

Nodes are the IRIs of the triples (subjects, and objects that are IRIs); literals stay attributes.
Labels and kinds come from the result itself, else from what the store says of those IRIs.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.term import Node

from kgbuilder.kinds import kind_of_class
from kgbuilder.namespaces import RDF, RDFS
from kgbuilder.relations import LABEL_OF_PREDICATE


def local_name(iri: str) -> str:
    """The last segment of an IRI, for labels of things that have none."""
    for separator in ("#", "/", ":"):
        _head, sep, tail = iri.rstrip("/#").rpartition(separator)
        if sep and tail:
            return tail
    return iri


def triples_to_networkx(
    triples: Iterable[tuple[Node, Node, Node]],
    labels: dict[str, str] | None = None,
    types: dict[str, list[str]] | None = None,
) -> nx.MultiDiGraph:
    """A ``MultiDiGraph`` as ``kgbuilder.render.html.render_html`` draws it."""
    labels = dict(labels or {})
    types = {k: list(v) for k, v in (types or {}).items()}
    edges: list[tuple[str, str, str, str]] = []
    nodes: set[str] = set()
    for s, p, o in triples:
        if not isinstance(s, URIRef):
            continue
        nodes.add(str(s))
        if p == RDFS.label and isinstance(o, Literal):
            labels[str(s)] = str(o)
        elif p == RDF.type and isinstance(o, URIRef):
            types.setdefault(str(s), []).append(str(o))
        elif isinstance(o, URIRef):
            nodes.add(str(o))
            label = LABEL_OF_PREDICATE.get(p) if isinstance(p, URIRef) else None
            edges.append((str(s), str(o), label or local_name(str(p)), str(p)))
    graph = nx.MultiDiGraph()
    for node in sorted(nodes):
        kinds = [kind_of_class(URIRef(t)) for t in types.get(node, [])]
        kind = next((str(k) for k in kinds if k is not None), "Other")
        graph.add_node(node, label=labels.get(node, local_name(node)), kind=kind)
    for source, target, label, predicate in edges:
        graph.add_edge(source, target, key=label, label=label, predicate=predicate)
    return graph
