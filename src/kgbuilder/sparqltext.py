"""Reading SPARQL text without evaluating it: tokens, the query form, dataset clauses, the WHERE group.

The query engine parses queries itself; this module only finds the few places kgbuilder must know
about before a query runs: which form it is (to pick a result format), whether it names its own
dataset (``FROM``), whether it reaches outside (``SERVICE``, ``LOAD``), and where its WHERE group
opens (to bind parameters with a ``VALUES`` block). Strings, IRIs and comments are skipped as the
SPARQL 1.1 grammar defines them, so a keyword inside a literal or an IRI is never mistaken for one.
It is shared by store/ (dataset semantics) and query/ (parameters, the endpoint's guards).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# One alternative per token class, tried in this order at each position.
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<var>[?$][A-Za-z0-9_\u00b7\u00c0-\U000effff]+)
  | (?P<pname>(?:[A-Za-z\u00c0-\U000effff][\w.\-\u00b7\u00c0-\U000effff]*)?:
               (?:[\w:\-\u00b7\u00c0-\U000effff]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?\#@%]
               |\.(?=[\w:\-\u00c0-\U000effff%\\]))*)
  | (?P<bnode>_:[\w.\-\u00b7\u00c0-\U000effff]*)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<number>[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?))
  | (?P<punct>\^\^|&&|\|\||!=|<=|>=|[{}()\[\].,;*/+\-=<>!^|])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)
_SOLUTION_MODIFIERS = frozenset({"GROUP", "HAVING", "ORDER", "LIMIT", "OFFSET", "VALUES"})


@dataclass(frozen=True)
class Token:
    """One lexical token: its class (``iri``, ``string``, ``var``, ``word``...), text and offset."""

    kind: str
    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def keyword(self) -> str:
        """The upper-cased word for keyword tokens, else an empty string."""
        return self.text.upper() if self.kind == "word" else ""


def tokens(sparql: str) -> list[Token]:
    """The significant tokens of a query or update (whitespace and comments dropped)."""
    out: list[Token] = []
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup or "other"
        if kind not in ("ws", "comment"):
            out.append(Token(kind, match.group(), match.start()))
    return out


@dataclass(frozen=True)
class QueryShape:
    """What kgbuilder needs to know of a query before running it.

    ``form`` is SELECT, CONSTRUCT, ASK or DESCRIBE (``UPDATE`` for an update, ``""`` when no form
    was found). ``where_open`` is the offset of the ``{`` that opens the WHERE group (None when the
    query has none, as ``DESCRIBE <x>`` may), ``dataset_at`` where dataset clauses belong, and
    ``dataset_clauses`` the (start, end) offsets of the query's own ``FROM``/``FROM NAMED`` clauses.
    """

    form: str
    where_open: int | None
    dataset_at: int
    dataset_clauses: tuple[tuple[int, int], ...]
    variables: frozenset[str]
    reaches_out: tuple[str, ...]  # SERVICE / LOAD keywords found, upper-cased
    #: ``CONSTRUCT WHERE { ... }``: the WHERE group is the template too, so nothing may enter it
    template_is_where: bool = False
    #: how deep brackets (``{``, ``(``, ``[``) nest: engines parse nesting by recursion
    depth: int = 0

    @property
    def is_graph_result(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")


#: queries up to this length have their shape remembered (an endpoint sees the same ones often)
_CACHED_LENGTH = 16_384


def shape(sparql: str) -> QueryShape:
    """Find the form, the WHERE group, the dataset clauses and outgoing keywords of a query."""
    if len(sparql) <= _CACHED_LENGTH:
        return _cached_shape(sparql)
    return _shape(sparql)


@lru_cache(maxsize=256)
def _cached_shape(sparql: str) -> QueryShape:
    return _shape(sparql)


def _shape(sparql: str) -> QueryShape:
    toks = tokens(sparql)
    form = ""
    form_index = -1
    for index, tok in enumerate(toks):
        if tok.keyword in QUERY_FORMS:
            form, form_index = tok.keyword, index
            break
        if tok.keyword in UPDATE_KEYWORDS:
            form, form_index = "UPDATE", index
            break
    variables = frozenset(t.text[1:] for t in toks if t.kind == "var")
    reaches_out = tuple(sorted({t.keyword for t in toks if t.keyword in ("SERVICE", "LOAD")}))
    nesting = _nesting(toks)
    if form in ("", "UPDATE"):
        return QueryShape(form, None, len(sparql), (), variables, reaches_out, depth=nesting)

    clauses: list[tuple[int, int]] = []
    where_open: int | None = None
    dataset_at: int | None = None
    depth = 0
    index = form_index + 1
    template_is_where = form == "CONSTRUCT"
    if form == "CONSTRUCT" and index < len(toks) and toks[index].text == "{":
        index = _skip_group(toks, index)  # the template
        template_is_where = False
    while index < len(toks):
        tok = toks[index]
        if tok.text in ("(", "["):
            depth += 1
        elif tok.text in (")", "]"):
            depth -= 1
        elif depth == 0 and tok.keyword == "FROM":
            end = index + 1
            if end < len(toks) and toks[end].keyword == "NAMED":
                end += 1
            if end < len(toks):
                clauses.append((tok.start, toks[end].end))
                index = end
            if dataset_at is None:
                dataset_at = tok.start
        elif depth == 0 and tok.keyword == "WHERE":
            if dataset_at is None:
                dataset_at = tok.start
        elif depth == 0 and tok.text == "{":
            where_open = tok.start
            if dataset_at is None:
                dataset_at = tok.start
            break
        elif depth == 0 and tok.keyword in _SOLUTION_MODIFIERS:
            break  # DESCRIBE without a WHERE group
        index += 1
    if dataset_at is None:
        dataset_at = toks[index].start if index < len(toks) else len(sparql)
    return QueryShape(
        form,
        where_open,
        dataset_at,
        tuple(clauses),
        variables,
        reaches_out,
        template_is_where,
        nesting,
    )


def _nesting(toks: list[Token]) -> int:
    """The deepest nesting of brackets of any kind (unbalanced text counts what it opens)."""
    deepest = depth = 0
    for tok in toks:
        if tok.kind != "punct":
            continue
        if tok.text in ("{", "(", "["):
            depth += 1
            deepest = max(deepest, depth)
        elif tok.text in ("}", ")", "]"):
            depth -= 1
    return deepest


def _skip_group(toks: list[Token], index: int) -> int:
    """The index just after the group whose ``{`` is at ``index``."""
    depth = 0
    while index < len(toks):
        if toks[index].text == "{":
            depth += 1
        elif toks[index].text == "}":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return index


def declares_dataset(sparql: str) -> bool:
    """True when a query names its own dataset with ``FROM`` or ``FROM NAMED``."""
    if "from" not in sparql.lower():  # most queries: no need to read them
        return False
    return bool(shape(sparql).dataset_clauses)


def with_dataset(sparql: str, default_graphs: list[str], named_graphs: list[str]) -> str:
    """The query with its dataset clauses replaced by these graphs (the SPARQL Protocol's rule).

    IRIs are checked to be IRIs before they are written, so nothing else can enter the query.
    """
    info = shape(sparql)
    for iri in (*default_graphs, *named_graphs):
        check_iri(iri)
    lines = [f"FROM <{iri}>" for iri in default_graphs]
    lines += [f"FROM NAMED <{iri}>" for iri in named_graphs]
    text = sparql
    for start, end in sorted(info.dataset_clauses, reverse=True):
        text = text[:start] + text[end:]
    at = info.dataset_at - sum(
        end - start for start, end in info.dataset_clauses if end <= info.dataset_at
    )
    return text[:at] + " ".join(lines) + "\n" + text[at:]


_IRI_OK = re.compile(r"[^<>\"{}|^`\\\x00-\x20]+")


def check_iri(iri: str) -> str:
    """An absolute IRI that may be written between ``<`` and ``>``, or ValueError."""
    if not _IRI_OK.fullmatch(iri) or ":" not in iri:
        raise ValueError(f"not an absolute IRI: {iri!r}")
    return iri
