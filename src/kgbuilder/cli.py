"""The ``kgbuilder`` command: parses options, calls the Python API, prints.

User mistakes (a missing folder, a bad query, an unknown format) end with one line on stderr and
exit code 1 (2 for bad usage); only bugs show a traceback.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Mapping
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from kgbuilder import api, cli_analyze
from kgbuilder._version import __version__
from kgbuilder.errors import KgbuilderError
from kgbuilder.report import BuildReport
from kgbuilder.watch import WatchedBuild, Watcher

app = typer.Typer(
    name="kgbuilder",
    help="Build a citable RDF knowledge graph from text and curated records; query, validate and view it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
console = Console(soft_wrap=True)
errors = Console(stderr=True, soft_wrap=True)

DataOption = Annotated[
    Path, typer.Option("--data", help="The data folder (inputs and kgbuilder.toml).")
]
OutOption = Annotated[
    Path, typer.Option("--out", help="The output folder (store, graph files, report).")
]
HtmlOption = Annotated[bool, typer.Option("--html/--no-html", help="Write graph.html too.")]
DocsOption = Annotated[
    list[Path] | None,
    typer.Option("--docs", help="Documents (files or folders) to read instead of DATA/documents."),
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs", "-j", min=0, help="Extraction processes (default [scale] jobs; 0: every core)."
    ),
]


class ResultFormat(StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    xml = "xml"
    turtle = "turtle"
    ntriples = "ntriples"
    jsonld = "jsonld"


def _version(value: bool) -> None:
    if value:
        console.print(f"kgbuilder {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """kgbuilder: text and records in, a citable knowledge graph out."""


@app.command()
def build(
    data: DataOption = Path("graph_data"),
    out: OutOption = Path("output"),
    html: HtmlOption = True,
    docs: DocsOption = None,
    jobs: JobsOption = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="SCHEDULER_ADDRESS",
            help="Extract on this Dask cluster (e.g. tcp://10.0.0.5:8786).",
        ),
    ] = None,
    fresh: Annotated[
        bool,
        typer.Option("--fresh", help="Read every document again and write the whole store."),
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Exit with status 1 if any input had a problem (error or warning) or the graph "
            "breaks its shapes; the outputs are written all the same.",
        ),
    ] = False,
) -> None:
    """Build the graph from the data folder: store, graph.trig, graph.ttl, graph.html, report.json.

    Documents read before come from OUT/cache; only the named graphs that changed are rewritten.
    """
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
    ) as progress:
        task = progress.add_task("starting", total=None)
        graph = api.build(
            data,
            out,
            render=html,
            on_stage=lambda stage: progress.update(task, description=stage),
            documents=list(docs) if docs else None,
            jobs=jobs,
            dask_scheduler=dask,
            fresh=fresh,
        )
    report = graph.report
    assert report is not None
    with graph:
        counts = report.counts
        console.print(
            f"Built {counts['triples']} triples in {len(counts['named_graphs'])} named graphs "
            f"from {len(report.inputs)} input files."
        )
        if report.changes:
            console.print(_changes_line(report.changes), highlight=False)
        for problem in report.problems:
            errors.print(
                f"[{'red' if problem.severity == 'error' else 'yellow'}]{problem}",
                markup=True,
                highlight=False,
            )
        if report.validation is not None:
            if report.validation.conforms:
                console.print("SHACL: the graph conforms to its shapes.")
            else:
                errors.print(
                    f"SHACL: {len(report.validation.violations)} violation(s):", style="red"
                )
                for violation in report.validation.violations[:20]:
                    errors.print(f"  {violation}", highlight=False, markup=False)
        console.print("Outputs:")
        for name, path in report.outputs.items():
            console.print(f"  {name:6} {path}", highlight=False)
    failed = strict_failures(report)
    if strict and failed:
        errors.print(f"--strict: {failed}; exit status 1 (see {report.outputs['report']})")
        raise typer.Exit(1)


@app.command()
def watch(
    data: DataOption = Path("graph_data"),
    out: OutOption = Path("output"),
    html: HtmlOption = True,
    docs: DocsOption = None,
    jobs: JobsOption = None,
    interval: Annotated[
        float,
        typer.Option("--interval", min=0.05, help="Seconds between two looks at the inputs."),
    ] = 0.5,
) -> None:
    """Build, then build again whenever a file of the data folder (or of --docs) changes.

    The process stays warm between builds (imports, the spaCy pipeline, the export process), so
    that a changed document costs a second or two instead of the start of a new process. Each
    build is the incremental build of `kgbuilder build`. Stop with Ctrl-C.
    """
    watcher = Watcher(
        data, out, documents=list(docs) if docs else None, jobs=jobs, render=html, interval=interval
    )
    console.print(
        f"Watching {', '.join(str(p) for p in [data, *(docs or [])])} (every {interval:g} s); "
        "Ctrl-C to stop.",
        highlight=False,
    )
    stop = threading.Event()
    # SIGTERM (a service manager, `kill`) ends the watch after the build under way, as Ctrl-C does
    # (the event is set from a thread: the handler may run while the loop holds its lock)
    signal.signal(
        signal.SIGTERM,
        lambda signum, frame: threading.Thread(target=stop.set, daemon=True).start(),
    )
    try:
        with watcher:
            watcher.run(_print_watched, stop=stop)
    except KeyboardInterrupt:
        pass
    console.print("Stopped.")


def _shown(path: str) -> str:
    """A path as short as it can be said: relative to the working folder when it is inside it."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def _print_watched(built: WatchedBuild) -> None:
    """One build of ``kgbuilder watch``: when, what set it off, how long, what came of it."""
    clock = time.strftime("%H:%M:%S", time.localtime(built.started))
    cause = (
        "first build"
        if not built.changed
        else f"{len(built.changed)} file{'' if len(built.changed) == 1 else 's'} changed "
        f"({', '.join(_shown(p) for p in built.changed[:3])}"
        f"{', ...' if len(built.changed) > 3 else ''})"
    )
    if built.error is not None:
        errors.print(
            f"[{clock}] build {built.number}, {cause}: failed: {built.error}",
            highlight=False,
            markup=False,
        )
        sys.stderr.flush()
        return
    assert built.output is not None
    report = built.output.report
    console.print(
        f"[{clock}] build {built.number}, {cause}: {built.seconds:.2f} s, "
        f"{report.counts['triples']} triples. {_changes_line(report.changes)}",
        highlight=False,
        markup=False,
    )
    for problem in report.problems:
        errors.print(str(problem), highlight=False, markup=False)
    if report.validation is not None and not report.validation.conforms:
        errors.print(
            f"SHACL: {len(report.validation.violations)} violation(s) (see {report.outputs['report']})",
            highlight=False,
            markup=False,
        )
    sys.stdout.flush()
    sys.stderr.flush()


