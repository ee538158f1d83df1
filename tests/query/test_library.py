from __future__ import annotations

from pathlib import Path

import pytest

from kgbuilder.errors import QueryError, UnknownNameError
from kgbuilder.query.library import (
    Parameter,
    builtin_dir,
    find_saved_query,
    load_library,
    parse_saved_query,
)

HEADER = """# title: Things by name
# answers: Every thing, or the one
#   with this name.
# param name (string, optional): a name
#   or an alias
# param kind (iri): a class
SELECT ?x WHERE { ?x a ?kind ; rdfs:label ?name }
"""


def test_parse_saved_query_reads_the_header() -> None:
    saved = parse_saved_query(HEADER, Path("things.rq"))
    assert saved.name == "things"
    assert saved.title == "Things by name"
    assert saved.answers == "Every thing, or the one with this name."
    assert saved.parameters == (
        Parameter("name", "string", True, "a name or an alias"),
        Parameter("kind", "iri", False, "a class"),
    )


def test_parse_saved_query_needs_a_title() -> None:
    with pytest.raises(QueryError, match=r"x\.rq: a saved query starts with"):
        parse_saved_query("SELECT * {}", Path("x.rq"))


def test_parse_saved_query_names_an_unknown_option() -> None:
    with pytest.raises(QueryError, match=r"x\.rq:2: unknown parameter option 'colour'"):
        parse_saved_query("# title: t\n# param a (colour): b\nSELECT * {}", Path("x.rq"))


def test_load_library_lets_a_data_folder_add_and_override(tmp_path: Path) -> None:
    (tmp_path / "why.rq").write_text("# title: My own why\nASK {}\n", encoding="utf-8")
    (tmp_path / "mine.rq").write_text("# title: Mine\nASK {}\n", encoding="utf-8")
    library = load_library([tmp_path])
    assert library["why"].title == "My own why"
    assert "mine" in library
    assert "people-and-posts" in library


def test_find_saved_query_suggests_close_names() -> None:
    with pytest.raises(UnknownNameError, match="did you mean 'events'"):
        find_saved_query("event", load_library())


def test_builtin_library_headers_are_complete() -> None:
    folder = builtin_dir()
    assert folder is not None
    library = load_library()
    assert len(library) == len(list(folder.glob("*.rq"))) >= 9
    for saved in library.values():
        assert saved.answers, saved.name
        for parameter in saved.parameters:
            assert f"?{parameter.name}" in saved.text, (saved.name, parameter.name)
            assert parameter.description, (saved.name, parameter.name)
