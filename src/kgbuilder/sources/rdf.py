"""RDF files given as inputs (Turtle, N-Triples, JSON-LD, RDF/XML): checked, then loaded as they are.

Each file becomes its own named graph, so it can be replaced alone like any other source. JSON-LD
contexts are never fetched: a remote ``@context`` is an error, not a network request.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyoxigraph as ox

from kgbuilder.datamodel import RdfFile, Source, SourceKind
from kgbuilder.errors import Problem
from kgbuilder.sources.walk import walk_files

#: file suffix -> pyoxigraph format; graph formats only (each file is one named graph)
RDF_SUFFIXES: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}

REMOTE_CONTEXT = (
    "a remote JSON-LD @context would need the network, which a build never uses: "
    "write the context inline; skipped"
)


def find_rdf_files(folder: Path, problems: list[Problem] | None = None) -> list[Path]:
    """The RDF files in a folder and its subfolders, in a stable order (hidden files left out;
    links that lead nowhere reported in ``problems`` when it is given)."""
    if not folder.is_dir():
        return []
    return sorted(walk_files(folder, lambda p: p.suffix.lower() in RDF_SUFFIXES, problems))


def load_rdf_file(
    path: Path, *, root: Path, problems: list[Problem]
) -> tuple[Source, RdfFile] | None:
    """Read and parse-check one RDF file; a syntax error is reported with its line and column."""
    shown = str(path)
    fmt = RDF_SUFFIXES[path.suffix.lower()]
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(f"cannot read file: {exc.strerror}", shown))
        return None
    try:
        count = sum(1 for _ in ox.parse(data, format=fmt, base_iri="urn:kgbuilder:check/"))
    except SyntaxError as exc:
        if "LoadDocumentCallback" in exc.msg:  # pyoxigraph's words for a remote @context
            problems.append(Problem(REMOTE_CONTEXT, shown, exc.lineno, exc.offset))
        else:
            problems.append(
                Problem(f"invalid {fmt.name}: {exc.msg}", shown, exc.lineno, exc.offset)
            )
        return None
    except (OSError, ValueError) as exc:  # e.g. a JSON-LD @context that would need the network
        problems.append(Problem(f"cannot load {fmt.name}: {exc}", shown))
        return None
    if count == 0:
        problems.append(Problem("no triples in file", shown, severity="warning"))
    relative = path.relative_to(root).as_posix()
    source = Source(
        id=f"rdf:{relative}",
        kind=SourceKind.RDF,
        title=relative,
        path=relative,
        sha256=hashlib.sha256(data).hexdigest(),
        work_type="Dataset",
    )
    return source, RdfFile(source.id, data, path.suffix.lower().lstrip("."))
