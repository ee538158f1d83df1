"""Running SPARQL for people: the model's prefixes declared, queries read from text, files or the
library of saved queries, parameters bound as data.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from rdflib.term import Node

from kgbuilder.errors import QueryError
from kgbuilder.namespaces import prefixes_for
from kgbuilder.query.library import SavedQuery, find_saved_query
from kgbuilder.query.params import bind
from kgbuilder.query.terms import parse_value
from kgbuilder.store.base import GraphStore
from kgbuilder.store.results import QueryResult

_PREFIX_DECL = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE | re.MULTILINE)
_SAVED_NAME = re.compile(r"[A-Za-z0-9][\w.-]*")


def with_prefixes(sparql: str, base_iri: str) -> str:
    """The query with the model's prefixes declared before it, except those it declares itself.

    The declarations share the query's first line, so the parser's line numbers stay the user's.
    """
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(sparql)}
    lines = [line for name, line in _prefix_lines(base_iri) if name not in declared]
    return " ".join(lines) + " " + sparql


@lru_cache(maxsize=16)
def _prefix_lines(base_iri: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, f"PREFIX {name}: <{iri}>") for name, iri in prefixes_for(base_iri).items())


def read_query(text_or_path: str) -> str:
    """A query given on the command line: the text itself, or the path of a ``.rq`` file."""
    candidate = Path(text_or_path)
    if text_or_path.endswith((".rq", ".sparql")) or (
        len(text_or_path) < 4096 and "\n" not in text_or_path and candidate.is_file()
    ):
        try:
            return candidate.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise QueryError(f"query file {text_or_path} does not exist") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read query file {text_or_path}: {exc}") from None
    return text_or_path


def resolve_query(
    text_path_or_name: str, library: Mapping[str, SavedQuery]
) -> tuple[str, SavedQuery | None]:
    """The query text for a query, a ``.rq`` path or the name of a saved query (and the latter)."""
    if text_path_or_name in library:
        saved = library[text_path_or_name]
        return saved.text, saved
    text = read_query(text_path_or_name)
    if text is text_path_or_name and _SAVED_NAME.fullmatch(text):
        # one word that is neither a file nor a query: a saved query name with a typo
        find_saved_query(text, library)
    return text, None


def prepare_query(
    sparql: str,
    base_iri: str,
    *,
    params: Mapping[str, str | Node] | None = None,
    saved: SavedQuery | None = None,
) -> str:
    """The text to send to the store: prefixes declared, parameters bound with ``VALUES``.

    ``params`` maps variable names to terms, or to text read as ``parse_value`` says (with a saved
    query's declared types when ``saved`` is given).
    """
    return with_prefixes(bind_params(sparql, base_iri, params=params, saved=saved), base_iri)


def bind_params(
    sparql: str,
    base_iri: str,
    *,
    params: Mapping[str, str | Node] | None = None,
    saved: SavedQuery | None = None,
) -> str:
    """Like ``prepare_query`` without declaring the prefixes (for an engine that is given them).

    Binding first is the same text either way, and there is less of it to read.
    """
    given = dict(params or {})
    if not given and saved is None:
        return sparql
    prefixes = prefixes_for(base_iri)
    texts = {k: v for k, v in given.items() if isinstance(v, str)}
    terms: dict[str, Node] = {k: v for k, v in given.items() if not isinstance(v, str)}
    if saved is not None:
        for name in terms:
            saved.parameter(name)
        terms.update(saved.bindings(texts, prefixes))
        missing = [p.name for p in saved.parameters if not p.optional and p.name not in terms]
        if missing:
            raise QueryError(
                f"saved query {saved.name!r} needs --param {missing[0]}=VALUE "
                f"({saved.parameter(missing[0]).description})"
            )
    else:
        terms.update({k: parse_value(v, prefixes) for k, v in texts.items()})
    return bind(sparql, terms)


def run_query(
    store: GraphStore,
    sparql: str,
    base_iri: str,
    *,
    params: Mapping[str, str | Node] | None = None,
    saved: SavedQuery | None = None,
) -> QueryResult:
    """Prepare a query (``prepare_query``) and run it over the union of the store's named graphs."""
    return store.query(prepare_query(sparql, base_iri, params=params, saved=saved))
