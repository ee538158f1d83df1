"""Benchmark: writing and drawing the network page, kgbuilder's explorer against pyvis's defaults.

For each size (1,000 / 5,000 / 20,000 entities, three relations each, a seeded Barabási-Albert
graph shaped like kgbuilder's projection, see ``synthetic.py``), in one run:

- write: seconds from the networkx graph in memory to the HTML file on disk. kgbuilder: its
  renderer (layout, evidence panel data, template). pyvis: ``Network()`` with its defaults,
  ``add_node``/``add_edge`` for every entity and relation, ``write_html``.
- draw: seconds from navigation start to the first complete draw in Debian's Chromium (headless,
  driven by Playwright, every request outside the local server blocked): the first frame drawn
  once physics is off or its stabilisation iterations are done. Pages that have not drawn after
  ``--timeout`` seconds are reported as "> timeout" (their ratio is then a lower bound); so are
  pages not written within ``--write-timeout`` seconds (pyvis at 20,000: its ``add_edge`` and
  ``add_node`` scan every edge and node already added).
- frame: milliseconds of one redraw at the fitted view and at zoom 1 (panning and zooming redraw).

The only setting changed from pyvis's defaults is ``cdn_resources="in_line"``: its default
(``"local"``) loads vis-network from a CDN, which this machine cannot reach, so the page would
never draw. Ratios are pyvis / kgbuilder (above 1: kgbuilder is faster).

Run: ``.venv/bin/python bench/render_bench.py`` (``--sizes 1000 5000`` for fewer). It prints a
table and writes ``bench/results/render.json``.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import multiprocessing
import platform
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import networkx as nx
from playwright.sync_api import Browser, sync_playwright
from pyvis.network import Network

from kgbuilder.render.html import write_html
from synthetic_projection import synthetic_projection

RESULTS = Path(__file__).parent / "results"
CHROMIUM = "/usr/bin/chromium"

#: Installed before any page script: wraps vis.Network to time draws and stabilisation.
PROBE = """
(() => {
  const marks = { draws: [], iterationsDone: null, stabilized: null, physics: null };
  window.__bench = marks;
  const wrapped = new WeakMap();
  function wrap(Network) {
    if (typeof Network !== "function") { return Network; }
    if (wrapped.has(Network)) { return wrapped.get(Network); }
    function Probe(container, data, options) {
      const network = new Network(container, data, options);
      marks.physics = !!network.physics.physicsEnabled;
      network.on("afterDrawing", () => { if (marks.draws.length < 20) { marks.draws.push(performance.now()); } });
      network.once("stabilizationIterationsDone", () => { marks.iterationsDone = performance.now(); });
      network.once("stabilized", () => { marks.stabilized = performance.now(); });
      window.__benchNetwork = network;
      return network;
    }
    Probe.prototype = Network.prototype;
    wrapped.set(Network, Probe);
    return Probe;
  }
  window.vis = new Proxy({}, {
    set(target, key, value) { target[key] = key === "Network" ? wrap(value) : value; return true; },
    defineProperty(target, key, descriptor) {
      if (key === "Network" && "value" in descriptor) { descriptor = { ...descriptor, value: wrap(descriptor.value) }; }
      if (key === "Network" && descriptor.get) {
        const get = descriptor.get;
        descriptor = { ...descriptor, get() { return wrap(get.call(this)); } };
      }
      return Reflect.defineProperty(target, key, descriptor);
    },
  });
})();
"""

COMPLETE_DRAW = """
() => {
  const m = window.__bench;
  if (m.physics === null) { return null; }
  const after = m.physics ? m.iterationsDone : 0;
  if (after === null) { return null; }
  const draw = m.draws.find(t => t >= after);
  return draw === undefined ? null : draw;
}
"""

FRAME = """
(scale) => {
  const network = window.__benchNetwork;
  network.fit();
  if (scale !== null) { network.moveTo({ scale: scale }); }
  network.redraw();
  const start = performance.now();
  for (let i = 0; i < 3; i++) { network.redraw(); }
  return (performance.now() - start) / 3;
}
"""


def write_pyvis(graph: nx.MultiDiGraph, path: Path) -> None:
    """pyvis with its defaults (inline scripts only, see the module docstring)."""
    net = Network(cdn_resources="in_line")
    for node, data in graph.nodes(data=True):
        net.add_node(node, label=data["label"])
    for source, target, data in graph.edges(data=True):
        net.add_edge(source, target, label=data["label"])
    net.write_html(str(path))


def write_kgbuilder(graph: nx.MultiDiGraph, path: Path) -> None:
    write_html(graph, path, title=f"{graph.number_of_nodes()} entities")


def timed(function: Any, *args: Any) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def timed_with_limit(
    function: Any, graph: nx.MultiDiGraph, path: Path, limit: float
) -> float | None:
    """Seconds ``function(graph, path)`` took in a child process, or None past ``limit`` seconds."""
    context = multiprocessing.get_context("fork")
    with context.Pool(1) as pool:
        job = pool.apply_async(timed, (function, graph, path))
        try:
            return float(job.get(timeout=limit))
        except multiprocessing.TimeoutError:
            pool.terminate()
            return None


def draw(browser: Browser, url: str, timeout: float) -> dict[str, Any]:
    """Open the page with the network blocked; time its first complete draw and a redraw."""
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    origin = url.rsplit("/", 1)[0]
    context.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(origin) else route.abort(),
    )
    context.add_init_script(PROBE)
    page = context.new_page()
    page.goto(url, wait_until="commit")
    deadline = time.monotonic() + timeout
    drawn = None
    while time.monotonic() < deadline:
        drawn = page.evaluate(COMPLETE_DRAW)
        if drawn is not None:
            break
        time.sleep(0.25)
    result: dict[str, Any] = {"first_draw_s": None if drawn is None else drawn / 1000}
    if drawn is not None:
        result["frame_fit_ms"] = page.evaluate(FRAME, None)
        result["frame_zoom1_ms"] = page.evaluate(FRAME, 1.0)
    result["physics"] = page.evaluate("window.__bench.physics")
    context.close()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for a draw")
    parser.add_argument(
        "--write-timeout",
        type=float,
        default=600.0,
        help="seconds to wait for a page to be written",
    )
    args = parser.parse_args()

    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        # First write every page (in child processes, with a time limit), then draw them: no
        # process is forked once the browser and the server threads run.
        for n in args.sizes:
            graph = synthetic_projection(n)
            row: dict[str, Any] = {"nodes": n, "edges": graph.number_of_edges()}
            for name, writer in (("kgbuilder", write_kgbuilder), ("pyvis", write_pyvis)):
                path = root / f"{name}-{n}.html"
                row[f"{name}_write_s"] = timed_with_limit(writer, graph, path, args.write_timeout)
                row[f"{name}_html_mb"] = path.stat().st_size / 1e6 if path.exists() else None
                print(f"  {n}: {name} written", flush=True)
            rows.append(row)
        with sync_playwright() as playwright:
            handler = functools.partial(_Quiet, directory=folder)
            httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            threading.Thread(target=httpd.serve_forever, daemon=True).start()
            origin = f"http://127.0.0.1:{httpd.server_address[1]}"
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            try:
                for row in rows:
                    for name in ("kgbuilder", "pyvis"):
                        if row[f"{name}_write_s"] is None:  # not written in time
                            row[f"{name}_first_draw_s"] = None
                            continue
                        url = f"{origin}/{name}-{row['nodes']}.html"
                        for key, value in draw(browser, url, args.timeout).items():
                            row[f"{name}_{key}"] = value
                        print(f"  {row['nodes']}: {name} drawn", flush=True)
            finally:
                browser.close()
                httpd.shutdown()

    for row in rows:
        theirs_write = row["pyvis_write_s"] or args.write_timeout
        row["write_ratio"] = theirs_write / row["kgbuilder_write_s"]
        row["write_ratio_is_lower_bound"] = row["pyvis_write_s"] is None
        ours, theirs = row["kgbuilder_first_draw_s"], row["pyvis_first_draw_s"]
        row["draw_ratio"] = (theirs or args.timeout) / ours if ours else None
        row["draw_ratio_is_lower_bound"] = theirs is None
    report = {
        "benchmark": "render",
        "machine": {"python": platform.python_version(), "cpus": _cpus()},
        "timeout_s": args.timeout,
        "rows": rows,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "render.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    _print(rows, args.timeout, args.write_timeout)


def _print(rows: list[dict[str, Any]], timeout: float, write_timeout: float) -> None:
    def seconds(value: float | None, limit: float = timeout) -> str:
        return f"> {limit:.0f}" if value is None else f"{value:.2f}"

    def write_ratio(row: dict[str, Any]) -> str:
        return ("≥ " if row["write_ratio_is_lower_bound"] else "") + f"{row['write_ratio']:.1f}x"

    def ratio(row: dict[str, Any]) -> str:
        if row["draw_ratio"] is None:
            return "-"
        return ("≥ " if row["draw_ratio_is_lower_bound"] else "") + f"{row['draw_ratio']:.1f}x"

    header = (
        f"{'nodes':>6} {'edges':>6} | {'write s':>8} {'pyvis':>8} {'ratio':>7} | "
        f"{'draw s':>7} {'pyvis':>7} {'ratio':>7} | {'frame ms fit/zoom1':>19} {'pyvis':>13}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        ours = f"{row.get('kgbuilder_frame_fit_ms', 0):.0f}/{row.get('kgbuilder_frame_zoom1_ms', 0):.0f}"
        theirs = (
            f"{row['pyvis_frame_fit_ms']:.0f}/{row['pyvis_frame_zoom1_ms']:.0f}"
            if row.get("pyvis_frame_fit_ms") is not None
            else "-"
        )
        print(
            f"{row['nodes']:>6} {row['edges']:>6} | {row['kgbuilder_write_s']:>8.2f} "
            f"{seconds(row['pyvis_write_s'], write_timeout):>8} {write_ratio(row):>7} | "
            f"{seconds(row['kgbuilder_first_draw_s']):>7} {seconds(row['pyvis_first_draw_s']):>7} "
            f"{ratio(row):>7} | {ours:>19} {theirs:>13}"
        )


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


if __name__ == "__main__":
    main()
