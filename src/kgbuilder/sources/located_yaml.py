"""YAML read into nodes that remember their line, so every error can name the file and the line.

PyYAML's constructors lose positions, guess types ("no" becomes False, 2024-11-05 a date) and keep
the last of two duplicate keys. Here scalars stay strings (the schema decides what a value means),
duplicate keys are errors, and an aliased node is converted once and shared, so alias "bombs"
cost no more than their text.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from kgbuilder.errors import SourceError

_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass(frozen=True)
class Node:
    line: int  # 1-based
    column: int  # 1-based


@dataclass(frozen=True)
class Scalar(Node):
    value: str | None  # None for YAML null (only when unquoted)
    quoted: bool = False

    @property
    def text(self) -> str:
        return "" if self.value is None else self.value


@dataclass(frozen=True)
class Sequence(Node):
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Mapping(Node):
    items: tuple[tuple[Scalar, Node], ...]

    def get(self, key: str) -> Node | None:
        for k, v in self.items:
            if k.value == key:
                return v
        return None

    def keys(self) -> list[str]:
        return [k.text for k, _ in self.items]


def load(text: str, path: str) -> Node | None:
    """Parse one YAML document; None for an empty file. Raises ``SourceError`` with the place."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError:
        raise SourceError(_TOO_DEEP, path=path) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        raise SourceError(
            f"invalid YAML: {problem}",
            path=path,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except yaml.YAMLError as exc:
        raise SourceError(f"invalid YAML: {exc}", path=path) from None
    if root is None:
        return None
    try:
        return _convert(root, path, {})
    except RecursionError:
        raise SourceError(_TOO_DEEP, path=path) from None


#: PyYAML and the conversion recurse once per level; a file nested that deep is no records file
_TOO_DEEP = "invalid YAML: lists or mappings nested too deeply"
_CONVERTING = Scalar(0, 0, None, False)  # marks a node whose conversion has begun


def _convert(node: yaml.Node, path: str, done: dict[int, Node]) -> Node:
    """Convert a composed node; ``done`` shares the result of nodes reached again through aliases.

    An alias inside the node its anchor names (``&a [*a]``) makes a cycle, which has no tree form.
    """
    if id(node) in done:
        if done[id(node)] is _CONVERTING:
            raise SourceError(
                "an alias refers to a list or mapping that contains it (a cycle)",
                path=path,
                line=node.start_mark.line + 1,
                column=node.start_mark.column + 1,
            )
        return done[id(node)]
    done[id(node)] = _CONVERTING
    converted = _convert_new(node, path, done)
    done[id(node)] = converted
    return converted


def _convert_new(node: yaml.Node, path: str, done: dict[int, Node]) -> Node:
    line, column = node.start_mark.line + 1, node.start_mark.column + 1
    if isinstance(node, yaml.ScalarNode):
        quoted = node.style in ("'", '"', "|", ">")
        value: str | None = node.value
        if not quoted and node.value in _NULLS:
            value = None
        return Scalar(line, column, value, quoted)
    if isinstance(node, yaml.SequenceNode):
        return Sequence(line, column, tuple(_convert(item, path, done) for item in node.value))
    if isinstance(node, yaml.MappingNode):
        items: list[tuple[Scalar, Node]] = []
        seen: dict[str | None, int] = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, path, done)
            if not isinstance(key, Scalar):
                raise SourceError(
                    "a mapping key must be a plain name, not a list or mapping",
                    path=path,
                    line=key.line,
                    column=key.column,
                )
            if key.value in seen:
                raise SourceError(
                    f"duplicate key {key.text!r} (first at line {seen[key.value]})",
                    path=path,
                    line=key.line,
                    column=key.column,
                )
            seen[key.value] = key.line
            items.append((key, _convert(value_node, path, done)))
        return Mapping(line, column, tuple(items))
    raise SourceError(f"unsupported YAML node {type(node).__name__}", path=path, line=line)
