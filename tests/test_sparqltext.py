from __future__ import annotations

import pytest

from kgbuilder.sparqltext import check_iri, declares_dataset, shape, tokens, with_dataset


@pytest.mark.parametrize(
    ("query", "form"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
        ("prefix x: <http://x/> construct { ?s ?p ?o } where { ?s ?p ?o }", "CONSTRUCT"),
        ("ASK { ?s ?p ?o }", "ASK"),
        ("DESCRIBE <http://x/a>", "DESCRIBE"),
        ("INSERT DATA { <http://a> <http://b> <http://c> }", "UPDATE"),
        ("# SELECT in a comment\nLOAD <http://x/>", "UPDATE"),
        ("", ""),
    ],
)
def test_shape_finds_the_form(query: str, form: str) -> None:
    assert shape(query).form == form


@pytest.mark.parametrize(
    "query",
    [
        'SELECT ?x WHERE { ?x <http://p> "FROM <http://evil/> SERVICE" }',
        "SELECT ?x WHERE { ?x <http://x/FROM> ?y } # FROM <http://c/>",
        "SELECT ?x WHERE { ?x ex:service ?y }",
        "SELECT ?x WHERE { ?x <http://p> '''a\nSERVICE <http://evil/> { }''' }",
    ],
)
def test_shape_ignores_keywords_in_strings_iris_comments_and_names(query: str) -> None:
    info = shape(query)
    assert info.dataset_clauses == ()
    assert info.reaches_out == ()
    assert not declares_dataset(query)


@pytest.mark.parametrize(
    ("query", "keywords"),
    [
        ("SELECT * { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }", ("SERVICE",)),
        ("SELECT * { service silent ?g { ?s ?p ?o } }", ("SERVICE",)),
        ("LOAD <http://127.0.0.1:1/x.ttl> INTO GRAPH <http://g>", ("LOAD",)),
    ],
)
def test_shape_finds_outgoing_keywords(query: str, keywords: tuple[str, ...]) -> None:
    assert shape(query).reaches_out == keywords


def test_shape_finds_where_group_after_construct_template_and_from() -> None:
    query = "CONSTRUCT { ?s a ?o } FROM <http://g/1> WHERE { ?s ?p ?o }"
    info = shape(query)
    assert query[info.where_open or 0 :].startswith("{ ?s ?p ?o }")
    assert [query[a:b] for a, b in info.dataset_clauses] == ["FROM <http://g/1>"]
    assert not info.template_is_where


def test_shape_marks_construct_where_short_form() -> None:
    assert shape("CONSTRUCT WHERE { ?s ?p ?o }").template_is_where


def test_shape_skips_parentheses_of_select_expressions() -> None:
    query = "SELECT (COUNT(*) AS ?n) FROM NAMED <http://g> { ?s ?p ?o }"
    info = shape(query)
    assert [query[a:b] for a, b in info.dataset_clauses] == ["FROM NAMED <http://g>"]
    assert info.variables == {"n", "s", "p", "o"}


def test_with_dataset_replaces_the_query_dataset() -> None:
    query = "SELECT * FROM <http://old/> WHERE { ?s ?p ?o }"
    out = with_dataset(query, ["http://new/1"], ["http://new/2"])
    assert "http://old/" not in out
    assert shape(out).dataset_clauses
    assert "FROM <http://new/1> FROM NAMED <http://new/2>" in out


@pytest.mark.parametrize("iri", ["http://x/> } DROP ALL { <", "no-colon", "http://a b"])
def test_check_iri_refuses_what_cannot_be_an_iri(iri: str) -> None:
    with pytest.raises(ValueError, match="not an absolute IRI"):
        check_iri(iri)


def test_tokens_keep_iri_with_less_than_operator_apart() -> None:
    kinds = [t.kind for t in tokens("FILTER(?a < ?b)")]
    assert "iri" not in kinds


@pytest.mark.parametrize(
    ("query", "depth"),
    [
        ("ASK {}", 1),
        ("SELECT * WHERE { { ?s ?p [ ?q ( 1 2 ) ] } }", 4),
        ("SELECT * WHERE { ?s ?p '{{{{((((' } # {{{{", 1),  # strings and comments do not nest
        ("INSERT DATA { GRAPH <g> { <a> <b> ( ( 1 ) ) } }", 4),  # updates too
        ("SELECT * WHERE " + "{" * 500, 500),  # unclosed brackets count
        ("SELECT * WHERE { ?a ?b ?c FILTER(?c < 3 && (?c > 1)) }", 3),
    ],
)
def test_shape_measures_bracket_depth(query: str, depth: int) -> None:
    assert shape(query).depth == depth
