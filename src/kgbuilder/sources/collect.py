"""Everything in a data folder, read: records files, the curation file, RDF files.

Each file is read on its own; a file that cannot be read is reported and skipped, the rest go on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kgbuilder.config import Settings
from kgbuilder.datamodel import Document, RdfFile, Source
from kgbuilder.errors import Problem
from kgbuilder.sources.curation import Curation, load_curation
from kgbuilder.sources.documents import (
    DocumentFile,
    find_documents,
    read_documents,
    scan_documents,
)
from kgbuilder.sources.rdf import find_rdf_files, load_rdf_file
from kgbuilder.sources.records import RecordSet, find_record_files, load_records


@dataclass
class SourceInputs:
    """What the data folder holds, read and checked, with entity references still as names."""

    data_dir: Path = Path()
    record_sets: list[RecordSet] = field(default_factory=list)
    curation: Curation = field(default_factory=Curation)
    rdf_sources: list[Source] = field(default_factory=list)
    rdf_files: list[RdfFile] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    document_files: list[DocumentFile] = field(default_factory=list)  # found, not yet read
    files: list[dict[str, Any]] = field(default_factory=list)  # for the build report


def read_data_folder(
    data_dir: Path,
    settings: Settings,
    problems: list[Problem],
    *,
    documents: list[Path] | None = None,
    read_texts: bool = True,
) -> SourceInputs:
    """Read the records, the curation file, the RDF files and the documents the settings point at.

    ``documents`` replaces the documents folder by the given files and folders (``--docs``).
    Without ``read_texts`` the documents are only found and hashed (``document_files``); a build
    reads the texts one at a time, and only those it has not read before.
    """
    inputs = SourceInputs(data_dir=data_dir)
    docs_dir = data_dir / settings.sources.documents
    doc_paths = documents if documents is not None else [docs_dir]
    root = docs_dir if documents is None else None
    existing = [p for p in doc_paths if p.exists()]
    for missing in (p for p in doc_paths if not p.exists() and documents is not None):
        problems.append(Problem("no such file or folder; skipped", str(missing)))
    if read_texts:
        for path in find_documents(existing):
            inputs.files.append(_describe(path, root or path.parent, "document"))
        inputs.documents = read_documents(
            existing, root=root, problems=problems, max_chars=settings.extract.max_chars
        )
    else:
        inputs.document_files = scan_documents(
            existing, root=root, problems=problems, max_chars=settings.extract.max_chars
        )
        for file in inputs.document_files:
            shown = file.path.relative_to(root or file.path.parent).as_posix()
            inputs.files.append({"path": shown, "kind": "document", "sha256": file.sha256})
    records_dir = data_dir / settings.sources.records
    for path in find_record_files(records_dir, problems):
        inputs.files.append(_describe(path, data_dir, "records"))
        record_set = load_records(path, root=records_dir, problems=problems)
        if record_set is not None:
            inputs.record_sets.append(record_set)
    curation_path = data_dir / settings.sources.curation
    if curation_path.exists():
        inputs.files.append(_describe(curation_path, data_dir, "curation"))
    inputs.curation = load_curation(curation_path, problems=problems)
    rdf_dir = data_dir / settings.sources.rdf
    for path in find_rdf_files(rdf_dir, problems):
        inputs.files.append(_describe(path, data_dir, "rdf"))
        loaded = load_rdf_file(path, root=rdf_dir, problems=problems)
        if loaded is not None:
            inputs.rdf_sources.append(loaded[0])
            inputs.rdf_files.append(loaded[1])
    return inputs


def _describe(path: Path, root: Path, kind: str) -> dict[str, Any]:
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        digest = None
    return {"path": path.relative_to(root).as_posix(), "kind": kind, "sha256": digest}
