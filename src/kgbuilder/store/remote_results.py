"""Answers of a remote SPARQL server as ``QueryResult``: the same rdflib terms the embedded store gives.

Servers differ in small ways that would make the same query look different, so they are evened
out here rather than in callers:

- ``xsd:string`` literals become simple rdflib literals (as ``kgbuilder.store.terms`` does);
- Virtuoso writes booleans as ``"1"``/``"0"`` in JSON results, and uses the SPARQL 1.0
  ``typed-literal`` binding type; its blank nodes are named ``nodeID://b123``, turned into ``_:b123``
  (the label it also uses in N-Triples, so the two answers agree);
- language tags are lower-cased (Oxigraph and Virtuoso both do, rdflib compares them so).

The query form (which decides the ``Accept`` header) is read from the first keyword after the
prologue; ``PREFIX``/``BASE`` declarations and comments are skipped.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kgbuilder.errors import QueryError
from kgbuilder.store.results import QueryResult, Row
from kgbuilder.store.terms import from_oxigraph

XSD = "http://www.w3.org/2001/XMLSchema#"
_VIRTUOSO_BNODE = "nodeID://"

_PROLOGUE = re.compile(
    r"""(?:\s+|\#[^\n]*(?:\n|$)
        |PREFIX\s*[^\s:]*:\s*<[^>]*>
        |BASE\s*<[^>]*>)*""",
    re.IGNORECASE | re.VERBOSE,
)
_FORM = re.compile(r"(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def query_form(sparql: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: the form of a query.

    Text that is no query is taken for a SELECT, so that the server's own syntax error (with its
    line and column) reaches the user.
    """
    start = _PROLOGUE.match(sparql)
    found = _FORM.match(sparql, start.end() if start else 0)
    return found.group(1).upper() if found else "SELECT"


def parse_json_results(body: bytes, url: str) -> QueryResult:
    """A SPARQL 1.1 Query Results JSON document (SELECT or ASK)."""
    try:
        document = json.loads(body)
        if "boolean" in document:
            return QueryResult("ASK", boolean=_boolean(document["boolean"]))
        variables = [str(v) for v in document["head"]["vars"]]
        rows: list[Row] = [
            tuple(_term(binding[name]) if name in binding else None for name in variables)
            for binding in document["results"]["bindings"]
        ]
    except (ValueError, KeyError, TypeError) as exc:
        preview = body[:200].decode("utf-8", "replace")
        raise QueryError(
            f"the SPARQL server at {url} sent results kgbuilder cannot read ({exc}): {preview!r}"
        ) from None
    return QueryResult("SELECT", variables=variables, rows=rows)


def parse_graph_result(body: bytes, url: str) -> QueryResult:
    """N-Triples from a CONSTRUCT or DESCRIBE."""
    try:
        triples = [
            (
                bnode_or_term(t.subject),
                bnode_or_term(t.predicate),
                bnode_or_term(t.object),
            )
            for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
        ]
    except SyntaxError as exc:
        raise QueryError(f"the SPARQL server at {url} sent invalid N-Triples: {exc}") from None
    return QueryResult("CONSTRUCT", triples=triples)


def bnode_or_term(term: Any) -> Node:
    """A pyoxigraph term from a server's N-Triples, as an rdflib term."""
    return normalise(from_oxigraph(term))


def normalise(term: Node) -> Node:
    """Even out what servers write differently for the same term (see the module docstring)."""
    if isinstance(term, Literal):
        datatype = str(term.datatype) if term.datatype is not None else None
        if datatype == XSD + "string":
            return Literal(str(term))
        if datatype == XSD + "boolean" and str(term) in ("0", "1"):
            return Literal("true" if str(term) == "1" else "false", datatype=term.datatype)
        if term.language and term.language != term.language.lower():
            return Literal(str(term), lang=term.language.lower())
    return term


def _term(binding: dict[str, Any]) -> Node:
    kind = binding["type"]
    value = str(binding["value"])
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value.removeprefix(_VIRTUOSO_BNODE))
    if kind in ("literal", "typed-literal"):
        language = binding.get("xml:lang")
        datatype = binding.get("datatype")
        if language:
            return normalise(Literal(value, lang=str(language)))
        if datatype:
            return normalise(Literal(value, datatype=URIRef(str(datatype))))
        return Literal(value)
    raise ValueError(f"unknown binding type {kind!r}")


def _boolean(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if value in ("true", "1", 1):
        return True
    if value in ("false", "0", 0):
        return False
    raise ValueError(f"not a boolean: {value!r}")
