"""The network commands end to end: the real ``kgbuilder`` entry point on built graphs."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kgb_graphs import SENTENCE_TEXT, sentence_graph_input, store_of
from kgb_paths import DATA
from kgbuilder import KnowledgeGraph
from kgbuilder.cli import main
from kgbuilder.datamodel import Entity, Evidence, Provenance, Relation
from kgbuilder.kinds import entity_type
from kgbuilder.store.oxigraph import OxigraphStore

Run = tuple[int, str, str]
Runner = Callable[..., Run]
Args = tuple[str, ...]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Runner:
    """Run ``kgbuilder ARGS`` in-process; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("COLUMNS", "400")  # tables on one line per row

    def invoke(*args: str | Path) -> Run:
        monkeypatch.setattr(sys, "argv", ["kgbuilder", *map(str, args)])
        with pytest.raises(SystemExit) as exited:
            main()
        captured = capsys.readouterr()
        return int(exited.value.code or 0), captured.out, captured.err

    return invoke


@pytest.fixture
def seed_args(seed_graph: KnowledgeGraph) -> tuple[str, ...]:
    return ("--data", str(DATA), "--out", str(seed_graph.out_dir))


@pytest.fixture
def sentence_args(sentence_output: Path, tmp_path: Path) -> tuple[str, ...]:
    return ("--data", str(tmp_path / "no-data-folder"), "--out", str(sentence_output))


def test_path_seed_braga_to_lima_through_the_promotion(run: Runner, seed_args: Args) -> None:
    code, out, _ = run("path", "Paulo Braga", "Lima", *seed_args)
    assert code == 0
    first = out.split("\n\n")[0].splitlines()
    assert first[0] == "1. Paulo Braga → China: An Opportunity, Chongqing Brands → Lima  (2 hops)"
    assert first[1] == "   Paulo Braga —participatedIn→ China: An Opportunity, Chongqing Brands"
    assert "chongqing-brands-latam.yaml, line " in first[2]
    assert (
        "from “China: An Opportunity, Chongqing Brands promotion in Lima and São Paulo” (2024-11)"
        in first[2]
    )
    assert first[3] == "   China: An Opportunity, Chongqing Brands —locatedIn→ Lima"
    assert out.count("\n\n") == 3  # three connections by default


def test_path_prints_the_evidence_sentences(run: Runner, sentence_args: Args) -> None:
    code, out, _ = run("path", "Ana Souza", "Lima", "--via", "event", *sentence_args)
    assert code == 0
    sentence = "The Acme Fair took place in Lima from 5 to 8 November 2024."
    start = SENTENCE_TEXT.index(sentence)
    assert out.splitlines() == [
        "1. Ana Souza → Acme Fair → Lima  (2 hops)",
        "   Ana Souza —participatedIn→ Acme Fair",
        "      “Ana Souza, general manager of Acme Peru, opened the Acme Fair.” — Acme news (2024-11), characters 0–62; extracted, confidence 0.9",
        "   Acme Fair —locatedIn→ Lima",
        f"      “{sentence}” — Acme news (2024-11), characters {start}–{start + len(sentence)}; extracted, confidence 0.8",
        "",
    ]


def test_path_shows_roles_dates_and_figures(
    run: Runner, sentence_args: Args, seed_args: Args
) -> None:
    code, out, _ = run("path", "Beta", "Ana Souza", "--max", "1", *sentence_args)
    assert code == 0
    assert "   Beta —acquired (2011, 5000000 USD)→ Acme Peru" in out
    assert "   Ana Souza —worksFor (General Manager)→ Acme Peru" in out
    code, out, _ = run("path", "Changan", "Peru", "--max", "1", *seed_args)
    assert (
        "   Changan: rank 1 among Chinese brands in the auto market (Peru, 2024-01/2024-09)" in out
    )


