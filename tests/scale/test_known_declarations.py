"""Sources and declarations kept between builds: read back as written, and only for the cache
entry and the code they were read with."""

from __future__ import annotations

import json
from pathlib import Path

import kgbuilder
from kgb_corpus import corpus
from kgbuilder.datamodel import EntityDeclaration, Source, SourceKind
from kgbuilder.kinds import ENTITY_TYPES
from kgbuilder.scale.known_declarations import DECLARATIONS_FILE, KnownDeclarations

SOURCE = Source(
    id="doc:0123456789abcdef",
    kind=SourceKind.DOCUMENT,
    title="A test report",
    path="news/report.md",
    published="2024-05-01",
    sha256="ab" * 32,
)
DECLARATIONS = [
    EntityDeclaration(
        name="Harbour Steel Company",
        type=ENTITY_TYPES["Corporation"],
        aliases=("HSC", "Harbour Steel"),
        local_aliases=("Harbour",),
        source_id=SOURCE.id,
    ),
    EntityDeclaration(
        name="Oslo",
        type=ENTITY_TYPES["City"],
        same_as=("https://sws.geonames.org/3143244/",),
        geonames_id=3143244,
        description="a city",
        path="records/places.csv",
        line=4,
    ),
]


def test_known_declarations_read_back_as_written(tmp_path: Path) -> None:
    path = tmp_path / DECLARATIONS_FILE
    kept = KnownDeclarations(path, "code-1")
    kept.keep("doc-a", "digest-a", SOURCE, DECLARATIONS)
    kept.save()
    again = KnownDeclarations(path, "code-1")
    assert again.get("doc-a", "digest-a") == (SOURCE, DECLARATIONS)
    assert again.get("doc-a", "digest-b") is None  # the cache entry changed since
    assert again.get("doc-b", "digest-a") is None
    assert KnownDeclarations(path, "code-2").get("doc-a", "digest-a") is None  # other code


def test_known_declarations_damaged_file_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / DECLARATIONS_FILE
    kept = KnownDeclarations(path, "code-1")
    kept.keep("doc-a", "digest-a", SOURCE, DECLARATIONS)
    kept.save()
    data = json.loads(path.read_text())
    data["documents"]["doc-a"][2][0]["type"] = "NoSuchType"
    path.write_text(json.dumps(data))
    assert KnownDeclarations(path, "code-1").get("doc-a", "digest-a") is None
    path.write_text('{"format": 1, "cont')
    assert KnownDeclarations(path, "code-1").get("doc-a", "digest-a") is None


def test_build_takes_declarations_of_unchanged_documents_from_the_kept_file(
    tmp_path: Path,
) -> None:
    """What the file says is what the build resolves with (so it is used, and not the
    extractions): an alias planted in it for an unchanged document becomes an entity's alias."""
    data = tmp_path / "data"
    corpus(data, 3)
    out = tmp_path / "out"
    with kgbuilder.build(data, out, render=False, jobs=1):
        pass
    path = out / "cache" / DECLARATIONS_FILE
    kept = json.loads(path.read_text())
    assert len(kept["documents"]) == 3
    planted = 0
    for _, _, declarations in kept["documents"].values():
        for row in declarations:
            if row["name"] == "Bluefin Foods":
                row["aliases"] = [*row.get("aliases", []), "Planted Fisheries"]
                planted += 1
    assert planted
    path.write_text(json.dumps(kept))
    (data / "documents" / "article-002.txt").unlink()
    with kgbuilder.build(data, out, render=False, jobs=1) as graph:
        rows = graph.query(
            'SELECT ?e WHERE { ?e rdfs:label "Bluefin Foods" ; skos:altLabel "Planted Fisheries" }'
        ).rows
    assert len(rows) == 1
