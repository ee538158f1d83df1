"""query/: SPARQL for people: saved queries, parameters, W3C result formats, DataFrames.

Input: a ``GraphStore`` and a query (text, ``.rq`` file or saved query name). Output: a
``QueryResult`` and its serialisations.
"""

from kgbuilder.query.formats import GRAPH_FORMATS, SOLUTION_FORMATS, serialize_result
from kgbuilder.query.frame import to_dataframe
from kgbuilder.query.library import (
    Parameter,
    SavedQuery,
    find_saved_query,
    load_library,
    parse_saved_query,
)
from kgbuilder.query.params import bind, split_param
from kgbuilder.query.run import prepare_query, read_query, resolve_query, run_query, with_prefixes
from kgbuilder.query.terms import parse_value, term_text

__all__ = [
    "GRAPH_FORMATS",
    "SOLUTION_FORMATS",
    "Parameter",
    "SavedQuery",
    "bind",
    "find_saved_query",
    "load_library",
    "parse_saved_query",
    "parse_value",
    "prepare_query",
    "read_query",
    "resolve_query",
    "run_query",
    "serialize_result",
    "split_param",
    "term_text",
    "to_dataframe",
    "with_prefixes",
]
