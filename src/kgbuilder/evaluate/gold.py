"""Gold annotations (``*.gold.yaml``, the shared eval README's format), read and checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kgbuilder.errors import SourceError
from kgbuilder.kinds import Kind
from kgbuilder.relations import LABELS


@dataclass(frozen=True)
class GoldEntity:
    name: str
    kind: Kind
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldRelation:
    subject: str
    label: str
    object: str
    qualifier: str | None = None


@dataclass
class Gold:
    """One annotated text: its entities and relations (facts are kept as written)."""

    id: str
    text: str | None
    path: Path
    entities: list[GoldEntity] = field(default_factory=list)
    relations: list[GoldRelation] = field(default_factory=list)
    facts: list[dict[str, object]] = field(default_factory=list)
    published: str | None = None

    @property
    def text_path(self) -> Path | None:
        return self.path.parent / self.text if self.text else None


def load_gold(path: Path) -> Gold:
    """Read a gold file; a malformed one raises ``SourceError`` naming the file and entry."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise SourceError(f"cannot read gold file: {exc}", path=str(path)) from None
    if not isinstance(raw, dict):
        raise SourceError("a gold file is a mapping with entities and relations", path=str(path))
    gold = Gold(
        id=str(raw.get("id") or path.stem),
        text=raw.get("text"),
        path=path,
        published=str(raw["published"]) if raw.get("published") else None,
        facts=list(raw.get("facts") or []),
    )
    for entry in raw.get("entities") or []:
        try:
            gold.entities.append(
                GoldEntity(
                    str(entry["name"]),
                    Kind(entry["type"]),
                    tuple(str(a) for a in entry.get("aliases") or ()),
                )
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise SourceError(f"bad gold entity {entry!r}: {exc}", path=str(path)) from None
    for entry in raw.get("relations") or []:
        if not isinstance(entry, list) or len(entry) < 3 or entry[1] not in LABELS:
            raise SourceError(f"bad gold relation {entry!r}", path=str(path))
        qualifier = str(entry[3]) if len(entry) > 3 and entry[3] is not None else None
        gold.relations.append(GoldRelation(str(entry[0]), str(entry[1]), str(entry[2]), qualifier))
    return gold


def find_gold_files(folder: Path) -> list[Path]:
    """Every ``*.gold.yaml`` under a folder, sorted."""
    return sorted(folder.rglob("*.gold.yaml"))
