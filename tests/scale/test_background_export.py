"""The RDF files written by another process (``--jobs`` above one): staged beside their targets
and put in place by the build after the store, so a build killed before then leaves the last
build's files, and the store is never older than them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

import kgbuilder
from kgb_corpus import corpus
from kgbuilder.atomic import staged_path
from kgbuilder.crashpoints import ENVIRONMENT_VARIABLE
from kgbuilder.namespaces import prefixes_for
from kgbuilder.scale.build import (
    BACKGROUND_EXPORT_MIN_GRAPHS,
    BackgroundExport,
    Written,
)
from kgbuilder.scale.graph_workers import MIN_PARALLEL
from kgbuilder.scale.state import BuildState
from kgbuilder.store.oxigraph import OxigraphStore

# enough documents for graph workers and for the export in a process of its own
DOCUMENTS = max(MIN_PARALLEL, BACKGROUND_EXPORT_MIN_GRAPHS) + 4
FILES = ("graph.trig", "graph.ttl")


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An old build, the data changed since, and a clean build of the change."""
    root = tmp_path_factory.mktemp("background")
    data, old, clean = root / "data", root / "old", root / "clean"
    corpus(data, DOCUMENTS)
    kgbuilder.build(data, old, render=False, jobs=2).close()
    corpus(data, 2, start=500)
    (data / "documents" / "article-001.txt").unlink()
    kgbuilder.build(data, clean, render=False, jobs=2).close()
    for name in FILES:
        assert (old / name).read_bytes() != (clean / name).read_bytes()
    return {"data": data, "old": old, "clean": clean}


def _copy(source: Path, target: Path) -> Path:
    subprocess.run(["cp", "-a", str(source), str(target)], check=True)
    return target


def _export_of(out: Path) -> BackgroundExport:
    state = BuildState.load(out / "cache" / "state.json")
    assert state is not None
    written = Written("full", sorted(state.graphs))
    written.prints = dict(state.graphs)
    targets = [(out / "graph.trig", "trig"), (out / "graph.ttl", "turtle")]
    return BackgroundExport(written, out, targets, prefixes_for(kgbuilder.Settings().base_iri))


def _wait_for(paths: list[Path], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not all(p.exists() for p in paths):
        assert time.monotonic() < deadline, f"not written: {paths}"
        time.sleep(0.05)


def test_export_stays_staged_until_the_build_puts_it_in_place(
    builds: dict[str, Path], tmp_path: Path
) -> None:
    out = _copy(builds["old"], tmp_path / "out")
    for name in FILES:
        (out / name).unlink()
    exporting = _export_of(out)
    staged = [staged_path(out / name) for name in FILES]
    _wait_for(staged)  # written whole by the other process ...
    assert not any((out / name).exists() for name in FILES)  # ... and not yet in place
    assert exporting.wait() > 0
    for name in FILES:
        assert (out / name).read_bytes() == (builds["old"] / name).read_bytes(), name
    assert not any(p.exists() for p in staged)


def test_cancelled_export_leaves_no_staged_file(builds: dict[str, Path], tmp_path: Path) -> None:
    out = _copy(builds["old"], tmp_path / "out")
    before = {name: (out / name).read_bytes() for name in FILES}
    exporting = _export_of(out)
    staged = [staged_path(out / name) for name in FILES]
    _wait_for(staged)
    exporting.cancel()
    assert not any(p.exists() for p in staged)
    assert {name: (out / name).read_bytes() for name in FILES} == before


def test_an_export_cancelled_at_once_stops_and_leaves_nothing(
    builds: dict[str, Path], tmp_path: Path
) -> None:
    out = _copy(builds["old"], tmp_path / "out")
    before = {name: (out / name).read_bytes() for name in FILES}
    exporting = _export_of(out)
    time.sleep(0.5)  # the export process started and writing
    started = time.monotonic()
    exporting.cancel()
    assert time.monotonic() - started < 30  # killed, not waited for
    assert sorted(p.name for p in out.glob(".*.tmp")) == []
    assert {name: (out / name).read_bytes() for name in FILES} == before


def _quads(path: Path, fmt: ox.RdfFormat) -> frozenset[str]:
    return frozenset(str(q) for q in ox.parse(path=str(path), format=fmt))


def _store_quads(out: Path, data: Path) -> frozenset[str]:
    with kgbuilder.open(out, data_dir=data) as graph:
        store = graph.store
        assert isinstance(store, OxigraphStore)
        return frozenset(str(q) for q in store.oxigraph.quads_for_pattern(None, None, None, None))


@pytest.mark.parametrize("point", ["store:staged", "replace:graph.ttl"])
def test_build_killed_with_the_export_under_way_keeps_files_no_newer_than_the_store(
    builds: dict[str, Path], tmp_path: Path, point: str
) -> None:
    data, old, clean = builds["data"], builds["old"], builds["clean"]
    out = _copy(old, tmp_path / "out")
    (out / "cache" / "state.json").unlink()  # a new store is written, and swapped in
    env = {**os.environ, ENVIRONMENT_VARIABLE: point}
    command = [sys.executable, "-m", "kgbuilder", "build", "--data", str(data), "--out", str(out)]
    process = subprocess.Popen(
        [*command, "-j2", "--no-html"],
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert process.wait(timeout=600) == -signal.SIGKILL, "the build did not reach " + point
    old_trig, new_trig = (_quads(p / "graph.trig", ox.RdfFormat.TRIG) for p in (old, clean))
    trig = _quads(out / "graph.trig", ox.RdfFormat.TRIG)
    assert trig in (old_trig, new_trig)
    held = _store_quads(out, data)
    assert held in (old_trig, new_trig)
    if point == "store:staged":  # the export was under way; the new store not yet in place
        assert trig == old_trig and held == old_trig
    if trig == new_trig:
        assert held == new_trig
    # the next build ends as a clean build does, and leaves nothing half made behind
    kgbuilder.build(data, out, render=False, jobs=2).close()
    for name in FILES:
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
    assert sorted(p.name for p in out.rglob("*.tmp")) == []


def test_export_process_ends_with_the_build(tmp_path: Path) -> None:
    """A process that asked ``die_with_parent`` is killed when its parent ends, killed or not."""
    script = (
        "import os, sys, time\n"
        "from kgbuilder.scale.build import die_with_parent\n"
        "if os.fork() == 0:\n"
        "    die_with_parent()\n"
        "    print(os.getpid(), flush=True)\n"
        "    time.sleep(300)\n"
        "    os._exit(0)\n"
        "time.sleep(1)\n"
        "os._exit(0)\n"
    )
    if not sys.platform.startswith("linux"):
        pytest.skip("a parent's end is signalled to its children on Linux only")
    parent = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    child = int(parent.stdout.strip())
    deadline = time.monotonic() + 20
    while _alive(child):
        assert time.monotonic() < deadline, "the child outlived its parent"
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    try:  # a zombie waiting for init to reap it has ended
        return "\tZ" not in status.read_text().split("State:", 1)[1].split("\n", 1)[0]
    except (OSError, IndexError):
        return False
