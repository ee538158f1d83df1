"""From a built graph to a page in one call: the API, the CLI, and the build itself."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

import kgbuilder
from kgbuilder.analyze.lookup import find_entity
from kgbuilder.cli import app
from kgbuilder.errors import ConfigError, EntityLookupError
from kgbuilder.render.view import ViewRequest, select_view, view_html


def _data(path: Path) -> dict[str, object]:
    html = path.read_text(encoding="utf-8")
    marker = '<script id="graph-data" type="application/json">'
    start = html.index(marker) + len(marker)
    loaded: dict[str, object] = json.loads(html[start : html.index("</script>", start)])
    return loaded


def test_select_view_keeps_whole_graph_degrees(seed_projection: nx.MultiDiGraph) -> None:
    view, caption = select_view(seed_projection, ViewRequest(focus="Braga", depth=1))
    braga = find_entity(seed_projection, "Braga")
    assert caption == f"Around {seed_projection.nodes[braga]['label']}, 1 link"
    for node in view.nodes:
        assert view.nodes[node]["degree"] == seed_projection.degree(node)
    assert "degree" not in seed_projection.nodes[braga]  # the caller's graph is left alone


def test_select_view_walks_only_the_kinds_kept(seed_projection: nx.MultiDiGraph) -> None:
    view, caption = select_view(
        seed_projection, ViewRequest(focus="Braga", depth=3, kinds=("Person", "Organization"))
    )
    assert {d["kind"] for _, d in view.nodes(data=True)} <= {"Person", "Organization"}
    assert nx.is_weakly_connected(view)
    assert caption is not None
    assert "Kinds: Person, Organization" in caption


def test_select_view_refuses_a_focus_outside_the_view(seed_projection: nx.MultiDiGraph) -> None:
    with pytest.raises(ConfigError, match="not in the view"):
        select_view(seed_projection, ViewRequest(focus="Braga", kinds=("Place",)))


def test_knowledge_graph_render_writes_a_query_view(
    seed_graph: kgbuilder.KnowledgeGraph, tmp_path: Path
) -> None:
    query = tmp_path / "posts.rq"
    query.write_text("CONSTRUCT { ?p schema:worksFor ?o } WHERE { ?p schema:worksFor ?o }")
    view = seed_graph.render(tmp_path / "posts.html", query=str(query), kinds=["Person"])
    data = _data(view.path)
    assert view.caption == "Query: posts.rq · Kinds: Person"
    assert data["caption"] == view.caption
    people = {s for s, _, k in seed_graph.to_networkx().edges(keys=True) if k == "worksFor"}
    assert {n["id"] for n in data["nodes"]} == people
    assert view.edges == 0
    assert not view.big


def test_build_writes_the_page_and_cli_renders_parts(data_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with kgbuilder.build(data_copy, out) as graph:
        assert graph.report is not None
        assert graph.report.outputs["html"] == str(out / "graph.html")
        projection = graph.to_networkx()
        whole = _data(out / "graph.html")
        assert len(whole["nodes"]) == len(projection)
    braga = find_entity(projection, "Braga")
    around = nx.ego_graph(projection, braga, radius=1, undirected=True)
    runner = CliRunner()
    args = ["render", "--data", str(data_copy), "--out", str(out)]
    result = runner.invoke(app, [*args, "--focus", "Braga", "--html", str(tmp_path / "b.html")])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        f"Wrote {tmp_path / 'b.html'} ({around.number_of_nodes()} entities, "
        f"{around.number_of_edges()} relations)"
    )
    result = runner.invoke(app, [*args, "--kinds", "Person,Event", "--relations", "participatedIn"])
    assert result.exit_code == 0, result.output
    kinds = {n["group"] for n in _data(out / "graph.html")["nodes"]}
    assert kinds == {"Person", "Event"}
    result = runner.invoke(app, [*args, "--focus", "Nobody at all"])
    assert isinstance(result.exception, EntityLookupError)


def test_view_html_answers_a_query_as_a_page(seed_graph: kgbuilder.KnowledgeGraph) -> None:
    result = seed_graph.query("SELECT ?p ?o WHERE { ?p schema:nationality ?o }")
    page, rendered = view_html(seed_graph.store, ViewRequest(query=result, query_name="q"))
    assert rendered.path is None
    assert rendered.caption == "Query: q"
    assert rendered.edges == len(result.rows)
    assert page.startswith("<!DOCTYPE html>")
    assert '"caption":"Query: q"' in page
