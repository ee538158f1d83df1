"""Fingerprints of named graphs, to tell which graphs of a build differ from the last build's.

A document's graph is a function of its resolved input (its source, its mentions and facts with
entity keys, the kinds of the entities its relations join) and of the model code: its fingerprint
hashes that input, so an unchanged document's graph is neither built nor compared triple by
triple. The shared graphs (entities, records, RDF files, gazetteer) are built on every build and
fingerprinted by their content.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping

from rdflib.term import Node

from kgbuilder.datamodel import Entity, GraphInput

Triple = tuple[Node, Node, Node]


def input_fingerprint(data: GraphInput, entities: Mapping[str, Entity], context: str) -> str:
    """The fingerprint of one document's graph: its resolved input and what the model looks up.

    ``context`` holds what every graph depends on (base IRI, model code digest).
    """
    ends = sorted(
        {
            (key, entities[key].kind.value)
            for relation in data.relations
            for key in (relation.subject, relation.object)
            if key in entities
        }
    )
    parts = (
        context,
        repr(data.sources),
        repr(data.mentions),
        repr(data.relations),
        repr(data.figures),
        repr(data.attributes),
        repr(sorted((k, sorted(v)) for k, v in data.source_entities.items())),
        repr(ends),
    )
    return "i:" + hashlib.sha256("\x1e".join(parts).encode("utf-8")).hexdigest()[:32]


def content_fingerprint(triples: Iterable[Triple]) -> str:
    """The fingerprint of a graph's content: a hash of its sorted N-Triples lines."""
    lines = sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in triples)
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode("utf-8"))
        digest.update(b"\n")
    return "c:" + digest.hexdigest()[:32]


def graphs_digest(graphs: Mapping[str, str]) -> str:
    """One hash of a build's graphs (IRI -> fingerprint): what a kept result was made from (the
    union's chunks, the last validation)."""
    digest = hashlib.sha256()
    for name in sorted(graphs):
        digest.update(f"\x1e{name}\x1f{graphs[name]}".encode())
    return digest.hexdigest()
