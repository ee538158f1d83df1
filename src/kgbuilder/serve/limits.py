"""Limits on what a request may ask of the engines, checked before any engine reads it.

Oxigraph's parsers for SPARQL and JSON-LD descend by recursion, one call per bracket: a few
thousand nested brackets overflow a worker's stack and kill it. No real query or document nests
anywhere near ``MAX_NESTING`` deep, so deeper ones are refused with a message instead.
"""

from __future__ import annotations

import re

#: the deepest bracket nesting a query, an update or a JSON-LD body may have
MAX_NESTING = 256

_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_JSON_BRACKET = re.compile(rb"[\[\]{}]")


def json_depth(data: bytes) -> int:
    """How deep arrays and objects nest in a JSON text (brackets inside strings do not count).

    >>> json_depth(b'{"a": [1, {"b": "[[["}]}')
    3
    """
    deepest = depth = 0
    for match in _JSON_BRACKET.finditer(_JSON_STRING.sub(b'""', data)):
        if match.group() in (b"[", b"{"):
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest
