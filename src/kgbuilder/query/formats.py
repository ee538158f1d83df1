"""SPARQL 1.1 query result formats, written exactly as the W3C specifications say.

JSON (https://www.w3.org/TR/sparql11-results-json/), XML (rdf-sparql-XMLres), CSV and TSV
(https://www.w3.org/TR/sparql11-results-csv-tsv/); graph results as Turtle, N-Triples or JSON-LD.
"""

from __future__ import annotations

import csv
import io
import json
import re
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kgbuilder.errors import StoreError, UnknownNameError
from kgbuilder.kinds import unknown_name_message
from kgbuilder.namespaces import PREFIXES, XSD, prefixes_for
from kgbuilder.query.terms import term_text
from kgbuilder.store.results import QueryResult

_XSD_STRING = str(XSD.string)
SOLUTION_FORMATS = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}
GRAPH_FORMATS = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}


def serialize_result(
    result: QueryResult, format_name: str, *, base_iri: str | None = None
) -> bytes:
    """A query result in one of the W3C formats (solutions) or an RDF syntax (graph results)."""
    if result.type == "CONSTRUCT":
        if format_name not in GRAPH_FORMATS:
            raise UnknownNameError(
                unknown_name_message("graph result format", format_name, GRAPH_FORMATS)
            )
        return _graph(result, format_name, base_iri)
    writers = {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv}
    if format_name not in writers:
        raise UnknownNameError(unknown_name_message("result format", format_name, SOLUTION_FORMATS))
    return writers[format_name](result)


def _json(result: QueryResult) -> bytes:
    if result.type == "ASK":
        document: dict[str, object] = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = [
            {
                name: _json_term(value)
                for name, value in zip(result.variables, row, strict=True)
                if value is not None
            }
            for row in result.rows
        ]
        document = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def oxigraph_json(result: ox.QuerySolutions | ox.QueryBoolean, cap: int) -> tuple[bytes, int, bool]:
    """A pyoxigraph SELECT or ASK result as SPARQL JSON, at most ``cap`` rows, without rdflib.

    Returns the JSON (the same document ``serialize_result(..., "json")`` writes), the number of
    rows written and whether rows were left out. The endpoint's common path: no term conversion.
    """
    if isinstance(result, ox.QueryBoolean):
        document: dict[str, object] = {"head": {}, "boolean": bool(result)}
        return json.dumps(document, ensure_ascii=False).encode("utf-8"), 1, False
    variables = [v.value for v in result.variables]
    bindings: list[dict[str, dict[str, str]]] = []
    truncated = False
    for solution in result:
        if len(bindings) == cap:
            truncated = True
            break
        bindings.append(
            {
                name: _oxigraph_json_term(term)
                for name, term in zip(variables, solution, strict=True)
                if term is not None
            }
        )
    document = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False).encode("utf-8"), len(bindings), truncated


def _oxigraph_json_term(
    term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple,
) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    raise StoreError(f"unsupported term {term!r} (RDF-star triple terms are not used by kgbuilder)")


def _xml(result: QueryResult) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>']
    if result.type == "ASK":
        out.append(
            f"</head>\n<boolean>{'true' if result.boolean else 'false'}</boolean>\n</sparql>\n"
        )
        return "".join(out).encode("utf-8")
    out.extend(f"<variable name={quoteattr(name)}/>" for name in result.variables)
    out.append("</head>\n<results>\n")
    for row in result.rows:
        out.append("<result>")
        for name, value in zip(result.variables, row, strict=True):
            if value is not None:
                out.append(f"<binding name={quoteattr(name)}>{_xml_term(value)}</binding>")
        out.append("</result>\n")
    out.append("</results>\n</sparql>\n")
    return "".join(out).encode("utf-8")


# XML 1.0 cannot hold these characters, not even as references: they are written as U+FFFD
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(value: str) -> str:
    return escape(_XML_ILLEGAL.sub("\ufffd", value))


def _xml_term(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{_xml_text(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{_xml_text(str(term))}</bnode>"
    assert isinstance(term, Literal)
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{_xml_text(str(term))}</literal>"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"<literal datatype={quoteattr(str(term.datatype))}>{_xml_text(str(term))}</literal>"
    return f"<literal>{_xml_text(str(term))}</literal>"


def _csv(result: QueryResult) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.type == "ASK":
        writer.writerow(["_askResult"])
        writer.writerow(["true" if result.boolean else "false"])
    else:
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(
                ["" if v is None else (f"_:{v}" if isinstance(v, BNode) else str(v)) for v in row]
            )
    return buffer.getvalue().encode("utf-8")


def _tsv(result: QueryResult) -> bytes:
    if result.type == "ASK":
        return f"?_askResult\n{'true' if result.boolean else 'false'}\n".encode()
    lines = ["\t".join(f"?{name}" for name in result.variables)]
    # terms in N-Triples syntax, escaped: a tab or a line break in a value cannot break the table
    lines.extend("\t".join("" if v is None else term_text(v) for v in row) for row in result.rows)
    return ("\n".join(lines) + "\n").encode("utf-8")


def _graph(result: QueryResult, format_name: str, base_iri: str | None) -> bytes:
    from kgbuilder.export.rdf import serialize_quads, sorted_quads

    quads = sorted_quads(
        ((s, p, o, URIRef("urn:x-kgbuilder:result")) for s, p, o in result.triples), union=True
    )
    prefixes = prefixes_for(base_iri) if base_iri else dict(PREFIXES)
    return serialize_quads(quads, format_name, prefixes)
