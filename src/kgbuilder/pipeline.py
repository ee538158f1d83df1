"""The build: sources -> resolve -> model -> validate -> store -> outputs, one stage after another.

This module only composes the stages; each stage lives in its own package. Outputs are written
atomically: the store is built beside the old one and swapped in, files are renamed into place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kgbuilder.config import Settings, load_settings
from kgbuilder.errors import ConfigError
from kgbuilder.export.rdf import write_rdf
from kgbuilder.model.builder import build_graphs
from kgbuilder.model.bundle import GraphBundle
from kgbuilder.model.validate import validate_graph
from kgbuilder.namespaces import prefixes_for
from kgbuilder.report import BuildReport
from kgbuilder.resolve.resolver import resolve
from kgbuilder.sources.collect import read_data_folder
from kgbuilder.stats import graph_counts
from kgbuilder.store.base import GraphStore
from kgbuilder.store.oxigraph import OxigraphStore, install_store, recover_store, staging_path

#: called with the name of each stage as it starts, for progress display
StageCallback = Callable[[str], None]

STAGES = ("read", "resolve", "model", "validate", "store", "export", "render")


@dataclass
class BuildOutput:
    """What a build leaves behind: the open store, the report, and where the files are."""

    store: GraphStore
    report: BuildReport
    settings: Settings
    out_dir: Path


def run_build(
    data_dir: Path,
    out_dir: Path,
    *,
    settings: Settings | None = None,
    render: bool | None = None,
    on_stage: StageCallback | None = None,
) -> BuildOutput:
    """Build the graph of ``data_dir`` into ``out_dir``; problems with inputs go in the report."""
    if not data_dir.is_dir():
        raise ConfigError(f"data folder {data_dir} does not exist (give --data DIR)")
    settings = settings or load_settings(data_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    report = BuildReport()
    notify = on_stage or (lambda stage: None)

    notify("read")
    with report.timed("read"):
        inputs = read_data_folder(data_dir, settings, report.problems)
        report.inputs = inputs.files
    notify("resolve")
    with report.timed("resolve"):
        graph_input = resolve(inputs, settings, report.problems)
    notify("model")
    with report.timed("model"):
        bundle = build_graphs(graph_input, settings.base_iri)
    if settings.validate.shacl:
        notify("validate")
        with report.timed("validate"):
            report.validation = validate_graph(bundle.union())
    notify("store")
    with report.timed("store"):
        store = _write_store(bundle, settings, out_dir)
    notify("export")
    with report.timed("export"):
        for name, fmt in (("graph.trig", "trig"), ("graph.ttl", "turtle")):
            write_rdf(store, out_dir / name, fmt, prefixes_for(settings.base_iri))
            report.outputs[fmt] = str(out_dir / name)
        if settings.store.kind == "oxigraph":
            report.outputs["store"] = str(out_dir / settings.store.path)
    if settings.render.html if render is None else render:
        notify("render")
        with report.timed("render"):
            from kgbuilder.render.view import write_view

            write_view(
                store,
                out_dir / "graph.html",
                title=settings.project.name,
                big_above=settings.render.physics_max_nodes,
            )
            report.outputs["html"] = str(out_dir / "graph.html")
    report.counts = graph_counts(store)
    report.outputs["report"] = str(out_dir / "report.json")
    report.write(out_dir / "report.json")
    return BuildOutput(store=store, report=report, settings=settings, out_dir=out_dir)


def _write_store(bundle: GraphBundle, settings: Settings, out_dir: Path) -> GraphStore:
    """Load the named graphs into a fresh store; on disk, swap it in only once it is complete."""
    if settings.store.kind == "memory":
        store = OxigraphStore()
        _fill(store, bundle)
        return store
    final = out_dir / settings.store.path
    recover_store(final)
    staged = staging_path(final)
    staging = OxigraphStore(staged)
    _fill(staging, bundle)
    staging.close()
    install_store(staged, final)
    return OxigraphStore(final)


def _fill(store: OxigraphStore, bundle: GraphBundle) -> None:
    for name in sorted(bundle.graphs):
        store.replace_graph(name, bundle.graphs[name])
