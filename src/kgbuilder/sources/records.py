"""Curated records: facts people write by hand in YAML, read with their file and line.

One file holds the records of one work (an article, a report) or of no work in particular::

    source:                       # optional: the work these facts come from
      title: Andean brands promoted in Quito and Cusco
      type: NewsArticle
      published: 2024-11
      sha256: e5bb5f7b...         # of the work's text, if known: the same node as the document
    entities:
      - Mei Lin: Person                       # name: type
      - Rui Souza: {type: Person, aliases: [Souza]}
      - Quito: {type: City, geonames: 3652462}
      - Some Event: {type: Event, start: 2024-11-05, end: 2024-11-08}
    relations:
      - [Mei Lin, worksFor, Trade Department, Executive Deputy Director]
      - [A Corp, acquired, B Ltd, {date: 2011, amount: 12.5, currency: USD}]
    figures:
      - {about: A Corp, measure: sales, value: 6153, unit: units, period: 2024-01/2024-09, place: Chile}
      - {about: A Corp, rank: 1, scope: among imported brands, place: Chile}

The full schema is in the README ("Curated records"). A malformed record is reported with its
file and line and skipped; the rest of the file is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from kgbuilder._version import __version__
from kgbuilder.datamodel import (
    Attribute,
    EntityDeclaration,
    Evidence,
    Figure,
    Provenance,
    Qualifiers,
    Relation,
    Source,
    SourceKind,
)
from kgbuilder.errors import Problem, RecordError, SourceError, UnknownNameError
from kgbuilder.kinds import unknown_name_message
from kgbuilder.relations import DEFAULT_QUALIFIER, relation_label
from kgbuilder.sources import located_yaml as ly
from kgbuilder.sources.fields import (
    check_keys,
    expect,
    name_of,
    parse_entity,
    scalar,
    value_of,
)
from kgbuilder.sources.values import parse_date, parse_iri, parse_number, parse_period
from kgbuilder.sources.walk import walk_files

AGENT = "kgbuilder.records"
RECORD_SUFFIXES = (".yaml", ".yml")
TOP_LEVEL_KEYS = ("source", "entities", "relations", "figures")
SOURCE_KEYS = ("title", "type", "published", "publisher", "url", "sha256", "id")
FIGURE_KEYS = ("about", "measure", "value", "rank", "unit", "period", "place", "scope")
QUALIFIER_KEYS = ("role", "date", "amount", "currency")
WORK_TYPES = (
    "CreativeWork",
    "Article",
    "NewsArticle",
    "Report",
    "PressRelease",
    "ScholarlyArticle",
    "BlogPosting",
    "Book",
    "WebPage",
    "Dataset",
)
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

T = TypeVar("T")


@dataclass
class RecordSet:
    """What one records file says, with entity references still as names."""

    source: Source
    cited: Source | None = None
    entities: list[EntityDeclaration] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    attributes: list[Attribute] = field(default_factory=list)


def find_record_files(folder: Path, problems: list[Problem] | None = None) -> list[Path]:
    """The records files in a folder and its subfolders, in a stable order (hidden files left
    out; links that lead nowhere reported in ``problems`` when it is given)."""
    if not folder.is_dir():
        return []
    return sorted(walk_files(folder, lambda p: p.suffix in RECORD_SUFFIXES, problems))


def load_records(path: Path, *, root: Path, problems: list[Problem]) -> RecordSet | None:
    """Read one records file; record-level problems are appended and those records skipped.

    Returns None (and reports why) when the file cannot be read or parsed at all.
    """
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(f"not UTF-8 text ({exc.reason} at byte {exc.start})", shown))
        return None
    except OSError as exc:
        problems.append(Problem(f"cannot read file: {exc.strerror}", shown))
        return None
    try:
        return parse_records(
            text, path=shown, relative=path.relative_to(root).as_posix(), problems=problems
        )
    except SourceError as exc:
        problems.append(Problem.from_error(exc))
        return None


def parse_records(text: str, *, path: str, relative: str, problems: list[Problem]) -> RecordSet:
    """Parse the text of a records file (``relative`` is its stable id within the data folder)."""
    root = ly.load(text, path)
    source = Source(
        id=f"records:{relative}", kind=SourceKind.RECORDS, path=relative, title=relative
    )
    if root is None:
        return RecordSet(source=source)
    top = expect(
        root,
        ly.Mapping,
        path,
        "a records file must be a mapping with keys " + ", ".join(TOP_LEVEL_KEYS),
    )
    for key, _ in top.items:
        if key.text not in TOP_LEVEL_KEYS:
            problems.append(
                Problem(
                    unknown_name_message("section", key.text, TOP_LEVEL_KEYS),
                    path,
                    key.line,
                    key.column,
                )
            )
    reader = _Reader(path, source, problems)
    cited = None
    if (node := top.get("source")) is not None:
        cited = reader.guard(node, reader.cited_source)
        if cited is not None:
            source = Source(
                id=source.id, kind=source.kind, path=relative, title=relative, cites=(cited.id,)
            )
            reader.source = source
    records = RecordSet(source=source, cited=cited)
    declared: dict[str, EntityDeclaration] = {}
    for entry in reader.section(top, "entities"):
        declaration = reader.guard(entry, reader.entity)
        if declaration is not None:
            reader.check_repeated_entity(declaration, declared)
            records.entities.append(declaration)
            records.attributes.extend(reader.event_dates(declaration))
    stated: dict[tuple[str, str, str, Qualifiers], int] = {}
    for entry in reader.section(top, "relations"):
        relation = reader.guard(entry, reader.relation)
        if relation is not None:
            said = (
                relation.subject.casefold(),
                relation.label,
                relation.object.casefold(),
                relation.qualifiers,
            )
            if said in stated:
                problems.append(
                    Problem(
                        f"the same relation again (first at line {stated[said]}); read once",
                        path,
                        entry.line,
                        entry.column,
                        severity="warning",
                    )
                )
                continue
            stated[said] = entry.line
            records.relations.append(relation)
    for entry in reader.section(top, "figures"):
        figure = reader.guard(entry, reader.figure)
        if figure is not None:
            records.figures.append(figure)
    return records


class _Reader:
    """Turns the entries of one file into records, reporting bad ones instead of stopping."""

    def __init__(self, path: str, source: Source, problems: list[Problem]) -> None:
        self.path = path
        self.source = source
        self.problems = problems

    def guard(self, node: ly.Node, read: Callable[[ly.Node], T]) -> T | None:
        """``read(node)``, or None with the problem reported (file, line) if the entry is bad."""
        try:
            return read(node)
        except SourceError as exc:
            self.problems.append(Problem.from_error(exc))
        except UnknownNameError as exc:
            self.problems.append(Problem(str(exc), self.path, node.line, node.column))
        return None

    def section(self, top: ly.Mapping, key: str) -> tuple[ly.Node, ...]:
        node = top.get(key)
        if node is None or (isinstance(node, ly.Scalar) and node.value is None):
            return ()
        if not isinstance(node, ly.Sequence):
            self.problems.append(
                Problem(
                    f"{key!r} must be a list (entries starting with '- ')",
                    self.path,
                    node.line,
                    node.column,
                )
            )
            return ()
        return node.items

    def provenance(self, line: int) -> Provenance:
        return Provenance(
            source_id=self.source.id,
            method="curated",
            agent=AGENT,
            agent_version=__version__,
            confidence=1.0,
            evidence=(Evidence(self.source.id, line=line),),
            primary_sources=self.source.cites,
        )

    def cited_source(self, node: ly.Node) -> Source:
        entry = expect(
            node, ly.Mapping, self.path, "'source' must be a mapping (title, published, ...)"
        )
        check_keys(entry, SOURCE_KEYS, self.path, "source")
        values = {key.text: scalar(value, self.path) for key, value in entry.items}
        title = values["title"].value if "title" in values else None
        sha = values["sha256"].value if "sha256" in values else None
        if sha is not None and not _SHA256.match(sha.lower()):
            raise RecordError(
                "sha256 must be 64 hexadecimal digits (the SHA-256 of the work's text)",
                path=self.path,
                line=values["sha256"].line,
            )
        work_type = (
            values["type"].value if "type" in values and values["type"].value else "CreativeWork"
        )
        if work_type not in WORK_TYPES:
            raise RecordError(
                unknown_name_message("work type", work_type, WORK_TYPES),
                path=self.path,
                line=values["type"].line,
            )
        published = None
        if "published" in values and values["published"].value:
            published = value_of(values["published"], self.path, parse_date)
        url = None
        if "url" in values and values["url"].value:
            url = value_of(values["url"], self.path, parse_iri)
        if sha is not None:
            source_id = f"sha256:{sha.lower()}"
        else:
            label = (values["id"].value if "id" in values else None) or title
            if not label:
                raise RecordError(
                    "source needs a title, an id or a sha256", path=self.path, line=entry.line
                )
            source_id = f"cited:{label}"
        return Source(
            id=source_id,
            kind=SourceKind.CITED,
            title=title,
            url=url,
            published=published,
            publisher=values["publisher"].value if "publisher" in values else None,
            sha256=sha.lower() if sha else None,
            work_type=work_type,
        )

    def entity(self, node: ly.Node) -> EntityDeclaration:
        return parse_entity(node, self.path)

    def check_repeated_entity(
        self, declaration: EntityDeclaration, declared: dict[str, EntityDeclaration]
    ) -> None:
        """A name declared twice in one file is reported: the same type merges the two (said, as
        the second is then redundant), a different type makes two entities of one name."""
        key = declaration.name.casefold()
        first = declared.setdefault(key, declaration)
        if first is declaration:
            return
        if first.type == declaration.type:
            outcome = "the two declarations are merged"
        else:
            outcome = (
                f"declared a {declaration.type.name} here, a {first.type.name} there: both are "
                "kept, so a relation naming it may not say which"
            )
        self.problems.append(
            Problem(
                f"{declaration.name!r} is declared again (first at line {first.line}); {outcome}",
                self.path,
                declaration.line,
                severity="warning",
            )
        )

    def event_dates(self, declaration: EntityDeclaration) -> list[Attribute]:
        line = declaration.line or 0
        dates = [("startDate", declaration.start_date), ("endDate", declaration.end_date)]
        if any(value for _, value in dates) and declaration.type.kind.value != "Event":
            self.problems.append(
                Problem(
                    f"start/end are for events; {declaration.name!r} is a {declaration.type.name}",
                    self.path,
                    line,
                    severity="warning",
                )
            )
        return [
            Attribute(declaration.name, name, value, self.provenance(line))
            for name, value in dates
            if value is not None
        ]

    def relation(self, node: ly.Node) -> Relation:
        entry = expect(
            node, ly.Sequence, self.path, "a relation is written [subject, label, object]"
        )
        if len(entry.items) not in (3, 4):
            raise RecordError(
                f"a relation has 3 or 4 parts [subject, label, object, qualifier], not {len(entry.items)}",
                path=self.path,
                line=entry.line,
                column=entry.column,
            )
        subject, label_node, obj = (name_of(n, self.path) for n in entry.items[:3])
        try:
            label = relation_label(label_node)
        except UnknownNameError as exc:
            raise RecordError(str(exc), path=self.path, line=entry.items[1].line) from None
        qualifiers = Qualifiers()
        if len(entry.items) == 4:
            qualifiers = self.qualifiers(entry.items[3], label.name, label.qualifiers)
        return Relation(subject, label.name, obj, self.provenance(entry.line), qualifiers)

    def qualifiers(self, node: ly.Node, label: str, allowed: frozenset[str]) -> Qualifiers:
        if isinstance(node, ly.Scalar):
            default = DEFAULT_QUALIFIER.get(label)
            if default is None:
                raise RecordError(
                    f"{label} takes no qualifier",
                    path=self.path,
                    line=node.line,
                    column=node.column,
                )
            values = {default: node}
        else:
            mapping = expect(
                node, ly.Mapping, self.path, "a qualifier is a value or {role: ..., date: ...}"
            )
            check_keys(mapping, QUALIFIER_KEYS, self.path, "qualifier")
            values = {key.text: scalar(value, self.path) for key, value in mapping.items}
        for key, value in values.items():
            if key not in allowed:
                raise RecordError(
                    f"{label} takes no {key!r} qualifier"
                    + (f" (it takes {', '.join(sorted(allowed))})" if allowed else ""),
                    path=self.path,
                    line=value.line,
                    column=value.column,
                )
        return Qualifiers(
            role=values["role"].value if "role" in values else None,
            date=value_of(values["date"], self.path, parse_date) if "date" in values else None,
            amount=value_of(values["amount"], self.path, parse_number)
            if "amount" in values
            else None,
            currency=values["currency"].value if "currency" in values else None,
        )

    def figure(self, node: ly.Node) -> Figure:
        entry = expect(
            node,
            ly.Mapping,
            self.path,
            "a figure is a mapping {about: ..., measure: ..., value: ...}",
        )
        check_keys(entry, FIGURE_KEYS, self.path, "figure")
        values = {key.text: scalar(value, self.path) for key, value in entry.items}
        if "about" not in values:
            raise RecordError(
                "a figure needs 'about' (the entity it is about)", path=self.path, line=entry.line
            )
        if "rank" in values:
            if "value" in values or "measure" in values:
                raise RecordError(
                    "a rank is written {about, rank, scope}; drop 'value' and 'measure'",
                    path=self.path,
                    line=entry.line,
                )
            measure, value_node = "rank", values["rank"]
        else:
            if "measure" not in values or "value" not in values:
                raise RecordError(
                    "a figure needs 'measure' and 'value' (or 'rank' for a rank)",
                    path=self.path,
                    line=entry.line,
                )
            measure, value_node = values["measure"].text, values["value"]
        value = value_of(value_node, self.path, parse_number)
        if measure == "rank" and (value != value.to_integral_value() or value < 1):
            raise RecordError(
                f"a rank is a whole number from 1, not {value}",
                path=self.path,
                line=value_node.line,
            )

        def text(key: str) -> str | None:
            return values[key].value if key in values else None

        return Figure(
            about=name_of(values["about"], self.path),
            measure=measure,
            value=value,
            provenance=self.provenance(entry.line),
            unit=text("unit"),
            period=value_of(values["period"], self.path, parse_period)
            if "period" in values
            else None,
            place=name_of(values["place"], self.path) if "place" in values else None,
            scope=text("scope"),
        )
