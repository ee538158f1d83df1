"""RDF terms written as SPARQL/N-Triples text, and values given by people read as RDF terms.

Writing a term escapes it as the N-Triples grammar says (``ECHAR``/``UCHAR``), so a value can be
placed in a query or a TSV cell and never be read as anything but that one term.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kgbuilder.errors import QueryError
from kgbuilder.namespaces import RDF, XSD
from kgbuilder.sparqltext import check_iri

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t\b\f\x00-\x1f\x7f]')


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"


def quote_string(value: str) -> str:
    """A string as an N-Triples ``STRING_LITERAL_QUOTE``: one line, every special character escaped."""
    return '"' + _NEEDS_ESCAPE.sub(_escape_char, value) + '"'


def term_text(term: Node) -> str:
    """A term in N-Triples syntax; simple literals are written without ``^^xsd:string``."""
    if isinstance(term, URIRef):
        return f"<{_iri_text(str(term))}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        lexical = quote_string(str(term))
        if term.language:
            return f"{lexical}@{term.language}"
        if term.datatype is None or term.datatype in (XSD.string, RDF.langString):
            return lexical
        return f"{lexical}^^<{_iri_text(str(term.datatype))}>"
    raise QueryError(f"cannot write term {term!r} of type {type(term).__name__}")


def _iri_text(iri: str) -> str:
    try:
        return check_iri(iri)
    except ValueError:
        # characters an IRIREF may not hold are written as UCHAR escapes
        return "".join(
            f"\\u{ord(c):04X}" if c in '<>"{}|^`\\' or ord(c) <= 0x20 else c for c in iri
        )


_SCHEME_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://\S+")
_PREFIXED = re.compile(r"([A-Za-z][\w.\-]*)?:([\w\-.%]*)")
_LITERAL = re.compile(
    r'"(?P<lex>(?:[^"\\]|\\.)*)"(?:@(?P<lang>[A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^(?P<dt>\S+))?',
    re.DOTALL,
)
_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?\d*\.\d+")

#: parameter types a saved query may declare, and what each accepts
PARAM_TYPES = ("any", "iri", "string", "integer", "decimal", "date", "boolean")


def parse_value(text: str, prefixes: dict[str, str], kind: str = "any") -> Node:
    """A value given on the command line or in a form, as an RDF term.

    ``kind`` is a saved query's declared parameter type. With ``any``: ``<iri>``, ``prefix:local``
    (a known prefix), ``https://...``, a quoted literal (``"x"@en``, ``"5"^^xsd:int``), a number or
    ``true``/``false``; anything else is a plain string. ``string`` always gives a plain string.
    """
    if kind == "string":
        return Literal(text)
    if kind == "iri":
        iri = _as_iri(text, prefixes)
        if iri is None:
            raise QueryError(f"{text!r} is not an IRI (write <http://...> or prefix:name)")
        return iri
    if kind in ("integer", "decimal", "date", "boolean"):
        return _typed(text, kind)
    if kind != "any":
        raise QueryError(f"unknown parameter type {kind!r}; known: {', '.join(PARAM_TYPES)}")
    iri = _as_iri(text, prefixes)
    if iri is not None:
        return iri
    match = _LITERAL.fullmatch(text)
    if match:
        lexical = _unescape(match.group("lex"))
        if match.group("lang"):
            return Literal(lexical, lang=match.group("lang"))
        if match.group("dt"):
            datatype = _as_iri(match.group("dt"), prefixes)
            if datatype is None:
                raise QueryError(f"unknown datatype in {text!r}")
            return Literal(lexical, datatype=datatype)
        return Literal(lexical)
    if _INTEGER.fullmatch(text):
        return Literal(text, datatype=XSD.integer)
    if _DECIMAL.fullmatch(text):
        return Literal(text, datatype=XSD.decimal)
    if text in ("true", "false"):
        return Literal(text, datatype=XSD.boolean)
    return Literal(text)


def _as_iri(text: str, prefixes: dict[str, str]) -> URIRef | None:
    if text.startswith("<") and text.endswith(">"):
        try:
            return URIRef(check_iri(text[1:-1]))
        except ValueError as exc:
            raise QueryError(str(exc)) from None
    match = _PREFIXED.fullmatch(text)
    if match and (match.group(1) or "") in prefixes:
        return URIRef(prefixes[match.group(1) or ""] + match.group(2))
    if _SCHEME_IRI.fullmatch(text):
        try:
            return URIRef(check_iri(text))
        except ValueError as exc:
            raise QueryError(str(exc)) from None
    return None


def _typed(text: str, kind: str) -> Literal:
    datatype = {"integer": XSD.integer, "decimal": XSD.decimal, "boolean": XSD.boolean}.get(kind)
    if kind == "integer" and _INTEGER.fullmatch(text):
        return Literal(text, datatype=datatype)
    if kind == "decimal":
        try:
            Decimal(text)
        except InvalidOperation:
            pass
        else:
            return Literal(text, datatype=datatype)
    if kind == "boolean" and text in ("true", "false"):
        return Literal(text, datatype=datatype)
    if kind == "date":
        for pattern, dt in (
            (r"\d{4}-\d{2}-\d{2}", XSD.date),
            (r"\d{4}-\d{2}", XSD.gYearMonth),
            (r"\d{4}", XSD.gYear),
        ):
            if re.fullmatch(pattern, text):
                return Literal(text, datatype=dt)
    raise QueryError(f"{text!r} is not a valid {kind}")


def _unescape(lexical: str) -> str:
    table = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}

    def one(match: re.Match[str]) -> str:
        body = match.group(1)
        if body[0] in "uU":
            return chr(int(body[1:], 16))
        return table[body]

    return re.sub(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[nrtbf\"'\\])", one, lexical)
