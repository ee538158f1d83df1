from __future__ import annotations

import pytest
from rdflib import BNode, Literal, URIRef

from kgbuilder.errors import QueryError
from kgbuilder.namespaces import XSD, prefixes_for
from kgbuilder.query.terms import parse_value, quote_string, term_text

PREFIXES = prefixes_for("https://example.org/id/")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("<http://example.org/x>", URIRef("http://example.org/x")),
        ("person:ana", URIRef("https://example.org/id/person/ana")),
        ("https://example.org/y", URIRef("https://example.org/y")),
        ('"hola"@es', Literal("hola", lang="es")),
        ('"5"^^xsd:int', Literal("5", datatype=XSD.int)),
        ('"a \\"q\\""', Literal('a "q"')),
        ("42", Literal("42", datatype=XSD.integer)),
        ("4.5", Literal("4.5", datatype=XSD.decimal)),
        ("true", Literal("true", datatype=XSD.boolean)),
        ("Paulo Braga", Literal("Paulo Braga")),
        ("unknownprefix:x", Literal("unknownprefix:x")),
    ],
)
def test_parse_value_reads_what_people_type(text: str, term: object) -> None:
    assert parse_value(text, PREFIXES) == term


@pytest.mark.parametrize(
    ("text", "kind", "term"),
    [
        ("42", "string", Literal("42")),
        ("2024-11", "date", Literal("2024-11", datatype=XSD.gYearMonth)),
        ("2024-11-05", "date", Literal("2024-11-05", datatype=XSD.date)),
        ("7", "integer", Literal("7", datatype=XSD.integer)),
        ("person:ana", "iri", URIRef("https://example.org/id/person/ana")),
    ],
)
def test_parse_value_follows_declared_type(text: str, kind: str, term: object) -> None:
    assert parse_value(text, PREFIXES, kind) == term


@pytest.mark.parametrize(
    ("text", "kind"), [("Ana", "iri"), ("x", "integer"), ("soon", "date"), ("1", "colour")]
)
def test_parse_value_refuses_values_of_the_wrong_type(text: str, kind: str) -> None:
    with pytest.raises(QueryError):
        parse_value(text, PREFIXES, kind)


@pytest.mark.parametrize(
    ("term", "text"),
    [
        (URIRef("http://x/a"), "<http://x/a>"),
        (BNode("b1"), "_:b1"),
        (Literal('a\tb\nc"d\\'), '"a\\tb\\nc\\"d\\\\"'),
        (Literal("x", lang="en"), '"x"@en'),
        (Literal("x", datatype=XSD.string), '"x"'),
        (Literal("1", datatype=XSD.integer), '"1"^^<http://www.w3.org/2001/XMLSchema#integer>'),
    ],
)
def test_term_text_writes_escaped_ntriples(term: object, text: str) -> None:
    assert term_text(term) == text  # type: ignore[arg-type]


def test_quote_string_escapes_control_characters() -> None:
    assert quote_string("\x01") == '"\\u0001"'
