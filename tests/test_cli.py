"""The ``kgbuilder`` command end to end on the seed records, run as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kgb_paths import DATA

KGBUILDER = [sys.executable, "-m", "kgbuilder"]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KGBUILDER, *args], capture_output=True, text=True, cwd=cwd, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "output"
    result = run("build", "--data", str(DATA), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "SHACL: the graph conforms to its shapes." in result.stdout
    for name in ("graph.trig", "graph.ttl", "graph.html", "report.json"):
        assert str(out / name) in result.stdout
        assert (out / name).is_file()
    return out


def test_cli_query_table_csv_tsv_json(built: Path) -> None:
    sparql = "SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name } ORDER BY ?name"
    table = run("query", sparql, "--data", str(DATA), "--out", str(built))
    assert table.returncode == 0 and "Paulo Braga" in table.stdout and "6 row(s)" in table.stderr
    as_csv = run("query", sparql, "--data", str(DATA), "--out", str(built), "--format", "csv")
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert rows[0] == ["name"] and ["Tang Yishin"] in rows and len(rows) == 7
    as_tsv = run("query", sparql, "--data", str(DATA), "--out", str(built), "--format", "tsv")
    assert as_tsv.stdout.splitlines()[:2] == ["?name", '"Erik Mitsuo"']
    as_json = json.loads(
        run("query", sparql, "--data", str(DATA), "--out", str(built), "-f", "json").stdout
    )
    assert as_json["head"]["vars"] == ["name"]
    assert as_json["results"]["bindings"][0] == {
        "name": {"type": "literal", "value": "Erik Mitsuo"}
    }


def test_cli_query_from_rq_file(built: Path, tmp_path: Path) -> None:
    query = tmp_path / "posts.rq"
    query.write_text(
        "SELECT ?person ?title WHERE { ?m org:member/rdfs:label ?person ; org:role/skos:prefLabel ?title } ORDER BY ?person\n",
        encoding="utf-8",
    )
    result = run("query", str(query), "--data", str(DATA), "--out", str(built), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert "Paulo Braga,Vice General Manager" in result.stdout.splitlines()


def test_cli_validate_info_render(built: Path, tmp_path: Path) -> None:
    validate = run("validate", "--data", str(DATA), "--out", str(built))
    assert validate.returncode == 0 and validate.stdout.startswith("Conforms:")
    info = run("info", "--data", str(DATA), "--out", str(built))
    assert info.returncode == 0 and "named graphs" in info.stdout and "schema:Person" in info.stdout
    page = tmp_path / "view.html"
    render = run("render", "--data", str(DATA), "--out", str(built), "--html", str(page))
    assert render.returncode == 0 and page.is_file() and "29 entities" in render.stdout


def test_cli_validate_file_reports_violations(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text(
        "@prefix schema: <https://schema.org/> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        '<https://example.org/p> a schema:Person ; rdfs:label "A", "B" .\n',
        encoding="utf-8",
    )
    result = run("validate", "--file", str(broken))
    assert result.returncode == 1
    assert "https://example.org/p" in result.stdout and "exactly one rdfs:label" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["build", "--data", "/nonexistent/data"],
            "error: data folder /nonexistent/data does not exist",
        ),
        (["query", "SELECT nonsense", "--out", "{out}"], "error: invalid SPARQL"),
        (["query", "missing.rq", "--out", "{out}"], "error: query file missing.rq does not exist"),
        (["info", "--out", "/nonexistent/out"], "error: no store at /nonexistent/out/store"),
        (["validate", "--file", "/nonexistent.ttl"], "error: /nonexistent.ttl: no such file"),
    ],
)
def test_cli_user_mistakes_are_one_line_and_exit_1(
    built: Path, args: list[str], message: str
) -> None:
    result = run(*(a.replace("{out}", str(built)) for a in args))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith(message), result.stderr
    assert "Traceback" not in result.stderr


def test_cli_bad_usage_exits_2() -> None:
    result = run("query", "--format", "yaml", "SELECT * {}")
    assert result.returncode == 2 and "Invalid value" in result.stderr


def test_cli_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("kgbuilder ")


def test_cli_build_again_reuses_documents_and_says_so(tmp_path: Path) -> None:
    fixtures = Path(__file__).parent / "fixtures" / "articles"
    out = tmp_path / "output"
    build = ["build", "--data", str(DATA), "--out", str(out), "--docs", str(fixtures), "--no-html"]
    first = run(*build, "--jobs", "2")
    assert first.returncode == 0, first.stderr
    assert "Documents: 2 added, 0 changed, 0 removed, 0 reused" in first.stdout
    second = run(*build, "-j", "1")
    assert second.returncode == 0, second.stderr
    assert "Documents: 0 added, 0 changed, 0 removed, 2 reused; graphs: 0 written" in second.stdout
    fresh = run(*build, "--fresh")
    assert "2 added" not in fresh.stdout and "(full store update)" in fresh.stdout
    assert (out / "cache" / "state.json").is_file()
