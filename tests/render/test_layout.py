"""Big-graph positions: every node placed, stable for a seed, structure visible, no overlaps."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from kgbuilder.render.layout import UNIT, pivot_mds, separate, spread_layout


def _array(graph: nx.Graph, positions: dict[object, tuple[float, float]]) -> np.ndarray:
    return np.array([positions[node] for node in graph.nodes], dtype=float)


def _nearest(points: np.ndarray) -> np.ndarray:
    distance = np.hypot(*(points[:, None, :] - points[None, :, :]).transpose(2, 0, 1))
    np.fill_diagonal(distance, np.inf)
    return distance.min(axis=1)


GRAPHS = {
    "empty": nx.Graph(),
    "one node": nx.empty_graph(1),
    "pair": nx.path_graph(2),
    "small tree": nx.balanced_tree(2, 4),
    "grid (grid-force path)": nx.grid_2d_graph(20, 20),
    "many components": nx.disjoint_union_all([nx.path_graph(k) for k in range(1, 40)]),
    "multi and self-loop": nx.MultiDiGraph([(1, 2), (2, 1), (1, 2), (3, 3), (3, 1)]),
}


@pytest.mark.parametrize("graph", GRAPHS.values(), ids=GRAPHS.keys())
def test_spread_layout_places_every_node_once(graph: nx.Graph) -> None:
    positions = spread_layout(graph)
    assert set(positions) == set(graph.nodes)
    assert all(np.isfinite(xy).all() for xy in positions.values())


@pytest.mark.parametrize("graph", GRAPHS.values(), ids=GRAPHS.keys())
def test_spread_layout_is_the_same_for_the_same_seed(graph: nx.Graph) -> None:
    assert spread_layout(graph, seed=3) == spread_layout(graph, seed=3)


def test_spread_layout_changes_with_the_seed() -> None:
    graph = nx.grid_2d_graph(12, 12)
    assert spread_layout(graph, seed=1) != spread_layout(graph, seed=2)


@pytest.mark.parametrize("size", [6, 20, 45], ids=["dense batch", "grid force", "unfolded"])
def test_spread_layout_draws_links_short(size: int) -> None:
    """On a grid, linked nodes end up close, near the ratio of the grid itself (random: about 1)."""
    graph = nx.grid_2d_graph(size, size)
    points = _array(graph, spread_layout(graph))
    index = {node: i for i, node in enumerate(graph.nodes)}
    edges = np.array([(index[u], index[v]) for u, v in graph.edges])
    linked = np.hypot(*(points[edges[:, 0]] - points[edges[:, 1]]).T).mean()
    rng = np.random.default_rng(0)
    a, b = rng.integers(0, len(points), (2, 2000))
    pairs = np.hypot(*(points[a] - points[b]).T).mean()
    drawn_as_a_grid = 1 / (0.5214 * (size - 1))  # mean distance in a square of side size - 1
    assert linked / pairs < 1.3 * drawn_as_a_grid  # a folded or twisted grid does worse


def test_spread_layout_keeps_communities_apart() -> None:
    graph = nx.connected_caveman_graph(4, 80)  # four dense groups in a ring, one link between each
    points = _array(graph, spread_layout(graph))
    groups = np.arange(len(points)) // 80
    centres = np.array([points[groups == g].mean(axis=0) for g in range(4)])
    spread = max(float(np.hypot(*(points[groups == g] - centres[g]).T).mean()) for g in range(4))
    gaps = [np.hypot(*(centres[i] - centres[j])) for i in range(4) for j in range(i + 1, 4)]
    assert min(gaps) > spread


def test_spread_layout_leaves_no_node_on_another() -> None:
    graph = nx.barabasi_albert_graph(1500, 3, seed=1)  # a hairball with hubs
    nearest = _nearest(_array(graph, spread_layout(graph)))
    assert nearest.min() >= 0.7 * UNIT
    assert 0.8 * UNIT < np.median(nearest) < 1.25 * UNIT


def test_pivot_mds_lays_a_path_on_a_line() -> None:
    n = 60
    edges = np.array([(i, i + 1) for i in range(n - 1)])
    shape = pivot_mds(n, edges, rng=np.random.default_rng(0))
    assert np.ptp(shape[:, 0]) > 10 * max(np.ptp(shape[:, 1]), 1e-9)  # flat
    assert abs(np.corrcoef(np.arange(n), shape[:, 0])[0, 1]) > 0.99  # in order


def test_separate_pushes_apart_nodes_on_one_spot() -> None:
    points = np.zeros((30, 2)) + np.random.default_rng(1).normal(0, 0.01, (30, 2))
    spread = separate(points, distance=1.0, iterations=60)
    assert _nearest(spread).min() > 0.9
