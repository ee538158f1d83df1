"""Node positions for big graphs, computed in Python so that the browser only has to draw.

Above a thousand nodes, vis-network's physics does not settle in a browser tab; computing the
picture here instead makes the first draw fast and the layout the same from build to build (the
random start is seeded). Input: any networkx graph; output: ``{node: (x, y)}`` in canvas pixels.

How: networkx splits the graph into connected components; each is laid out with a force model,
then the components are packed in rows, largest first, and nodes closer than a minimum distance
are pushed apart. ``networkx.spring_layout`` itself is not used: above 500 nodes it needs scipy,
and its cost is O(n²) per step. Instead, small components are stacked and moved together with
exact all-pairs Fruchterman-Reingold forces (thousands of tiny components cost one numpy operation
per step), and big ones start from their shortest-path shape (PivotMDS) and get the all-pairs
repulsion from a grid: node density is spread on a grid and convolved with the repulsion kernel by
FFT (particle-mesh), O(n + G² log G) per step, numpy only.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import networkx as nx
import numpy as np
from numpy.typing import NDArray

#: median distance from a node to the nearest other node, in canvas pixels at zoom 1
UNIT = 40.0
#: components up to this size get exact all-pairs forces, batched (O(n²) memory each)
DENSE_MAX_NODES = 64
DENSE_ITERATIONS = 120
#: steps of the grid-accelerated force layout of bigger components
GRID_ITERATIONS = 90
#: strength of the pull towards the centre, relative to the forces between nodes
GRAVITY = 0.05
#: nodes sampled to measure a component's spacing (distance to the nearest node)
NN_SAMPLE = 200
#: breadth-first searches that give a big component its start shape (PivotMDS)
PIVOTS = 8

FloatArray = NDArray[np.float64]
IndexArray = NDArray[np.int64]


def spread_layout(graph: nx.Graph, *, seed: int = 7) -> dict[Hashable, tuple[float, float]]:
    """Positions for every node of ``graph``: components laid out, then packed in rows.

    Multiple and directed edges count as one undirected link; self-loops are ignored. The result
    depends only on the graph and ``seed`` (nodes are taken in sorted order), so the picture is
    the same from build to build. A node's nearest neighbour is typically ``UNIT`` pixels away.

    Examples
    --------
    >>> import networkx as nx
    >>> positions = spread_layout(nx.path_graph(3), seed=1)
    >>> sorted(positions)
    [0, 1, 2]
    """
    undirected = graph.to_undirected(as_view=True) if graph.is_directed() else graph
    components = sorted(
        (sorted(c, key=str) for c in nx.connected_components(undirected)),
        key=lambda c: (-len(c), str(c[0])),
    )
    edges = _edge_arrays(graph, components)
    rng = np.random.default_rng(seed)
    laid_out: dict[int, FloatArray] = {}
    big = [number for number, nodes in enumerate(components) if len(nodes) > DENSE_MAX_NODES]
    if big:  # the largest alone, the other big ones together, each pulled to its own place
        for group in ([big[0]], big[1:]) if len(big) > 1 else ([big[0]],):
            sizes = [len(components[number]) for number in group]
            for number, points in zip(
                group, grid_force_layouts(sizes, [edges[i] for i in group], rng=rng), strict=True
            ):
                laid_out[number] = points
    buckets: dict[int, list[int]] = {}
    for number, nodes in enumerate(components):
        if len(nodes) <= DENSE_MAX_NODES:
            buckets.setdefault(_bucket(len(nodes)), []).append(number)
    for size, numbers in sorted(buckets.items()):
        batch = [(len(components[number]), edges[number]) for number in numbers]
        for number, points in zip(numbers, dense_force_layouts(batch, size, rng=rng), strict=True):
            laid_out[number] = points
    boxes = [(nodes, _normalise(laid_out[number], rng)) for number, nodes in enumerate(components)]
    return _pack(boxes)


def _bucket(n: int) -> int:
    """Small components are batched by size, padded to the next power of two."""
    return int(2 ** np.ceil(np.log2(max(n, 2))))


def _edge_arrays(graph: nx.Graph, components: list[list[Any]]) -> list[IndexArray]:
    """Each component's links as an ``(m, 2)`` array of indices into its node list.

    Parallel and opposite edges give one link; self-loops none.
    """
    where = {node: (c, i) for c, nodes in enumerate(components) for i, node in enumerate(nodes)}
    pairs: list[set[tuple[int, int]]] = [set() for _ in components]
    for u, v in graph.edges():
        if u != v:
            component, i = where[u]
            j = where[v][1]
            pairs[component].add((i, j) if i < j else (j, i))
    return [np.array(sorted(p), dtype=np.int64).reshape(-1, 2) for p in pairs]


def dense_force_layouts(
    components: list[tuple[int, IndexArray]],
    size: int,
    *,
    rng: np.random.Generator,
    iterations: int = DENSE_ITERATIONS,
) -> list[FloatArray]:
    """Fruchterman-Reingold with exact all-pairs forces for a batch of small graphs at once.

    ``components`` holds (node count, ``(m, 2)`` edge index array) pairs, each at most ``size``
    nodes. They are padded to ``size`` and stacked, so that one numpy operation moves every node
    of the batch.
    """
    count = len(components)
    mask = np.zeros((count, size), dtype=bool)
    adjacency = np.zeros((count, size, size))
    for b, (n, edges) in enumerate(components):
        mask[b, :n] = True
        adjacency[b, edges[:, 0], edges[:, 1]] = 1.0
        adjacency[b, edges[:, 1], edges[:, 0]] = 1.0
    pairs = (mask[:, :, None] & mask[:, None, :]).astype(np.float64)
    spread = np.sqrt(mask.sum(axis=1))[:, None, None]
    positions = rng.uniform(-0.5, 0.5, size=(count, size, 2)) * spread
    start = np.sqrt(size) / 4
    force = np.empty_like(positions)
    for step in range(iterations):
        temperature = start * (1 - step / iterations) + 0.01
        dx = positions[:, :, None, 0] - positions[:, None, :, 0]
        dy = positions[:, :, None, 1] - positions[:, None, :, 1]
        d2 = np.maximum(dx * dx + dy * dy, 1e-4)
        weight = pairs / d2 - adjacency * np.sqrt(d2)  # repulsion k²/d, attraction d²/k (k = 1)
        force[..., 0] = np.einsum("bij,bij->bi", dx, weight)
        force[..., 1] = np.einsum("bij,bij->bi", dy, weight)
        force -= GRAVITY * positions
        _move(positions, force, temperature)
    return [positions[b, :n].copy() for b, (n, _) in enumerate(components)]


def grid_force_layouts(
    sizes: list[int],
    edges: list[IndexArray],
    *,
    rng: np.random.Generator,
    iterations: int = GRID_ITERATIONS,
) -> list[FloatArray]:
    """Fruchterman-Reingold with grid (particle-mesh) repulsion, for big connected graphs.

    Graph ``g`` has ``sizes[g]`` nodes and the ``(m, 2)`` edge index array ``edges[g]``. All are
    simulated at once, each starting in its own square and pulled (weakly) to that square's
    centre, so that many mid-sized components cost one simulation. Repulsion pushes every pair
    apart (1/d), attraction pulls linked nodes together in proportion to their distance (as in
    ForceAtlas2: hubs crush their neighbourhood less than with Fruchterman-Reingold's d²); each
    step is bounded by a temperature that cools linearly.
    """
    sides = [float(np.sqrt(n)) for n in sizes]
    slots = _pack_squares([1.8 * side for side in sides])
    offsets = np.cumsum([0, *sizes])
    n = int(offsets[-1])
    centres = np.repeat(np.array(slots, dtype=np.float64).reshape(-1, 2), sizes, axis=0)
    start_shapes = []
    for size, side, links_g in zip(sizes, sides, edges, strict=True):
        shape = pivot_mds(size, links_g, rng=rng)
        rms = float(np.sqrt((shape * shape).sum(axis=1).mean())) or 1.0
        jitter = rng.uniform(-0.5, 0.5, size=(size, 2)) * 0.15 * side  # splits equal positions
        start_shapes.append(shape * (0.35 * side / rms) + jitter)
    positions = centres + np.concatenate(start_shapes)
    links = np.concatenate([e + offsets[g] for g, e in enumerate(edges)]).astype(np.int64)
    span = float(max(np.ptp(positions[:, 0]), np.ptp(positions[:, 1]), 1.0))
    cells = int(min(256, max(16, 8 * np.ceil(1.2 * span / 8))))  # any size suits the FFT
    kernel_x, kernel_y = _kernel_spectra(cells)
    start = max(sides) / 8  # the start already has the overall shape: refine it
    for step in range(iterations):
        temperature = start * (1 - step / iterations) + 0.02
        force = _grid_repulsion(positions, cells, kernel_x, kernel_y)
        if len(links):
            pull = positions[links[:, 1]] - positions[links[:, 0]]  # linear in the distance
            for axis in (0, 1):
                force[:, axis] += np.bincount(links[:, 0], pull[:, axis], minlength=n)
                force[:, axis] -= np.bincount(links[:, 1], pull[:, axis], minlength=n)
        force -= GRAVITY * (positions - centres)
        _move(positions, force, temperature)
    return [positions[offsets[g] : offsets[g + 1]].copy() for g in range(len(sizes))]


def pivot_mds(n: int, edges: IndexArray, *, rng: np.random.Generator) -> FloatArray:
    """A start layout of one connected graph from its shortest paths (Brandes & Pich's PivotMDS).

    Breadth-first distances from ``PIVOTS`` nodes chosen far apart (each the farthest from those
    before) are double-centred and projected on their two main axes: the overall shape of the
    graph (a grid comes out flat, a tree spread), which the force layout then refines instead of
    untangling a random start.
    """
    pivots = min(PIVOTS, n)
    if n < 3 or not len(edges):
        return rng.uniform(-1, 1, size=(n, 2))
    ends = np.concatenate([edges, edges[:, ::-1]])
    ends = ends[np.argsort(ends[:, 0], kind="stable")]
    neighbours = ends[:, 1]
    offsets = np.searchsorted(ends[:, 0], np.arange(n + 1))
    distance = np.empty((n, pivots))
    nearest = np.full(n, np.inf)
    pivot = int(rng.integers(n))
    for j in range(pivots):
        distance[:, j] = _hops(pivot, neighbours, offsets, n)
        nearest = np.minimum(nearest, distance[:, j])
        pivot = int(np.argmax(nearest))
    squared = distance * distance
    centred = -0.5 * (
        squared - squared.mean(axis=0) - squared.mean(axis=1)[:, None] + squared.mean()
    )
    left, values, _ = np.linalg.svd(centred, full_matrices=False)
    return np.asarray(left[:, :2] * values[:2], dtype=np.float64)


def _hops(source: int, neighbours: IndexArray, offsets: IndexArray, n: int) -> FloatArray:
    """Breadth-first distances (in links) from ``source`` over a CSR adjacency."""
    distance = np.full(n, -1.0)
    distance[source] = 0
    frontier = np.array([source])
    level = 0
    while len(frontier):
        level += 1
        counts = offsets[frontier + 1] - offsets[frontier]
        starts = np.repeat(offsets[frontier], counts)
        within = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
        reached = neighbours[starts + within]
        reached = np.unique(reached[distance[reached] < 0])
        distance[reached] = level
        frontier = reached
    distance[distance < 0] = level  # not reached (not expected within a component)
    return distance


def _pack_squares(sides: list[float]) -> list[tuple[float, float]]:
    """Centres of squares of the given sides laid in rows (in order) in a roughly square frame."""
    limit = max(float(np.sqrt(sum(s * s for s in sides))) * 1.1, max(sides))
    centres: list[tuple[float, float]] = []
    x = y = row = 0.0
    for side in sides:
        if x > 0 and x + side > limit:
            x, y, row = 0.0, y + row, 0.0
        centres.append((x + side / 2, y + side / 2))
        x += side
        row = max(row, side)
    return centres


def _move(positions: FloatArray, force: FloatArray, temperature: float) -> None:
    """Move each node along its force, by at most ``temperature``."""
    length = np.hypot(force[..., 0], force[..., 1])
    positions += force * (np.minimum(length, temperature) / np.maximum(length, 1e-9))[..., None]


def _kernel_spectra(cells: int) -> tuple[NDArray[np.complex128], NDArray[np.complex128]]:
    """FFTs of the repulsion kernel (dx/r², dy/r² in cell units) on a zero-padded 2G grid."""
    size = 2 * cells
    offsets = np.arange(size, dtype=np.float64)
    offsets[offsets >= cells] -= size  # wrap-around order: 0..G-1, then -G..-1
    dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
    r2 = dx * dx + dy * dy
    r2[0, 0] = np.inf  # no force of a cell on itself
    return np.fft.rfft2(dx / r2), np.fft.rfft2(dy / r2)


def _grid_repulsion(
    positions: FloatArray,
    cells: int,
    kernel_x: NDArray[np.complex128],
    kernel_y: NDArray[np.complex128],
) -> FloatArray:
    """The k²/d repulsion of all nodes on each node: cloud-in-cell deposit, FFT convolution."""
    low = positions.min(axis=0)
    span = float(max(np.ptp(positions[:, 0]), np.ptp(positions[:, 1]), 1e-6))
    h = span / (cells - 1.001)  # cell size; the grid covers the nodes, the padding the rest
    grid = (positions - low) / h
    base = np.floor(grid).astype(np.int64)
    frac = grid - base
    size = 2 * cells
    corners = (
        ((1 - frac[:, 0]) * (1 - frac[:, 1]), base[:, 0], base[:, 1]),
        (frac[:, 0] * (1 - frac[:, 1]), base[:, 0] + 1, base[:, 1]),
        ((1 - frac[:, 0]) * frac[:, 1], base[:, 0], base[:, 1] + 1),
        (frac[:, 0] * frac[:, 1], base[:, 0] + 1, base[:, 1] + 1),
    )
    density = np.zeros(size * size)
    for weight, i, j in corners:
        density += np.bincount(i * size + j, weight, minlength=size * size)
    spectrum = np.fft.rfft2(density.reshape(size, size))
    field_x = np.fft.irfft2(spectrum * kernel_x, s=(size, size))
    field_y = np.fft.irfft2(spectrum * kernel_y, s=(size, size))
    force = np.zeros_like(positions)
    for weight, i, j in corners:
        force[:, 0] += weight * field_x[i, j]
        force[:, 1] += weight * field_y[i, j]
    return force / h  # the kernel is in cell units: k²/d with d = cells · h


def _normalise(positions: FloatArray, rng: np.random.Generator) -> FloatArray:
    """Centre a component and scale it so that the median distance to a nearest node is 1.

    The distance is measured from a seeded sample of at most ``NN_SAMPLE`` nodes to all nodes.
    """
    positions = positions - positions.mean(axis=0)
    n = len(positions)
    if n < 2:
        return positions
    sample = rng.choice(n, size=min(n, NN_SAMPLE), replace=False) if n > NN_SAMPLE else range(n)
    nearest = []
    for i in sample:
        distance = np.hypot(*(positions - positions[i]).T)
        distance[i] = np.inf
        nearest.append(distance.min())
    median = float(np.median(nearest))
    return positions / median if median > 0 else positions


def separate(positions: FloatArray, *, distance: float = 0.75, iterations: int = 12) -> FloatArray:
    """Push apart the nodes that sit closer than ``distance``, so that no two cover each other.

    The force layouts spread the crowd, but nodes in the same grid cell barely repel; this pass
    finds the close pairs exactly (through a hash of cells of side ``distance``) and moves each
    pair apart by half their overlap, a few times over.
    """
    points = positions.copy()
    n = len(points)
    if n < 2:
        return points
    nudge = np.random.default_rng(0).uniform(-1e-3, 1e-3, size=(n, 2))
    for _ in range(iterations):
        cell = np.floor(points / distance).astype(np.int64)
        cell -= cell.min(axis=0)
        width = int(cell[:, 1].max()) + 3
        key = (cell[:, 0] + 1) * width + cell[:, 1] + 1
        order = np.argsort(key, kind="stable")
        keys = key[order]
        push = np.zeros_like(points)
        moved = False
        for dx, dy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):  # each pair of cells once
            target = key + dx * width + dy
            low = np.searchsorted(keys, target, "left")
            count = np.searchsorted(keys, target, "right") - low
            i = np.repeat(np.arange(n), count)
            within = np.arange(int(count.sum())) - np.repeat(np.cumsum(count) - count, count)
            j = order[np.repeat(low, count) + within]
            if (dx, dy) == (0, 0):
                i, j = i[i < j], j[i < j]
            delta = points[j] - points[i] + nudge[j] - nudge[i]
            length = np.hypot(delta[:, 0], delta[:, 1])
            close = length < distance
            if not close.any():
                continue
            moved = True
            i, j, delta, length = i[close], j[close], delta[close], length[close]
            step = delta * ((distance - length) / 2 / np.maximum(length, 1e-9))[:, None]
            for axis in (0, 1):
                push[:, axis] -= np.bincount(i, step[:, axis], minlength=n)
                push[:, axis] += np.bincount(j, step[:, axis], minlength=n)
        if not moved:
            break
        points += 0.8 * push
    return points


def _pack(boxes: list[tuple[list[Any], FloatArray]]) -> dict[Hashable, tuple[float, float]]:
    """Place the components in rows, largest first, inside a roughly square frame; separate."""
    margin = 3.0
    sizes = [np.ptp(points, axis=0) + margin for _, points in boxes]
    total = sum(float(w * h) for w, h in sizes)
    width_limit = max(float(np.sqrt(total) * 1.2), float(sizes[0][0]) if sizes else 0.0)
    placed: list[FloatArray] = []
    x = y = row_height = 0.0
    for (_, points), (width, height) in zip(boxes, sizes, strict=True):
        if x > 0 and x + width > width_limit:
            x, y, row_height = 0.0, y + row_height, 0.0
        placed.append(points - points.min(axis=0) + np.array([x, y]))
        x += float(width)
        row_height = max(row_height, float(height))
    if not placed:
        return {}
    spread = separate(np.concatenate(placed)) * UNIT
    nodes = [node for group, _ in boxes for node in group]
    return {  # whole pixels: what vis-network draws, and a smaller page
        node: (round(float(px)), round(float(py)))
        for node, (px, py) in zip(nodes, spread, strict=True)
    }
