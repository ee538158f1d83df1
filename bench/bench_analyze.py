"""Projection and analysis time on a synthetic graph, against the naive rdflib projection.

One run, one machine, both sides on the same triples:

- ours: ``kgbuilder.analyze.to_networkx`` over the on-disk Oxigraph store a build leaves, opened
  read-only as the commands open it (SPARQL);
- baseline: the same networkx graph built by walking rdflib triples with ``triples``/``value``/
  ``objects``/``subjects`` calls (``naive_projection.py``), (1) over kgbuilder's rdflib view of
  the same store (``KnowledgeGraph.graph``: rdflib over oxrdflib), (2) over an in-memory rdflib
  ``Graph`` of the same triples, its loading timed apart;
- all three graphs are checked to be the same (nodes, edges, every attribute);
- then each measure of ``kgbuilder.analyze.analyze_graph`` is timed on the projection.

Prints a table and writes ``bench/results/analyze.json``.

    .venv/bin/python bench/bench_analyze.py                    # 1,000,000 triples
    .venv/bin/python bench/bench_analyze.py --triples 100000   # a quick run
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from kgbuilder.analyze import (
    DEFAULT_BETWEENNESS_SAMPLES,
    analyze_graph,
    articulation_points,
    betweenness,
    bridges,
    communities,
    components,
    modularity,
    pagerank,
    relation_degree,
    to_networkx,
)
from kgbuilder.config import DEFAULT_BASE_IRI
from kgbuilder.model.builder import build_graphs
from kgbuilder.store.oxigraph import OxigraphStore
from kgbuilder.store.terms import quad_to_oxigraph
from naive_projection import differences, naive_to_networkx
from synthetic_graph import documents_for, synthetic_input

RESULTS = Path(__file__).resolve().parent / "results"
BASE = DEFAULT_BASE_IRI
T = TypeVar("T")


def timed(work: Callable[[], T]) -> tuple[T, float]:
    gc.collect()
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="about this many triples")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--samples",
        type=int,
        default=DEFAULT_BETWEENNESS_SAMPLES,
        help="betweenness sample size (the analyze default for big graphs)",
    )
    args = parser.parse_args()
    figures: dict[str, Any] = {"python": platform.python_version(), "machine": platform.machine()}

    documents = documents_for(args.triples, seed=args.seed)
    data, t_generate = timed(lambda: synthetic_input(documents, seed=args.seed))
    bundle, t_model = timed(lambda: build_graphs(data, BASE))
    triples = len(bundle)
    print(
        f"{documents} documents -> {triples} triples in {len(bundle.graphs)} named graphs",
        file=sys.stderr,
    )

    with tempfile.TemporaryDirectory(prefix="kgb-bench-") as folder:
        writer = OxigraphStore(Path(folder) / "store")
        quads = (
            quad_to_oxigraph(s, p, o, n)
            for n in sorted(bundle.graphs)
            for s, p, o in bundle.graphs[n]
        )
        _, t_store = timed(lambda: writer.oxigraph.bulk_extend(quads))
        writer.close()
        # as `kgbuilder path` and friends open it: read-only, after the build
        store = OxigraphStore(Path(folder) / "store", read_only=True)
        ours, t_ours = timed(lambda: to_networkx(store))
        same_store, t_naive_store = timed(partial(naive_to_networkx, store.dataset))
        problems = differences(ours, same_store)
        del same_store
        rdflib_graph, t_rdflib_load = timed(bundle.union)
        del bundle
        naive, t_naive = timed(partial(naive_to_networkx, rdflib_graph))
        problems += differences(ours, naive)
        del rdflib_graph, naive
        store.close()
    if problems:
        raise SystemExit("the projections differ:\n" + "\n".join(problems))

    steps: dict[str, Callable[[], object]] = {
        "degree": lambda: relation_degree(ours),
        f"betweenness ({args.samples} sources)": lambda: betweenness(
            ours, samples=args.samples, seed=0
        ),
        "pagerank": lambda: pagerank(ours),
        "louvain communities": lambda: communities(ours, seed=0),
        "components": lambda: components(ours),
        "bridges": lambda: bridges(ours),
        "articulation points": lambda: articulation_points(ours),
    }
    analysis_times = {name: timed(step)[1] for name, step in steps.items()}
    parts = communities(ours, seed=0)
    analysis_times["modularity"] = timed(lambda: modularity(ours, parts))[1]
    _, t_analysis = timed(lambda: analyze_graph(ours, seed=0, betweenness_samples=args.samples))

    figures.update(
        {
            "triples": triples,
            "documents": documents,
            "entities": ours.number_of_nodes(),
            "relations": ours.number_of_edges(),
            "seconds": {
                "generate input": t_generate,
                "model (RDF triples)": t_model,
                "load Oxigraph store (disk)": t_store,
                "projection: kgbuilder (SPARQL, on-disk store)": t_ours,
                "naive rdflib walk, same store (kg.graph)": t_naive_store,
                "load in-memory rdflib Graph": t_rdflib_load,
                "naive rdflib walk, in-memory Graph": t_naive,
                **{f"analysis: {k}": v for k, v in analysis_times.items()},
                "analysis: analyze_graph, all measures": t_analysis,
            },
            "speedup_vs_naive_rdflib_same_store": t_naive_store / t_ours,
            "speedup_vs_naive_rdflib_in_memory_walk_only": t_naive / t_ours,
            "speedup_vs_naive_rdflib_in_memory_load_and_walk": (t_rdflib_load + t_naive) / t_ours,
            "projection_plus_analysis_seconds": t_ours + t_analysis,
            "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "same_projection": not problems,
        }
    )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "analyze.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")

    print(
        f"{triples:,} triples, {figures['entities']:,} entities, {figures['relations']:,} relations "
        f"(same projection all three ways: {'yes' if not problems else 'NO'})"
    )
    print(f"{'step':<48} {'seconds':>9}")
    for name, seconds in figures["seconds"].items():
        print(f"{name:<48} {seconds:>9.2f}")
    for name, key in (
        ("speed-up over naive rdflib, same store", "speedup_vs_naive_rdflib_same_store"),
        ("speed-up over naive in-memory walk", "speedup_vs_naive_rdflib_in_memory_walk_only"),
        ("  ... counting the rdflib load", "speedup_vs_naive_rdflib_in_memory_load_and_walk"),
    ):
        print(f"{name:<48} {figures[key]:>8.2f}x")
    print(f"{'projection + analysis':<48} {figures['projection_plus_analysis_seconds']:>9.2f}")
    print(f"{'peak memory (MiB)':<48} {figures['max_rss_mib']:>9.0f}")
    print(f"wrote {RESULTS / 'analyze.json'}", file=sys.stderr)


if __name__ == "__main__":
    main()
