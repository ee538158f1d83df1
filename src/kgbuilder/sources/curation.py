"""The curation file: a knowledge base of known entities plus rules applied on every build.

::

    entities:            # known entities: recognised in text, and their details win
      - Lima: {type: City, wikidata: Q2868}
    merge:               # one entity under the first name; the other names become aliases
      - [Hunan Tianyu Composites, HTC]
    rename:              # change an entity's canonical name (its rdfs:label and IRI)
      - {from: Tianyu, to: Tianyu Motors}
    retype:
      - {name: Yuelu, type: AdministrativeArea}
    drop:                # remove an entity and every fact about it
      - Some Name
    split:               # a name that stands for different entities in different documents
      - {name: Zhang Wei, by: document}

Rules name entities by any of their names or aliases. A rule for an entity that does not exist is
reported as a warning with its line; the build goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kgbuilder.datamodel import EntityDeclaration
from kgbuilder.errors import Problem, RecordError, SourceError
from kgbuilder.kinds import EntityType, unknown_name_message
from kgbuilder.sources import located_yaml as ly
from kgbuilder.sources.fields import check_keys, expect, name_of, parse_entity, scalar, type_of

SECTIONS = ("entities", "merge", "rename", "retype", "drop", "split")
SPLIT_BY = ("document",)


@dataclass(frozen=True)
class MergeRule:
    names: tuple[str, ...]  # the first is the canonical name
    line: int


@dataclass(frozen=True)
class RenameRule:
    old: str
    new: str
    line: int


@dataclass(frozen=True)
class RetypeRule:
    name: str
    type: EntityType
    line: int


@dataclass(frozen=True)
class DropRule:
    name: str
    line: int


@dataclass(frozen=True)
class SplitRule:
    name: str
    by: str
    line: int


@dataclass
class Curation:
    """The parsed curation file; ``path`` is where rules came from, for messages."""

    path: str | None = None
    entities: list[EntityDeclaration] = field(default_factory=list)
    merges: list[MergeRule] = field(default_factory=list)
    renames: list[RenameRule] = field(default_factory=list)
    retypes: list[RetypeRule] = field(default_factory=list)
    drops: list[DropRule] = field(default_factory=list)
    splits: list[SplitRule] = field(default_factory=list)


def load_curation(path: Path, *, problems: list[Problem]) -> Curation:
    """Read the curation file; a missing file is an empty curation, a bad rule is reported and skipped."""
    shown = str(path)
    if not path.exists():
        return Curation()
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(f"not UTF-8 text ({exc.reason} at byte {exc.start})", shown))
        return Curation(path=shown)
    except OSError as exc:
        problems.append(Problem(f"cannot read file: {exc.strerror}", shown))
        return Curation(path=shown)
    try:
        return parse_curation(text, path=shown, problems=problems)
    except SourceError as exc:
        problems.append(Problem.from_error(exc))
        return Curation(path=shown)


def parse_curation(text: str, *, path: str, problems: list[Problem]) -> Curation:
    curation = Curation(path=path)
    root = ly.load(text, path)
    if root is None:
        return curation
    top = expect(
        root, ly.Mapping, path, "the curation file is a mapping with keys " + ", ".join(SECTIONS)
    )
    for key, section in top.items:
        if key.text not in SECTIONS:
            message = unknown_name_message("section", key.text, SECTIONS)
            problems.append(Problem(message, path, key.line, key.column))
            continue
        if isinstance(section, ly.Scalar) and section.value is None:
            continue
        if not isinstance(section, ly.Sequence):
            problems.append(
                Problem(f"{key.text!r} must be a list", path, section.line, section.column)
            )
            continue
        for entry in section.items:
            try:
                _add_rule(curation, key.text, entry, path)
            except SourceError as exc:
                problems.append(Problem.from_error(exc))
    return curation


def _add_rule(curation: Curation, section: str, entry: ly.Node, path: str) -> None:
    if section == "entities":
        curation.entities.append(parse_entity(entry, path))
    elif section == "merge":
        names = expect(
            entry,
            ly.Sequence,
            path,
            "a merge rule is a list of names: [Canonical Name, Other Name]",
        )
        if len(names.items) < 2:
            raise RecordError("a merge rule needs at least two names", path=path, line=entry.line)
        curation.merges.append(MergeRule(tuple(name_of(n, path) for n in names.items), entry.line))
    elif section == "drop":
        curation.drops.append(DropRule(name_of(entry, path), entry.line))
    else:
        keys = {"rename": ("from", "to"), "retype": ("name", "type"), "split": ("name", "by")}[
            section
        ]
        first, second = _pair(entry, keys, path, section)
        if section == "rename":
            curation.renames.append(
                RenameRule(name_of(first, path), name_of(second, path), entry.line)
            )
        elif section == "retype":
            curation.retypes.append(
                RetypeRule(name_of(first, path), type_of(second, path), entry.line)
            )
        else:
            by = scalar(second, path).text
            if by not in SPLIT_BY:
                raise RecordError(
                    f"split by {by!r} is not supported (supported: {', '.join(SPLIT_BY)})",
                    path=path,
                    line=second.line,
                )
            curation.splits.append(SplitRule(name_of(first, path), by, entry.line))


def _pair(
    entry: ly.Node, keys: tuple[str, str], path: str, section: str
) -> tuple[ly.Node, ly.Node]:
    """The two values of a ``{key: value, key: value}`` rule, both required."""
    mapping = expect(
        entry, ly.Mapping, path, f"a {section} rule is {{{keys[0]}: ..., {keys[1]}: ...}}"
    )
    check_keys(mapping, keys, path, f"{section} rule")
    first, second = mapping.get(keys[0]), mapping.get(keys[1])
    if first is None or second is None:
        missing = keys[0] if first is None else keys[1]
        raise RecordError(f"a {section} rule needs {missing!r}", path=path, line=mapping.line)
    return first, second
