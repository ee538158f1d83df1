"""Stable IRIs: derived from what a thing is (kind + canonical name, content hash), never from run order.

Entity IRIs are ``{base}{kind}/{slug}``; documents are ``{base}doc/{first 16 hex of sha256}``;
nodes that stand for a fact (a post, an observation, a provenance statement) are named by a hash
of what identifies them, so a rebuild gives the same IRIs and they can be cited.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from rdflib import URIRef

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


@functools.lru_cache(maxsize=65536)
def slugify(name: str) -> str:
    """Lower-case, accents folded to ASCII where they have a base letter, words joined by ``-``.

    Letters of other scripts are kept (IRIs allow them), so every non-empty name has a slug.

    >>> slugify("Bogotá")
    'bogota'
    >>> slugify("Expo: A Chance, Andean Brands")
    'expo-a-chance-andean-brands'
    >>> slugify("'2468' industry cluster")
    '2468-industry-cluster'
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    slug = _NON_WORD.sub("-", unicodedata.normalize("NFKC", stripped).casefold()).replace("_", "-")
    slug = re.sub(r"-{2,}", "-", slug).strip("-")
    return slug or "x-" + digest(name, length=12)


def digest(*parts: str, length: int = 16) -> str:
    """A short, stable hex digest of some strings (joined with a separator that cannot occur)."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


def _source_path(source_id: str) -> str:
    """The path of a source's IRIs: ``doc/<hash16>`` for content-hashed works, ``<scheme>/<path>``
    otherwise."""
    scheme, _, rest = source_id.partition(":")
    if scheme == "sha256":
        return f"doc/{rest[:16]}"
    return f"{scheme}/{_path_slug(rest)}"


class IriMinter:
    """Makes every IRI of one build from its base IRI (``kgbuilder.toml``: ``base_iri``)."""

    def __init__(self, base: str) -> None:
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base
        # IRIs minted again and again (an entity in every statement about it, a source in every
        # span): made once, since rdflib checks each new IRI's characters
        self._entities: dict[str, URIRef] = {}
        self._sources: dict[str, URIRef] = {}
        self._graphs: dict[str, URIRef] = {}
        self._entities_graph = URIRef(self.base + "graph/entities")

    def entity(self, key: str) -> URIRef:
        iri = self._entities.get(key)
        if iri is None:
            iri = self._entities[key] = URIRef(self.base + key)
        return iri

    def source(self, source_id: str) -> URIRef:
        """A source node: ``doc/<hash16>`` for content-hashed works, ``records/<path>`` otherwise."""
        iri = self._sources.get(source_id)
        if iri is None:
            iri = self._sources[source_id] = URIRef(self.base + _source_path(source_id))
        return iri

    def graph(self, source_id: str) -> URIRef:
        """The named graph that holds one source's facts (replaceable on its own)."""
        iri = self._graphs.get(source_id)
        if iri is None:
            iri = self._graphs[source_id] = URIRef(f"{self.base}graph/{_source_path(source_id)}")
        return iri

    @property
    def entities_graph(self) -> URIRef:
        """The named graph of entity descriptions (labels, types, aliases), rebuilt from all sources."""
        return self._entities_graph

    def node(self, kind: str, *identity: str) -> URIRef:
        """A fact node (``membership``, ``observation``, ``statement``...) named by what identifies it."""
        return URIRef(f"{self.base}{kind}/{digest(*identity)}")

    def role(self, title: str) -> URIRef:
        return URIRef(f"{self.base}role/{slugify(title)}")

    def measure(self, name: str) -> URIRef:
        return URIRef(f"{self.base}measure/{slugify(name)}")

    def agent(self, name: str, version: str) -> URIRef:
        return URIRef(f"{self.base}agent/{slugify(name)}/{slugify(version)}")

    def span(self, source_id: str, start: int, end: int) -> URIRef:
        """A span of a document's text, named with an RFC 5147 fragment (``#char=start,end``)."""
        return URIRef(f"{self.source(source_id)}#char={start},{end}")

    def record_line(self, source_id: str, line: int) -> URIRef:
        return URIRef(f"{self.source(source_id)}#line={line}")


def entity_key(kind_segment: str, name: str) -> str:
    """The IRI path of an entity: ``person/rui-souza``."""
    return f"{kind_segment}/{slugify(name)}"


def _path_slug(path: str) -> str:
    """A path kept readable: each segment slugged, the extension dropped (``records/seed``)."""
    stem = path.rsplit(".", 1)[0] if "." in path.rsplit("/", 1)[-1] else path
    return "/".join(slugify(part) for part in stem.split("/") if part)
