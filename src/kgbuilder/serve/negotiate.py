"""Content negotiation for SPARQL results (RFC 9110 ``Accept`` with quality values).

Solutions (SELECT, ASK) are offered as SPARQL JSON (the default), XML, CSV and TSV; graph results
(CONSTRUCT, DESCRIBE) as Turtle (the default), N-Triples, JSON-LD and RDF/XML. On equal quality
the server's order decides; when nothing acceptable is left the endpoint answers 406.
"""

from __future__ import annotations

from functools import lru_cache

from kgbuilder.query.formats import GRAPH_FORMATS, SOLUTION_FORMATS

#: (media type offered, format name), most preferred first
SOLUTION_OFFERS = [
    ("application/sparql-results+json", "json"),
    ("application/json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("application/xml", "xml"),
    ("text/xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
]
GRAPH_OFFERS = [
    ("text/turtle", "turtle"),
    ("application/x-turtle", "turtle"),
    ("application/n-triples", "ntriples"),
    ("text/plain", "ntriples"),
    ("application/ld+json", "jsonld"),
    ("application/json", "jsonld"),
    ("application/rdf+xml", "rdfxml"),
]


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges of an ``Accept`` header with their quality (parameters other than q ignored)."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        quality = 1.0
        for field in fields[1:]:
            name, _, value = field.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = max(0.0, min(1.0, float(value)))
                except ValueError:
                    quality = 0.0
        ranges.append((media, quality))
    return ranges


def _quality(media: str, ranges: list[tuple[str, float]]) -> float:
    """The quality the most specific matching range gives ``media`` (0 when none matches)."""
    kind = media.split("/")[0]
    best: tuple[int, float] = (-1, 0.0)
    for pattern, quality in ranges:
        if pattern == media:
            rank = 2
        elif pattern == f"{kind}/*":
            rank = 1
        elif pattern == "*/*":
            rank = 0
        else:
            continue
        if rank > best[0]:
            best = (rank, quality)
    return best[1]


@lru_cache(maxsize=128)  # clients send the same few Accept headers again and again
def choose(accept: str | None, graph: bool) -> tuple[str, str] | None:
    """The (format name, Content-Type) to answer with, or None when nothing is acceptable."""
    # the Content-Type is the offered type the client's best range matched
    ranges = parse_accept(accept)
    offers = GRAPH_OFFERS if graph else SOLUTION_OFFERS
    best: tuple[float, str, str] | None = None
    for media, name in offers:
        quality = _quality(media, ranges)
        if quality > 0 and (best is None or quality > best[0]):
            best = (quality, name, media)
    if best is None:
        return None
    _, name, media = best
    canonical = (GRAPH_FORMATS if graph else SOLUTION_FORMATS)[name]
    if media == canonical.split(";")[0]:
        return name, canonical
    # answer with the type the client named (text/xml, application/json...), charset for text
    return name, f"{media}; charset=utf-8" if media.startswith("text/") else media


def offered(graph: bool) -> list[str]:
    """The media types offered for a kind of result (listed in a 406 answer)."""
    return [media for media, _ in (GRAPH_OFFERS if graph else SOLUTION_OFFERS)]
