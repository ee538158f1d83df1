"""Each cached document's source and entity declarations, kept in one file for the next build.

Resolution across documents needs every document's declarations (the names its mentions
cluster into, ``resolve_document``), and a build used to read each cached extraction in full to
get them: about a second at a thousand documents, for an incremental build that changed one.
They are a function of the extraction, the confidence threshold and the code of resolution, so
the build keeps them in ``OUT/cache/declarations.json`` under a digest of that code
(``build.RESOLUTION_CODE``), keyed like ``document_prints``, each with a hash of the cache entry
they were read from: an entry changed or damaged since, another code, or a damaged file, and the
extraction is read again (and extracted again if it cannot be). Only the current build's
documents are written back.
"""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

from kgbuilder.datamodel import EntityDeclaration, Source
from kgbuilder.kinds import ENTITY_TYPES
from kgbuilder.scale.codec import CacheFormatError, source_from_json, source_to_json
from kgbuilder.scale.kept_files import read_kept, write_kept

DECLARATIONS_FORMAT = 1
#: under ``OUT/cache``
DECLARATIONS_FILE = "declarations.json"
_TUPLES = {"aliases", "same_as", "local_aliases"}

#: a document's source and declarations
Known = tuple[Source, list[EntityDeclaration]]


class KnownDeclarations:
    """The last build's sources and declarations by document, and this build's as it goes."""

    def __init__(self, path: Path, context: str) -> None:
        self.path = path
        self.context = context
        self.last = _load(path, context)
        self.current: dict[str, Any] = {}

    def get(self, key: str, entry: str | None) -> Known | None:
        """What was read from the cache entry whose bytes hash to ``entry``, if that is known."""
        data = self.last.get(key)
        if entry is None or not isinstance(data, list) or len(data) != 3 or data[0] != entry:
            return None
        try:
            known = source_from_json(data[1]), [_declaration(d) for d in data[2]]
        except (KeyError, TypeError, ValueError, CacheFormatError):
            return None
        self.current[key] = data
        return known

    def keep(
        self, key: str, entry: str | None, source: Source, declarations: list[EntityDeclaration]
    ) -> None:
        if entry is not None:
            self.current[key] = [entry, source_to_json(source), [_row(d) for d in declarations]]

    def save(self) -> None:
        write_kept(self.path, DECLARATIONS_FORMAT, context=self.context, documents=self.current)


def _row(declaration: EntityDeclaration) -> dict[str, Any]:
    """The declaration's fields that differ from their default, the type by name."""
    row: dict[str, Any] = {}
    for f in fields(EntityDeclaration):
        value = getattr(declaration, f.name)
        if f.name == "type":
            row["type"] = value.name
        elif value != f.default and value is not None:
            row[f.name] = list(value) if f.name in _TUPLES else value
    return row


def _declaration(row: dict[str, Any]) -> EntityDeclaration:
    values: dict[str, Any] = {
        k: tuple(v) if k in _TUPLES else v for k, v in row.items() if k != "type"
    }
    return EntityDeclaration(type=ENTITY_TYPES[row["type"]], **values)


def _load(path: Path, context: str) -> dict[str, Any]:
    data = read_kept(path, DECLARATIONS_FORMAT, context=context)
    documents = data.get("documents") if data is not None else None
    return dict(documents) if isinstance(documents, dict) else {}
