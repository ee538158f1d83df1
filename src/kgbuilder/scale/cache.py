"""The extraction cache: what the extractor read in each document, kept between builds.

Input: a document's content hash and the extractor's version string (``extractor_version``: the
kgbuilder version, the rules, the word lists, the curated names it knows and the spaCy pipeline
with its version). Output: the document's ``Source`` and ``Extraction`` as that extractor made
them, so an unchanged document is never read by the NLP pipeline again.

Entries are JSON files under ``OUT/cache/extractions/`` (``kgbuilder.scale.codec``), one per
document and extractor version, each written to a temporary file and renamed into place. A file
that cannot be read back (cut short by a crash, edited, from another format) is a miss, never an
error: the document is read again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from kgbuilder.atomic import write_unflushed
from kgbuilder.datamodel import Extraction, Source
from kgbuilder.scale.codec import (
    CacheFormatError,
    extraction_from_json,
    extraction_to_json,
    source_from_json,
    source_to_json,
)

#: bumped when the layout of an entry changes
CACHE_FORMAT = 1


@dataclass(frozen=True)
class CachedDocument:
    """One document as the extractor read it (``source.path`` is where it lay when read)."""

    source: Source
    extraction: Extraction


def cache_key(sha256: str, extractor_version: str) -> str:
    """The name of a document's entry: a hash of its content hash and the extractor's version."""
    text = f"{CACHE_FORMAT}\x1f{sha256}\x1f{extractor_version}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ExtractionCache:
    """Entries under ``folder``, sharded by the first two hex digits of their key."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, *, path: str | None = None) -> CachedDocument | None:
        """The entry, with ``source.path`` set to ``path`` (where the document lies now)."""
        try:
            raw = self.path(key).read_bytes()
        except OSError:
            return None
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("format") != CACHE_FORMAT:
                return None
            if data.get("key") != key:
                return None
            source = source_from_json(data.get("source"))
            extraction = extraction_from_json(data.get("extraction"))
        except (ValueError, CacheFormatError):
            return None
        if path is not None:
            source = replace(source, path=path)
        return CachedDocument(source, extraction)

    def digest(self, key: str) -> str | None:
        """A hash of the entry's bytes (None: no entry): what was read from it is still there."""
        try:
            return hashlib.sha256(self.path(key).read_bytes()).hexdigest()
        except OSError:
            return None

    def put(self, key: str, source: Source, extraction: Extraction) -> str:
        """Write an entry: to a temporary file beside it, then renamed over it; its ``digest``.

        Not synced to disk one by one (thousands of fsyncs would cost more than the extraction
        they save); a file cut short by a power loss fails to parse and is read as a miss.
        """
        body = {
            "format": CACHE_FORMAT,
            "key": key,
            "source": source_to_json(replace(source, path=None)),
            "extraction": extraction_to_json(extraction),
        }
        data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        write_unflushed(self.path(key), data)
        return hashlib.sha256(data).hexdigest()

    def keys(self) -> set[str]:
        """The keys of every entry on disk."""
        if not self.folder.is_dir():
            return set()
        return {p.stem for p in self.folder.glob("??/*.json")}

    def prune(self, keep: Iterable[str]) -> int:
        """Delete the entries (and stray temporary files) not in ``keep``; how many went."""
        wanted = set(keep)
        removed = 0
        if not self.folder.is_dir():
            return 0
        for shard in self.folder.iterdir():
            if not shard.is_dir():
                continue
            for entry in shard.iterdir():
                stale = entry.suffix == ".tmp" or (
                    entry.suffix == ".json" and entry.stem not in wanted
                )
                if stale:
                    entry.unlink(missing_ok=True)
                    removed += entry.suffix == ".json"
        return removed