def test_path_ambiguous_name_lists_the_choices(run: Runner, sentence_args: Args) -> None:
    code, out, err = run("path", "Souza", "Lima", *sentence_args)
    assert (code, out) == (1, "")
    assert "'Souza' may mean 2 entities" in err
    assert "Ana Souza (Person, person/ana-souza)" in err
    assert "Rui Souza (Person, person/rui-souza)" in err
    code, out, _ = run("path", "person/rui-souza", "Lima", "--max", "1", *sentence_args)
    assert code == 0
    assert out.startswith("1. Rui Souza → Acme → Acme Peru → Lima  (3 hops)")


def test_path_not_connected_exits_1(run: Runner, sentence_args: Args) -> None:
    code, out, err = run("path", "Acme song", "Lima", *sentence_args)
    assert (code, out) == (1, "")
    assert "Acme song and Lima are not connected." in err
    code, _, err = run("path", "Lima", "Peru", "--via", "Evnt", *sentence_args)
    assert code == 1
    assert "did you mean 'Event'" in err


def test_path_max_and_json(run: Runner, seed_args: Args) -> None:
    code, out, _ = run("path", "Paulo Braga", "Lima", "--max", "2", "--json", *seed_args)
    assert code == 0
    document = json.loads(out)
    assert len(document["results"]) == 2
    first = document["results"][0]
    assert [document["entities"][n]["label"] for n in first["nodes"]] == [
        "Paulo Braga",
        "China: An Opportunity, Chongqing Brands",
        "Lima",
    ]
    assert first["hops"][0]["links"][0]["label"] == "participatedIn"


def test_path_html_shows_only_the_connections(run: Runner, seed_args: Args, tmp_path: Path) -> None:
    page = tmp_path / "path.html"
    code, out, _ = run("path", "Paulo Braga", "Lima", "--max", "1", "--html", page, *seed_args)
    assert code == 0
    assert f"Wrote {page} (3 entities, 2 relations)" in out
    html = page.read_text("utf-8")
    assert "Paulo Braga" in html
    assert "Dazu Rock Carvings" not in html


def test_neighbors_seed_company(run: Runner, seed_args: Args) -> None:
    code, out, _ = run("neighbors", "Chongqing Polycomp International", "--depth", "1", *seed_args)
    assert code == 0
    lines = out.splitlines()
    assert (
        lines[0] == "Chongqing Polycomp International (Organization): 4 entities within 1 relation"
    )
    rows = [" ".join(line.replace("│", " ").split()) for line in lines[3:]]
    assert rows == [
        "1 Capivari Glass Fiber Organization Chongqing Polycomp International —acquired (2011)→ Capivari Glass Fiber 1",
        "1 Chongqing Polycomp International Brazil Branch Organization Chongqing Polycomp International Brazil Branch —partOf→ Chongqing Polycomp International 1",
        "1 Brazil Place Chongqing Polycomp International —operatesIn→ Brazil 1",
        "1 Chongqing Place Chongqing Polycomp International —locatedIn→ Chongqing 1",
    ]


def test_neighbors_json_and_html(run: Runner, sentence_args: Args, tmp_path: Path) -> None:
    page = tmp_path / "ego.html"
    code, out, err = run(
        "neighbors", "Acme", "--depth", "2", "--json", "--html", page, *sentence_args
    )
    assert code == 0
    document = json.loads(out)
    found = {document["entities"][r["node"]]["label"]: r["distance"] for r in document["results"]}
    assert found == {
        "Acme Peru": 1,
        "Rui Souza": 1,
        "Ana Souza": 2,
        "Beta": 2,
        "Lima": 2,
    }
    assert f"Wrote {page}" in err  # stdout carries the JSON only
    html = page.read_text("utf-8")
    marker = '<script id="graph-data" type="application/json">'
    start = html.index(marker) + len(marker)
    drawn = json.loads(html[start : html.index("</script>", start)])
    assert sorted(node["label"] for node in drawn["nodes"]) == sorted(["Acme", *found])


