"""The build: sources -> extract -> resolve -> model -> store -> validate -> outputs.

This module only composes the stages; each stage lives in its own package, and the work of a
build at scale (the extraction cache, worker processes or a Dask cluster, per-document graphs
streamed into the store, incremental updates) in ``kgbuilder.scale.build``. Outputs are written
atomically: files are renamed into place, the store changes in one transaction or is built beside
the old one and swapped in.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kgbuilder.atomic import atomic_path, remove_stale_temps
from kgbuilder.collector import fewer_collections
from kgbuilder.config import Settings, load_settings
from kgbuilder.crashpoints import crash_point
from kgbuilder.errors import ConfigError, Problem
from kgbuilder.export.rdf import serialize_quads, sorted_quads
from kgbuilder.extract.run import extract_documents
from kgbuilder.model.builder import build_graphs
from kgbuilder.model.revalidate import VALIDATION_FILE, validate_build
from kgbuilder.namespaces import prefixes_for
from kgbuilder.report import BuildReport
from kgbuilder.resolve.resolver import CorpusResolution, resolve
from kgbuilder.scale.build import (
    CACHE_DIR,
    BackgroundExport,
    BuildGraphs,
    ExportWorker,
    Written,
    export_graphs,
    read_corpus,
    start_background_export,
    write_graphs,
)
from kgbuilder.scale.build_counts import COUNTS_FILE, build_counts
from kgbuilder.scale.extraction import default_jobs
from kgbuilder.sources.collect import SourceInputs, read_data_folder
from kgbuilder.sources.documents import read_documents
from kgbuilder.stats import graph_counts
from kgbuilder.store.base import GraphStore
from kgbuilder.store.oxigraph import OxigraphStore

if TYPE_CHECKING:  # networkx and the projection are imported when a build draws its page
    import networkx as nx

#: called with the name of each stage as it starts, for progress display
StageCallback = Callable[[str], None]

#: in OUT/cache while a build runs: found by the next build, it says this one did not end
UNFINISHED = "unfinished"
#: the positions of the last big picture (``kgbuilder.render.layout_cache``)
LAYOUT_FILE = "layout.json"

STAGES = ("read", "extract", "resolve", "model", "store", "validate", "export", "render")


@dataclass
class BuildOutput:
    """What a build leaves behind: the open store, the report, and where the files are."""

    store: GraphStore
    report: BuildReport
    settings: Settings
    out_dir: Path


@fewer_collections()
def run_build(
    data_dir: Path,
    out_dir: Path,
    *,
    settings: Settings | None = None,
    render: bool | None = None,
    on_stage: StageCallback | None = None,
    documents: list[Path] | None = None,
    jobs: int | None = None,
    dask_scheduler: str | None = None,
    fresh: bool = False,
    export_worker: ExportWorker | None = None,
) -> BuildOutput:
    """Build the graph of ``data_dir`` into ``out_dir``; problems with inputs go in the report.

    ``documents`` (files or folders) replaces the data folder's documents folder. ``jobs``
    (default ``[scale] jobs``, 0: every core) extraction processes, or ``dask_scheduler`` (default
    ``[scale] dask_scheduler``) to extract on a Dask cluster. Documents read before (same bytes,
    same extractor) come from ``OUT/cache``, and only the named graphs that changed are rewritten;
    ``fresh`` reads every document again and writes the whole store. ``export_worker`` is a
    process kept between the builds of a long-lived process, to write the RDF files.
    """
    if not data_dir.is_dir():
        raise ConfigError(f"data folder {data_dir} does not exist (give --data DIR)")
    settings = settings or load_settings(data_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    # a build that did not end (killed, or failed) leaves this behind, and maybe temporary files
    unfinished = out_dir / CACHE_DIR / UNFINISHED
    if unfinished.exists():
        remove_stale_temps(out_dir)
    unfinished.parent.mkdir(parents=True, exist_ok=True)
    unfinished.write_text(f"{os.getpid()}\n", encoding="utf-8")
    report = BuildReport()
    report_stage = on_stage or (lambda stage: None)

    def notify(stage: str) -> None:
        crash_point(f"stage:{stage}")
        report_stage(stage)

    workers = settings.scale.jobs if jobs is None else jobs
    scheduler = settings.scale.dask_scheduler if dask_scheduler is None else dask_scheduler

    notify("read")
    with report.timed("read"):
        inputs = read_data_folder(
            data_dir, settings, report.problems, documents=documents, read_texts=False
        )
        report.inputs = inputs.files
    notify("extract")
    with report.timed("extract"):
        corpus = read_corpus(
            inputs,
            settings,
            out_dir / CACHE_DIR,
            report.problems,
            jobs=workers or default_jobs(),
            dask_scheduler=scheduler,
            fresh=fresh,
        )
    notify("resolve")
    with report.timed("resolve"):
        resolution = CorpusResolution.resolve(
            inputs, settings, report.problems, corpus.declarations(), corpus.sources()
        )
    notify("model")
    with report.timed("model"):
        graphs = BuildGraphs(corpus, resolution, settings.base_iri)
    notify("store")
    files = [(out_dir / "graph.trig", "trig"), (out_dir / "graph.ttl", "turtle")]
    prefixes = prefixes_for(settings.base_iri)
    # with more than one process, the RDF files are written by another beside the stages that
    # follow, from the moment a new store's graphs are made (the store loads on), and put in
    # place after the store is; validation runs as many checks at once
    parallel = (workers or default_jobs()) > 1
    exporting: BackgroundExport | None = None

    def export_made(prints: dict[str, str]) -> None:
        nonlocal exporting
        made = Written("full", sorted(prints))
        made.prints = prints
        exporting = start_background_export(made, out_dir, files, prefixes, export_worker)

    opened: GraphStore | None = None
    try:
        with report.timed("store"):
            store, written = write_graphs(
                graphs,
                settings,
                out_dir,
                fresh=fresh,
                jobs=workers or default_jobs(),
                on_made=export_made if parallel else None,
            )
            opened = store
            report.changes = corpus.changes(written.previous_documents)
            report.changes["graphs"] = {**written.summary(), "documents_resolved": graphs.resolved}
            corpus.prune()
    except BaseException:
        if exporting is not None:
            exporting.cancel()
        if opened is not None:
            opened.close()  # a later build in this process (a watch) opens it again
        raise
    try:
        checked = None
        try:
            if parallel and exporting is None:
                exporting = start_background_export(
                    written, out_dir, files, prefixes, export_worker
                )
            if settings.validate.shacl:
                notify("validate")
                with report.timed("validate"):
                    checked = validate_build(
                        store,
                        out_dir / CACHE_DIR / VALIDATION_FILE,
                        written.prints,
                        engine=settings.validate.engine,
                        previous_prints=written.previous_prints,
                        change=written.union,
                        threads=workers or default_jobs(),
                        keep=False,  # kept with the number of statements the counts give
                    )
                    report.validation = checked.result
                    report.changes["validation"] = (
                        {"mode": "full"}
                        if checked.checked is None
                        else {"mode": "incremental", "nodes_checked": checked.checked}
                    )
            notify("export")
            if exporting is None:
                with report.timed("export"):
                    export_graphs(store, written, out_dir, files, prefixes)
            report.outputs.update({fmt: str(path) for path, fmt in files})
            if settings.store.kind == "oxigraph":
                report.outputs["store"] = str(out_dir / settings.store.path)
            elif settings.store.kind == "sparql":
                report.outputs["store"] = settings.store.query_url
            if settings.render.html if render is None else render:
                notify("render")
                with report.timed("render"):
                    from kgbuilder.render.layout_cache import LayoutCache
                    from kgbuilder.render.view import write_view

                    layouts = LayoutCache(out_dir / CACHE_DIR / LAYOUT_FILE)
                    write_view(
                        store,
                        out_dir / "graph.html",
                        title=settings.project.name,
                        big_above=settings.render.physics_max_nodes,
                        graph=_projection(store, settings, written, out_dir),
                        layouts=layouts,
                    )
                    if (
                        layouts.reused is not None
                    ):  # a big picture, laid out or taken from the last build
                        report.changes["layout"] = "reused" if layouts.reused else "computed"
                    report.outputs["html"] = str(out_dir / "graph.html")
            waited = 0.0

            def export_written() -> None:
                """Wait for the export (what it took beyond the stages beside it); the counts
                read the union's size from its files."""
                nonlocal exporting, waited
                if exporting is not None:
                    started = time.perf_counter()
                    report.timings["export"] = round(exporting.wait(), 4)
                    exporting = None
                    waited = time.perf_counter() - started
                    report.timings["export_wait"] = round(waited, 4)

            with report.timed("counts"):  # beside the export's end, when it runs apart
                if isinstance(store, OxigraphStore) and settings.store.kind == "oxigraph":
                    report.counts = build_counts(
                        store,
                        out_dir / CACHE_DIR / COUNTS_FILE,
                        written.prints,
                        previous_prints=written.previous_prints,
                        change=written.union,
                        written=written.written,
                        before_union=export_written,
                    )
                else:
                    report.counts = graph_counts(store)
            report.timings["counts"] = round(report.timings["counts"] - waited, 4)
            export_written()
        finally:
            if exporting is not None:
                exporting.cancel()
        if checked is not None:
            checked.keep(int(report.counts["triples"]))
        report.outputs["report"] = str(out_dir / "report.json")
        report.write(out_dir / "report.json")
        unfinished.unlink(missing_ok=True)
        return BuildOutput(store=store, report=report, settings=settings, out_dir=out_dir)
    except BaseException:
        store.close()  # a later build in this process (a watch) opens it again
        raise