def strict_failures(report: BuildReport) -> str:
    """What makes a ``--strict`` build fail, in words ("3 errors, 1 warning"), or ""."""
    parts = [
        f"{count} {name}{'' if count == 1 else 's'}"
        for count, name in (
            (len(report.errors), "input error"),
            (len(report.warnings), "input warning"),
            (
                len(report.validation.violations) if report.validation is not None else 0,
                "SHACL violation",
            ),
        )
        if count
    ]
    return ", ".join(parts)


def _changes_line(changes: dict[str, Any]) -> str:
    """``Documents: 2 added, 1 changed, 0 removed, 997 reused; graphs: 4 written, 0 removed.``"""
    docs = changes.get("documents", {})
    graphs = changes.get("graphs", {})
    return (
        f"Documents: {len(docs.get('added', []))} added, {len(docs.get('changed', []))} changed, "
        f"{len(docs.get('removed', []))} removed, {docs.get('reused', 0)} reused; "
        f"graphs: {graphs.get('written', 0)} written, {graphs.get('removed', 0)} removed, "
        f"{graphs.get('kept', 0)} kept ({graphs.get('mode', 'full')} store update)."
    )


@app.command()
def query(
    sparql: Annotated[
        str | None,
        typer.Argument(help="A SPARQL query, the path of a .rq file, or a saved query's name."),
    ] = None,
    data: DataOption = Path("graph_data"),
    out: OutOption = Path("output"),
    format: Annotated[
        ResultFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ResultFormat.table,
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="Bind a variable: name=value (repeatable)."),
    ] = None,
    list_saved: Annotated[
        bool, typer.Option("--list", help="List the saved queries and their parameters.")
    ] = False,
) -> None:
    """Run a SPARQL query on the built graph (the model's prefixes are predeclared)."""
    from kgbuilder.query import load_library, resolve_query, serialize_result, split_param

    library = load_library([data / "queries"])
    if list_saved:
        _print_library(library)
        return
    if sparql is None:
        raise typer.BadParameter("give a query, a .rq file or a saved query name (or --list)")
    text, saved = resolve_query(sparql, library)
    params = dict(split_param(p) for p in param or [])
    with _open(data, out) as graph:
        result = graph.query(text, params=params, saved=saved)
        base = graph.settings.base_iri
        if format is ResultFormat.table:
            if result.type == "CONSTRUCT":  # graph results print as Turtle
                sys.stdout.buffer.write(serialize_result(result, "turtle", base_iri=base))
            else:
                _print_table(result, base)
        else:
            sys.stdout.buffer.write(serialize_result(result, format.value, base_iri=base))


