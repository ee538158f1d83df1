"""``QueryResult``: the answer to a SPARQL query, the same whichever store produced it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal as TypingLiteral

from rdflib import Graph
from rdflib.term import Node

Row = tuple[Node | None, ...]


@dataclass
class QueryResult:
    """Rows of a SELECT, the answer of an ASK, or the triples of a CONSTRUCT/DESCRIBE.

    Iterating gives the rows (SELECT) or the triples (graph results); ``bool()`` of an ASK result
    is its answer.
    """

    type: TypingLiteral["SELECT", "ASK", "CONSTRUCT"]
    variables: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Node, Node, Node]] = field(default_factory=list)

    def __iter__(self) -> Iterator[tuple[Node | None, ...]]:
        if self.type == "CONSTRUCT":
            return iter(self.triples)
        return iter(self.rows)

    def __len__(self) -> int:
        if self.type == "ASK":
            return 1
        return len(self.triples) if self.type == "CONSTRUCT" else len(self.rows)

    def __bool__(self) -> bool:
        if self.type == "ASK":
            return bool(self.boolean)
        return len(self) > 0

    def dicts(self) -> list[dict[str, Node]]:
        """SELECT rows as dictionaries of the bound variables only."""
        return [
            {
                name: value
                for name, value in zip(self.variables, row, strict=True)
                if value is not None
            }
            for row in self.rows
        ]

    def values(self) -> list[tuple[str | None, ...]]:
        """SELECT rows with every term as its plain string value (None when unbound)."""
        return [tuple(None if v is None else str(v) for v in row) for row in self.rows]

    def graph(self) -> Graph:
        """CONSTRUCT/DESCRIBE triples as an rdflib graph."""
        graph = Graph()
        for triple in self.triples:
            graph.add(triple)
        return graph
