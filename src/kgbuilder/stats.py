"""Counts of what a graph holds, by SPARQL: triples per named graph, entities per class, predicates."""

from __future__ import annotations

from typing import Any

from kgbuilder.namespaces import sparql_prefixes
from kgbuilder.store.base import GraphStore

_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
PER_CLASS = (
    "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY ?class"
)
_PER_PREDICATE = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p"
#: the union's statements, each once however many named graphs hold it (``?s ?p ?o`` over the
#: union default graph meets a statement once per graph)
DISTINCT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


def graph_counts(store: GraphStore) -> dict[str, Any]:
    """Triples (union, distinct), quads, and counts per named graph, class and predicate."""
    prefixes = sparql_prefixes()

    def table(query: str) -> dict[str, int]:
        return {
            str(key): int(str(n))
            for key, n in store.query(prefixes + query).rows
            if key is not None and n is not None
        }

    total = store.query(DISTINCT_TRIPLES).rows[0][0]
    return {
        "triples": int(str(total)),
        "quads": len(store),
        "named_graphs": table(_PER_GRAPH),
        "classes": table(PER_CLASS),
        "predicates": table(_PER_PREDICATE),
    }
