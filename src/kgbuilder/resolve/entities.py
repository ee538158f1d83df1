"""Entity resolution: declarations and names become entities with stable keys.

Declarations come from the curation file (highest priority), curated records, and extraction
(lowest). Names that agree after ``loose_key`` within one kind are one entity; curation rules then
merge, rename, retype and drop. Relation ends, figure subjects and places are looked up by name or
alias, restricted to the kinds their label allows, so "Florence" the city and "Florence" a person never meet.
"""

from __future__ import annotations

import difflib
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from kgbuilder.datamodel import (
    Attribute,
    Entity,
    EntityDeclaration,
    Figure,
    Mention,
    Relation,
)
from kgbuilder.errors import Problem
from kgbuilder.iri import entity_key
from kgbuilder.kinds import EntityType, Kind
from kgbuilder.names import clean_name, loose_key
from kgbuilder.relations import ANY_KIND, LABELS
from kgbuilder.sources.curation import Curation

#: Declaration priorities: a higher one decides the canonical name and type.
CURATION, RECORDS, EXTRACTED = 3, 2, 1


@dataclass
class _Group:
    """Declarations found to be one entity, before it gets its final name and key."""

    declarations: list[tuple[int, EntityDeclaration]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # every surface form, first seen first
    canonical: str | None = None  # set by a rename or a merge rule
    type: EntityType | None = None  # set by a retype rule
    split_source: str | None = None  # set by a split rule: the document this entity is of

    def best(self) -> EntityDeclaration:
        """The declaration that decides: highest priority, then the longest name, then first."""
        ranked = sorted(
            enumerate(self.declarations),
            key=lambda item: (-item[1][0], -len(item[1][1].name), item[0]),
        )
        return ranked[0][1][1]


class EntityTable:
    """Resolved entities and the name index used to find them.

    Build it with ``EntityTable.resolve(...)``; then ``lookup(name, kinds)`` gives entity keys.
    """

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.geonames: dict[str, int] = {}  # entity key -> declared GeoNames id
        self.dates: dict[str, tuple[str | None, str | None]] = {}
        self._index: dict[str, set[str]] = defaultdict(set)  # loose name -> entity keys
        self._looked_up: set[str] | None = None  # loose names ``lookup`` saw, while recording

    @classmethod
    def resolve(
        cls,
        declarations: Iterable[tuple[int, EntityDeclaration]],
        curation: Curation,
        problems: list[Problem],
    ) -> EntityTable:
        """Group declarations into entities and apply the curation rules."""
        all_declarations = [(CURATION, d) for d in curation.entities] + list(declarations)
        split_names = {loose_key(rule.name) for rule in curation.splits}
        groups = _group(all_declarations, split_names)
        _check_splits(groups, curation, problems)
        groups = _apply_curation(groups, curation, problems)
        table = cls()
        for group in groups:
            table._add(group, problems)
        return table

    def _add(self, group: _Group, problems: list[Problem]) -> None:
        best = group.best()
        entity_type = group.type or best.type
        for priority, declaration in group.declarations:
            if (
                declaration.type.kind is not entity_type.kind
                and priority >= RECORDS
                and group.type is None
            ):
                problems.append(
                    Problem(
                        f"{declaration.name!r} is declared a {declaration.type.name} here but a "
                        f"{entity_type.name} elsewhere; kept {entity_type.name}",
                        declaration.path,
                        declaration.line,
                        severity="warning",
                    )
                )
        name = clean_name(group.canonical or best.name)
        key = entity_key(entity_type.kind.segment, name)
        if group.split_source is not None:
            key += "-" + group.split_source.partition(":")[2][:8]
        aliases = _unique(
            clean_name(n)
            for n in [
                *group.names,
                *(a for _, d in group.declarations for a in (*d.aliases, *d.local_aliases)),
            ]
        )
        same_as = _unique(
            iri for _, d in sorted(group.declarations, key=lambda x: -x[0]) for iri in d.same_as
        )
        existing = self.entities.get(key)
        if existing is not None:  # same kind and slug: the same IRI, hence the same entity
            aliases = _unique([*existing.aliases, existing.name, *aliases])
            same_as = _unique([*existing.same_as, *same_as])
            name = existing.name
        entity = Entity(
            key=key,
            name=name,
            type=entity_type,
            aliases=tuple(a for a in aliases if a != name),
            same_as=tuple(same_as),
            description=next((d.description for _, d in group.declarations if d.description), None),
        )
        self.entities[key] = entity
        for _, declaration in sorted(group.declarations, key=lambda x: -x[0]):
            if declaration.geonames_id is not None:
                self.geonames.setdefault(key, declaration.geonames_id)
        for label in [name, *aliases]:
            self._index[loose_key(label)].add(key)

    def lookup(self, name: str, kinds: frozenset[Kind] = ANY_KIND) -> list[str]:
        """Keys of the entities a name or alias denotes, among the given kinds, in a stable order."""
        loose = loose_key(name)
        if self._looked_up is not None:
            self._looked_up.add(loose)
        return sorted(k for k in self._index.get(loose, ()) if self.entities[k].kind in kinds)

    @contextmanager
    def recording(self) -> Iterator[set[str]]:
        """The loose names looked up inside the block: what a document's resolution read of the
        table (``answers_digest`` tells later whether the table still answers them alike)."""
        outer, self._looked_up = self._looked_up, set()
        try:
            yield self._looked_up
        finally:
            if outer is not None:
                outer |= self._looked_up
            self._looked_up = outer

    def answers_digest(self, looked_up: Iterable[str]) -> str:
        """One hash of what ``lookup`` answers for these loose names, in any kinds: the entities
        each denotes and their kinds. Two tables with one digest give the same keys to every
        lookup of those names, and the same kinds for them."""
        digest = hashlib.sha256()
        for loose in sorted(looked_up):
            digest.update(f"{loose}\x1d".encode())
            for key in sorted(self._index.get(loose, ())):
                digest.update(f"{key}\x1f{self.entities[key].kind.value}\x1e".encode())
        return digest.hexdigest()

    def suggest(self, name: str) -> list[str]:
        """Known names close to an unknown one, for "did you mean" messages."""
        names = sorted(
            {e.name for e in self.entities.values()}
            | {a for e in self.entities.values() for a in e.aliases}
        )
        return difflib.get_close_matches(name, names, n=3, cutoff=0.6)

    def replace_entity(self, entity: Entity) -> None:
        self.entities[entity.key] = entity


def _unique(values: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        if value:
            seen.setdefault(value, None)
    return list(seen)


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _group(
    declarations: list[tuple[int, EntityDeclaration]], split_names: set[str] | None = None
) -> list[_Group]:
    """Declarations sharing a name or alias within one kind form one group (first seen first).

    Local aliases (a surname, a short place name) never join groups. A name under a ``split``
    rule joins only declarations of the same document, so each document gets its own entity.
    """
    split_names = split_names or set()
    uf = _UnionFind(len(declarations))
    first_with: dict[tuple[Kind, str, str], int] = {}
    splits: dict[int, str] = {}
    for i, (_, declaration) in enumerate(declarations):
        labels = [loose_key(label) for label in (declaration.name, *declaration.aliases)]
        scope = ""
        if declaration.source_id is not None and any(label in split_names for label in labels):
            scope = declaration.source_id
            splits[i] = scope
        for label in labels:
            key = (declaration.type.kind, label, scope)
            if key in first_with:
                uf.union(first_with[key], i)
            else:
                first_with[key] = i
    groups: dict[int, _Group] = {}
    for i, (priority, declaration) in enumerate(declarations):
        group = groups.setdefault(uf.find(i), _Group())
        group.declarations.append((priority, declaration))
        group.names.append(declaration.name)
        if i in splits:
            group.split_source = splits[i]
    return [groups[root] for root in sorted(groups)]


def _check_splits(groups: list[_Group], curation: Curation, problems: list[Problem]) -> None:
    """A split rule that names no extracted entity is reported, like the other rules."""
    for rule in curation.splits:
        key = loose_key(rule.name)
        if not any(g.split_source and any(loose_key(n) == key for n in _names(g)) for g in groups):
            problems.append(
                Problem(
                    f"split rule: no entity named {rule.name!r} was read from a document",
                    curation.path,
                    rule.line,
                    severity="warning",
                )
            )


def _apply_curation(
    groups: list[_Group], curation: Curation, problems: list[Problem]
) -> list[_Group]:
    """Merge, rename, retype and drop, in that order; a rule that matches nothing is a warning."""

    def find(name: str, line: int, rule: str) -> list[_Group]:
        key = loose_key(name)
        found = [g for g in groups if any(loose_key(n) == key for n in _names(g))]
        if not found:
            problems.append(
                Problem(
                    f"{rule} rule: no entity is named {name!r}",
                    curation.path,
                    line,
                    severity="warning",
                )
            )
        return found

    for merge in curation.merges:
        matched: list[_Group] = []
        for name in merge.names:
            matched.extend(g for g in find(name, merge.line, "merge") if g not in matched)
        if len(matched) < 2:
            continue
        target = matched[0]
        for other in matched[1:]:
            target.declarations.extend(other.declarations)
            target.names.extend(other.names)
            groups.remove(other)
        target.canonical = merge.names[0]
    for rename in curation.renames:
        for group in find(rename.old, rename.line, "rename"):
            group.names.append(group.canonical or group.best().name)
            group.canonical = rename.new
    for retype in curation.retypes:
        for group in find(retype.name, retype.line, "retype"):
            group.type = retype.type
    for drop in curation.drops:
        for group in find(drop.name, drop.line, "drop"):
            groups.remove(group)
    return groups


def _names(group: _Group) -> list[str]:
    names = [*group.names, *(a for _, d in group.declarations for a in d.aliases)]
    if group.canonical:
        names.append(group.canonical)
    return names


@dataclass
class ResolvedFacts:
    """Relations, figures, attributes and mentions with every name replaced by an entity key."""

    relations: list[Relation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    attributes: list[Attribute] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


class FactResolver:
    """Looks up the names in facts; an unknown or ambiguous name is a problem at the fact's line."""

    def __init__(
        self, table: EntityTable, paths: dict[str, str | None], problems: list[Problem]
    ) -> None:
        self.table = table
        self.paths = paths  # source id -> file path, for messages
        self.problems = problems

    def _report(self, message: str, source_id: str, line: int | None) -> None:
        self.problems.append(Problem(message, self.paths.get(source_id), line))

    def key(
        self, name: str, kinds: frozenset[Kind], what: str, source_id: str, line: int | None
    ) -> str | None:
        found = self.table.lookup(name, kinds)
        if len(found) == 1:
            return found[0]
        if found:
            names = ", ".join(
                f"{self.table.entities[k].name} ({self.table.entities[k].type.name})" for k in found
            )
            self._report(f"{what} {name!r} is ambiguous: it names {names}", source_id, line)
            return None
        other_kinds = self.table.lookup(name)
        if other_kinds:
            entity = self.table.entities[other_kinds[0]]
            allowed = ", ".join(sorted(k.value for k in kinds))
            self._report(
                f"{what} {name!r} is a {entity.type.name}; expected {allowed}", source_id, line
            )
            return None
        close = self.table.suggest(name)
        hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        self._report(
            f"{what} {name!r} is not a known entity (declare it under 'entities'){hint}",
            source_id,
            line,
        )
        return None

    def relations(self, relations: Iterable[Relation]) -> list[Relation]:
        out = []
        for relation in relations:
            label = LABELS[relation.label]
            line = _line(relation.provenance.evidence)
            source = relation.provenance.source_id
            subject = self.key(
                relation.subject, label.subjects, f"{relation.label} subject", source, line
            )
            obj = self.key(relation.object, label.objects, f"{relation.label} object", source, line)
            if subject is not None and obj is not None:
                if subject == obj:
                    self._report(
                        f"{relation.label} relates {relation.subject!r} to itself", source, line
                    )
                    continue
                out.append(replace(relation, subject=subject, object=obj))
        return out

    def figures(self, figures: Iterable[Figure]) -> list[Figure]:
        out = []
        for figure in figures:
            line = _line(figure.provenance.evidence)
            source = figure.provenance.source_id
            about = self.key(figure.about, ANY_KIND, "figure subject", source, line)
            place = None
            if figure.place is not None:
                place = self.key(
                    figure.place, frozenset({Kind.PLACE}), "figure place", source, line
                )
                if place is None:
                    continue
            if about is not None:
                out.append(replace(figure, about=about, place=place))
        return out

    def attributes(self, attributes: Iterable[Attribute]) -> list[Attribute]:
        out = []
        for attribute in attributes:
            line = _line(attribute.provenance.evidence)
            subject = self.key(
                attribute.subject, ANY_KIND, "dated entity", attribute.provenance.source_id, line
            )
            if subject is not None:
                out.append(replace(attribute, subject=subject))
        return out


def _line(evidence: tuple[object, ...]) -> int | None:
    for item in evidence:
        line = getattr(item, "line", None)
        if line is not None:
            return int(line)
    return None
