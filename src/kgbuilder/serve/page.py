"""The pages of the endpoint: the query page at ``/`` and the network view of graph results.

Both are single files with inline script and style and no external URL, so they work offline.
Query text and results reach the query page only through ``fetch`` and are shown with
``textContent``; the network view is drawn by ``kgbuilder.render.html.render_html``.
"""

from __future__ import annotations

import json
from importlib import resources

import networkx as nx
import pyoxigraph as ox

from kgbuilder.serve.network import triples_to_networkx
from kgbuilder.store.terms import from_oxigraph

_MAX_LOOKUP = 2000


def query_page() -> str:
    """The query page (static: the saved queries are fetched from ``/queries``)."""
    return resources.files("kgbuilder.serve").joinpath("templates", "query.html").read_text("utf-8")


def _nodes(ntriples: bytes) -> list[str]:
    nodes: set[str] = set()
    for triple in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES):
        for term in (triple.subject, triple.object):
            if isinstance(term, ox.NamedNode):
                nodes.add(term.value)
    return sorted(nodes)


def node_lookup_query(ntriples: bytes) -> str | None:
    """A query for the labels and classes of a graph result's IRIs (None when it has none)."""
    nodes = _nodes(ntriples)[:_MAX_LOOKUP]
    if not nodes:
        return None
    values = " ".join(
        f"<{n}>" for n in nodes
    )  # IRIs read by the N-Triples parser: no escaping needed
    return (
        "SELECT ?x ?label ?type WHERE { VALUES ?x { " + values + " } "
        "OPTIONAL { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?label } "
        "OPTIONAL { ?x a ?type } }"
    )


def result_graph(ntriples: bytes, lookup_json: bytes) -> nx.MultiDiGraph:
    """The networkx graph of a graph result, labelled and typed from the store's answers."""
    labels: dict[str, str] = {}
    types: dict[str, list[str]] = {}
    if lookup_json:
        for binding in json.loads(lookup_json)["results"]["bindings"]:
            node = binding["x"]["value"]
            if "label" in binding:
                labels.setdefault(node, binding["label"]["value"])
            if "type" in binding:
                types.setdefault(node, []).append(binding["type"]["value"])
    triples = [
        (from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object))
        for t in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES)
    ]
    graph = triples_to_networkx(triples, labels, types)
    for node in graph.nodes:
        graph.nodes[node].setdefault("same_as", [])
        graph.nodes[node].setdefault("aliases", [])
    return graph


def network_page(ntriples: bytes, lookup_json: bytes) -> str:
    """The network view of a graph result, drawn by the project's renderer."""
    from kgbuilder.render.html import render_html

    graph = result_graph(ntriples, lookup_json)
    return render_html(graph, title="Query result")


__all__ = ["network_page", "node_lookup_query", "query_page", "result_graph"]
