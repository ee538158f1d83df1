"""The sources of a built graph (documents, cited works, records files) with what a citation needs.

The projection gives each evidence item its source's title and date, but an entity's
``sources`` (the works that mention it) are IRIs only; this reads the store once for all of them.
Input: a ``GraphStore``; output: ``{source IRI: SourceInfo}``.
"""

from __future__ import annotations

from dataclasses import dataclass

from kgbuilder.namespaces import sparql_prefixes
from kgbuilder.store.base import GraphStore

_SOURCES = """
SELECT ?source (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?published) (SAMPLE(?u) AS ?url)
       (SAMPLE(?p) AS ?path) (SAMPLE(?by) AS ?publisher) WHERE {
  ?source a prov:Entity .
  OPTIONAL { ?source dcterms:title ?t }
  OPTIONAL { ?source schema:datePublished ?d }
  OPTIONAL { ?source schema:url ?u }
  OPTIONAL { ?source kgb:sourcePath ?p }
  OPTIONAL { ?source dcterms:publisher ?by }
}
GROUP BY ?source
"""


@dataclass(frozen=True)
class SourceInfo:
    """A source as the page shows and cites it."""

    iri: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    path: str | None = None
    publisher: str | None = None

    @property
    def name(self) -> str:
        """What to call it: its title, else its path, else the end of its IRI."""
        return self.title or self.path or self.iri.rstrip("/").rsplit("/", 1)[-1]


def source_catalogue(store: GraphStore) -> dict[str, SourceInfo]:
    """Every ``prov:Entity`` source of the store, by IRI."""
    result = store.query(sparql_prefixes() + _SOURCES)
    catalogue: dict[str, SourceInfo] = {}
    for row in result.values():
        iri, title, published, url, path, publisher = row
        if iri is not None:
            catalogue[iri] = SourceInfo(iri, title, published, url, path, publisher)
    return catalogue
