"""``kill -9`` during ``kgbuilder build``: the last good outputs stay whole and agree with each other,
the store opens and answers, and the next build equals a clean build byte for byte.

Each trial starts from a copy of a complete build of a small corpus (the old version), changes
nothing in it, and runs ``kgbuilder build`` on changed data (the new version) as a subprocess,
killed with SIGKILL: at seeded random times, and at named points of the build
(``KGBUILDER_CRASH_AT``, see ``kgbuilder.crashpoints``), where the process kills itself.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest

import kgbuilder
from kgb_corpus import corpus
from kgbuilder.crashpoints import ENVIRONMENT_VARIABLE
from kgbuilder.store.oxigraph import OxigraphStore

SEED = 20260508
RANDOM_KILLS = 8
#: where a build dies on purpose: a stage starting, a new store staged or half swapped in, each
#: output file about to be renamed into place (report.json is the last one written)
CRASH_POINTS = (
    ("stage:store", False),
    ("store:staged", True),
    ("install:aside", True),
    ("stage:export", False),
    ("replace:graph.trig", False),
    ("replace:graph.ttl", False),
    ("replace:graph.html", False),
    ("replace:report.json", False),
)
OUTPUTS = ("graph.trig", "graph.ttl", "graph.html")


@dataclass(frozen=True)
class Version:
    """A complete build's outputs, as the checks compare them."""

    trig: frozenset[str]
    ttl: frozenset[str]
    html: bytes
    inputs: str  # the report's list of inputs (names and hashes): which data it was built from


def _quads(path: Path, fmt: ox.RdfFormat) -> frozenset[str]:
    """Every statement of the file; parsing fails on a file cut short."""
    return frozenset(str(q) for q in ox.parse(path=str(path), format=fmt))


def _inputs(out: Path) -> str:
    return json.dumps(json.loads((out / "report.json").read_text(encoding="utf-8"))["inputs"])


def _version(out: Path) -> Version:
    html = (out / "graph.html").read_bytes()
    _WholePage().check(html.decode("utf-8"))
    return Version(
        _quads(out / "graph.trig", ox.RdfFormat.TRIG),
        _quads(out / "graph.ttl", ox.RdfFormat.TURTLE),
        html,
        _inputs(out),
    )


class _WholePage(HTMLParser):
    """An HTML page that ends: the ``</html>`` closing tag is there."""

    def check(self, page: str) -> None:
        self.closed = False
        self.feed(page)
        self.close()
        assert self.closed, "graph.html is cut short"

    def handle_endtag(self, tag: str) -> None:
        if tag == "html":
            self.closed = True


@dataclass
class Scene:
    data: Path
    old_out: Path
    clean: Path
    old: Version
    new: Version
    full_seconds: float


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Scene:
    root = tmp_path_factory.mktemp("crash")
    data, old_out, clean = root / "data", root / "old", root / "clean"
    corpus(data, 4)
    kgbuilder.build(data, old_out, jobs=1).close()
    old = _version(old_out)
    corpus(data, 2, start=20)
    (data / "documents" / "article-001.txt").unlink()
    kgbuilder.build(data, clean, jobs=1).close()
    new = _version(clean)
    assert old.trig != new.trig and old.inputs != new.inputs
    # how long an uninterrupted build of the change takes as a subprocess: the random kills
    # fall within it
    timed = root / "timed"
    shutil.copytree(old_out, timed, symlinks=True)
    start = time.monotonic()
    assert _build(data, timed).wait(timeout=600) == 0
    return Scene(data, old_out, clean, old, new, time.monotonic() - start)


def _build(data: Path, out: Path, *, crash_at: str | None = None) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != ENVIRONMENT_VARIABLE}
    if crash_at is not None:
        env[ENVIRONMENT_VARIABLE] = crash_at
    command = [sys.executable, "-m", "kgbuilder", "build", "--data", str(data), "--out", str(out)]
    return subprocess.Popen(
        [*command, "-j1"],
        env=env,
        start_new_session=True,  # its own process group: the kill reaches any helper it started
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _check_after_kill(scene: Scene, out: Path) -> None:
    """What must hold however the build died, then the next build equals a clean one."""
    # each output file is a whole version, the old or the new (parsing fails on a cut file)
    now = _version(out)
    assert now.trig in (scene.old.trig, scene.new.trig)
    assert now.ttl in (scene.old.ttl, scene.new.ttl)
    assert now.html in (scene.old.html, scene.new.html)
    # report.json is written last: a new report means every output is new
    assert now.inputs in (scene.old.inputs, scene.new.inputs)
    if now.inputs == scene.new.inputs:
        assert now == scene.new
    # the store opens (after a crash, as any reader opens it) and answers queries; it holds the
    # old graph or the new one, whole
    with kgbuilder.open(out, data_dir=scene.data) as graph:
        assert graph.query("ASK { ?s ?p ?o }")
        held = frozenset(str(q) for q in _oxigraph(graph).quads_for_pattern(None, None, None, None))
    assert held in (scene.old.trig, scene.new.trig)
    # the files are no newer than the store: a new trig means the new store
    if now.trig == scene.new.trig:
        assert held == scene.new.trig
    # the next build completes and writes what a clean build writes, byte for byte
    kgbuilder.build(scene.data, out, jobs=1).close()
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (scene.clean / name).read_bytes(), name
    # and nothing the killed build left half-made remains: temporary files, staged stores
    assert sorted(p.name for p in out.rglob("*.tmp")) == []
    assert sorted(p.name for p in out.glob(".store*")) == []
    with kgbuilder.open(out, data_dir=scene.data) as graph:
        held = frozenset(str(q) for q in _oxigraph(graph).quads_for_pattern(None, None, None, None))
    assert held == scene.new.trig


def _oxigraph(graph: kgbuilder.KnowledgeGraph) -> ox.Store:
    store = graph.store
    assert isinstance(store, OxigraphStore)
    return store.oxigraph


def _fresh_copy(scene: Scene, folder: Path) -> Path:
    shutil.copytree(scene.old_out, folder, symlinks=True)
    return folder


def test_build_killed_at_random_times_keeps_outputs_whole(scene: Scene, tmp_path: Path) -> None:
    chance = random.Random(SEED)
    finished = 0
    for trial in range(RANDOM_KILLS):
        out = _fresh_copy(scene, tmp_path / f"out-{trial}")
        process = _build(scene.data, out)
        delay = chance.uniform(0.2, scene.full_seconds)
        try:
            process.wait(timeout=delay)
            finished += 1  # it ended before the kill: the new version, complete
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=60)
        _check_after_kill(scene, out)
        shutil.rmtree(out)
    assert finished < RANDOM_KILLS, "no build was killed: the delays are too long"


@pytest.mark.parametrize(("point", "fresh"), CRASH_POINTS, ids=[p for p, _ in CRASH_POINTS])
def test_build_killed_at_crash_point_keeps_outputs_whole(
    scene: Scene, tmp_path: Path, point: str, fresh: bool
) -> None:
    out = _fresh_copy(scene, tmp_path / "out")
    if fresh:  # no state: the build writes a new store beside the old one and swaps it in
        (out / "cache" / "state.json").unlink()
    process = _build(scene.data, out, crash_at=point)
    assert process.wait(timeout=600) == -signal.SIGKILL, "the build did not reach " + point
    _check_after_kill(scene, out)
