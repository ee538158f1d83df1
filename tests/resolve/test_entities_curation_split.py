"""Across documents: local aliases never merge; curation splits a name by document."""

from __future__ import annotations

from kgbuilder.datamodel import EntityDeclaration
from kgbuilder.kinds import ENTITY_TYPES
from kgbuilder.resolve.entities import CURATION, EXTRACTED, EntityTable
from kgbuilder.sources.curation import Curation, SplitRule

PERSON = ENTITY_TYPES["Person"]
DOC_A, DOC_B = "sha256:" + "a" * 64, "sha256:" + "b" * 64


def test_entity_table_local_aliases_do_not_merge_documents() -> None:
    declarations = [
        (
            EXTRACTED,
            EntityDeclaration("Ana Pereira", PERSON, local_aliases=("Pereira",), source_id=DOC_A),
        ),
        (
            EXTRACTED,
            EntityDeclaration("Rui Pereira", PERSON, local_aliases=("Pereira",), source_id=DOC_B),
        ),
    ]
    table = EntityTable.resolve(declarations, Curation(), [])
    assert sorted(e.name for e in table.entities.values()) == ["Ana Pereira", "Rui Pereira"]
    assert all("Pereira" in e.aliases for e in table.entities.values())


def test_entity_table_split_by_document() -> None:
    declarations = [
        (EXTRACTED, EntityDeclaration("Zhang Wei", PERSON, source_id=DOC_A)),
        (EXTRACTED, EntityDeclaration("Zhang Wei", PERSON, source_id=DOC_B)),
        (EXTRACTED, EntityDeclaration("Li Na", PERSON, source_id=DOC_A)),
        (EXTRACTED, EntityDeclaration("Li Na", PERSON, source_id=DOC_B)),
    ]
    curation = Curation(splits=[SplitRule("Zhang Wei", "document", 3)])
    problems: list[object] = []
    table = EntityTable.resolve(declarations, curation, problems)  # type: ignore[arg-type]
    keys = sorted(table.entities)
    assert keys == ["person/li-na", "person/zhang-wei-aaaaaaaa", "person/zhang-wei-bbbbbbbb"]
    assert problems == []


def test_entity_table_split_rule_matching_nothing_is_a_warning() -> None:
    curation = Curation(path="curation.yaml", splits=[SplitRule("Nobody Here", "document", 7)])
    problems: list[object] = []
    EntityTable.resolve([], curation, problems)  # type: ignore[arg-type]
    assert [(p.line, p.severity) for p in problems] == [(7, "warning")]  # type: ignore[attr-defined]


def test_entity_table_curated_entity_wins() -> None:
    declarations = [
        (
            CURATION,
            EntityDeclaration("Kestrel Motors", ENTITY_TYPES["Corporation"], aliases=("Kestrel",)),
        ),
        (EXTRACTED, EntityDeclaration("Kestrel", ENTITY_TYPES["Organization"], source_id=DOC_A)),
    ]
    table = EntityTable.resolve(declarations, Curation(), [])
    (entity,) = table.entities.values()
    assert (entity.name, entity.type.name) == ("Kestrel Motors", "Corporation")