def _projection(
    store: GraphStore, settings: Settings, written: Written, out_dir: Path
) -> nx.MultiDiGraph | None:
    """The projection to draw, from the last build's tables where they apply (embedded store);
    None: the view reads it from the store."""
    if not isinstance(store, OxigraphStore) or settings.store.kind != "oxigraph":
        return None
    from kgbuilder.scale.build_projection import PROJECTION_FILE, build_projection

    return build_projection(
        store,
        out_dir / CACHE_DIR / PROJECTION_FILE,
        written.prints,
        previous_prints=written.previous_prints,
        change=written.union,
    )


@dataclass
class ExtractOutput:
    """What ``kgbuilder extract`` leaves behind: the graph file and what was wrong with inputs."""

    path: Path
    triples: int
    documents: int
    entities: int
    relations: int
    problems: list[Problem]


@fewer_collections()
def run_extract(
    paths: list[Path], out: Path, *, settings: Settings | None = None, format_name: str = "turtle"
) -> ExtractOutput:
    """The graph of the given texts alone: no curated records, no curation file, no knowledge base.

    What the extractor knows is the spaCy pipeline, its word lists and the offline gazetteers
    (GeoNames, ISO 3166); so the graph measures extraction by itself.
    """
    settings = settings or Settings()
    problems: list[Problem] = []
    inputs = SourceInputs()
    for missing in (p for p in paths if not p.exists()):
        problems.append(Problem("no such file or folder; skipped", str(missing)))
    inputs.documents = read_documents(
        [p for p in paths if p.exists()],
        root=None,
        problems=problems,
        max_chars=settings.extract.max_chars,
    )
    extractions = extract_documents(inputs.documents, settings)
    graph_input = resolve(inputs, settings, problems, extractions)
    bundle = build_graphs(graph_input, settings.base_iri)
    quads = sorted_quads(bundle.quads(), union=format_name not in ("trig", "nquads"))
    data = serialize_quads(quads, format_name, prefixes_for(settings.base_iri))
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out) as temp:
        temp.write_bytes(data)
    return ExtractOutput(
        path=out,
        triples=len(quads),
        documents=len(inputs.documents),
        entities=len(graph_input.entities),
        relations=len(graph_input.relations),
        problems=problems,
    )
