"""Query results as pandas DataFrames (pandas is the optional ``kgbuilder[pandas]`` extra).

IRIs and blank nodes become strings, literals their Python values (numbers, dates, strings), and
unbound variables ``None``; a graph result becomes three columns, subject, predicate and object.
"""

from __future__ import annotations

from typing import Any

from rdflib import Literal
from rdflib.term import Node

from kgbuilder.errors import KgbuilderError
from kgbuilder.store.results import QueryResult


def to_dataframe(result: QueryResult) -> Any:
    """A ``pandas.DataFrame`` of the result (SELECT rows, CONSTRUCT triples, or an ASK answer)."""
    try:
        import pandas as pd
    except ImportError:
        raise KgbuilderError("DataFrames need pandas: pip install 'kgbuilder[pandas]'") from None
    if result.type == "ASK":
        return pd.DataFrame({"boolean": [bool(result.boolean)]})
    if result.type == "CONSTRUCT":
        rows = [tuple(_value(t) for t in triple) for triple in result.triples]
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
    rows = [tuple(_value(t) for t in row) for row in result.rows]
    return pd.DataFrame(rows, columns=list(result.variables))


def _value(term: Node | None) -> object:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return str(term)
