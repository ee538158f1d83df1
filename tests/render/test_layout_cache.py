"""Kept positions: reused only for a graph of the same shape, and then exactly what a new layout
would give, so that a page drawn from them is byte for byte the page drawn afresh."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kgbuilder.render.html import render_html
from kgbuilder.render.layout import spread_layout
from kgbuilder.render.layout_cache import LayoutCache, shape_digest


def _graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for k in range(60):
        graph.add_node(f"https://example.org/kg/n{k}", label=f"Node {k}", kind="Organization")
    for k in range(59):
        graph.add_edge(f"https://example.org/kg/n{k}", f"https://example.org/kg/n{k + 1}")
    graph.add_edge("https://example.org/kg/n5", "https://example.org/kg/n40")
    return graph


def test_the_digest_follows_what_the_layout_reads_and_nothing_else() -> None:
    graph = _graph()
    key = shape_digest(graph, 7)
    relabelled = _graph()
    relabelled.nodes["https://example.org/kg/n3"]["label"] = "Another label"
    doubled = _graph()  # a parallel and an opposite edge, and a self-loop: the same links
    doubled.add_edge("https://example.org/kg/n1", "https://example.org/kg/n2")
    doubled.add_edge("https://example.org/kg/n2", "https://example.org/kg/n1")
    doubled.add_edge("https://example.org/kg/n9", "https://example.org/kg/n9")
    assert shape_digest(relabelled, 7) == key
    assert shape_digest(doubled, 7) == key
    assert spread_layout(doubled) == spread_layout(graph)
    linked = _graph()
    linked.add_edge("https://example.org/kg/n0", "https://example.org/kg/n30")
    renamed = nx.relabel_nodes(_graph(), {"https://example.org/kg/n0": "https://example.org/kg/z"})
    assert (
        len({key, shape_digest(linked, 7), shape_digest(renamed, 7), shape_digest(graph, 8)}) == 4
    )


def test_positions_are_reused_for_the_same_shape_only(tmp_path: Path) -> None:
    cache = LayoutCache(tmp_path / "layout.json")
    graph = _graph()
    first = cache.positions(graph, seed=7)
    assert cache.reused is False
    assert first == spread_layout(graph, seed=7)
    relabelled = _graph()
    relabelled.nodes["https://example.org/kg/n3"]["label"] = "Another label"
    kept = LayoutCache(tmp_path / "layout.json")
    again = kept.positions(relabelled, seed=7)
    assert kept.reused is True
    assert again == first
    assert [tuple(map(type, again[node])) for node in graph] == [
        tuple(map(type, first[node])) for node in graph
    ]  # whole pixels stay ints
    linked = _graph()
    linked.add_edge("https://example.org/kg/n0", "https://example.org/kg/n30")
    moved = LayoutCache(tmp_path / "layout.json")
    assert moved.positions(linked, seed=7) == spread_layout(linked, seed=7)
    assert moved.reused is False


def test_a_damaged_file_is_laid_out_again(tmp_path: Path) -> None:
    path = tmp_path / "layout.json"
    graph = _graph()
    for damage in (b"", b"{not json", b'{"shape": 1}', b"[1, 2]"):
        path.write_bytes(damage)
        cache = LayoutCache(path)
        assert cache.positions(graph, seed=7) == spread_layout(graph, seed=7)
        assert cache.reused is False
    table = {str(node): ["x", 1] for node in graph}  # the right shape, positions not numbers
    path.write_text(json.dumps({"shape": shape_digest(graph, 7), "positions": table}))
    assert LayoutCache(path).positions(graph, seed=7) == spread_layout(graph, seed=7)
    del table["https://example.org/kg/n0"]  # a node missing
    path.write_text(json.dumps({"shape": shape_digest(graph, 7), "positions": table}))
    assert LayoutCache(path).positions(graph, seed=7) == spread_layout(graph, seed=7)


def test_a_page_from_kept_positions_is_the_page_drawn_afresh(tmp_path: Path) -> None:
    cache = LayoutCache(tmp_path / "layout.json")
    graph = _graph()
    fresh = render_html(graph, big=True)
    assert render_html(graph, big=True, layouts=cache) == fresh
    assert cache.reused is False
    assert render_html(graph, big=True, layouts=cache) == fresh
    assert cache.reused is True
    small = LayoutCache(tmp_path / "small.json")  # physics in the browser: nothing laid out
    render_html(graph, big=False, layouts=small)
    assert small.reused is None
    assert not (tmp_path / "small.json").exists()
