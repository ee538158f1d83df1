"""Strategies of hostile text for the property tests, and the check every graph must pass.

The text is what users really feed a builder: any Unicode (never lone surrogates, which no file
can hold as UTF-8), control characters and NUL, right-to-left marks, combining accents, very long
tokens, fragments of front matter, HTML and script, template braces. ``graph_problems`` builds the
graph of what the readers and the extractor produced through the real resolve and model stages
into a real Oxigraph store and returns every SHACL violation (the SPARQL engine), so a test says
``assert graph_problems(...) == []``.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from kgbuilder.config import Settings
from kgbuilder.datamodel import Extraction
from kgbuilder.errors import Problem
from kgbuilder.model.builder import build_graphs
from kgbuilder.model.validate import validate_store
from kgbuilder.resolve.resolver import resolve
from kgbuilder.sources.collect import SourceInputs
from kgbuilder.store.oxigraph import OxigraphStore

#: pieces that have broken parsers, markup stripping, IRIs or HTML pages elsewhere
FRAGMENTS = (
    "\x00",
    "\x01\x1b[31m",
    "\x7f",
    "\u0085",  # NEL: a line break for some, not for others
    "\u2028\u2029",
    "\r\n",
    "\r",
    "\t",
    "\ufeff",
    "\u200b\u200d",
    "\u202e",  # right-to-left override
    "\u200f",
    "שלום עולם",
    "مرحبا بالعالم",
    "e\u0301\u0301\u0301",  # stacked combining marks
    "\U0001f600\U0001f3f3\ufe0f\u200d\U0001f308",
    "ﬁ",
    "İı",
    "ß",
    "A" * 3000,
    "---\ntitle: x\n---\n",
    "---\n",
    "...\n",
    "title: [unclosed\n",
    "# heading\n",
    "**bold**",
    "[link](javascript:alert(1))",
    "![img](x)",
    "> quote\n",
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=2</script>",
    "</script>",
    '"><svg onload=window.__pwned=3>',
    "<!--",
    "]]>",
    "<p>",
    "&amp;&#0;&#x110000;",
    "{{7*7}}",
    "${x}",
    "javascript:alert(1)",
    '"',
    "'",
    "\\",
    "%",
    "@",
    "_:b0",
    "<http://x/>",
)

#: names the extractor recognises as people, organizations and places, to put hostile text beside
NAMES = ("Ana Lima", "Rui Souza", "Acme Corp", "Beta Ltd", "Quito", "Peru", "Lima")

_CHARS = st.characters(exclude_categories=("Cs",))


def hostile_text(*, max_pieces: int = 12) -> st.SearchStrategy[str]:
    """Any surrogate-free text, with hostile fragments and real names mixed in."""
    piece = st.one_of(
        st.text(_CHARS, max_size=20),
        st.sampled_from(FRAGMENTS),
        st.sampled_from(NAMES),
    )
    return st.lists(piece, max_size=max_pieces).map("".join)


def hostile_name() -> st.SearchStrategy[str]:
    """A name as a person may write it in a records file or an article: any of the above."""
    return st.one_of(st.sampled_from(NAMES), hostile_text(max_pieces=4))


def sentences() -> st.SearchStrategy[str]:
    """Short article-like sentences whose names and words may hold anything."""
    templates = st.sampled_from(
        (
            "{a}, director of {b}, opened the fair in {c}.",
            "{b} bought {a} in 2019 for 5 million dollars.",
            "{a} works for {b}.",
            "{a} said: {c}",
            "{c}",
        )
    )
    return st.builds(
        lambda t, a, b, c: t.format(a=a, b=b, c=c),
        templates,
        hostile_name(),
        hostile_name(),
        hostile_text(max_pieces=6),
    )


def graph_problems(inputs: SourceInputs, extractions: Sequence[Extraction] = ()) -> list[str]:
    """Every SHACL violation of the graph built from ``inputs`` (and what the extractor read)."""
    problems: list[Problem] = []
    settings = Settings()
    graph_input = resolve(inputs, settings, problems, extractions)
    bundle = build_graphs(graph_input, settings.base_iri)
    store = OxigraphStore()
    try:
        store.add_graphs(bundle.graphs)
        result = validate_store(store, engine="sparql")
    finally:
        store.close()
    return [str(v) for v in result.violations if v.severity == "Violation"]
