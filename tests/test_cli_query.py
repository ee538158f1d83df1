"""``kgbuilder query`` as a user runs it: the installed console script on the seed graph."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kgbuilder import KnowledgeGraph

SCRIPT = Path(sys.executable).with_name("kgbuilder")


def _kgbuilder(*args: str, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(SCRIPT), "query", *args, "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_query_list_shows_saved_queries(seed_graph: KnowledgeGraph) -> None:
    done = _kgbuilder("--list", out=seed_graph.out_dir)
    assert done.returncode == 0, done.stderr
    assert "people-and-posts" in done.stdout
    assert "why" in done.stdout


def test_query_saved_name_with_param_as_json(seed_graph: KnowledgeGraph) -> None:
    done = _kgbuilder(
        "people-and-posts", "--param", "name=Braga", "-f", "json", out=seed_graph.out_dir
    )
    assert done.returncode == 0, done.stderr
    bindings = json.loads(done.stdout)["results"]["bindings"]
    assert [b["personName"]["value"] for b in bindings] == ["Paulo Braga"]


def test_query_rq_file_and_graph_format(seed_graph: KnowledgeGraph, tmp_path: Path) -> None:
    path = tmp_path / "q.rq"
    path.write_text("CONSTRUCT { ?p a schema:Person } WHERE { ?p a schema:Person }\n")
    done = _kgbuilder(str(path), "-f", "ntriples", out=seed_graph.out_dir)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip().splitlines()) == 6


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("whyy",), "did you mean 'why'"),
        (("why",), "needs --param subject"),
        (("SELECT ?x WHERE { ?x ?p ?o }", "-p", "y=1"), "no variable ?y"),
        (("SELECT ?x WHERE { ?x ?p ?o }", "-f", "turtle"), "unknown result format"),
        (("SELECT ?x WHERE { ?x ?p ", "-f", "csv"), "invalid SPARQL"),
    ],
)
def test_query_errors_are_one_line(
    seed_graph: KnowledgeGraph, args: tuple[str, ...], message: str
) -> None:
    done = _kgbuilder(*args, out=seed_graph.out_dir)
    assert done.returncode == 1
    assert message in " ".join(done.stderr.split())
    assert "Traceback" not in done.stderr
