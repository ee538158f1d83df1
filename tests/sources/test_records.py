"""The curated records reader: what good files give, and how bad records are reported and skipped."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kgbuilder.errors import Problem
from kgbuilder.kinds import Kind
from kgbuilder.sources.records import load_records, parse_records

GOOD = """\
source:
  title: A report on a trade fair
  type: NewsArticle
  published: 2023-05
  sha256: 0000000000000000000000000000000000000000000000000000000000000abc
entities:
  - Ana Lima: Person
  - Acme Corp: {type: Corporation, aliases: [ACME], wikidata: Q42}
  - Acme Chile: Corporation
  - Santiago: {type: City, geonames: 3871336}
  - Trade Fair 2023: {type: Event, start: 2023-05-02, end: 2023-05-04}
relations:
  - [Ana Lima, worksFor, Acme Chile, Head of Sales]
  - [Acme Chile, partOf, Acme Corp]
  - [Acme Corp, acquired, Beta Ltd, {date: 2019, amount: 12.5, currency: USD}]
  - [Ana Lima, participatedIn, Trade Fair 2023]
figures:
  - {about: Acme Chile, measure: revenue, value: "1,250", unit: million USD, period: 2022-01/2022-12, place: Santiago}
  - {about: Acme Chile, rank: 2, scope: among importers}
