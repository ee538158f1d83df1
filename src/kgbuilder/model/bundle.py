"""``GraphBundle``: the triples of each named graph of one build, before they reach a store."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


@dataclass
class GraphBundle:
    """Named graphs as sets of triples; cheap to fill, converted to a store or an rdflib graph."""

    graphs: dict[URIRef, set[Triple]] = field(default_factory=dict)

    def add(self, graph: URIRef, triple: Triple) -> None:
        self.graphs.setdefault(graph, set()).add(triple)

    def quads(self) -> Iterator[tuple[Node, Node, Node, URIRef]]:
        for name, triples in self.graphs.items():
            for s, p, o in triples:
                yield s, p, o, name

    def __len__(self) -> int:
        return sum(len(t) for t in self.graphs.values())

    def union(self) -> Graph:
        """All triples in one rdflib graph (duplicates across named graphs merged)."""
        graph = Graph()
        for triples in self.graphs.values():
            for triple in triples:
                graph.add(triple)
        return graph

    def to_dataset(self) -> Dataset:
        dataset = Dataset()
        for name, triples in self.graphs.items():
            graph = dataset.graph(name)
            for triple in triples:
                graph.add(triple)
        return dataset