def test_analyze_writes_analysis_json_and_prints_a_summary(
    run: Runner, seed_args: Args, seed_graph: KnowledgeGraph, tmp_path: Path
) -> None:
    target, page = tmp_path / "analysis.json", tmp_path / "analysis.html"
    code, out, _ = run("analyze", "--json-out", target, "--top", "3", "--html", page, *seed_args)
    assert code == 0
    document = json.loads(target.read_text("utf-8"))
    summary = document["graph"]
    projection = seed_graph.to_networkx()
    assert out.startswith(
        f"{projection.number_of_nodes()} entities, {projection.number_of_edges()} relations; "
        f"{summary['components']} connected components (largest: {summary['largest_component']} entities); "
    )
    assert "Top 3 entities by PageRank" in out
    top = max(document["entities"], key=lambda e: e["pagerank"])
    assert top["label"] in out
    assert f"Wrote {target}" in out
    assert page.exists()


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("turtle", "g.ttl"),
        ("trig", "g.trig"),
        ("nquads", "g.nq"),
        ("jsonld", "g.jsonld"),
        ("graphml", "g.graphml"),
        ("gexf", "g.gexf"),
        ("csv", "csv"),
    ],
)
def test_export_writes_each_format(
    run: Runner, seed_graph: KnowledgeGraph, tmp_path: Path, fmt: str, name: str
) -> None:
    target = tmp_path / name
    code, out, _ = run(
        "export", "--format", fmt, "--out", target, "--data", DATA, "--from", seed_graph.out_dir
    )
    assert code == 0
    assert out.startswith(f"Wrote {target}")
    assert target.is_dir() if fmt == "csv" else target.is_file()


def test_export_unknown_format_is_a_one_line_error(
    run: Runner, seed_graph: KnowledgeGraph, tmp_path: Path
) -> None:
    code, _, err = run(
        "export", "-f", "gephi", "--out", tmp_path / "x", "--from", seed_graph.out_dir
    )
    assert code == 1
    assert err.startswith("error: unknown export format 'gephi'")


HOSTILE = "[bold red]Evil[/bold red] <script>alert(1)</script>"


def test_commands_print_hostile_names_as_plain_text(run: Runner, tmp_path: Path) -> None:
    graph_input = sentence_graph_input()
    said = graph_input.relations[0].provenance
    evidence = Evidence(said.source_id, start=0, end=9, text="[red]x[/red]")
    graph_input.entities.append(Entity("person/evil", HOSTILE, entity_type("Person")))
    graph_input.relations.append(
        Relation(
            "person/evil",
            "worksFor",
            "organization/beta",
            Provenance(said.source_id, "extracted", "t", "1", 0.5, (evidence,)),
        )
    )
    store = store_of(graph_input)
    disk = OxigraphStore(tmp_path / "out" / "store")
    for name in store.graph_names():
        disk.replace_graph(name, (q[:3] for q in store.quads(name)))
    disk.close()
    args = ("--data", tmp_path / "none", "--out", tmp_path / "out")
    code, out, _ = run("path", "person/evil", "Beta", *args)
    assert code == 0
    assert f"1. {HOSTILE} → Beta  (1 hop)" in out
    assert "“[red]x[/red]”" in out
    code, out, _ = run("neighbors", "Beta", *args)
    assert HOSTILE in out


def test_analyze_table_of_one_kind(
    run: Runner, seed_args: Args, seed_graph: KnowledgeGraph, tmp_path: Path
) -> None:
    code, out, _ = run(
        "analyze", "--kind", "organization", "--json-out", tmp_path / "a.json", *seed_args
    )
    assert code == 0
    assert "Top 10 Organizations by PageRank" in out
    rows = [line for line in out.splitlines() if "│" in line]
    kinds = [kind for _, kind in seed_graph.to_networkx().nodes(data="kind")]
    assert len(rows) == min(10, kinds.count("Organization"))
    assert all(row.split("│")[1].strip() == "Organization" for row in rows)
