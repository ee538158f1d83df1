"""Entities by the names people type: labels, aliases, keys or IRIs.

A name is compared with accents folded and case ignored ("Sao Paulo" finds "São Paulo"). An exact
label wins over an alias; if several entities share the best match, the lookup refuses to guess and
lists them, with the key that picks each one (``place/lima``).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kgbuilder.errors import EntityLookupError

_KEY = re.compile(r"^[a-z]+[:/]\S+$")


@dataclass(frozen=True)
class Candidate:
    """An entity a name may mean: its node id (IRI), label, kind and short key."""

    node: str
    label: str
    kind: str
    key: str

    def __str__(self) -> str:
        return f"{self.label} ({self.kind}, {self.key})"


def fold(text: str) -> str:
    """Case and accents folded, spaces collapsed: the form names are compared in.

    Examples
    --------
    >>> fold("  São   PAULO ")
    'sao paulo'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def entity_key(node: str) -> str:
    """The last two path segments of an entity IRI (``person/marta-quispe``), how users name it.

    Examples
    --------
    >>> entity_key("https://w3id.org/kgbuilder/id/person/marta-quispe")
    'person/marta-quispe'
    """
    parts = node.rstrip("/").rsplit("/", 2)
    return "/".join(parts[-2:]) if len(parts) >= 2 else node


def candidates(graph: nx.MultiDiGraph, name: str) -> list[Candidate]:
    """The entities ``name`` may mean, best match first; empty if nothing matches.

    Matches, from best to worst: the node id (IRI) itself; a key (``person/marta-quispe`` or
    ``person:marta-quispe``); the label; an alias. Only the best level that matches is returned.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("x/place/lima", label="Lima", kind="Place", aliases=[])
    >>> g.add_node("x/person/ana-lima", label="Ana Lima", kind="Person", aliases=["Lima"])
    >>> [str(c) for c in candidates(g, "lima")]
    ['Lima (Place, place/lima)']
    >>> [c.key for c in candidates(g, "person:ana-lima")]
    ['person/ana-lima']
    """
    wanted = name.strip()
    if wanted in graph:
        return [_candidate(graph, wanted)]
    if _KEY.match(wanted):
        key = wanted.replace(":", "/", 1)
        by_key = [n for n in graph if n.endswith("/" + key) or n == key]
        if by_key:
            return [_candidate(graph, n) for n in sorted(by_key)]
    folded = fold(wanted)
    for field in ("label", "aliases"):
        found = [n for n, data in graph.nodes(data=True) if folded in _names(data, field)]
        if found:
            return sorted((_candidate(graph, n) for n in found), key=_order)
    return []


def find_entity(graph: nx.MultiDiGraph, name: str) -> str:
    """The node id of the one entity ``name`` means.

    Raises
    ------
    EntityLookupError
        When nothing matches (the message suggests close names) or several entities match equally
        well (the message lists them with the key that picks each; ``candidates`` holds the keys).

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("x/person/marta-quispe", label="Marta Quispe", kind="Person", aliases=["Quispe"])
    >>> find_entity(g, "quispe")
    'x/person/marta-quispe'
    >>> find_entity(g, "Marta Quispa")
    Traceback (most recent call last):
    ...
    kgbuilder.errors.EntityLookupError: no entity is named 'Marta Quispa'; did you mean 'Marta Quispe'?
    """
    found = candidates(graph, name)
    if len(found) == 1:
        return found[0].node
    if not found:
        close = _close_names(graph, name)
        hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        raise EntityLookupError(f"no entity is named {name!r}{hint}", name=name)
    listing = "; ".join(str(c) for c in found)
    raise EntityLookupError(
        f"{name!r} may mean {len(found)} entities: {listing}. Give the key of the one you mean.",
        name=name,
        candidates=tuple(c.key for c in found),
    )


def _names(data: dict[str, Any], field: str) -> set[str]:
    if field == "label":
        return {fold(str(data.get("label", "")))}
    return {fold(alias) for alias in data.get("aliases", [])}


def _candidate(graph: nx.MultiDiGraph, node: str) -> Candidate:
    data = graph.nodes[node]
    return Candidate(
        node=node,
        label=str(data.get("label", node)),
        kind=str(data.get("kind", "Other")),
        key=entity_key(node),
    )


def _order(candidate: Candidate) -> tuple[str, str, str]:
    return (candidate.kind, candidate.label, candidate.node)


def _close_names(graph: nx.MultiDiGraph, name: str) -> list[str]:
    names: dict[str, str] = {}
    for _, data in sorted(graph.nodes(data=True)):
        label = str(data.get("label", ""))
        for written in (label, *data.get("aliases", [])):
            names.setdefault(fold(written), label)
    close = difflib.get_close_matches(fold(name), list(names), n=3, cutoff=0.75)
    return sorted({names[c] for c in close})