def _print_library(library: Mapping[str, object]) -> None:
    from kgbuilder.query import SavedQuery

    table = Table(show_edge=False, highlight=False)
    for column in ("name", "title", "parameters"):
        table.add_column(column)
    for name, saved in library.items():
        assert isinstance(saved, SavedQuery)
        params = ", ".join(
            f"{p.name}{'?' if p.optional else ''} ({p.type})" for p in saved.parameters
        )
        table.add_row(name, saved.title, params)
    console.print(table)


@app.command()
def serve(
    data: DataOption = Path("graph_data"),
    out: OutOption = Path("output"),
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds a query may run.")] = 30.0,
    max_rows: Annotated[
        int, typer.Option("--max-rows", help="Rows (or triples) per answer.")
    ] = 100_000,
    max_body: Annotated[int, typer.Option("--max-body", help="Largest request body, in bytes.")] = 1
    << 20,
    workers: Annotated[int, typer.Option("--workers", help="Query worker processes.")] = 2,
    allow_update: Annotated[
        bool,
        typer.Option("--allow-update", help="Enable /update and /store writes (token needed)."),
    ] = False,
    token: Annotated[
        str | None,
        typer.Option("--token", envvar="KGBUILDER_TOKEN", help="Bearer token for writes."),
    ] = None,
    allow_federation: Annotated[
        bool, typer.Option("--allow-federation", help="Let SERVICE and LOAD reach other servers.")
    ] = False,
    cors: Annotated[
        list[str] | None, typer.Option("--cors", help="Allow this browser origin (repeatable).")
    ] = None,
) -> None:
    """Serve the built graph over HTTP: SPARQL 1.1 Protocol at /sparql, a query page at /."""
    from kgbuilder.serve import ServeSettings, run_server

    if allow_update and not token:
        raise typer.BadParameter("--allow-update needs --token (or KGBUILDER_TOKEN)")
    with _open(data, out) as graph:  # fails early, with one line, when there is no store
        base = graph.settings.base_iri
    settings = ServeSettings(
        out_dir=out,
        data_dir=data if data.is_dir() else None,
        base_iri=base,
        timeout=timeout,
        row_cap=max_rows,
        body_cap=max_body,
        workers=workers,
        allow_update=allow_update,
        token=token,
        allow_federation=allow_federation,
        cors=tuple(cors or ()),
    )
    errors.print(f"kgbuilder endpoint on http://{host}:{port}/ (SPARQL at /sparql)")
    run_server(settings, host=host, port=port)


