"""The fingerprints of the documents' graphs of the last build, and what each depended on.

A document's graph is a function of its cached extraction, its source, the model code, and what
its resolution read of the build's entity table (``scale.fingerprint``). To learn that an
unchanged document's graph is unchanged, a build used to read its extraction back from the cache
and resolve it again: most of an incremental build's store stage at a thousand documents. The
resolution reads the table only through ``EntityTable.lookup``, so each document's record keeps
the loose names it looked up and a digest of the table's answers (``answers_digest``: the
entities each name denotes, and their kinds). When the new table answers those names alike, the
resolved input is the same, hence the graph and its fingerprint: the record is reused and the
extraction is not read. A new alias, a merge or a retyping that touches one of the names changes
the digest, and the document is resolved again.

Records live in ``OUT/cache/documents.json``, keyed by cache key, shown path and confidence
threshold, under the context every fingerprint depends on (base IRI, model code) and the code of
resolution (``build.RESOLUTION_CODE``); another context drops them all. Only the records of the
current build's documents are written back.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kgbuilder.resolve.entities import EntityTable
from kgbuilder.scale.kept_files import read_kept, write_kept

PRINTS_FORMAT = 1
#: under ``OUT/cache``
DOCUMENT_PRINTS_FILE = "documents.json"


@dataclass(frozen=True)
class DocumentPrint:
    """One document's graph in the last build: its name and fingerprint, and what it read."""

    graph: str
    fingerprint: str
    looked_up: tuple[str, ...]
    answers: str


class DocumentPrints:
    """The last build's records, and those of this build as it goes."""

    def __init__(self, path: Path, context: str) -> None:
        self.path = path
        self.context = context
        self.last = _load(path, context)
        self.current: dict[str, DocumentPrint] = {}

    @staticmethod
    def key(cache_key: str, shown: str, min_confidence: float) -> str:
        return f"{cache_key}\x1f{shown}\x1f{min_confidence!r}"

    def reuse(self, key: str, table: EntityTable) -> DocumentPrint | None:
        """The last build's record of a document, if ``table`` answers its names alike."""
        record = self.last.get(key)
        if record is None or table.answers_digest(record.looked_up) != record.answers:
            return None
        self.current[key] = record
        return record

    def keep(self, key: str, record: DocumentPrint) -> None:
        self.current[key] = record

    def save(self) -> None:
        documents = {
            key: [r.graph, r.fingerprint, list(r.looked_up), r.answers]
            for key, r in sorted(self.current.items())
        }
        write_kept(self.path, PRINTS_FORMAT, context=self.context, documents=documents)


def _load(path: Path, context: str) -> dict[str, DocumentPrint]:
    data = read_kept(path, PRINTS_FORMAT, context=context)
    if data is None:
        return {}
    try:
        return {
            str(key): DocumentPrint(
                str(graph), str(fingerprint), tuple(map(str, names)), str(answers)
            )
            for key, (graph, fingerprint, names, answers) in data["documents"].items()
        }
    except (KeyError, TypeError, ValueError, AttributeError):
        return {}