"""


def parse(text: str) -> tuple[object, list[Problem]]:
    problems: list[Problem] = []
    records = parse_records(text, path="records/x.yaml", relative="x.yaml", problems=problems)
    return records, problems


def test_records_good_file_gives_every_record() -> None:
    records, problems = parse(GOOD)
    assert problems == []
    assert [e.name for e in records.entities] == [
        "Ana Lima",
        "Acme Corp",
        "Acme Chile",
        "Santiago",
        "Trade Fair 2023",
    ]
    acme = records.entities[1]
    assert acme.type.kind is Kind.ORGANIZATION and acme.aliases == ("ACME",)
    assert acme.same_as == ("http://www.wikidata.org/entity/Q42",)
    assert records.entities[3].geonames_id == 3871336
    works, part, acquired, took_part = records.relations
    assert (works.subject, works.label, works.object, works.qualifiers.role) == (
        "Ana Lima",
        "worksFor",
        "Acme Chile",
        "Head of Sales",
    )
    assert part.label == "partOf"
    assert acquired.qualifiers.date == "2019" and acquired.qualifiers.amount == Decimal("12.5")
    assert acquired.qualifiers.currency == "USD"
    assert took_part.provenance.evidence[0].line == 16
    assert took_part.provenance.primary_sources == ("sha256:" + "0" * 61 + "abc",)
    revenue, rank = records.figures
    assert (
        revenue.value == Decimal(1250)
        and revenue.period == "2022-01/2022-12"
        and revenue.place == "Santiago"
    )
    assert rank.measure == "rank" and rank.value == 2 and rank.scope == "among importers"
    assert [(a.name, a.value) for a in records.attributes] == [
        ("startDate", "2023-05-02"),
        ("endDate", "2023-05-04"),
    ]
    assert records.cited is not None and records.cited.published == "2023-05"


def test_records_keep_plain_scalars_as_text() -> None:
    # YAML 1.1 would read "no" as False and 2011 as an int; names and roles stay as written
    records, problems = parse("entities:\n  - no: Person\n  - 2011: Thing\n")
    assert problems == []
    assert [e.name for e in records.entities] == ["no", "2011"]


@pytest.mark.parametrize(
    ("entry", "line", "message"),
    [
        ("  - Ana: Persn\n", 2, "unknown entity type 'Persn'; did you mean 'Person'?"),
        (
            "  - Ana: {type: Person, alias: [A]}\n",
            2,
            "unknown key 'alias'; did you mean 'aliases'?",
        ),
        ("  - Ana: {aliases: [A]}\n", 2, "has no type"),
        ("  - Ana: Person\n    Bob: Person\n", 2, "names one entity"),
        ("  - Ev: {type: Event, start: 2023-13-01}\n", 2, "is not a valid date"),
        ("  - Place: {type: City, geonames: abc}\n", 2, "is not a GeoNames id"),
        ("  - Org: {type: Corporation, wikidata: 42}\n", 2, "is not a Wikidata item id"),
    ],
)
def test_records_bad_entity_is_reported_with_line_and_skipped(
    entry: str, line: int, message: str
) -> None:
    records, problems = parse("entities:\n" + entry + "  - Good One: Person\n")
    assert [e.name for e in records.entities] == ["Good One"]
    assert len(problems) == 1
    assert problems[0].path == "records/x.yaml" and problems[0].line == line
    assert message in problems[0].message


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("[A, worksFor]", "3 or 4 parts"),
        ("[A, workFor, B]", "unknown relation label 'workFor'; did you mean 'worksFor'?"),
        ("[A, partOf, B, Director]", "partOf takes no qualifier"),
        ("[A, acquired, B, {role: CEO}]", "acquired takes no 'role' qualifier"),
        ("[A, acquired, B, {date: last year}]", "is not a date"),
        ("[A, acquired, B, {amount: lots}]", "is not a number"),
        (
            "{subject: A, label: worksFor, object: B}",
            "a relation is written [subject, label, object]",
        ),
    ],
)
def test_records_bad_relation_is_reported_with_line_and_skipped(entry: str, message: str) -> None:
    records, problems = parse(f"relations:\n  - [A, relatedTo, B]\n  - {entry}\n")
    assert [r.label for r in records.relations] == ["relatedTo"]
    assert [(p.line, message in p.message) for p in problems] == [(3, True)], problems


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("{measure: sales, value: 3}", "needs 'about'"),
        ("{about: A, value: 3}", "needs 'measure' and 'value'"),
        ("{about: A, rank: 1.5}", "a rank is a whole number from 1"),
        ("{about: A, rank: 1, value: 3}", "drop 'value' and 'measure'"),
        ("{about: A, measure: sales, value: 3, period: 2024-09/2024-01}", "ends before it starts"),
    ],
)
def test_records_bad_figure_is_reported_with_line(entry: str, message: str) -> None:
    records, problems = parse(f"figures:\n  - {entry}\n")
    assert records.figures == []
    assert len(problems) == 1 and problems[0].line == 2 and message in problems[0].message


def test_records_yaml_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text("entities:\n  - Ana: Person\n  - [unclosed\n", encoding="utf-8")
    problems: list[Problem] = []
    assert load_records(path, root=tmp_path, problems=problems) is None
    assert len(problems) == 1
    assert problems[0].path == str(path) and problems[0].line == 4
    assert "invalid YAML" in problems[0].message


def test_records_duplicate_key_rejects_the_file(tmp_path: Path) -> None:
    path = tmp_path / "dup.yaml"
    path.write_text("entities:\n  - A: Person\nentities:\n  - B: Person\n", encoding="utf-8")
    problems: list[Problem] = []
    assert load_records(path, root=tmp_path, problems=problems) is None
    assert len(problems) == 1 and problems[0].line == 3
    assert "duplicate key 'entities' (first at line 1)" in problems[0].message


def test_records_unknown_section_is_reported_and_rest_kept() -> None:
    records, problems = parse("entites:\n  - A: Person\nrelations:\n  - [A, relatedTo, B]\n")
    assert len(records.relations) == 1
    assert "unknown section 'entites'; did you mean 'entities'?" in problems[0].message


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"\xff\xfe\x00bad", "not UTF-8 text"), (b"", None)],
)
def test_records_unreadable_or_empty_file(
    tmp_path: Path, content: bytes, message: str | None
) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(content)
    problems: list[Problem] = []
    result = load_records(path, root=tmp_path, problems=problems)
    if message is None:
        assert result is not None and result.entities == [] and problems == []
    else:
        assert result is None and message in problems[0].message


@pytest.mark.timeout(30)  # guards against a hang: 10**8 nodes if aliases were expanded
def test_records_alias_bomb_costs_only_its_text() -> None:
    letters = "abcdefgh"
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 8):
        refs = ", ".join(f"*{letters[i - 1]}" for _ in range(10))
        bomb += f"{letters[i]}: &{letters[i]} [{refs}]\n"
    _, problems = parse(bomb)
    assert [p.line for p in problems] == list(range(1, 9))
    assert all("unknown section" in p.message for p in problems)
