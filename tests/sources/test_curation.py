"""The curation file: rules parsed with their lines; bad rules reported, the rest kept."""

from __future__ import annotations

from kgbuilder.errors import Problem
from kgbuilder.sources.curation import parse_curation

TEXT = """\
entities:
  - Acme Corp: {type: Corporation, wikidata: Q1}
merge:
  - [Acme Corp, ACME, Acme Inc.]
rename:
  - {from: Acme Corp, to: Acme Corporation}
retype:
  - {name: Santiago, type: City}
drop:
  - Noise Name
split:
  - {name: Ana Lima, by: document}
"""


def test_curation_parses_every_rule_kind() -> None:
    problems: list[Problem] = []
    curation = parse_curation(TEXT, path="curation.yaml", problems=problems)
    assert problems == []
    assert [e.name for e in curation.entities] == ["Acme Corp"]
    assert (
        curation.merges[0].names == ("Acme Corp", "ACME", "Acme Inc.")
        and curation.merges[0].line == 4
    )
    assert (curation.renames[0].old, curation.renames[0].new) == ("Acme Corp", "Acme Corporation")
    assert curation.retypes[0].type.name == "City"
    assert curation.drops[0].name == "Noise Name" and curation.drops[0].line == 10
    assert curation.splits[0].by == "document"


def test_curation_bad_rules_are_reported_with_lines() -> None:
    text = "merge:\n  - [Only One]\nrename:\n  - {from: A}\nsplit:\n  - {name: A, by: sentence}\nretype:\n  - {name: A, type: Town}\ndrop:\n  - Keep Me\n"
    problems: list[Problem] = []
    curation = parse_curation(text, path="curation.yaml", problems=problems)
    assert [(p.line, p.message.split(" (")[0]) for p in problems] == [
        (2, "a merge rule needs at least two names"),
        (4, "a rename rule needs 'to'"),
        (6, "split by 'sentence' is not supported"),
        (8, "unknown entity type 'Town'"),
    ]
    assert [d.name for d in curation.drops] == ["Keep Me"]


def test_curation_unknown_section_is_reported_and_rest_kept() -> None:
    problems: list[Problem] = []
    curation = parse_curation("merges: []\ndrop: [X]\n", path="curation.yaml", problems=problems)
    assert [d.name for d in curation.drops] == ["X"]
    assert [(p.line, p.message) for p in problems] == [
        (
            1,
            "unknown section 'merges'; did you mean 'merge'? (known: drop, entities, merge, rename, retype, split)",
        )
    ]
