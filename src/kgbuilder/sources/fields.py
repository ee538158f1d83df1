"""Reading typed values out of located YAML nodes, with errors that carry the file and line.

Shared by the records loader and the curation file, which use the same entity syntax.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from kgbuilder.datamodel import EntityDeclaration
from kgbuilder.errors import RecordError, UnknownNameError
from kgbuilder.kinds import EntityType, entity_type, unknown_name_message
from kgbuilder.sources import located_yaml as ly
from kgbuilder.sources.values import parse_date, parse_geonames, parse_iri, parse_wikidata

T = TypeVar("T")

ENTITY_KEYS = ("type", "aliases", "geonames", "wikidata", "same_as", "description", "start", "end")


def parse_entity(node: ly.Node, path: str) -> EntityDeclaration:
    """One entity entry: ``- Name: Type`` or ``- Name: {type: Type, aliases: [...], ...}``."""
    entry = expect(
        node, ly.Mapping, path, "an entity is written `- Name: Type` or `- Name: {type: ...}`"
    )
    if len(entry.items) != 1:
        raise RecordError(
            "an entity entry names one entity: `- Name: Type`; "
            "indent its details under the name as {type: ..., aliases: [...]}",
            path=path,
            line=entry.line,
            column=entry.column,
        )
    name_node, body = entry.items[0]
    name = name_of(name_node, path)
    if isinstance(body, ly.Scalar):
        return EntityDeclaration(
            name=name, type=type_of(body, path), path=path, line=name_node.line
        )
    details = expect(body, ly.Mapping, path, f"details of {name!r} must be a type or a mapping")
    check_keys(details, ENTITY_KEYS, path, f"entity {name!r}")
    type_node = details.get("type")
    if type_node is None:
        raise RecordError(f"entity {name!r} has no type", path=path, line=details.line)
    same_as = [
        value_of(scalar(n, path), path, parse_iri) for n in strings(details.get("same_as"), path)
    ]
    if (wikidata := details.get("wikidata")) is not None:
        same_as.append(value_of(scalar(wikidata, path), path, parse_wikidata))
    geonames = details.get("geonames")
    start, end = details.get("start"), details.get("end")
    return EntityDeclaration(
        name=name,
        type=type_of(type_node, path),
        aliases=tuple(name_of(a, path) for a in strings(details.get("aliases"), path)),
        same_as=tuple(same_as),
        geonames_id=value_of(scalar(geonames, path), path, parse_geonames) if geonames else None,
        description=scalar(d, path).value if (d := details.get("description")) else None,
        start_date=value_of(scalar(start, path), path, parse_date) if start else None,
        end_date=value_of(scalar(end, path), path, parse_date) if end else None,
        path=path,
        line=name_node.line,
    )


def expect(node: ly.Node, cls: type[T], path: str, message: str) -> T:
    if not isinstance(node, cls):
        raise RecordError(message, path=path, line=node.line, column=node.column)
    return node


def scalar(node: ly.Node, path: str) -> ly.Scalar:
    return expect(node, ly.Scalar, path, "expected a single value here, not a list or mapping")


def name_of(node: ly.Node, path: str) -> str:
    """A name, with runs of white space folded to one space."""
    value = scalar(node, path)
    name = " ".join(value.text.split())
    if not name:
        raise RecordError("empty name", path=path, line=value.line, column=value.column)
    return name


def type_of(node: ly.Node, path: str) -> EntityType:
    value = scalar(node, path)
    try:
        return entity_type(value.text)
    except UnknownNameError as exc:
        raise RecordError(str(exc), path=path, line=value.line, column=value.column) from None


def strings(node: ly.Node | None, path: str) -> tuple[ly.Node, ...]:
    if node is None or (isinstance(node, ly.Scalar) and node.value is None):
        return ()
    if isinstance(node, ly.Scalar):
        return (node,)
    return expect(node, ly.Sequence, path, "expected a list, e.g. [a, b]").items


def value_of(node: ly.Scalar, path: str, parse: Callable[[str], T]) -> T:
    try:
        return parse(node.text)
    except ValueError as exc:
        raise RecordError(str(exc), path=path, line=node.line, column=node.column) from None


def check_keys(mapping: ly.Mapping, allowed: tuple[str, ...], path: str, what: str) -> None:
    for key, _ in mapping.items:
        if key.text not in allowed:
            raise RecordError(
                f"{what}: {unknown_name_message('key', key.text, allowed)}",
                path=path,
                line=key.line,
                column=key.column,
            )
