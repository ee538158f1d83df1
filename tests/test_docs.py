"""The README is the user's manual: every command and query it shows runs as written."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kgb_paths import DATA, REPO
from kgbuilder import KnowledgeGraph

README = (REPO / "README.md").read_text(encoding="utf-8")


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder laid out like the repository: graph_data/ copied, output/ written there."""
    work = tmp_path_factory.mktemp("readme")
    shutil.copytree(DATA, work / "graph_data")
    shutil.copytree(REPO / "tests" / "fixtures", work / "tests" / "fixtures")
    return work


def shell_commands() -> list[str]:
    """Commands of the ``sh`` blocks; ``shell`` blocks need a server or root (remote-store set-up)."""
    commands = []
    for block in blocks("sh"):
        for line in block.splitlines():
            command = line.split("  #")[0].strip()
            if command and not command.startswith(("make ", "#")):
                commands.append(command)
    return commands


def test_docs_readme_shows_commands_and_queries() -> None:
    assert "make run" in README and "make test" in README
    assert len(shell_commands()) >= 6 and len(blocks("sparql")) >= 3


def test_docs_shell_commands_run_as_written(workdir: Path) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for command in shell_commands():
        result = subprocess.run(
            ["bash", "-c", command],
            cwd=workdir,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
        assert "error" not in result.stderr.lower(), f"{command}\n{result.stderr}"


def watch_commands() -> list[str]:
    """The ``kgbuilder watch`` commands of the ``shell`` blocks: they run until stopped."""
    return [
        line.split("  #")[0].strip()
        for block in blocks("shell")
        for line in block.splitlines()
        if line.startswith("kgbuilder watch")
    ]


@pytest.mark.parametrize("command", watch_commands())
def test_docs_watch_commands_build_and_stop_on_sigterm(command: str, workdir: Path) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    process = subprocess.Popen(
        ["bash", "-c", f"exec {command}"],
        cwd=workdir,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = next(line for line in process.stdout if " build " in line or "rror" in line)
        assert " build 1, first build: " in first, first
        process.terminate()
        out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "Stopped." in out and "error" not in err.lower(), err


@pytest.mark.parametrize("query", blocks("sparql"), ids=lambda q: q.split("WHERE")[0].strip()[:40])
def test_docs_sparql_examples_answer_on_the_seed_graph(
    seed_graph: KnowledgeGraph, query: str
) -> None:
    result = seed_graph.query(query)
    assert len(result.rows) >= 1


def test_docs_python_examples_run(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(workdir)
    examples = blocks("python")
    assert len(examples) >= 2
    # the API tour builds the graph first; the other examples open what it built
    tour = next(e for e in examples if "kgbuilder.build(" in e)
    for example in [tour, *(e for e in examples if e is not tour)]:
        exec(compile(example, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "Paulo Braga works for Chongqing Polycomp International Brazil Branch" in out
    assert "participatedIn" in out  # the path example printed its hops
