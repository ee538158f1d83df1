"""Properties of the readers: any text in a document or a records file is read or reported.

Whatever a ``.txt``, ``.md``, ``.html`` or records file holds, reading it raises nothing (bad
input becomes a ``Problem``), and the graph of what was read conforms to the SHACL shapes.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from kgb_properties import FRAGMENTS, graph_problems, hostile_name, hostile_text
from kgbuilder.errors import Problem
from kgbuilder.relations import LABELS
from kgbuilder.sources.collect import SourceInputs
from kgbuilder.sources.documents import read_document
from kgbuilder.sources.records import load_records

_counter = itertools.count()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for the module's files (hypothesis runs many examples per test call)."""
    return tmp_path_factory.mktemp("properties")


def _write(folder: Path, suffix: str, data: bytes) -> Path:
    path = folder / f"f{next(_counter)}{suffix}"
    path.write_bytes(data)
    return path


def _front_matter() -> st.SearchStrategy[str]:
    """Front matter blocks whose keys and values may hold anything."""
    value = st.one_of(hostile_text(max_pieces=3), st.integers(), st.none(), st.booleans())
    keys = st.sampled_from(("title", "date", "published", "url", "source", "publisher", "type"))
    safe = st.dictionaries(keys, value, max_size=4).map(
        lambda d: "---\n" + yaml.safe_dump(d, allow_unicode=True) + "---\n"
    )
    raw = hostile_text(max_pieces=4).map(lambda t: f"---\n{t}\n---\n")
    return st.one_of(safe, raw)


def _document_text(suffix: str) -> st.SearchStrategy[str]:
    body = hostile_text()
    if suffix == ".md":
        return st.builds(lambda fm, b: fm + b, st.one_of(st.just(""), _front_matter()), body)
    if suffix == ".html":
        wrapped = st.builds(
            lambda title, b: f"<html><head><title>{title}</title></head><body><p>{b}</p></body>",
            hostile_text(max_pieces=3),
            body,
        )
        return st.one_of(body, wrapped)
    return body


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@given(data=st.data())
def test_read_document_any_text_is_read_or_reported(
    folder: Path, suffix: str, data: st.DataObject
) -> None:
    text = data.draw(_document_text(suffix))
    problems: list[Problem] = []
    encoded = ("\ufeff" if suffix == ".md" else "").encode() + text.encode("utf-8")
    document = read_document(_write(folder, suffix, encoded), root=folder, problems=problems)
    if document is None:
        assert problems, "a skipped document is reported"
        return
    assert document.text.strip()
    assert "\r" not in document.text
    assert graph_problems(SourceInputs(documents=[document])) == []


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@given(data=st.binary(max_size=200))
def test_read_document_any_bytes_are_read_or_reported(
    folder: Path, suffix: str, data: bytes
) -> None:
    problems: list[Problem] = []
    document = read_document(_write(folder, suffix, data), root=folder, problems=problems)
    assert document is not None or problems


_scalar = st.one_of(
    hostile_name(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True),
    st.booleans(),
    st.none(),
    st.dates().map(str),
)
_type = st.one_of(
    st.sampled_from(("Person", "Corporation", "City", "Country", "Event", "Organization")),
    hostile_text(max_pieces=2),
)
_entity = st.one_of(
    st.builds(lambda n, t: {n: t}, hostile_name(), _type),
    st.builds(
        lambda n, t, aliases, extra: {n: {"type": t, "aliases": aliases, **extra}},
        hostile_name(),
        _type,
        st.lists(hostile_name(), max_size=3),
        st.dictionaries(
            st.sampled_from(("geonames", "wikidata", "start", "end", "url", "sameAs", "x")),
            _scalar,
            max_size=2,
        ),
    ),
    _scalar,
)
_label = st.one_of(st.sampled_from(sorted(LABELS)), hostile_text(max_pieces=1))
_relation = st.one_of(
    st.builds(lambda s, p, o: [s, p, o], hostile_name(), _label, hostile_name()),
    st.builds(
        lambda s, p, o, q: [s, p, o, q],
        hostile_name(),
        _label,
        hostile_name(),
        st.one_of(
            hostile_name(),
            st.dictionaries(
                st.sampled_from(("role", "date", "amount", "currency", "x")), _scalar, max_size=3
            ),
        ),
    ),
    st.lists(_scalar, max_size=6),
    _scalar,
)
_figure = st.one_of(
    st.dictionaries(
        st.sampled_from(
            ("about", "measure", "value", "rank", "unit", "period", "place", "scope", "x")
        ),
        _scalar,
        max_size=8,
    ),
    _scalar,
)
_source = st.dictionaries(
    st.sampled_from(("title", "type", "published", "publisher", "url", "sha256", "id", "x")),
    _scalar,
    max_size=5,
)
_records = st.fixed_dictionaries(
    {},
    optional={
        "source": st.one_of(_source, _scalar),
        "entities": st.one_of(st.lists(_entity, max_size=5), _scalar),
        "relations": st.one_of(st.lists(_relation, max_size=5), _scalar),
        "figures": st.one_of(st.lists(_figure, max_size=3), _scalar),
        "extra": _scalar,
    },
)
_yaml_fragments = st.sampled_from(
    (
        "&a [*a, *a]",
        "!!python/object/apply:os.system ['true']",
        "? [a, b]\n: c",
        "\t- tab",
        "[" * 200,
        "{a: 1, a: 2}",
        "- !!binary aGk=",
        "entities:\n  - &x {Ana Lima: Person}\n  - *x",
        "entities: {Ana Lima: Person}",
        "relations:\n  - [Ana Lima, worksFor]",
        "%YAML 1.1\n---\n",
        "--- a\n--- b",
    )
)
_records_text = st.one_of(
    _records.map(lambda d: yaml.safe_dump(d, allow_unicode=True, sort_keys=False)),
    hostile_text(),
    st.lists(st.one_of(_yaml_fragments, st.sampled_from(FRAGMENTS)), max_size=4).map("\n".join),
)


@given(text=_records_text)
@example(text="entities:\n  - &x {Ana Lima: Person}\n  - *x\nrelations: [[Ana Lima, worksFor, *x]]")
@example(text="entities:\n  - {Ana Lima: {type: Person, aliases: [[Rui]]}}")
@example(text="relations:\n  - [Ana Lima, worksFor, Acme Corp, {role: [x], date: {a: 1}}]")
@example(text="figures:\n  - {about: Acme Corp, value: .nan, rank: 1e400, period: x/}")
@example(text="entities:\n  - {'<script>x</script>': Person}\n  - {'\\0': City}")
def test_load_records_any_text_is_read_or_reported(folder: Path, text: str) -> None:
    problems: list[Problem] = []
    path = _write(folder, ".yaml", text.encode("utf-8"))
    records = load_records(path, root=folder, problems=problems)
    if records is None:
        assert problems
        return
    assert all(isinstance(p, Problem) for p in problems)
    assert graph_problems(SourceInputs(record_sets=[records])) == []
