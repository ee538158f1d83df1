"""Fixtures of the render tests: pages written from real graphs, a local HTTP server, Chromium.

Browser tests drive Debian's Chromium (/usr/bin/chromium) through Playwright's Python API and
skip, naming the package, where it is not installed. Every page is opened with all network access
outside the local server blocked; what was blocked, logged to the console or raised is recorded.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import kgbuilder
from kgbuilder.analyze import to_networkx
from kgbuilder.render.view import write_view
from kgbuilder.store import OxigraphStore

from .graphs import article_store, hostile_store

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "output"


@pytest.fixture(scope="session")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder that the local server serves; tests write their pages into it."""
    return tmp_path_factory.mktemp("pages")


@pytest.fixture(scope="session")
def seed_projection(seed_graph: kgbuilder.KnowledgeGraph) -> nx.MultiDiGraph:
    return seed_graph.to_networkx()


@pytest.fixture(scope="session")
def seed_page(seed_graph: kgbuilder.KnowledgeGraph, pages: Path) -> Path:
    """The seed graph's page, written as ``kgbuilder build`` writes it."""
    return seed_graph.render(pages / "seed.html").path


@pytest.fixture(scope="session")
def article() -> Iterator[tuple[OxigraphStore, nx.MultiDiGraph]]:
    """A news article's graph whose facts carry evidence sentences: (its store, its projection)."""
    store = article_store()
    yield store, to_networkx(store)
    store.close()


@pytest.fixture(scope="session")
def article_page(article: tuple[OxigraphStore, nx.MultiDiGraph], pages: Path) -> Path:
    store, _ = article
    return write_view(store, pages / "article.html", title="Article").path


@pytest.fixture(scope="session")
def hostile_page(pages: Path) -> Path:
    store = hostile_store()
    try:
        return write_view(store, pages / "hostile.html", title="Hostile").path
    finally:
        store.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def server(pages: Path) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 (a free port) serving ``pages``; yields its origin."""
    handler = functools.partial(_QuietHandler, directory=str(pages))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="package")
def browser() -> Iterator[Any]:
    """Chromium for the render tests, closed when they are done: Playwright's sync API leaves its
    event loop marked as running on the main thread, where later tests call ``asyncio.run``."""
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian's chromium package (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # Playwright gives each launch a fresh, temporary user data dir.
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield launched
        launched.close()


@dataclass
class PageLog:
    """What a page did besides drawing: console errors, exceptions, dialogs, blocked requests."""

    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)


@dataclass
class OpenPage:
    page: Any
    log: PageLog

    def ready(self, timeout: float = 120_000) -> None:
        """Wait until the page has laid out and drawn the network."""
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=timeout)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def node_ids(self, *, visible: bool = True) -> set[str]:
        script = "v => kgb.nodes.get().filter(n => !v || !n.hidden).map(n => n.id)"
        return set(self.js(script, visible))

    def edge_ids(self, *, visible: bool = True) -> set[str]:
        script = "v => kgb.edges.get().filter(e => !v || !e.hidden).map(e => e.id)"
        return set(self.js(script, visible))

    def click_node(self, node: str) -> None:
        """A real mouse click on the node where the canvas draws it."""
        x, y = self.js(
            """id => {
                const p = kgb.network.canvasToDOM(kgb.network.getPositions([id])[id]);
                const box = document.querySelector('#network canvas').getBoundingClientRect();
                return [box.left + p.x, box.top + p.y];
            }""",
            node,
        )
        self.page.mouse.click(x, y)

    def panel_text(self) -> str:
        return str(self.page.inner_text("#panel"))


OpenPageFactory = Callable[..., OpenPage]


@pytest.fixture
def open_page(browser: Any, server: str, pages: Path) -> Iterator[OpenPageFactory]:
    """Open a page in a fresh context with the network blocked (but for the origins in ``allow``).

    A page written into ``pages`` is fetched from the local server, any other path as a file://
    URL (as a reader opens ``output/graph.html``).
    """
    contexts: list[Any] = []

    def opener(
        target: Path | str,
        *,
        width: int = 1440,
        height: int = 900,
        clipboard: bool = False,
        allow: tuple[str, ...] = (),
    ) -> OpenPage:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        if clipboard:
            context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
        log = PageLog()

        def guard(route: Any) -> None:
            url = route.request.url
            log.requests.append(url)
            if url.startswith((server + "/", "file://", "data:", *(a + "/" for a in allow))):
                route.continue_()
            else:
                log.blocked.append(url)
                route.abort()

        context.route("**/*", guard)
        page = context.new_page()
        page.on("console", lambda m: log.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: log.errors.append(f"uncaught: {e}"))

        def dialog(d: Any) -> None:
            log.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", dialog)
        if isinstance(target, Path) and target.parent == pages:
            url = f"{server}/{target.name}"
        elif isinstance(target, Path):
            url = target.as_uri()
        else:
            url = target
        page.goto(url)
        return OpenPage(page, log)

    yield opener
    for context in contexts:
        context.close()
