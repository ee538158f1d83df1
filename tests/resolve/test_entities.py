"""Entity resolution of declarations: grouping by names, curation rules, fact name lookups."""

from __future__ import annotations

from kgbuilder.datamodel import EntityDeclaration, Evidence, Figure, Provenance, Relation
from kgbuilder.errors import Problem
from kgbuilder.kinds import ENTITY_TYPES, Kind
from kgbuilder.resolve.entities import RECORDS, EntityTable, FactResolver
from kgbuilder.sources.curation import Curation, parse_curation


def declare(
    name: str, type_name: str, *aliases: str, line: int = 1
) -> tuple[int, EntityDeclaration]:
    return RECORDS, EntityDeclaration(
        name, ENTITY_TYPES[type_name], aliases=aliases, path="r.yaml", line=line
    )


def table_of(
    *declarations: tuple[int, EntityDeclaration], curation: str = ""
) -> tuple[EntityTable, list[Problem]]:
    problems: list[Problem] = []
    rules = (
        parse_curation(curation, path="curation.yaml", problems=problems)
        if curation
        else Curation()
    )
    return EntityTable.resolve(list(declarations), rules, problems), problems


def test_entities_sharing_an_alias_are_one_entity_named_by_the_longest() -> None:
    table, problems = table_of(
        declare("ACME", "Corporation"), declare("Acme Corporation", "Corporation", "ACME")
    )
    assert problems == []
    assert list(table.entities) == ["organization/acme-corporation"]
    entity = table.entities["organization/acme-corporation"]
    assert entity.name == "Acme Corporation" and entity.aliases == ("ACME",)


def test_entities_same_name_different_kinds_stay_apart() -> None:
    table, _ = table_of(declare("Lima", "City"), declare("Lima", "Person"))
    assert sorted(table.entities) == ["person/lima", "place/lima"]
    assert table.lookup("Lima", frozenset({Kind.PLACE})) == ["place/lima"]
    assert table.lookup("lima") == ["person/lima", "place/lima"]


def test_entities_accent_and_case_variants_resolve() -> None:
    table, _ = table_of(declare("São Paulo", "City"))
    assert table.lookup("SAO PAULO") == ["place/sao-paulo"]
    assert table.lookup("the São Paulo's") == ["place/sao-paulo"]


def test_curation_rules_merge_rename_retype_drop() -> None:
    table, problems = table_of(
        declare("Acme Corp", "Corporation"),
        declare("Acme Incorporated", "Corporation"),
        declare("Metro", "Place"),
        declare("Noise", "Thing"),
        curation=(
            "merge:\n  - [Acme Corp, Acme Incorporated]\n"
            "rename:\n  - {from: Acme Corp, to: Acme Corporation}\n"
            "retype:\n  - {name: Metro, type: City}\n"
            "drop:\n  - Noise\n  - Nobody\n"
        ),
    )
    assert sorted(table.entities) == ["organization/acme-corporation", "place/metro"]
    acme = table.entities["organization/acme-corporation"]
    assert acme.name == "Acme Corporation"
    assert set(acme.aliases) == {"Acme Corp", "Acme Incorporated"}
    assert table.entities["place/metro"].type.name == "City"
    assert [(p.line, p.severity, p.message) for p in problems] == [
        (9, "warning", "drop rule: no entity is named 'Nobody'")
    ]


def test_curated_entity_wins_over_records_type() -> None:
    table, problems = table_of(
        declare("Metro", "Place"), curation="entities:\n  - Metro: {type: City, wikidata: Q1}\n"
    )
    assert table.entities["place/metro"].type.name == "City"
    assert table.entities["place/metro"].same_as == ("http://www.wikidata.org/entity/Q1",)
    assert problems == []


def provenance(line: int) -> Provenance:
    return Provenance(
        "records:r.yaml", "curated", "test", "1", evidence=(Evidence("records:r.yaml", line=line),)
    )


def test_fact_resolver_reports_unknown_ambiguous_and_wrong_kind_names() -> None:
    table, _ = table_of(
        declare("Ana Lima", "Person"),
        declare("Acme", "Corporation"),
        declare("Lima", "City"),
        declare("Lima", "Person"),
    )
    problems: list[Problem] = []
    resolver = FactResolver(table, {"records:r.yaml": "records/r.yaml"}, problems)
    relations = resolver.relations(
        [
            Relation("Ana Lima", "worksFor", "Acme", provenance(5)),
            Relation("Ana Lima", "worksFor", "Acmee", provenance(6)),
            Relation("Acme", "worksFor", "Acme", provenance(7)),
            Relation("Acme", "locatedIn", "Lima", provenance(8)),
            Relation("Lima", "relatedTo", "Acme", provenance(9)),
        ]
    )
    assert [(r.subject, r.object) for r in relations] == [
        ("person/ana-lima", "organization/acme"),
        ("organization/acme", "place/lima"),  # the kind the label allows settles "Lima"
    ]
    assert [(p.path, p.line) for p in problems] == [("records/r.yaml", n) for n in (6, 7, 9)]
    assert (
        "'Acmee' is not a known entity (declare it under 'entities'); did you mean 'Acme'?"
        in problems[0].message
    )
    assert "worksFor subject 'Acme' is a Corporation; expected Person" in problems[1].message
    assert "'Lima' is ambiguous: it names Lima (Person), Lima (City)" in problems[2].message


def test_fact_resolver_figures_need_a_place_entity() -> None:
    table, _ = table_of(declare("Acme", "Corporation"), declare("Peru", "Country"))
    problems: list[Problem] = []
    resolver = FactResolver(table, {}, problems)
    from decimal import Decimal

    figures = resolver.figures(
        [
            Figure("Acme", "sales", Decimal(5), provenance(3), place="Peru"),
            Figure("Acme", "sales", Decimal(6), provenance(4), place="Acme"),
        ]
    )
    assert [(f.about, f.place) for f in figures] == [("organization/acme", "place/peru")]
    assert (
        problems[0].line == 4
        and "figure place 'Acme' is a Corporation; expected Place" in problems[0].message
    )
