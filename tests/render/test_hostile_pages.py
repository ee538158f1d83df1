"""Every HTML page kgbuilder writes, in real Chromium, from a graph made to attack it.

The graph (``attack_store``) holds markup, script, ``"><svg onload>``, template braces and
``javascript:`` addresses in entity names, aliases, post titles, a document's title and URL, and
evidence sentences; the project name and a saved query's title and description hold more. Each
page is opened with the network blocked and read the way a person reads it (every node clicked,
the query page's saved query run, its CONSTRUCT result drawn as a network). Nothing may run (each
payload would set ``window.__pwned`` or open a dialog), nothing may be requested from elsewhere,
and the names must be shown as written.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import expect
from typer.testing import CliRunner

from kgb_serve import Endpoint
from kgbuilder.cli import app

from .conftest import OpenPage, OpenPageFactory
from .graphs import (
    ATTACK_PLACE,
    ATTACK_TEXT,
    BASE,
    HOSTILE_ORG,
    HOSTILE_PERSON,
    IMG,
    LINK,
    SCRIPT,
    SVG,
    TEMPLATE,
    attack_store,
)

PROJECT = f"Project {SCRIPT}{SVG}{TEMPLATE}"
QUERY_TITLE = f"Labels {IMG}{SVG}"
QUERY_ANSWERS = f"Every label {SCRIPT}{TEMPLATE}"
SAVED_QUERY = f"""\
# title: {QUERY_TITLE}
# answers: {QUERY_ANSWERS}
# param kind (iri, optional): {SVG}{IMG}
SELECT ?x ?label WHERE {{ ?x <http://www.w3.org/2000/01/rdf-schema#label> ?label }}
ORDER BY ?label
"""
#: a CONSTRUCT whose answer holds the store's hostile labels and payloads of its own making
CONSTRUCT = f"""\
CONSTRUCT {{
  ?x <http://www.w3.org/2000/01/rdf-schema#label> ?label .
  ?x <http://schema.org/url> <javascript:window.__pwned=21> .
  <{BASE}made> <http://www.w3.org/2000/01/rdf-schema#label> {json.dumps(IMG + SVG)} .
  <{BASE}made> <http://schema.org/knows> ?x .
}} WHERE {{ ?x <http://www.w3.org/2000/01/rdf-schema#label> ?label }}
"""
#: elements and attributes no page makes itself (the query page draws networks in #view)
INJECTED = "img, object, embed, iframe:not(#view), [onload], [onerror], [onmouseover]"


@pytest.fixture(scope="module")
def attack_folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A data folder (settings, a saved query) and an output folder with the attack graph."""
    root = tmp_path_factory.mktemp("attack")
    data, out = root / "data", root / "out"
    (data / "queries").mkdir(parents=True)
    out.mkdir()
    (data / "kgbuilder.toml").write_text(
        f"[project]\nname = {json.dumps(PROJECT)}\nbase_iri = {json.dumps(BASE)}\n",
        encoding="utf-8",
    )
    (data / "queries" / "attack.rq").write_text(SAVED_QUERY, encoding="utf-8")
    attack_store(out / "store").close()
    return data, out


#: page -> (the command that writes it, the names it shows)
COMMANDS: dict[str, tuple[list[str], set[str]]] = {
    "graph": (["render"], {HOSTILE_PERSON, HOSTILE_ORG, ATTACK_PLACE}),
    "focus": (["render", "--focus", HOSTILE_PERSON], {HOSTILE_PERSON, HOSTILE_ORG}),
    "query": (["render", "--query", "QUERY"], {HOSTILE_PERSON, HOSTILE_ORG, ATTACK_PLACE}),
    "path": (["path", HOSTILE_PERSON, ATTACK_PLACE], {HOSTILE_PERSON, HOSTILE_ORG, ATTACK_PLACE}),
    "neighbors": (["neighbors", ATTACK_PLACE], {HOSTILE_ORG, ATTACK_PLACE}),
    "analyze": (["analyze"], {HOSTILE_PERSON, HOSTILE_ORG, ATTACK_PLACE}),
}


def _write_page(name: str, folders: tuple[Path, Path], pages: Path) -> Path:
    data, out = folders
    args, _ = COMMANDS[name]
    args = [str(data / "queries" / "attack.rq") if a == "QUERY" else a for a in args]
    page = pages / f"attack-{name}.html"
    result = CliRunner().invoke(
        app, [*args, "--data", str(data), "--out", str(out), "--html", str(page)]
    )
    assert result.exit_code == 0, result.output
    return page


def _nothing_ran(opened: OpenPage, frame: Any = None) -> None:
    for where in (opened.page, frame) if frame is not None else (opened.page,):
        assert where.evaluate("window.__pwned") is None
        assert where.evaluate(f"document.querySelectorAll({INJECTED!r}).length") == 0
        hrefs = where.evaluate("[...document.querySelectorAll('[href]')].map(a => a.href)")
        assert not [h for h in hrefs if h.strip().lower().startswith("javascript:")]
    assert opened.log.dialogs == []
    assert opened.log.blocked == []
    assert opened.log.errors == []


def _read_every_node(opened: OpenPage, click: Any, evaluate: Any, panel: Any) -> set[str]:
    """Click each node as a person would; the headings the panel showed."""
    seen = set()
    heading = panel.locator("h2")
    for node in sorted(evaluate("kgb.nodes.get().filter(n => !n.hidden).map(n => n.id)")):
        before = heading.inner_text() if heading.count() else None
        click(node)
        if before is not None:
            expect(heading).not_to_have_text(before)  # the click reached the node
        seen.add(heading.inner_text())
        for sentence in panel.locator("blockquote.sentence").all():
            sentence.hover()
    return seen


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_page_hostile_graph_shows_text_and_runs_nothing(
    open_page: OpenPageFactory, attack_folders: tuple[Path, Path], pages: Path, name: str
) -> None:
    opened = open_page(_write_page(name, attack_folders, pages))
    opened.ready()
    scripts = opened.js("document.scripts.length")
    shown = _read_every_node(opened, opened.click_node, opened.js, opened.page.locator("#panel"))
    assert shown == COMMANDS[name][1]
    if name != "analyze":  # its title names the measure, not the project
        assert PROJECT in opened.page.title()
    assert opened.js("document.scripts.length") == scripts
    _nothing_ran(opened)


def test_build_page_hostile_inputs_show_text_and_run_nothing(
    open_page: OpenPageFactory, tmp_path: Path
) -> None:
    """``kgbuilder build`` from a records file and an article written to attack its page."""
    data, out = tmp_path / "data", tmp_path / "out"
    (data / "records").mkdir(parents=True)
    (data / "documents").mkdir()
    (data / "kgbuilder.toml").write_text(f"[project]\nname = {json.dumps(PROJECT)}\n")
    records = {
        "entities": [
            {HOSTILE_PERSON: {"type": "Person", "aliases": [SVG, TEMPLATE]}},
            {HOSTILE_ORG: "Corporation"},
            {ATTACK_PLACE: "City"},
        ],
        "relations": [
            [HOSTILE_PERSON, "worksFor", HOSTILE_ORG, f"{IMG}{SVG}"],
            [HOSTILE_ORG, "locatedIn", ATTACK_PLACE],
        ],
    }
    (data / "records" / "attack.yaml").write_text(yaml.safe_dump(records), encoding="utf-8")
    front = {"title": f"News {SCRIPT}{SVG}", "url": LINK, "date": "2024-11-06"}
    (data / "documents" / "attack.md").write_text(
        f"---\n{yaml.safe_dump(front)}---\n{ATTACK_TEXT}\n", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["build", "--data", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    opened = open_page(out / "graph.html")  # as a reader opens it: a file:// address
    opened.ready()
    scripts = opened.js("document.scripts.length")
    shown = _read_every_node(opened, opened.click_node, opened.js, opened.page.locator("#panel"))
    assert {HOSTILE_PERSON, HOSTILE_ORG, ATTACK_PLACE} <= shown
    assert PROJECT in opened.page.title()
    assert opened.js("document.scripts.length") == scripts
    _nothing_ran(opened)


@pytest.fixture(scope="module")
def attack_endpoint(attack_folders: tuple[Path, Path]) -> Iterator[Endpoint]:
    data, out = attack_folders
    server = Endpoint(out, "--data", str(data))
    yield server
    server.stop()


def test_query_page_hostile_saved_query_and_results_run_nothing(
    open_page: OpenPageFactory, attack_endpoint: Endpoint
) -> None:
    opened = open_page(f"{attack_endpoint.url}/", allow=(attack_endpoint.url,))
    page = opened.page
    page.wait_for_selector("#examples option[value=attack]", state="attached")
    assert QUERY_TITLE in opened.js(
        "[...document.querySelectorAll('#examples option')].map(o => o.textContent)"
    )
    page.select_option("#examples", "attack")
    assert page.inner_text("#about") == QUERY_ANSWERS
    assert page.get_attribute("#params input", "title") == SVG + IMG
    page.click("#run")
    page.wait_for_selector("#results table")
    cells = set(opened.js("[...document.querySelectorAll('#results td')].map(t => t.textContent)"))
    assert {HOSTILE_PERSON, HOSTILE_ORG, ATTACK_PLACE} <= cells
    _nothing_ran(opened)

    page.select_option("#examples", "")
    page.fill("#query", CONSTRUCT)
    page.click("#run")
    page.wait_for_selector("#results pre")
    assert json.dumps(IMG + SVG) in page.inner_text("#results pre")  # N-Triples, as written
    page.click("#network")
    page.wait_for_selector("#view:not([hidden])")
    frame = page.frame_locator("#view")
    frame.locator("body[data-ready=true]").wait_for(state="attached", timeout=120_000)
    (inner,) = [f for f in page.frames if f != page.main_frame]

    def click(node: str) -> None:
        page.locator("#view").scroll_into_view_if_needed()
        box = page.locator("#view").bounding_box()
        x, y = inner.evaluate(
            """id => {
                const p = kgb.network.canvasToDOM(kgb.network.getPositions([id])[id]);
                const box = document.querySelector('#network canvas').getBoundingClientRect();
                return [box.left + p.x, box.top + p.y];
            }""",
            node,
        )
        page.mouse.click(box["x"] + x, box["y"] + y)

    shown = _read_every_node(opened, click, inner.evaluate, frame.locator("#panel"))
    assert {HOSTILE_PERSON, HOSTILE_ORG, ATTACK_PLACE, IMG + SVG} <= shown
    _nothing_ran(opened, inner)
