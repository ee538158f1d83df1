"""The explorer page in a real browser: Debian's Chromium driven by Playwright, network blocked."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

import kgbuilder
from kgbuilder.analyze.lookup import find_entity
from kgbuilder.render.html import LAYOUT_SEED, write_html
from kgbuilder.render.layout import spread_layout

from .conftest import SCREENSHOTS, OpenPageFactory
from .graphs import HOSTILE_ORG, HOSTILE_PERSON, HOSTILE_SENTENCE, IMG, scale_free

pytestmark = pytest.mark.browser


def test_explorer_loads_offline_without_errors(open_page: OpenPageFactory, seed_page: Path) -> None:
    opened = open_page(seed_page)
    opened.ready()
    assert opened.log.errors == []
    assert opened.log.blocked == []  # it asked for nothing beyond its own file
    assert len(opened.log.requests) == 1
    SCREENSHOTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(SCREENSHOTS / "seed-graph.png"))


def test_explorer_opens_from_a_file_url(
    open_page: OpenPageFactory, seed_graph: kgbuilder.KnowledgeGraph, tmp_path: Path
) -> None:
    page = seed_graph.render(tmp_path / "graph.html").path
    opened = open_page(page)
    opened.ready()
    assert opened.page.url.startswith("file://")
    assert opened.log.errors == []
    assert opened.log.blocked == []


def test_explorer_search_focuses_the_entity(
    open_page: OpenPageFactory, seed_page: Path, seed_projection: nx.MultiDiGraph
) -> None:
    braga = find_entity(seed_projection, "Paulo Braga")
    opened = open_page(seed_page)
    opened.ready()
    opened.page.fill("#search", "Braga")
    first = opened.page.locator("#search-results li").first
    assert first.locator(".name").inner_text() == seed_projection.nodes[braga]["label"]
    opened.page.keyboard.press("Enter")
    opened.page.wait_for_selector(f'body[data-focused="{braga}"]', state="attached")
    assert opened.js("kgb.network.getSelectedNodes()") == [braga]
    assert opened.page.inner_text("#panel h2") == seed_projection.nodes[braga]["label"]
    # the view is centred on him
    centre, position = opened.js(
        "id => [kgb.network.getViewPosition(), kgb.network.getPositions([id])[id]]", braga
    )
    assert abs(centre["x"] - position["x"]) < 1
    assert abs(centre["y"] - position["y"]) < 1


def test_explorer_search_finds_aliases_without_accents(
    open_page: OpenPageFactory, seed_page: Path, seed_projection: nx.MultiDiGraph
) -> None:
    accented = next(
        (n, d["label"])
        for n, d in sorted(seed_projection.nodes(data=True))
        if d["label"] != d["label"].encode("ascii", "ignore").decode()
    )
    plain = accented[1].replace("ã", "a").replace("é", "e").replace("ó", "o").lower()
    opened = open_page(seed_page)
    opened.ready()
    opened.page.fill("#search", plain)
    names = opened.page.locator("#search-results li .name").all_inner_texts()
    assert accented[1] in names


def test_explorer_click_shows_post_and_its_evidence(
    open_page: OpenPageFactory, seed_page: Path, seed_projection: nx.MultiDiGraph
) -> None:
    braga = find_entity(seed_projection, "Braga")
    opened = open_page(seed_page)
    opened.ready()
    opened.click_node(braga)
    opened.page.wait_for_selector("#panel .fact")
    panel = opened.panel_text()
    assert seed_projection.nodes[braga]["label"] in opened.page.inner_text("#panel h2")
    posts = [
        (target, data)
        for _, target, key, data in seed_projection.out_edges(braga, keys=True, data=True)
        if key == "worksFor"
    ]
    assert posts
    for target, data in posts:
        assert seed_projection.nodes[target]["label"] in panel
        for role in data["qualifiers"]["roles"]:
            assert role in panel
        for evidence in data["evidence"]:
            if evidence["sentence"]:
                assert evidence["sentence"] in panel
            else:  # a curated record: the work it reports and the line that says so
                assert f"line {evidence['line']}" in panel
                assert evidence["primary_title"] in panel


def test_explorer_click_highlights_the_neighbourhood(
    open_page: OpenPageFactory, seed_page: Path, seed_projection: nx.MultiDiGraph
) -> None:
    braga = find_entity(seed_projection, "Braga")
    near = {braga, *seed_projection.successors(braga), *seed_projection.predecessors(braga)}
    opened = open_page(seed_page)
    opened.ready()
    opened.click_node(braga)
    opened.page.wait_for_selector("#panel .fact")
    colours = opened.js("kgb.nodes.get().map(n => [n.id, n.color ? n.color.background : null])")
    dimmed = {node for node, colour in colours if colour and colour.startswith("rgba")}
    assert dimmed == set(seed_projection.nodes) - near
    opened.page.keyboard.press("Escape")
    colours = opened.js("kgb.nodes.get().map(n => n.color ? n.color.background : '')")
    assert not any(colour.startswith("rgba") for colour in colours)


def test_explorer_kind_filter_hides_places(
    open_page: OpenPageFactory, seed_page: Path, seed_projection: nx.MultiDiGraph
) -> None:
    places = {n for n, d in seed_projection.nodes(data=True) if d["kind"] == "Place"}
    assert places
    opened = open_page(seed_page)
    opened.ready()
    opened.page.locator('#kind-filter input[value="Place"]').uncheck()
    assert opened.node_ids() == set(seed_projection.nodes) - places
    shown_edges = opened.js("kgb.edges.get().filter(e => !e.hidden).map(e => [e.from, e.to])")
    assert shown_edges
    assert not any(a in places or b in places for a, b in shown_edges)
    opened.page.locator('#kind-filter input[value="Place"]').check()
    assert opened.node_ids() == set(seed_projection.nodes)


def test_explorer_relation_filter_hides_those_edges(
    open_page: OpenPageFactory, seed_page: Path, seed_projection: nx.MultiDiGraph
) -> None:
    opened = open_page(seed_page)
    opened.ready()
    opened.page.locator('#relation-filter input[value="locatedIn"]').uncheck()
    shown = opened.js("kgb.edges.get().filter(e => !e.hidden).map(e => e.label)")
    expected = [k for _, _, k in seed_projection.edges(keys=True) if k != "locatedIn"]
    assert sorted(shown) == sorted(expected)
    assert opened.node_ids() == set(seed_projection.nodes)  # entities stay


def test_explorer_date_filter_keeps_facts_in_range(
    open_page: OpenPageFactory, seed_page: Path, seed_projection: nx.MultiDiGraph
) -> None:
    def years(value: str | None) -> set[int]:
        return {int(part[:4]) for part in (value or "").split("/") if part[:4].isdigit()}

    edge_years = {
        (s, o, k): years(d["qualifiers"].get("date"))
        for s, o, k, d in seed_projection.edges(keys=True, data=True)
    }
    node_years = {
        n: years("/".join(d["dates"].values())) for n, d in seed_projection.nodes(data=True)
    }
    dated = [y for y in edge_years.values() if y]
    assert dated
    start = min(min(y) for y in dated) + 1  # leaves out the earliest dated fact

    def expected(undated: bool) -> set[tuple[str, str, str]]:
        def keeps(found: set[int], default: bool) -> bool:
            return max(found) >= start if found else default

        return {  # entities without dates stay; relations without dates while asked to
            (s, o, k)
            for (s, o, k), found in edge_years.items()
            if keeps(found, undated) and keeps(node_years[s], True) and keeps(node_years[o], True)
        }

    opened = open_page(seed_page)
    opened.ready()
    shown = "() => kgb.edges.get().filter(e => !e.hidden).map(e => [e.from, e.to, e.label])"
    opened.page.fill("#year-from", str(start))
    opened.page.locator("#year-from").dispatch_event("change")
    assert {tuple(e) for e in opened.js(shown)} == expected(undated=True)
    assert expected(undated=True) != expected(undated=False)
    opened.page.locator("#undated").uncheck()
    assert {tuple(e) for e in opened.js(shown)} == expected(undated=False)
    opened.page.fill("#year-from", "1900")
    opened.page.locator("#year-from").dispatch_event("change")
    assert {tuple(e) for e in opened.js(shown)} == {e for e, y in edge_years.items() if y}


def test_explorer_document_filter_keeps_what_a_document_says(
    open_page: OpenPageFactory, seed_page: Path
) -> None:
    opened = open_page(seed_page)
    opened.ready()
    documents = opened.js("JSON.parse(document.getElementById('graph-data').textContent).documents")
    edges = opened.js("JSON.parse(document.getElementById('graph-data').textContent).edges")
    assert len(documents) >= 2
    boxes = opened.page.locator("#document-filter input")
    keep = next(i for i in range(len(documents)) if any(i in e.get("docs", []) for e in edges))
    for i in range(len(documents)):
        if i != keep:
            boxes.nth(i).uncheck()
    shown = opened.edge_ids()
    assert shown == {e["id"] for e in edges if keep in e.get("docs", [])}


def test_explorer_focus_view_has_exactly_the_neighbours(
    open_page: OpenPageFactory,
    seed_graph: kgbuilder.KnowledgeGraph,
    seed_projection: nx.MultiDiGraph,
    pages: Path,
) -> None:
    braga = find_entity(seed_projection, "Braga")
    view = seed_graph.render(pages / "focus.html", focus="Braga", depth=1)
    opened = open_page(view.path)
    opened.ready()
    neighbours = set(nx.all_neighbors(seed_projection, braga))
    assert opened.node_ids() == {braga} | neighbours
    assert opened.log.errors == []


def test_explorer_shows_sentences_with_a_citation_to_copy(
    open_page: OpenPageFactory, article_page: Path, article: tuple[object, nx.MultiDiGraph]
) -> None:
    _, projection = article
    person = find_entity(projection, "Ana Lima")
    _, _employer, data = next(iter(projection.out_edges(person, data=True)))
    evidence = data["evidence"][0]
    opened = open_page(article_page, clipboard=True)
    opened.ready()
    opened.click_node(person)
    opened.page.wait_for_selector("#panel blockquote.sentence")
    assert opened.page.inner_text("#panel blockquote.sentence") == evidence["sentence"]
    panel = opened.panel_text()
    for text in (evidence["title"], evidence["published"], *data["qualifiers"]["roles"]):
        assert text in panel
    citation = opened.page.inner_text("#panel .cite code")
    assert citation.startswith(f"“{evidence['sentence']}”")
    for part in (
        evidence["title"],
        evidence["published"],
        evidence["url"],
        f"characters {evidence['start']}–{evidence['end']}",
        data["statement"],
    ):
        assert part in citation
    opened.page.click("#panel .cite button")
    opened.page.wait_for_selector("#panel .cite button.done")
    assert opened.js("navigator.clipboard.readText()") == citation
    assert opened.log.errors == []


def test_explorer_hostile_names_and_sentences_stay_text(
    open_page: OpenPageFactory, hostile_page: Path
) -> None:
    opened = open_page(hostile_page)
    opened.ready()
    opened.page.fill("#search", "Eve")
    opened.page.keyboard.press("Enter")
    opened.page.wait_for_selector("#panel .fact")
    opened.page.hover("#panel blockquote.sentence")
    opened.page.fill("#search", "Acme")  # the other entity, through the search list
    opened.page.keyboard.press("Enter")
    opened.page.wait_for_selector("#panel .fact")
    assert opened.page.inner_text("#panel h2") == HOSTILE_ORG
    opened.page.fill("#search", "Eve")
    opened.page.keyboard.press("Enter")
    opened.page.wait_for_selector("#panel blockquote.sentence")
    assert opened.page.inner_text("#panel h2") == HOSTILE_PERSON
    assert opened.page.inner_text("#panel blockquote.sentence") == HOSTILE_SENTENCE
    assert IMG in opened.panel_text()  # the role title, shown as written
    # nothing ran, nothing was injected, no script link was made
    assert opened.js("window.__pwned") is None
    assert opened.log.dialogs == []
    assert opened.page.locator("img, #panel script, #panel b").count() == 0
    hrefs = opened.js("[...document.querySelectorAll('a')].map(a => a.href)")
    assert not any(href.startswith("javascript:") for href in hrefs)
    assert opened.log.errors == []
    assert opened.log.blocked == []


def test_explorer_big_graph_draws_computed_positions_with_labels_on_zoom(
    open_page: OpenPageFactory, pages: Path
) -> None:
    graph = scale_free(800)
    path = write_html(graph, pages / "big.html", big_above=500)
    data_positions = spread_layout(graph, seed=LAYOUT_SEED)
    opened = open_page(path)
    opened.ready()
    assert opened.js("kgb.network.physics.physicsEnabled") is False
    sample = sorted(graph.nodes)[:50]
    drawn = opened.js("ids => kgb.network.getPositions(ids)", sample)
    for node in sample:
        assert (drawn[node]["x"], drawn[node]["y"]) == pytest.approx(data_positions[node], abs=0.1)
    labelled = (
        "() => Object.values(kgb.network.body.nodes).filter(n => n.labelModule.visible()).length"
    )
    overview = opened.js(labelled)
    opened.js("kgb.network.moveTo({scale: 2.5})")
    zoomed = opened.js(labelled)
    assert overview < 0.05 * len(graph)  # the overview draws the hubs' names at most
    assert zoomed == len(graph)  # labels appear as one zooms in
    assert opened.log.errors == []


def test_explorer_big_graph_arrows_mark_the_selection(
    open_page: OpenPageFactory, pages: Path
) -> None:
    graph = scale_free(800)
    path = write_html(graph, pages / "big-select.html", big_above=500)
    hub = max(graph.nodes, key=graph.degree)
    opened = open_page(path)
    opened.ready()
    opened.js("id => kgb.selectNode(id, {focus: true})", hub)
    opened.page.wait_for_selector(f'body[data-focused="{hub}"]', state="attached")
    arrows = opened.js(
        "() => kgb.edges.get().filter(e => e.arrows && e.arrows.to && e.arrows.to.enabled)"
        ".map(e => [e.from, e.to])"
    )
    assert sorted(map(tuple, arrows)) == sorted((s, o) for s, o in graph.edges() if hub in (s, o))
    assert opened.page.inner_text("#panel h2") == graph.nodes[hub]["label"]
