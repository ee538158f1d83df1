"""The ``kgbuilder`` command: parses options, calls the Python API, prints.

User mistakes (a missing folder, a bad query, an unknown format) end with one line on stderr and
exit code 1 (2 for bad usage); only bugs show a traceback.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import click
import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from kgbuilder import api
from kgbuilder._version import __version__
from kgbuilder.errors import KgbuilderError

app = typer.Typer(
    name="kgbuilder",
    help="Build a citable RDF knowledge graph from text and curated records; query, validate and view it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
console = Console()
errors = Console(stderr=True)

DataOption = Annotated[
    Path, typer.Option("--data", help="The data folder (inputs and kgbuilder.toml).")
]
OutOption = Annotated[
    Path, typer.Option("--out", help="The output folder (store, graph files, report).")
]


class ResultFormat(StrEnum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    xml = "xml"


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
    html: Annotated[bool, typer.Option("--html/--no-html", help="Write graph.html too.")] = True,
) -> None:
    """Build the graph from the data folder: store, graph.trig, graph.ttl, graph.html, report.json."""
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
    ) as progress:
        task = progress.add_task("starting", total=None)
        graph = api.build(
            data, out, render=html, on_stage=lambda stage: progress.update(task, description=stage)
        )
    report = graph.report
    assert report is not None
    with graph:
        counts = report.counts
        console.print(
            f"Built {counts['triples']} triples in {len(counts['named_graphs'])} named graphs "
            f"from {len(report.inputs)} input files."
        )
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


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or the path of a .rq file.")],
    data: DataOption = Path("graph_data"),
    out: OutOption = Path("output"),
    format: Annotated[
        ResultFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ResultFormat.table,
) -> None:
    """Run a SPARQL query on the built graph (the model's prefixes are predeclared)."""
    from kgbuilder.query.formats import serialize_result
    from kgbuilder.query.run import read_query

    text = read_query(sparql)
    with _open(data, out) as graph:
        result = graph.query(text)
        if result.type == "CONSTRUCT":  # graph results print as Turtle
            base = graph.settings.base_iri
            sys.stdout.buffer.write(serialize_result(result, "turtle", base_iri=base))
        elif format is ResultFormat.table:
            _print_table(result, graph.settings.base_iri)
        else:
            sys.stdout.buffer.write(serialize_result(result, format.value))


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
    from rdflib import Dataset, Graph

    from kgbuilder.model.validate import validate_graph

    if file is not None:
        if not file.is_file():
            raise KgbuilderError(f"{file}: no such file")
        dataset = Dataset()
        try:
            dataset.parse(file)
        except Exception as exc:  # rdflib raises many parser exception types
            raise KgbuilderError(f"{file}: cannot parse: {exc}") from None
        union = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
        result = validate_graph(union)
    else:
        with _open(data, out) as graph:
            union = Graph()
            for s, p, o, _ in graph.store.quads():
                union.add((s, p, o))
        result = validate_graph(union)
    if result.conforms:
        console.print(f"Conforms: {len(union)} triples checked against the shapes.")
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
    except click.exceptions.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        errors.print("aborted")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
