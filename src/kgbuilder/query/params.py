"""Query parameters bound as data, never spliced into the query text.

A parameter becomes a one-row ``VALUES`` block placed first in the query's WHERE group, so the
engine joins it like initial bindings (every pattern and FILTER of the group sees it). Each value
is an RDF term written with N-Triples escaping, so whatever a person types stays one term.
Where a query has no WHERE group of its own (``DESCRIBE <x>``, ``CONSTRUCT WHERE {...}``) the
block is the query's trailing ``VALUES`` clause.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib.term import Node

from kgbuilder.errors import QueryError
from kgbuilder.query.terms import term_text
from kgbuilder.sparqltext import shape

_VARNAME = re.compile(r"[A-Za-z0-9_\u00b7\u00c0-\U000effff]+")


def split_param(text: str) -> tuple[str, str]:
    """``name=value`` (as given to ``--param``) split at the first ``=``; a leading ``?`` is dropped."""
    name, sep, value = text.partition("=")
    name = name.strip().removeprefix("?").removeprefix("$")
    if not sep or not _VARNAME.fullmatch(name):
        raise QueryError(f"--param {text!r}: write it as name=value (a variable name, then =)")
    return name, value


def bind(sparql: str, bindings: Mapping[str, Node]) -> str:
    """The query with each variable in ``bindings`` bound to its term by a ``VALUES`` block."""
    if not bindings:
        return sparql
    info = shape(sparql)
    if info.form in ("", "UPDATE"):
        raise QueryError(
            "parameters can only be bound in a query (SELECT, ASK, CONSTRUCT, DESCRIBE)"
        )
    for name in bindings:
        if not _VARNAME.fullmatch(name):
            raise QueryError(f"{name!r} is not a variable name")
        if name not in info.variables:
            known = ", ".join(f"?{v}" for v in sorted(info.variables)) or "none"
            raise QueryError(f"the query has no variable ?{name} to bind (its variables: {known})")
    names = sorted(bindings)
    block = (
        f"VALUES ({' '.join('?' + n for n in names)}) "
        f"{{ ({' '.join(term_text(bindings[n]) for n in names)}) }}"
    )
    if info.where_open is not None and not info.template_is_where:
        at = info.where_open + 1
        return f"{sparql[:at]} {block}\n{sparql[at:]}"
    return f"{sparql}\n{block}\n"