@app.command()
def validate(
    data: DataOption = Path("graph_data"),
    out: OutOption = Path("output"),
    file: Annotated[
        Path | None,
        typer.Option("--file", help="Validate this RDF file instead of the built graph."),
    ] = None,
) -> None:
    """Check the graph (or an RDF file) against kgbuilder's SHACL shapes; exit 1 if it does not conform."""
    from kgbuilder.model.validate import validate_file

    if file is not None:
        result = validate_file(file)
    else:
        with _open(data, out) as graph:
            result = graph.validate()
    if result.conforms:
        console.print(f"Conforms: {result.triples} triples checked against the shapes.")
        return
    for violation in result.violations:
        console.print(str(violation), highlight=False, markup=False)
    errors.print(f"{len(result.violations)} violation(s).", style="red")
    raise typer.Exit(1)


@app.command()
def info(data: DataOption = Path("graph_data"), out: OutOption = Path("output")) -> None:
    """What is in the store: named graphs, classes and predicates, with counts."""
    from kgbuilder.stats import graph_counts

    with _open(data, out) as graph:
        counts = graph_counts(graph.store)
        console.print(
            f"{counts['triples']} triples ({counts['quads']} quads) in {len(counts['named_graphs'])} named graphs"
        )
        base = graph.settings.base_iri
        for title, key in (
            ("Named graph", "named_graphs"),
            ("Class", "classes"),
            ("Predicate", "predicates"),
        ):
            table = Table(title=None, show_edge=False)
            table.add_column(title)
            table.add_column("count", justify="right")
            for name, n in counts[key].items():
                table.add_row(_compact(name, base), str(n))
            console.print(table)


@app.command()
def render(
    data: DataOption = Path("graph_data"),
    out: OutOption = Path("output"),
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Where to write the page (default OUT/graph.html)."),
    ] = None,
    focus: Annotated[
        str | None,
        typer.Option("--focus", help="Show the neighbourhood of this entity (name, alias or IRI)."),
    ] = None,
    depth: Annotated[
        int, typer.Option("--depth", min=0, help="How many links from the focus entity.")
    ] = 1,
    query: Annotated[
        str | None,
        typer.Option(
            "--query", help="Show the answer of a SPARQL query (a .rq file or the text itself)."
        ),
    ] = None,
    kinds: Annotated[
        list[str] | None,
        typer.Option("--kinds", help="Keep only these kinds (comma-separated or repeated)."),
    ] = None,
    relations: Annotated[
        list[str] | None,
        typer.Option(
            "--relations", help="Keep only these relations (comma-separated or repeated)."
        ),
    ] = None,
    size_by: Annotated[
        str,
        typer.Option("--size-by", help="Size nodes by auto, degree, pagerank or betweenness."),
    ] = "auto",
    title: Annotated[
        str | None, typer.Option("--title", help="The page title (default: the project name).")
    ] = None,
) -> None:
    """Write the interactive HTML network of the built graph, or of a part of it."""
    with _open(data, out) as graph:
        view = graph.render(
            html,
            focus=focus,
            depth=depth,
            query=query,
            kinds=_split_list(kinds),
            relations=_split_list(relations),
            size_by=size_by,
            title=title,
        )
    mode = "; big-graph mode: positions computed, physics off" if view.big else ""
    console.print(
        f"Wrote {view.path} ({view.nodes} entities, {view.edges} relations{mode})",
        highlight=False,
        soft_wrap=True,
    )


