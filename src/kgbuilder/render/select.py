"""Which part of the graph to show: some kinds or relations, or a query's answer.

Input and output: the networkx projection (``kgbuilder.analyze.to_networkx``), nodes and edges
keeping their attributes, so that the view of a part looks and reads like the view of the whole.
Entities are found and neighbourhoods taken by ``kgbuilder.analyze`` (``find_entity``,
``ego_network``), the same lookup the ``path`` and ``neighbors`` commands use.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx
from rdflib import Literal, URIRef

from kgbuilder.errors import ConfigError, QueryError
from kgbuilder.kinds import Kind, unknown_name_message
from kgbuilder.relations import LABEL_OF_PREDICATE, LABELS
from kgbuilder.store.results import QueryResult

#: edge label of a pair from a SELECT that no direct relation joins
QUERY_PAIR = "query result"


def restrict(
    graph: nx.MultiDiGraph,
    *,
    kinds: Iterable[str] = (),
    relations: Iterable[str] = (),
) -> nx.MultiDiGraph:
    """Keep only entities of ``kinds`` and edges of ``relations`` (an empty choice keeps all).

    Names compare case-insensitively; relations are the labels of ``kgbuilder.relations`` and
    any other edge label of the graph (edges drawn from a query). Unknown names are a
    ``ConfigError`` that lists the known ones.
    """
    present = {str(data.get("label", key)) for _, _, key, data in graph.edges(keys=True, data=True)}
    wanted_kinds = {_known(k, [kind.value for kind in Kind], "kind") for k in kinds}
    wanted_relations = {_known(r, sorted({*LABELS, *present}), "relation") for r in relations}
    kept = graph.copy()
    if wanted_kinds:
        kept.remove_nodes_from(
            [n for n, data in graph.nodes(data=True) if data.get("kind") not in wanted_kinds]
        )
    if wanted_relations:
        kept.remove_edges_from(
            [
                (s, o, key)
                for s, o, key, data in kept.edges(keys=True, data=True)
                if data.get("label", key) not in wanted_relations
            ]
        )
    return kept


def _known(name: str, known: list[str], what: str) -> str:
    for candidate in known:
        if candidate.casefold() == name.strip().casefold():
            return candidate
    raise ConfigError(unknown_name_message(what, name, known))


def from_query(graph: nx.MultiDiGraph, result: QueryResult) -> nx.MultiDiGraph:
    """The part of the graph a SPARQL answer names.

    - CONSTRUCT/DESCRIBE: every triple between two entities; a triple of a direct relation
      brings that edge (with its evidence); any other predicate is drawn as an edge named after
      it. Entities named only as a subject or object of other triples are shown alone.
    - SELECT: each row names entities (IRI values that are entities, in column order); the first
      two of a row are a pair, joined by their direct relations, or by an edge labelled with the
      row's ``?label`` (else "query result") when none joins them.
    """
    if result.type == "ASK":
        raise QueryError(
            "an ASK query answers yes or no: give a CONSTRUCT, or a SELECT of entities"
        )
    view = nx.MultiDiGraph()
    if result.type == "CONSTRUCT":
        for s, p, o in sorted(result.triples):
            _add_triple(graph, view, str(s), str(p), str(o))
    else:
        labels = [i for i, name in enumerate(result.variables) if name == "label"]
        for row in result.rows:
            entities = [str(v) for v in row if isinstance(v, URIRef) and str(v) in graph]
            for entity in entities:
                _add_node(graph, view, entity)
            if len(entities) >= 2 and entities[0] != entities[1]:
                label = row[labels[0]] if labels else None
                _add_pair(graph, view, entities[0], entities[1], label)
    return view


def _add_node(graph: nx.MultiDiGraph, view: nx.MultiDiGraph, node: str) -> None:
    if node not in view:
        view.add_node(node, **graph.nodes[node])


def _add_triple(graph: nx.MultiDiGraph, view: nx.MultiDiGraph, s: str, p: str, o: str) -> None:
    if s not in graph or o not in graph:
        for end in (s, o):
            if end in graph:
                _add_node(graph, view, end)
        return
    _add_node(graph, view, s)
    _add_node(graph, view, o)
    label = LABEL_OF_PREDICATE.get(URIRef(p))
    if label is not None and graph.has_edge(s, o, key=label):
        view.add_edge(s, o, key=label, **graph.edges[s, o, label])
    else:
        name = p.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1] or p
        view.add_edge(
            s,
            o,
            key=name,
            label=name,
            predicate=p,
            statement=None,
            qualifiers={},
            evidence=[],
            query=True,
        )


def _add_pair(graph: nx.MultiDiGraph, view: nx.MultiDiGraph, a: str, b: str, label: object) -> None:
    joined = False
    for s, o in ((a, b), (b, a)):
        for key, data in graph.get_edge_data(s, o, default={}).items():
            view.add_edge(s, o, key=key, **data)
            joined = True
    if not joined:
        name = str(label) if isinstance(label, Literal | URIRef) else QUERY_PAIR
        if not view.has_edge(a, b, key=name):
            view.add_edge(
                a,
                b,
                key=name,
                label=name,
                predicate=None,
                statement=None,
                qualifiers={},
                evidence=[],
                query=True,
            )
