"""What the page knows: the projection turned into vis-network items plus what the panel shows.

Input: the networkx projection (``kgbuilder.analyze``: nodes with label, kind, aliases, same_as,
sources, figures, dates, and optionally centrality attributes; edges with label, statement,
qualifiers and evidence). Output: plain JSON-ready dicts: ``nodes`` and ``edges`` for vis-network
(with their details kept beside the drawing fields), the source documents they cite, the kinds
and relations present with counts, and the span of dates. Everything is sorted, so the same
graph always gives the same page.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import networkx as nx

from kgbuilder.errors import ConfigError
from kgbuilder.kinds import Kind
from kgbuilder.relations import LABELS
from kgbuilder.render.sources import SourceInfo
from kgbuilder.render.style import KIND_STYLE

#: relations are listed (in the filters and in an entity's facts) in the ontology's order: posts first
RELATION_ORDER = {name: number for number, name in enumerate(LABELS)}
#: measures a node can be sized by; "auto" takes the first present of these, else degree
SIZE_MEASURES = ("pagerank", "betweenness", "degree")


@dataclass
class Payload:
    """Everything the page is written from."""

    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    kinds: list[dict[str, Any]]
    relations: list[dict[str, Any]]
    years: list[int] | None
    size_by: str


def size_measure(graph: nx.MultiDiGraph, size_by: str = "auto") -> str:
    """The node attribute to size by: the one asked for, or for "auto" the best one present.

    Centralities appear on nodes after ``kgbuilder analyze``; degree is always available (it is
    computed here when the nodes do not carry it).
    """
    if size_by == "auto":
        for measure in SIZE_MEASURES:
            if graph.number_of_nodes() and all(
                measure in data for _, data in graph.nodes(data=True)
            ):
                return measure
        return "degree"
    if size_by not in SIZE_MEASURES:
        raise ConfigError(
            f"cannot size nodes by {size_by!r}: choose auto, {', '.join(SIZE_MEASURES)}"
        )
    if size_by != "degree" and not all(size_by in d for _, d in graph.nodes(data=True)):
        raise ConfigError(
            f"the nodes carry no {size_by!r}: run `kgbuilder analyze` first, or size by degree"
        )
    return size_by


def build_payload(
    graph: nx.MultiDiGraph,
    *,
    positions: Mapping[Hashable, tuple[float, float]] | None = None,
    sources: Mapping[str, SourceInfo] | None = None,
    size_by: str = "auto",
    curved: bool = True,
) -> Payload:
    """The page data of a projection (or of a part of it, see ``kgbuilder.render.select``)."""
    measure = size_measure(graph, size_by)
    documents = _Documents(sources or {})
    node_docs: dict[str, set[int]] = defaultdict(set)
    labels = {node: str(data.get("label", node)) for node, data in graph.nodes(data=True)}
    degrees = dict(graph.degree())

    edges: list[dict[str, Any]] = []
    ordered = sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))
    pair_count: Counter[frozenset[str]] = Counter()
    for index, (s, o, key, data) in enumerate(ordered):
        edge = _edge(index, s, o, str(key), data, documents)
        if curved:
            pair = frozenset((s, o))
            if pair_count[pair]:
                edge["smooth"] = _curve(pair_count[pair])
            pair_count[pair] += 1
        for end in (s, o):
            node_docs[end].update(edge.get("docs", ()))
        edges.append(edge)

    nodes: list[dict[str, Any]] = []
    for node in sorted(graph.nodes, key=str):
        data = graph.nodes[node]
        docs = node_docs[node] | {documents.index(iri) for iri in data.get("sources", [])}
        entry = _node(node, data, degrees[node], measure, labels, sorted(docs))
        if positions is not None:
            entry["x"], entry["y"] = positions[node]
        nodes.append(entry)

    kinds = Counter(n["group"] for n in nodes)
    relations = Counter(e["label"] for e in edges)
    spans = [item["span"] for item in (*nodes, *edges) if item.get("span")]
    years = (
        [min(int(s[0][:4]) for s in spans), max(int(s[1][:4]) for s in spans)] if spans else None
    )
    return Payload(
        nodes=nodes,
        edges=edges,
        documents=documents.table(),
        kinds=[
            {"kind": k.value, "color": KIND_STYLE[k.value][0], "shape": KIND_STYLE[k.value][1]}
            | {"count": kinds[k.value]}
            for k in Kind
            if kinds[k.value]
        ],
        relations=[
            {"relation": r, "count": relations[r]}
            for r in sorted(relations, key=lambda r: (RELATION_ORDER.get(r, len(LABELS)), r))
        ],
        years=years,
        size_by=measure,
    )


class _Documents:
    """Sources numbered in order of first use; the page refers to them by number."""

    def __init__(self, catalogue: Mapping[str, SourceInfo]) -> None:
        self.catalogue = catalogue
        self.numbers: dict[str, int] = {}
        self.entries: list[dict[str, Any]] = []

    def index(self, iri: str, **known: str | None) -> int:
        """The number of a source; ``known`` fills in what the catalogue does not say."""
        number = self.numbers.get(iri)
        if number is not None:
            return number
        info = self.catalogue.get(iri, SourceInfo(iri))
        entry = {
            "iri": iri,
            "title": info.title or known.get("title"),
            "published": info.published or known.get("published"),
            "url": _web_link(info.url or known.get("url")),
            "path": info.path or known.get("path"),
        }
        entry["name"] = entry["title"] or entry["path"] or iri.rstrip("/").rsplit("/", 1)[-1]
        self.numbers[iri] = len(self.entries)
        self.entries.append(entry)
        return self.numbers[iri]

    def table(self) -> list[dict[str, Any]]:
        return self.entries


_EVIDENCE_FIELDS = ("sentence", "start", "end", "line", "confidence")


def _edge(
    index: int,
    s: str,
    o: str,
    key: str,
    data: Mapping[str, Any],
    documents: _Documents,
) -> dict[str, Any]:
    """An edge: drawing fields, then what the panel shows (fields left out when empty).

    Written for speed (it runs once per relation, 60,000 times for a big graph).
    """
    edge: dict[str, Any] = {"id": f"e{index}", "from": s, "to": o, "label": data.get("label", key)}
    if data.get("statement"):
        edge["statement"] = data["statement"]
    qualifiers = data.get("qualifiers")
    if qualifiers:
        if qualifiers.get("roles"):
            edge["roles"] = [str(r) for r in qualifiers["roles"]]
        if qualifiers.get("date"):
            edge["date"] = str(qualifiers["date"])
            span = _dated(edge["date"])
            if span:
                edge["span"] = span
        amount = " ".join(str(qualifiers[k]) for k in ("amount", "currency") if qualifiers.get(k))
        if amount:
            edge["amount"] = amount
    items = data.get("evidence")
    if items:
        if len(items) > 1:
            items = sorted(
                items,
                key=lambda e: (str(e.get("source")), e.get("start") or 0, e.get("line") or 0),
            )
        evidence = []
        docs: set[int] = set()
        numbers = documents.numbers
        for item in items:
            source = item["source"]
            doc = numbers.get(source)
            if doc is None:
                doc = documents.index(
                    str(source),
                    title=item.get("title"),
                    published=item.get("published"),
                    url=item.get("url"),
                    path=item.get("path"),
                )
            docs.add(doc)
            entry: dict[str, Any] = {"doc": doc, "method": item.get("method")}
            for name in _EVIDENCE_FIELDS:
                value = item.get(name)
                if value is not None:
                    entry[name] = value
            primary = item.get("primary_source")
            if primary:
                entry["reports"] = documents.index(
                    str(primary),
                    title=item.get("primary_title"),
                    published=item.get("primary_published"),
                )
                docs.add(entry["reports"])
            evidence.append(entry)
        edge["evidence"] = evidence
        edge["docs"] = sorted(docs)
    if data.get("query"):
        edge["query"] = edge["dashes"] = True
    return edge


def _curve(number: int) -> dict[str, Any]:
    """The second, third... edge between the same two nodes: bent to one side, then the other."""
    side = "curvedCW" if number % 2 else "curvedCCW"
    return {"enabled": True, "type": side, "roundness": 0.2 * ((number + 1) // 2)}


def _node(
    node: str,
    data: Mapping[str, Any],
    degree: int,
    measure: str,
    labels: Mapping[str, str],
    docs: list[int],
) -> dict[str, Any]:
    """A node: drawing fields (its kind is its vis-network group), then what the panel shows."""
    kind = str(data.get("kind", Kind.OTHER.value))
    if kind not in KIND_STYLE:
        kind = Kind.OTHER.value
    metrics = {m: _number(data[m]) for m in SIZE_MEASURES if m in data}
    metrics.setdefault("degree", degree)
    value = float(metrics.get(measure, 0) or 0)
    entry: dict[str, Any] = {
        "id": node,
        "label": labels[node],
        "group": kind,
        "value": round(math.sqrt(max(value, 0.0)), 4),
        "metrics": metrics,
    }
    dates = {k: str(v) for k, v in sorted((data.get("dates") or {}).items()) if v}
    first = _dated(dates.get("startDate") or dates.get("endDate"))
    last = _dated(dates.get("endDate") or dates.get("startDate"))
    span = [first[0], last[1]] if first and last else None
    for name, value_ in (
        ("types", sorted(str(t) for t in data.get("types", []))),
        ("aliases", sorted(str(a) for a in data.get("aliases", []))),
        ("links", [link for link in map(_same_as_link, data.get("same_as", [])) if link]),
        ("figures", [_figure(f, labels) for f in data.get("figures", [])]),
        ("dates", dates),
        ("span", span),
        ("community", data.get("community")),
        ("docs", docs),
    ):
        if value_ or (name == "community" and value_ is not None):
            entry[name] = value_
    return entry


def _number(value: Any) -> float | int:
    if isinstance(value, int | float):
        return round(value, 6) if isinstance(value, float) else value
    return round(float(value), 6)


def _figure(figure: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    """``rank 1 among imported brands (Chile, 2024-01/2024-09)``: a figure as one line."""
    measure = str(figure.get("measure", "value"))
    value = str(figure.get("value", ""))
    head = f"{measure} {value}" if measure == "rank" else f"{measure}: {value}"
    if figure.get("unit"):
        head += f" {figure['unit']}"
    if figure.get("scope"):
        head += f" {figure['scope']}"
    place = figure.get("place")
    context = [labels.get(str(place), str(place)) if place else None, figure.get("period")]
    details = ", ".join(str(c) for c in context if c)
    return f"{head} ({details})" if details else head


def _web_link(url: str | None) -> str | None:
    """Only http(s) addresses become links: a ``javascript:`` IRI from an input stays text."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return None


