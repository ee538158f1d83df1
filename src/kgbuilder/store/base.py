"""The store interface: the one seam between kgbuilder and wherever the graph is kept.

An implementation keeps named graphs and answers SPARQL over their union. The embedded Oxigraph
store implements it; a remote SPARQL 1.1 server can implement it with the same tests.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from rdflib import Dataset, URIRef
from rdflib.term import Node

from kgbuilder.store.results import QueryResult

Triple = tuple[Node, Node, Node]
Quad = tuple[Node, Node, Node, URIRef]


@runtime_checkable
class GraphStore(Protocol):
    """Named graphs in, SPARQL out."""

    def replace_graph(self, name: URIRef, triples: Iterable[Triple]) -> None:
        """Make the named graph hold exactly these triples (other graphs are untouched)."""
        ...

    def remove_graph(self, name: URIRef) -> None:
        """Drop a named graph and its triples; nothing happens if it does not exist."""
        ...

    def graph_names(self) -> list[URIRef]:
        """The named graphs, sorted."""
        ...

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL query over the union of the named graphs."""
        ...

    def update(self, sparql: str) -> None:
        """Run a SPARQL update."""
        ...

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """Every quad (or those of one named graph)."""
        ...

    def __len__(self) -> int:
        """The number of quads."""
        ...

    @property
    def dataset(self) -> Dataset:
        """The store as an rdflib ``Dataset`` whose default graph is the union of the named graphs."""
        ...

    def close(self) -> None: ...
