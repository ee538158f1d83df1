"""The network for Gephi, yEd, Cytoscape, spreadsheets and pandas: GEXF, GraphML, CSV.

The files hold the networkx projection (``kgbuilder.analyze.to_networkx``), every attribute of it:
text and numbers as they are, lists and dicts (aliases, sources, figures, qualifiers, evidence) as
JSON text, which GEXF, GraphML and CSV can all carry and ``json.loads`` reads back. Added for
convenience:

- nodes: ``entity_key`` (``person/marta-quispe``), ``source_count``; for events, ``start`` and ``end``;
- edges: ``evidence_count``; for an acquisition or investment, ``start`` (its date);
- the measures of ``kgbuilder.analyze.analyze_graph`` (``degree``, ``betweenness``, ``pagerank``,
  ``community``, ``component``, ``articulation_point``) when the graph was annotated with them.

``start`` and ``end`` are written as GEXF wants them for Gephi's timeline: full ``YYYY-MM-DD``
dates, a year or a month widened to its first day (``start``) or its last day (``end``). An edge's
GEXF and GraphML id is its reified statement's IRI.

The GEXF header's date is that of ``SOURCE_DATE_EPOCH`` when it is set (reproducible builds), else
today's; everything else in the three formats depends only on the graph.
"""

from __future__ import annotations

import calendar
import csv
import io
import json
import os
import re
import time
from pathlib import Path
from typing import Any

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from kgbuilder._version import __version__
from kgbuilder.analyze.lookup import entity_key
from kgbuilder.atomic import atomic_path, write_atomic

#: Attributes written as JSON text (they are lists or dicts in the projection).
NODE_JSON_ATTRIBUTES = ("types", "aliases", "same_as", "sources", "figures", "dates")
EDGE_JSON_ATTRIBUTES = ("qualifiers", "evidence")

#: Columns of nodes.csv and edges.csv that always come first, in this order.
NODE_COLUMNS = ("id", "entity_key", "label", "kind")
EDGE_COLUMNS = ("id", "source", "target", "source_label", "target_label", "label", "key")

_DATE = re.compile(r"^(-?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?")
# text a spreadsheet would take for a formula (OWASP "CSV injection")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# characters XML 1.0 does not allow, even escaped
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def gexf_date(value: str, *, end: bool = False) -> str | None:
    """An ISO 8601 date, year-month or year as the ``YYYY-MM-DD`` date GEXF's timeline reads.

    A year or month stands for its first day, or its last with ``end``; None if not a date.

    Examples
    --------
    >>> gexf_date("2011"), gexf_date("2024-02", end=True), gexf_date("2024-11-05T10:00:00")
    ('2011-01-01', '2024-02-29', '2024-11-05')
    >>> gexf_date("soon") is None
    True
    """
    match = _DATE.match(value.strip())
    if match is None:
        return None
    year, month, day = match.groups()
    if month is None:
        month = "12" if end else "01"
    if day is None:
        day = f"{calendar.monthrange(int(year), int(month))[1]:02d}" if end else "01"
    return f"{year}-{month}-{day}"


