"""Term conversion between rdflib and pyoxigraph, in one module (as oxrdflib does).

Oxigraph types every simple literal ``xsd:string`` (RDF 1.1); rdflib treats ``Literal("x")`` and
``Literal("x", datatype=XSD.string)`` as different terms. Here ``xsd:string`` literals come back
as simple rdflib literals, so that ``Literal("x")`` compares equal to what the store returns.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kgbuilder.errors import StoreError

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
OxGraphName = ox.NamedNode | ox.BlankNode | ox.DefaultGraph


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"cannot store term {term!r} of type {type(term).__name__}")


def from_oxigraph(term: OxTerm) -> Node:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise StoreError(f"unsupported term {term!r} (RDF-star triple terms are not used by kgbuilder)")


def quad_to_oxigraph(s: Node, p: Node, o: Node, g: URIRef | None) -> ox.Quad:
    graph: OxGraphName = ox.DefaultGraph() if g is None else ox.NamedNode(str(g))
    return ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph)  # type: ignore[arg-type]