@app.command()
def extract(
    files: Annotated[
        list[Path], typer.Argument(help="Texts (.txt, .md, .html) or folders of them.")
    ],
    out: Annotated[Path, typer.Option("--out", help="The Turtle file to write.")] = Path(
        "output/extracted.ttl"
    ),
    data: DataOption = Path("graph_data"),
) -> None:
    """The graph of the given texts alone (no curated records, no curation file), as Turtle."""
    from kgbuilder.config import load_settings

    settings = load_settings(data) if data.is_dir() else None
    result = api.extract(list(files), out, settings=settings)
    for problem in result.problems:
        errors.print(str(problem), highlight=False, markup=False)
    console.print(
        f"Wrote {result.path}: {result.triples} triples, {result.entities} entities, "
        f"{result.relations} relations from {result.documents} document(s).",
        highlight=False,
    )


@app.command(name="eval")
def eval_(
    gold: Annotated[
        Path | None, typer.Option("--gold", help="A gold file or folder (default ../shared/eval).")
    ] = None,
    graph: Annotated[
        Path | None,
        typer.Option("--graph", help="Score this graph instead of extracting the gold texts."),
    ] = None,
    json_out: Annotated[
        Path, typer.Option("--json", help="Where to write the scores as JSON.")
    ] = Path("output/eval.json"),
    redocred: Annotated[
        bool, typer.Option("--redocred/--no-redocred", help="Also score Re-DocRED dev if present.")
    ] = True,
    limit: Annotated[
        int | None, typer.Option("--limit", help="Score only the first N Re-DocRED documents.")
    ] = None,
    data: DataOption = Path("graph_data"),
) -> None:
    """Score extraction against gold annotations: P/R/F1 per kind and label, misses listed."""
    from kgbuilder.config import load_settings
    from kgbuilder.evaluate.runner import run_eval
    from kgbuilder.evaluate.table import print_report

    settings = load_settings(data) if data.is_dir() else None
    report = run_eval(
        gold=gold, graph=graph, redocred=redocred, redocred_limit=limit, settings=settings
    )
    print_report(report, console)
    json_out.parent.mkdir(parents=True, exist_ok=True)
    report.write(json_out)
    console.print(f"Scores written to {json_out}", highlight=False)


for _command in cli_analyze.COMMANDS:  # path, neighbors, analyze, export
    app.command()(_command)


def _split_list(values: list[str] | None) -> list[str]:
    """``--kinds Person,Place --kinds Event`` -> ["Person", "Place", "Event"]."""
    return [item.strip() for value in values or [] for item in value.split(",") if item.strip()]


def _open(data: Path, out: Path) -> api.KnowledgeGraph:
    return api.open(out, data_dir=data if data.is_dir() else None)


def _compact(iri: str, base: str) -> str:
    from kgbuilder.namespaces import prefixes_for

    for prefix, namespace in sorted(prefixes_for(base).items(), key=lambda item: -len(item[1])):
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return iri


def _print_table(result: object, base: str) -> None:
    from rdflib import Literal, URIRef

    from kgbuilder.store.results import QueryResult

    assert isinstance(result, QueryResult)
    if result.type == "ASK":
        console.print("yes" if result.boolean else "no")
        return
    table = Table(show_edge=False, highlight=False)
    for name in result.variables:
        table.add_column(name)
    for row in result.rows:
        cells = []
        for value in row:
            if value is None:
                cells.append("")
            elif isinstance(value, URIRef):
                cells.append(_compact(str(value), base))
            elif isinstance(value, Literal):
                cells.append(str(value))
            else:
                cells.append(f"_:{value}")
        table.add_row(*cells)
    console.print(table)
    errors.print(f"{len(result.rows)} row(s)")


def main() -> None:
    """Entry point of the ``kgbuilder`` console script."""
    try:
        code = app(standalone_mode=False)
    except KgbuilderError as exc:
        errors.print(f"error: {exc}", style="red", highlight=False, markup=False)
        sys.exit(1)
    except typer.TyperException as exc:  # usage errors: typer prints them, exit code 2
        show = getattr(exc, "show", None)
        if callable(show):
            show()
        else:
            errors.print(f"error: {exc}", highlight=False, markup=False)
        sys.exit(getattr(exc, "exit_code", 2))
    except typer.Abort:
        errors.print("aborted")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