def flat_network(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of the projection whose attributes are all text, numbers or booleans (see above).

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("x/event/fair", label="Fair", kind="Event", aliases=["the fair"],
    ...            sources=["x/doc/1"], dates={"startDate": "2024-11"})
    >>> flat = flat_network(g).nodes["x/event/fair"]
    >>> flat["aliases"], flat["source_count"], flat["start"], flat["entity_key"]
    ('["the fair"]', 1, '2024-11-01', 'event/fair')
    """
    flat = nx.MultiDiGraph()
    for node, data in sorted(graph.nodes(data=True)):
        attributes = _scalars(data, NODE_JSON_ATTRIBUTES)
        attributes["entity_key"] = entity_key(node)
        attributes["source_count"] = len(data.get("sources", []))
        dates = data.get("dates", {})
        if dates.get("startDate"):
            attributes["start"] = gexf_date(dates["startDate"])
        if dates.get("endDate"):
            attributes["end"] = gexf_date(dates["endDate"], end=True)
        flat.add_node(node, **{k: v for k, v in attributes.items() if v is not None})
    for u, v, key, data in sorted(graph.edges(keys=True, data=True)):
        attributes = _scalars(data, EDGE_JSON_ATTRIBUTES)
        attributes.setdefault("label", key)
        attributes["id"] = data.get("statement") or f"{u} {key} {v}"
        attributes["evidence_count"] = len(data.get("evidence", []))
        date = data.get("qualifiers", {}).get("date")
        if date:
            attributes["start"] = gexf_date(str(date))
        flat.add_edge(u, v, key=key, **{k: v for k, v in attributes.items() if v is not None})
    return flat


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write the projection as GEXF 1.2 (Gephi), atomically; returns the path."""
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    meta = writer.xml.find("meta")
    assert meta is not None  # GEXFWriter always writes one
    meta.set("lastmodifieddate", _today())
    creator = meta.find("creator")
    assert creator is not None
    creator.text = f"kgbuilder {__version__} (NetworkX {nx.__version__})"
    writer.add_graph(_xml_safe(flat_network(graph)))
    with atomic_path(path) as temp, temp.open("wb") as handle:
        writer.write(handle)
    return path


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> Path:
    """Write the projection as GraphML (yEd, Cytoscape, Gephi, igraph), atomically."""
    with atomic_path(path) as temp:
        nx.write_graphml(_xml_safe(flat_network(graph)), temp, edge_id_from_attribute="id")
    return path


def write_csv(graph: nx.MultiDiGraph, folder: Path) -> tuple[Path, Path]:
    """Write ``nodes.csv`` and ``edges.csv`` (UTF-8, a header row) into ``folder``.

    Node ids are entity IRIs; ``edges.csv`` has ``source`` and ``target`` ids and their labels.
    Booleans are ``true``/``false``; a missing value is an empty cell. A text cell that starts like
    a spreadsheet formula (``=``, ``+``, ``-``, ``@``) is written after an apostrophe, so opening
    the file cannot run what a document wrote.
    """
    flat = flat_network(graph)
    node_rows = [{"id": node, **data} for node, data in flat.nodes(data=True)]
    edge_rows = [
        {
            "source": u,
            "target": v,
            "source_label": flat.nodes[u].get("label", u),
            "target_label": flat.nodes[v].get("label", v),
            "key": key,
            **data,
        }
        for u, v, key, data in flat.edges(keys=True, data=True)
    ]
    nodes = folder / "nodes.csv"
    edges = folder / "edges.csv"
    write_atomic(nodes, _csv_text(node_rows, NODE_COLUMNS))
    write_atomic(edges, _csv_text(edge_rows, EDGE_COLUMNS))
    return nodes, edges


def _scalars(data: dict[str, Any], json_names: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in data.items():
        if name in json_names or isinstance(value, list | dict | tuple | set):
            if isinstance(value, set):
                value = sorted(value)
            out[name] = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif value is None or isinstance(value, str | int | float | bool):
            out[name] = value
        else:
            out[name] = str(value)
    return out


def _xml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Replace the control characters XML cannot hold (from hostile or broken input) by U+FFFD."""

    def clean(data: dict[str, Any]) -> None:
        for name, value in data.items():
            if isinstance(value, str) and _NOT_XML.search(value):
                data[name] = _NOT_XML.sub("\ufffd", value)

    mapping = {n: _NOT_XML.sub("\ufffd", n) for n in graph if _NOT_XML.search(n)}
    if mapping:
        graph = nx.relabel_nodes(graph, mapping)
    for _, data in graph.nodes(data=True):
        clean(data)
    for _, _, data in graph.edges(data=True):
        clean(data)
    return graph


def _csv_text(rows: list[dict[str, Any]], first: tuple[str, ...]) -> str:
    columns = list(first) + sorted({c for row in rows for c in row} - set(first))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: _cell(row.get(c)) for c in columns})
    return buffer.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value  # a spreadsheet would run it as a formula
    return "" if value is None else value


def _today() -> str:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = time.gmtime(int(epoch)) if epoch.isdigit() else time.localtime()
    return time.strftime("%Y-%m-%d", moment)
