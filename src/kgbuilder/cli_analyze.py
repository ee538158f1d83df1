"""The network commands of ``kgbuilder``: path, neighbors, analyze, export.

Like ``cli.py``, this module only parses options, calls ``kgbuilder.analyze`` / ``kgbuilder.export``
and prints; ``cli.py`` registers the commands in ``COMMANDS`` on its app. Names come from untrusted
documents, so they are printed as plain text (no rich markup, no highlighting).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import networkx as nx
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kgbuilder import api
from kgbuilder.analyze.describe import cite, figure_text, qualifier_text
from kgbuilder.analyze.paths import Connection, Link
from kgbuilder.render.html import BIG_GRAPH_NODES

console = Console(highlight=False)
errors = Console(stderr=True, highlight=False)

DataOption = Annotated[
    Path, typer.Option("--data", help="The data folder (inputs and kgbuilder.toml).")
]
OutOption = Annotated[
    Path, typer.Option("--out", help="The output folder of the build (store, graph files).")
]
HtmlOption = Annotated[
    Path | None, typer.Option("--html", help="Also write an interactive HTML view to this file.")
]
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def path(
    source: Annotated[
        str, typer.Argument(help="An entity: name, alias, key (place/quito) or IRI.")
    ],
    target: Annotated[str, typer.Argument(help="The other entity.")],
    max_paths: Annotated[
        int, typer.Option("--max", min=1, help="How many connections at most, shortest first.")
    ] = 3,
    via: Annotated[
        str | None,
        typer.Option("--via", help="Only connections through an entity of this kind (e.g. Event)."),
    ] = None,
    html: HtmlOption = None,
    as_json: JsonFlag = False,
    data: DataOption = Path("graph_data"),
    out: OutOption = Path("output"),
) -> None:
    """How two entities are connected: the shortest chains of relations, each with its evidence.

    Exits with 1 when they are not connected.
    """
    from kgbuilder.analyze import connection_subgraph, connections, find_entity

    with _open(data, out) as kg:
        graph = kg.to_networkx()
        start, end = find_entity(graph, source), find_entity(graph, target)
        found = connections(graph, start, end, max_paths=max_paths, via=via)
        title = kg.settings.project.name
    labels = _labels(graph)
    if as_json:
        _print_json([c.to_dict() for c in found], graph, *(n for c in found for n in c.nodes))
    elif found:
        for index, connection in enumerate(found, 1):
            _print_connection(index, connection, graph, labels)
    if not found:
        kind = f" through an entity of kind {via}" if via else ""
        errors.print(f"{labels[start]} and {labels[end]} are not connected{kind}.", markup=False)
    if html is not None and found:
        view = connection_subgraph(graph, found)
        _write_view(view, html, f"{title}: {labels[start]} – {labels[end]}", quiet=as_json)
    if not found:
        raise typer.Exit(1)


def neighbors(
    entity: Annotated[str, typer.Argument(help="An entity: name, alias, key or IRI.")],
    depth: Annotated[int, typer.Option("--depth", min=1, help="How many relations away.")] = 1,
    html: HtmlOption = None,
    as_json: JsonFlag = False,
    data: DataOption = Path("graph_data"),
    out: OutOption = Path("output"),
) -> None:
    """The entities within DEPTH relations of an entity, and how each is reached."""
    from kgbuilder.analyze import ego_network, find_entity, neighborhood

    with _open(data, out) as kg:
        graph = kg.to_networkx()
        center = find_entity(graph, entity)
        rows = neighborhood(graph, center, depth=depth)
        title = kg.settings.project.name
    labels = _labels(graph)
    if as_json:
        _print_json([r.to_dict() for r in rows], graph, center, *(r.node for r in rows))
    else:
        kind = graph.nodes[center].get("kind", "Other")
        noun = "relation" if depth == 1 else "relations"
        console.print(
            f"{labels[center]} ({kind}): {len(rows)} entities within {depth} {noun}", markup=False
        )
        table = Table(show_edge=False, highlight=False)
        for column in ("hops", "entity", "kind", "how", "evidence"):
            table.add_column(column, justify="right" if column in ("hops", "evidence") else "left")
        for row in rows:
            how = "\n".join(_link_text(link, labels) for link in row.links)
            evidence = sum(len(link.evidence) for link in row.links)
            cells = (str(row.distance), row.label, row.kind, how, str(evidence))
            table.add_row(*(Text(cell) for cell in cells))
        console.print(table)
    if html is not None:
        view = ego_network(graph, center, depth=depth)
        _write_view(view, html, f"{title}: around {labels[center]}", quiet=as_json)


def analyze(
    seed: Annotated[int, typer.Option("--seed", help="Seed of Louvain and sampling.")] = 0,
    resolution: Annotated[
        float, typer.Option("--resolution", help="Louvain resolution (above 1: smaller groups).")
    ] = 1.0,
    samples: Annotated[
        int | None,
        typer.Option(
            "--samples",
            min=1,
            help="Estimate betweenness from this many sources (default: exact up to 2000 entities).",
        ),
    ] = None,
    top: Annotated[int, typer.Option("--top", min=0, help="Rows of the summary table.")] = 10,
    kind: Annotated[
        str | None, typer.Option("--kind", help="Only entities of this kind in the table.")
    ] = None,
    json_path: Annotated[
        Path | None,
        typer.Option("--json-out", help="Where to write the analysis (default OUT/analysis.json)."),
    ] = None,
    html: HtmlOption = None,
    data: DataOption = Path("graph_data"),
    out: OutOption = Path("output"),
) -> None:
    """Centralities, communities, components, bridges and articulation points: analysis.json."""
    from kgbuilder.analyze import (
        analysis_document,
        analyze_graph,
        annotate,
        kind_name,
        write_analysis,
    )

    wanted = kind_name(kind) if kind else None

    with _open(data, out) as kg:
        graph = kg.to_networkx()
        title = kg.settings.project.name
        big_above = kg.settings.render.physics_max_nodes
    result = analyze_graph(graph, seed=seed, resolution=resolution, betweenness_samples=samples)
    annotate(graph, result)
    target = write_analysis(graph, result, json_path or out / "analysis.json")
    summary = analysis_document(graph, result)["graph"]
    largest = summary["largest_component"]
    console.print(
        f"{summary['entities']} entities, {summary['relations']} relations; "
        f"{summary['components']} connected components (largest: {largest} entities); "
        f"{summary['communities']} communities (modularity {summary['modularity']:.3f}); "
        f"{summary['bridges']} bridges; {summary['articulation_points']} articulation points.",
        markup=False,
    )
    if top:
        labels = _labels(graph)
        title = f"Top {top} {wanted or 'entitie'}s by PageRank"
        table = Table(title=title, show_edge=False, highlight=False)
        for column in ("entity", "kind", "degree", "betweenness", "pagerank", "community"):
            table.add_column(column, justify="left" if column in ("entity", "kind") else "right")
        chosen = [n for n in result.pagerank if wanted in (None, graph.nodes[n].get("kind"))]
        ranked = sorted(chosen, key=lambda n: (-result.pagerank[n], n))[:top]
        for node in ranked:
            measures = graph.nodes[node]
            cells = (
                labels[node],
                str(measures.get("kind", "Other")),
                str(measures["degree"]),
                f"{measures['betweenness']:.4f}",
                f"{measures['pagerank']:.4f}",
                str(measures["community"]),
            )
            table.add_row(*(Text(cell) for cell in cells))
        console.print(table)
    console.print(f"Wrote {target}", markup=False)
    if html is not None:
        _write_view(graph, html, f"{title}: analysis", big_above=big_above)


def export(
    format_name: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="turtle, trig, nquads, jsonld, ntriples, rdfxml (RDF); graphml, gexf, csv (network).",
        ),
    ],
    target: Annotated[
        Path, typer.Option("--out", help="The file to write (for csv: a folder for two files).")
    ],
    analysis: Annotated[
        bool,
        typer.Option("--analysis/--no-analysis", help="Network formats: add the node measures."),
    ] = True,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the analysis.")] = 0,
    data: DataOption = Path("graph_data"),
    source: Annotated[
        Path, typer.Option("--from", help="The output folder of the build to export.")
    ] = Path("output"),
) -> None:
    """Write the graph as RDF (every statement) or as a network for Gephi, yEd or pandas."""
    from kgbuilder.export import export_graph

    with _open(data, source) as kg:
        result = export_graph(
            kg.store,
            target,
            format_name,
            base_iri=kg.settings.base_iri,
            analysis=analysis,
            seed=seed,
        )
    what = (
        f"{result.statements} statements"
        if result.statements
        else f"{result.entities} entities, {result.relations} relations"
    )
    console.print(f"Wrote {', '.join(str(p) for p in result.paths)} ({what})", markup=False)


#: The commands ``cli.py`` registers, in the order ``kgbuilder --help`` lists them.
COMMANDS: tuple[Callable[..., None], ...] = (path, neighbors, analyze, export)


def _open(data: Path, out: Path) -> api.KnowledgeGraph:
    return api.open(out, data_dir=data if data.is_dir() else None)


def _labels(graph: nx.MultiDiGraph) -> dict[str, str]:
    return {node: str(label) for node, label in graph.nodes(data="label", default="")}


def _link_text(link: Link, labels: dict[str, str]) -> str:
    """``A —worksFor (General Manager)→ B``, written from the subject to the object."""
    qualifiers = qualifier_text(link.qualifiers)
    relation = f"{link.label} ({qualifiers})" if qualifiers else link.label
    return f"{labels[link.subject]} —{relation}→ {labels[link.object]}"


def _print_connection(
    index: int, connection: Connection, graph: nx.MultiDiGraph, labels: dict[str, str]
) -> None:
    chain = " → ".join(labels[n] for n in connection.nodes)
    hops = "hop" if len(connection) == 1 else "hops"
    console.print(f"{index}. {chain}  ({len(connection)} {hops})", markup=False, soft_wrap=True)
    for hop in connection.hops:
        for link in hop.links:
            console.print(f"   {_link_text(link, labels)}", markup=False, soft_wrap=True)
            for evidence in link.evidence:
                console.print(f"      {cite(evidence)}", markup=False, soft_wrap=True)
            if not link.evidence:
                console.print("      (no evidence recorded)", markup=False)
        for figure in hop.figures:
            text = figure_text(figure, labels)
            console.print(f"   {labels[figure['about']]}: {text}", markup=False, soft_wrap=True)
    console.print()


def _print_json(items: list[dict[str, Any]], graph: nx.MultiDiGraph, *nodes: str) -> None:
    entities = {
        node: {"label": graph.nodes[node].get("label"), "kind": graph.nodes[node].get("kind")}
        for node in sorted(set(nodes))
    }
    document = {"entities": entities, "results": items}
    sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n")


def _write_view(
    graph: nx.MultiDiGraph,
    html: Path,
    title: str,
    *,
    big_above: int = BIG_GRAPH_NODES,
    quiet: bool = False,
) -> None:
    """Write the page; say so on stdout, or on stderr when stdout carries JSON (``quiet``)."""
    from kgbuilder.render.html import write_html

    write_html(graph, html, title=title, big_above=big_above)
    (errors if quiet else console).print(
        f"Wrote {html} ({graph.number_of_nodes()} entities, {graph.number_of_edges()} relations)",
        markup=False,
    )
