"""SPARQL 1.1 query result formats, written exactly as the W3C specifications say.

JSON (https://www.w3.org/TR/sparql11-results-json/), XML (rdf-sparql-XMLres), CSV and TSV
(https://www.w3.org/TR/sparql11-results-csv-tsv/); graph results as Turtle, N-Triples or JSON-LD.
"""

from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kgbuilder.errors import UnknownNameError
from kgbuilder.kinds import unknown_name_message
from kgbuilder.namespaces import RDF, XSD, prefixes_for
from kgbuilder.store.results import QueryResult

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


def _xml_term(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    assert isinstance(term, Literal)
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(str(term))}</literal>"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"<literal datatype={quoteattr(str(term.datatype))}>{escape(str(term))}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


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
    lines.extend("\t".join("" if v is None else _ntriples(v) for v in row) for row in result.rows)
    return ("\n".join(lines) + "\n").encode("utf-8")


def _ntriples(term: Node) -> str:
    """A term in N-Triples syntax (what TSV results use); simple literals without ``^^xsd:string``."""
    if isinstance(term, Literal) and not term.language and term.datatype in (None, XSD.string):
        return Literal(str(term)).n3()
    if isinstance(term, Literal) and term.datatype == RDF.langString:
        return Literal(str(term), lang=term.language).n3()
    return term.n3()


def _graph(result: QueryResult, format_name: str, base_iri: str | None) -> bytes:
    from kgbuilder.export.rdf import serialize_quads, sorted_quads

    quads = sorted_quads(
        ((s, p, o, URIRef("urn:x-kgbuilder:result")) for s, p, o in result.triples), union=True
    )
    prefixes = prefixes_for(base_iri) if base_iri else prefixes_for("urn:x-kgbuilder:")
    name = {"turtle": "turtle", "ntriples": "ntriples", "jsonld": "jsonld"}[format_name]
    return serialize_quads(quads, name, prefixes)
