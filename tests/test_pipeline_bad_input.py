"""A build over a data folder full of bad inputs: each is reported with its file, its place and what
is wrong; the good inputs still make their facts; ``--strict`` turns any problem into exit status 1.

The bad-input corpus is written here, into ``tmp_path``: the big and binary files are generated,
never committed. One build reads all of it (a module fixture: one build, not one per case), and a
parametrised test checks each kind of bad input against the report.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import kgbuilder
from kgb_corpus import article, corpus
from kgbuilder.errors import ConfigError, Problem

#: kept small so the two huge texts cost seconds; the default (100 000) is checked below
MAX_CHARS = 20_000
SETTINGS = f"""[project]
name = "bad inputs"
[render]
html = false
[extract]
max_chars = {MAX_CHARS}
"""

GOOD_RECORDS = """source: {title: Trade register extract}
entities:
  - Quayside Analytics: Corporation
  - Tallinn: City
relations:
  - [Quayside Analytics, locatedIn, Tallinn]
"""


def _twenty_megabytes() -> str:
    paragraphs = "".join(article(i) + "\n" for i in range(40))
    return (paragraphs * (20_000_000 // len(paragraphs) + 1))[:20_000_000]


def _unreadable_as_anyone(docs: Path) -> bool:
    """A file whose read fails even for root: /proc/self/mem at offset 0 answers EIO (Linux)."""
    if not Path("/proc/self/mem").exists():
        return False
    (docs / "io-error.txt").symlink_to("/proc/self/mem")
    return True


@dataclass(frozen=True)
class Case:
    """One kind of bad input: how to make it, and the problem the report must hold for it."""

    kind: str
    make: Callable[[Path], None]
    path: str  # the file, relative to the data folder
    words: str  # part of the message
    line: int | None = None
    column: int | None = None
    severity: str = "error"
    cut: bool = (
        False  # a text cut at MAX_CHARS: line and column point at the first character left out
    )


def _write(relative: str, data: bytes | str) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            target.write_bytes(data)
        else:
            target.write_text(data, encoding="utf-8")

    return make


def _link(relative: str, target: str) -> Callable[[Path], None]:
    def make(folder: Path) -> None:
        (folder / relative).parent.mkdir(parents=True, exist_ok=True)
        (folder / relative).symlink_to(target)

    return make


BINARY = bytes(range(256)) * 64  # a newline at byte 10, the first byte that breaks UTF-8 at 128

CASES = [
    Case("empty file", _write("documents/empty.txt", b""), "documents/empty.txt", "empty"),
    Case(
        "binary file",
        _write("documents/binary.txt", BINARY),
        "documents/binary.txt",
        "not UTF-8 text (invalid start byte at byte 128)",
        line=2,
        column=118,
    ),
    Case(
        "invalid UTF-8",
        _write("documents/latin1.txt", "Ingrid Larsen\nJos\xe9 Garc\xeda".encode("latin-1")),
        "documents/latin1.txt",
        "not UTF-8 text (invalid continuation byte at byte 17)",
        line=2,
        column=4,
    ),
    Case(
        "20 MB text",
        _write("documents/huge.txt", _twenty_megabytes()),
        "documents/huge.txt",
        "the text has 20,000,000 characters; the extractor reads the first",
        severity="warning",
        cut=True,
    ),
    Case(
        "one 1 MB line",
        _write(
            "documents/one-line.txt",
            ("Amara Okafor met Lucas Moreau in Oslo " * 30_000)[:1_000_000],
        ),
        "documents/one-line.txt",
        "the text has 1,000,000 characters; the extractor reads the first",
        severity="warning",
        cut=True,
    ),
    Case(
        "malformed YAML front matter",
        _write(
            "documents/front.md", "---\ntitle: ok\ndate: [2024\n---\nBluefin Foods is in Oslo.\n"
        ),
        "documents/front.md",
        "front matter is not valid YAML",
        line=3,  # the end of "date: [2024", where the list should have closed
        column=12,
    ),
    Case(
        "malformed records YAML",
        _write(
            "records/broken.yaml", "entities:\n  - Quayside: {type: Corporation\nrelations: []\n"
        ),
        "records/broken.yaml",
        "invalid YAML",
        line=3,
        column=10,
    ),
    Case(
        "records of the wrong type",
        _write(
            "records/types.yaml",
            "entities:\n  - Kestrel Mining: Corporation\nfigures:\n"
            "  - {about: Kestrel Mining, measure: sales, value: plenty, unit: tonnes}\n",
        ),
        "records/types.yaml",
        "'plenty' is not a number",
        line=4,
        column=52,
    ),
    Case(
        "records naming a missing entity",
        _write(
            "records/missing.yaml",
            "entities:\n  - Kestrel Holdings: Corporation\nrelations:\n"
            "  - [Kestrel Holdings, locatedIn, Atlantis Prime]\n",
        ),
        "records/missing.yaml",
        "locatedIn object 'Atlantis Prime' is not a known entity",
        line=4,
    ),
    Case(
        "an unknown entity type",
        _write("records/kind.yaml", "entities:\n  - Fjord Works: Spaceship\n"),
        "records/kind.yaml",
        "unknown entity type 'Spaceship'",
        line=2,
        column=18,
    ),
    Case(
        "curation rule for a missing entity",
        _write("curation.yaml", "drop:\n  - Nobody Anywhere\n"),
        "curation.yaml",
        "drop rule: no entity is named 'Nobody Anywhere'",
        line=2,
        severity="warning",
    ),
    Case(
        "duplicate entity ids",
        _write(
            "records/twice.yaml",
            "entities:\n  - Brightwater Ltd: Corporation\n  - Brightwater Ltd: Person\n",
        ),
        "records/twice.yaml",
        "'Brightwater Ltd' is declared again (first at line 2)",
        line=3,
        severity="warning",
    ),
    Case(
        "duplicate relations",
        _write(
            "records/again.yaml",
            "entities:\n  - Marlow Freight: Corporation\n  - Oslo: City\nrelations:\n"
            "  - [Marlow Freight, locatedIn, Oslo]\n  - [marlow freight, locatedIn, Oslo]\n",
        ),
        "records/again.yaml",
        "the same relation again (first at line 5)",
        line=6,
        column=5,
        severity="warning",
    ),
    Case(
        "duplicate documents",
        _write("documents/copy-of-000.txt", article(0)),
        "documents/copy-of-000.txt",
        "the same text as",
        severity="warning",
    ),
    Case(
        "symbolic link loop",
        _link("documents/loop.txt", "loop.txt"),
        "documents/loop.txt",
        "a symbolic link loop",
        severity="warning",
    ),
    Case(
        "symbolic link to a missing file",
        _link("records/gone.yaml", "nowhere/gone.yaml"),
        "records/gone.yaml",
        "a symbolic link to a missing file",
        severity="warning",
    ),
    Case(
        "symbolic link back up the tree",
        _link("documents/sub/up", ".."),
        "documents/sub/up",
        "a symbolic link to a folder is not followed",
        severity="warning",
    ),
    Case(
        "malformed Turtle",
        _write(
            "rdf/broken.ttl", "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b \n"
        ),
        "rdf/broken.ttl",
        "invalid Turtle",
        line=4,
        column=1,
    ),
    Case(
        "malformed JSON-LD",
        _write("rdf/broken.jsonld", '{"@id": "http://example.org/a",\n "http://example.org/b": '),
        "rdf/broken.jsonld",
        "invalid JSON-LD",
        line=2,
    ),
    Case(
        "JSON-LD with a remote context",
        _write(
            "rdf/remote.jsonld",
            '{"@context": "http://example.org/ctx", "@id": "http://example.org/a"}',
        ),
        "rdf/remote.jsonld",
        "a remote JSON-LD @context would need the network",
    ),
]


def bad_data_folder(folder: Path) -> Path:
    """The good base (two articles, a records file, an RDF file) and every case above."""
    corpus(folder, 2)
    (folder / "kgbuilder.toml").write_text(SETTINGS, encoding="utf-8")
    _write("records/good.yaml", GOOD_RECORDS)(folder)
    _write(
        "rdf/good.ttl", "<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n"
    )(folder)
    for case in CASES:
        case.make(folder)
    return folder


@dataclass
class BadBuild:
    data: Path
    out: Path
    problems: list[Problem]
    graph: kgbuilder.KnowledgeGraph


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BadBuild]:
    data = bad_data_folder(tmp_path_factory.mktemp("bad") / "data")
    out = data.parent / "out"
    graph = kgbuilder.build(data, out, jobs=1)
    assert graph.report is not None
    yield BadBuild(data, out, graph.report.problems, graph)
    graph.close()


def _matching(build: BadBuild, case: Case) -> list[Problem]:
    path = str(build.data / case.path)
    return [p for p in build.problems if p.path == path and case.words in p.message]


@pytest.mark.parametrize("case", CASES, ids=[c.kind for c in CASES])
def test_build_reports_bad_input_with_file_and_place(bad_build: BadBuild, case: Case) -> None:
    found = _matching(bad_build, case)
    assert len(found) == 1, [str(p) for p in bad_build.problems]
    problem = found[0]
    assert problem.severity == case.severity
    if case.cut:
        _check_cut(bad_build.data / case.path, problem)
    else:
        assert problem.line == case.line
        if case.column is not None:
            assert problem.column == case.column
    # the report on disk lists it too, exactly as the build kept it
    on_disk = json.loads((bad_build.out / "report.json").read_text(encoding="utf-8"))["problems"]
    assert problem.to_dict() in on_disk


def test_build_reports_every_bad_input_and_nothing_else(bad_build: BadBuild) -> None:
    explained = {id(p) for case in CASES for p in _matching(bad_build, case)}
    assert [str(p) for p in bad_build.problems if id(p) not in explained] == []
    on_disk = json.loads((bad_build.out / "report.json").read_text(encoding="utf-8"))["problems"]
    assert len(on_disk) == len(bad_build.problems)


def test_build_over_bad_inputs_keeps_the_good_facts(bad_build: BadBuild) -> None:
    labels = {
        str(row[0])
        for row in bad_build.graph.query(
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            "SELECT DISTINCT ?name WHERE { ?e rdfs:label ?name }"
        )
    }
    # from the good records, the good articles, and the readable head of each huge text
    assert {"Quayside Analytics", "Tallinn", "Maria Costa", "Jonas Keller"} <= labels
    assert {"Amara Okafor", "Lucas Moreau"} <= labels
    # the good RDF file is loaded; the records around the bad entries too
    assert bad_build.graph.query("ASK { <http://example.org/s> <http://example.org/p> ?o }")
    assert {"Kestrel Holdings", "Marlow Freight", "Brightwater Ltd"} <= labels
    for name in ("graph.trig", "graph.ttl", "report.json"):
        assert (bad_build.out / name).stat().st_size > 0


def _check_cut(path: Path, problem: Problem) -> None:
    """The place of a cut is the first character left out, after as many as the message says
    were read: fewer than MAX_CHARS, but not many fewer (whole words are kept)."""
    kept = int(re.search(r"reads the first ([\d,]+)", problem.message)[1].replace(",", ""))  # type: ignore[index]
    assert MAX_CHARS * 0.9 <= kept <= MAX_CHARS
    text = path.read_text(encoding="utf-8")
    lines = text[:kept].split("\n")
    assert (problem.line, problem.column) == (len(lines), len(lines[-1]) + 1)
    assert text[kept].isspace() and not text[kept - 1].isspace()  # a word ends at the cut


def test_build_unreadable_file(tmp_path: Path) -> None:
    """chmod 000 stops a reader only when the build does not run as root: root (CI runs as root)
    reads it anyway, as every tool does. So a file that root cannot read either (a read that fails
    with EIO) stands for it on Linux, and the chmod 000 file is checked for what holds as each."""
    data = tmp_path / "data"
    corpus(data, 1)
    docs = data / "documents"
    locked = docs / "locked.txt"
    locked.write_text(
        "Ingrid Larsen joined Harbour Steel Company in Rotterdam.\n", encoding="utf-8"
    )
    locked.chmod(0)
    eio = _unreadable_as_anyone(docs)
    try:
        readable = os.access(locked, os.R_OK)
        graph = kgbuilder.build(data, tmp_path / "out", render=False, jobs=1)
        problems = {p.path: p for p in graph.report.problems} if graph.report else {}
        names = {
            str(r[0])
            for r in graph.query("SELECT ?n { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?n }")
        }
        graph.close()
    finally:
        locked.chmod(0o644)
    if readable:  # root: permissions do not stop it, so it is read like any other file
        assert str(locked) not in problems
        assert "Ingrid Larsen" in names
    else:
        assert problems[str(locked)].message == "cannot read file: Permission denied"
        assert "Ingrid Larsen" not in names
    if eio:
        assert (
            problems[str(docs / "io-error.txt")].message == "cannot read file: Input/output error"
        )
    else:
        assert sys.platform != "linux", "/proc/self/mem is on every Linux"
    assert "Maria Costa" in names  # the readable article


def _kgbuilder(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kgbuilder", *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_build_settings_file_malformed_stops_the_build_with_its_place(tmp_path: Path) -> None:
    """The settings decide where everything goes: a build with half of them would be wrong, so a
    broken kgbuilder.toml stops the build before it writes anything (exit 1 from the CLI)."""
    data = tmp_path / "data"
    corpus(data, 1)
    (data / "kgbuilder.toml").write_text('[project]\nname = "x"\n[store\nkind = "memory"\n')
    with pytest.raises(ConfigError, match=r"kgbuilder.toml: invalid TOML: .*line 3, column 7"):
        kgbuilder.build(data, tmp_path / "out")
    result = _kgbuilder("build", "--data", str(data), "--out", str(tmp_path / "cli"))
    assert result.returncode == 1
    assert "kgbuilder.toml: invalid TOML" in result.stderr and "line 3, column 7" in result.stderr
    assert not (tmp_path / "cli" / "graph.trig").exists()


def test_build_settings_max_chars_default_and_floor(tmp_path: Path) -> None:
    assert kgbuilder.config.Settings().extract.max_chars == 100_000
    (tmp_path / "kgbuilder.toml").write_text("[extract]\nmax_chars = 10\n")
    with pytest.raises(ConfigError, match="max_chars must be 1000 or more"):
        kgbuilder.config.load_settings(tmp_path)


def test_build_strict_exit_status(tmp_path: Path) -> None:
    """--strict: any problem makes the exit status 1, and the outputs are written all the same
    (what can be built is built; the status says it is not clean). A clean build exits 0."""
    data = tmp_path / "data"
    corpus(data, 1)
    out = tmp_path / "out"
    command = ["build", "--data", str(data), "--out", str(out), "--no-html", "-j1"]
    clean = _kgbuilder(*command, "--strict")
    assert clean.returncode == 0, clean.stderr
    _write("documents/empty.txt", b"")(data)
    (out / "graph.trig").unlink()
    strict = _kgbuilder(*command, "--strict")
    assert strict.returncode == 1, strict.stderr
    assert "empty.txt: error: no text to read" in strict.stderr
    assert "--strict: 1 input error; exit status 1" in strict.stderr
    assert (out / "graph.trig").stat().st_size > 0
    assert json.loads((out / "report.json").read_text())["problems"][0]["path"].endswith(
        "empty.txt"
    )
    lenient = _kgbuilder(*command)
    assert lenient.returncode == 0, lenient.stderr