def _same_as_link(iri: str) -> dict[str, str] | None:
    """An external identifier as a link with a readable name (GeoNames 3936456, Wikidata Q419)."""
    href = _web_link(str(iri))
    if href is None:
        return None
    parts = urlsplit(href)
    tail = parts.path.strip("/").split("/")
    host = parts.netloc.lower()
    if host.endswith("geonames.org") and tail and tail[0].isdigit():
        return {"href": href, "text": f"GeoNames {tail[0]}"}
    if host.endswith("wikidata.org") and tail and tail[-1][:1] in ("Q", "P"):
        return {"href": href, "text": f"Wikidata {tail[-1]}"}
    return {"href": href, "text": host + (f" {tail[-1]}" if tail and tail[-1] else "")}


def _dated(value: str | None) -> list[str] | None:
    """The span of a date the date filter can use (one that starts with a year), else None."""
    if value and len(value) >= 4 and value[:4].isdigit():
        return iso_span(value)
    return None


def iso_span(value: str) -> list[str]:
    """The first and last day an ISO 8601 date, month, year or interval can mean, as ISO prefixes.

    Comparing these as strings compares dates: ``"2011" <= "2011-06-01" <= "2011-12-31"``.

    >>> iso_span("2011")
    ['2011', '2011-12-31']
    >>> iso_span("2024-01/2024-09")
    ['2024-01', '2024-09-31']
    >>> iso_span("2024-11-05T10:00:00Z")
    ['2024-11-05', '2024-11-05']
    """
    first, _, last = value.partition("/")
    first = first.split("T", 1)[0].strip()
    last = (last or first).split("T", 1)[0].strip()
    if len(last) == 4:
        last += "-12-31"
    elif len(last) == 7:
        last += "-31"
    return [first, last]
