"""``kgbuilder watch``: a build after every change of the inputs, in one warm process, each one the
same as a clean build of the same inputs; user errors reported without ending the watch."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import kgbuilder
from kgb_corpus import article, corpus
from kgbuilder.errors import ConfigError
from kgbuilder.watch import WatchedBuild, Watcher, changed_paths, input_snapshot

OUTPUTS = ("graph.trig", "graph.ttl", "graph.html")


def test_the_snapshot_leaves_out_hidden_files_backups_and_the_output_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "documents" / ".git").mkdir(parents=True)
    (data / "output").mkdir()
    names = ("documents/a.txt", "documents/#1.md", "documents/.a.txt.swp", "documents/a.txt~")
    for name in (*names, "documents/#a#"):
        (data / name).write_text("x", encoding="utf-8")
    (data / "documents" / ".git" / "HEAD").write_text("x", encoding="utf-8")
    (data / "output" / "graph.ttl").write_text("x", encoding="utf-8")
    loose = tmp_path / "loose.md"
    loose.write_text("y", encoding="utf-8")
    seen = input_snapshot([data, loose], skip=[data / "output"])
    kept = [str(data / "documents" / "#1.md"), str(data / "documents" / "a.txt"), str(loose)]
    assert sorted(seen) == sorted(kept)
    assert seen[str(loose)][0] == 1


def test_changed_paths_are_the_added_changed_and_removed_files() -> None:
    before = {"a": (1, 10), "b": (1, 10), "c": (1, 10)}
    after = {"a": (1, 10), "b": (2, 11), "d": (1, 12)}
    assert changed_paths(before, after) == ["b", "c", "d"]
    assert changed_paths(after, after) == []


def test_a_watch_needs_a_positive_interval(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="interval"):
        Watcher(tmp_path, tmp_path / "out", interval=0)


def _next(builds: queue.Queue[WatchedBuild], number: int) -> WatchedBuild:
    built = builds.get(timeout=240)
    assert built.number == number
    assert built.error is None, built.error
    assert built.output is not None
    return built


def test_each_change_is_built_and_the_result_equals_a_clean_build(tmp_path: Path) -> None:
    data = tmp_path / "data"
    paths = corpus(data, 66)  # above the count that writes the RDF files in the export process
    (data / "kgbuilder.toml").write_text("[render]\nphysics_max_nodes = 5\n", encoding="utf-8")
    out = tmp_path / "out"
    builds: queue.Queue[WatchedBuild] = queue.Queue()
    stop = threading.Event()
    # settle long enough that the two file operations of one step are seen together
    watcher = Watcher(data, out, jobs=2, interval=0.05, settle=0.5)
    thread = threading.Thread(target=watcher.run, args=(builds.put,), kwargs={"stop": stop})
    thread.start()
    try:
        first = _next(builds, 1)
        assert first.changed == [] and first.output is not None
        assert first.output.report.changes["layout"] == "computed"

        # a sentence that names nothing new: the picture keeps its shape and its positions
        with paths[10].open("a", encoding="utf-8") as text:
            text.write("\nThe company said the plan was final.\n")
        second = _next(builds, 2)
        assert second.changed == [str(paths[10])]
        report = second.output.report if second.output else None
        assert report is not None
        assert len(report.changes["documents"]["changed"]) == 1
        assert report.changes["documents"]["reused"] == 65
        assert report.changes["layout"] == "reused"

        added = data / "documents" / "article-900.txt"
        added.write_text(
            article(900) + "\nPetra Lindqvist joined Harbour Steel Company in Oslo.\n",
            encoding="utf-8",
        )
        paths[3].unlink()
        third = _next(builds, 3)
        assert third.changed == sorted([str(added), str(paths[3])])
        assert third.output is not None
        docs = third.output.report.changes["documents"]
        assert (len(docs["added"]), len(docs["removed"])) == (1, 1)
        assert third.output.report.changes["layout"] == "computed"

        # the kept export process dies between builds (killed, out of memory): the next build
        # starts another and writes the files all the same
        pool = watcher._export._pool
        assert pool is not None
        for process in list(pool._processes.values()):
            process.kill()
            process.join()
        with paths[20].open("a", encoding="utf-8") as text:
            text.write("\nThe company said the plan was final again.\n")
        fourth = _next(builds, 4)
        assert fourth.changed == [str(paths[20])]
        assert watcher._export._pool is not pool
    finally:
        stop.set()
        thread.join(timeout=120)
        watcher.close()
    assert not thread.is_alive()
    with kgbuilder.build(data, tmp_path / "clean", jobs=2):
        pass
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name


def _lines(process: subprocess.Popen[str]) -> queue.Queue[str]:
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)

    threading.Thread(target=read, daemon=True).start()
    return lines


def _wait_for(lines: queue.Queue[str], text: str, seen: list[str]) -> str:
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
        seen.append(line)
        if text in line:
            return line
    raise AssertionError(f"no {text!r} in {seen}")


def test_the_command_reports_a_bad_setting_goes_on_and_stops_on_sigterm(tmp_path: Path) -> None:
    data = tmp_path / "data"
    corpus(data, 3)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "kgbuilder", "watch", "--data", str(data), "--out", str(out)]
    process = subprocess.Popen(
        [*command, "--interval", "0.1", "--no-html"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "COLUMNS": "400"},
    )
    seen: list[str] = []
    try:
        lines = _lines(process)
        assert "Watching" in _wait_for(lines, "Watching", seen)
        first = _wait_for(lines, "build 1, first build", seen)
        assert "Documents: 3 added" in first
        (data / "kgbuilder.toml").write_text("[render]\nphysics_max_nodes = 'many'\n")
        failed = _wait_for(lines, "build 2,", seen)
        assert "1 file changed" in failed and "kgbuilder.toml" in failed
        assert "failed:" in failed and "physics_max_nodes must be a whole number" in failed
        (data / "kgbuilder.toml").write_text("[render]\nphysics_max_nodes = 50\n")
        again = _wait_for(lines, "build 3,", seen)
        assert "3 reused" in again and "failed" not in again
        process.send_signal(signal.SIGTERM)
        _wait_for(lines, "Stopped.", seen)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        assert process.stdout is not None
        process.stdout.close()
    assert (out / "graph.trig").is_file() and not (out / "graph.html").exists()
