"""The written page: one self-contained, deterministic file that no name can break out of."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

from kgbuilder.analyze import to_networkx
from kgbuilder.render.html import render_html

from .graphs import HOSTILE_ORG, HOSTILE_PERSON, HOSTILE_SENTENCE, hostile_store


class _Page(HTMLParser):
    """Tags with their attributes, and the text of each script, as the browser parses them."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def data(self) -> dict[str, object]:
        (text,) = [t for a, t in self.scripts if a.get("id") == "graph-data"]
        loaded: dict[str, object] = json.loads(text)
        return loaded


@pytest.fixture(scope="module")
def hostile_projection() -> nx.MultiDiGraph:
    store = hostile_store()
    try:
        return to_networkx(store)
    finally:
        store.close()


def test_render_html_loads_nothing_from_elsewhere(seed_projection: nx.MultiDiGraph) -> None:
    page = _Page(render_html(seed_projection))
    assert not [tag for tag, _ in page.tags if tag in ("link", "iframe", "img", "object")]
    for _, attrs in page.tags:
        assert "src" not in attrs
        assert not (attrs.get("href") or "").startswith(("http", "//"))
    assert all("src" not in attrs for attrs, _ in page.scripts)


def test_render_html_allows_only_its_own_scripts(seed_projection: nx.MultiDiGraph) -> None:
    html = render_html(seed_projection)
    page = _Page(html)
    (policy,) = [
        attrs["content"]
        for tag, attrs in page.tags
        if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policy is not None
    allowed = set(re.search(r"script-src ([^;]*);", policy).group(1).split())
    executable = [text for attrs, text in page.scripts if attrs.get("type") is None]
    assert len(executable) == 2  # vis-network and the explorer
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() + "'"
        for t in executable
    }
    assert allowed == hashes  # no 'unsafe-inline': an injected script or handler would not run
    assert "default-src 'none'" in policy
    assert "connect-src 'none'" in policy


def test_render_html_keeps_hostile_text_inside_the_data(
    hostile_projection: nx.MultiDiGraph,
) -> None:
    html = render_html(hostile_projection, title="<b>Title</b>")
    page = _Page(html)
    for raw in (HOSTILE_PERSON, HOSTILE_ORG, HOSTILE_SENTENCE, "<b>Title</b>"):
        assert raw not in html
    assert [tag for tag, _ in page.tags if tag in ("img", "b")] == []
    assert len(page.scripts) == 3  # no script element was added by the data
    data = page.data()
    labels = {n["label"] for n in data["nodes"]}
    assert labels == {HOSTILE_PERSON, HOSTILE_ORG}
    (edge,) = data["edges"]
    assert edge["evidence"][0]["sentence"] == HOSTILE_SENTENCE
    (document,) = data["documents"]
    assert document["url"] is None  # a javascript: address is not kept as a link


@pytest.mark.parametrize("big", [False, True], ids=["physics", "big graph"])
def test_render_html_modes(seed_projection: nx.MultiDiGraph, big: bool) -> None:
    data = _Page(render_html(seed_projection, big=big)).data()
    nodes = data["nodes"]
    assert data["mode"] == ("big" if big else "small")
    assert data["options"]["physics"]["enabled"] is not big
    assert all(("x" in n and "y" in n) is big for n in nodes)
    if big:  # labels only when zoomed in far enough
        label = data["options"]["nodes"]["scaling"]["label"]
        assert label["enabled"]
        assert label["drawThreshold"] > 0


def test_render_html_switches_to_big_mode_above_the_threshold(
    seed_projection: nx.MultiDiGraph,
) -> None:
    n = seed_projection.number_of_nodes()
    assert _Page(render_html(seed_projection, big_above=n)).data()["mode"] == "small"
    assert _Page(render_html(seed_projection, big_above=n - 1)).data()["mode"] == "big"


@pytest.mark.parametrize("big", [False, True], ids=["physics", "big graph"])
def test_render_html_is_byte_for_byte_stable(seed_projection: nx.MultiDiGraph, big: bool) -> None:
    assert render_html(seed_projection, big=big) == render_html(seed_projection.copy(), big=big)
