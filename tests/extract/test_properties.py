"""Properties of the text pipeline (the real spaCy pipeline and rules) on any text.

Whatever an article holds, extraction raises nothing, every offset points at the text it quotes,
and the graph of the document and what was read in it conforms to the SHACL shapes; the same holds
when the curated names the extractor looks for are themselves hostile.
"""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kgb_properties import graph_problems, hostile_name, sentences
from kgbuilder.datamodel import Document, Extraction, Source, SourceKind
from kgbuilder.extract.entities import KnowledgeBase
from kgbuilder.extract.extractor import Extractor
from kgbuilder.sources.collect import SourceInputs

#: spaCy takes a good part of a second per short text on this machine: few, short examples
#: (a fifth fewer than the profile's, so HYPOTHESIS_PROFILE=explore searches here too)
FEW = settings(max_examples=max(1, settings.default.max_examples * 4 // 5), deadline=None)


def _document(text: str) -> Document:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    source = Source(
        f"sha256:{digest}", SourceKind.DOCUMENT, path="a.txt", published="2024-11", sha256=digest
    )
    return Document(source, text)


def _offsets_hold(document: Document, extraction: Extraction) -> None:
    text = document.text
    for mention in extraction.mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
    facts = [*extraction.relations, *extraction.figures, *extraction.attributes]
    for fact in facts:
        for evidence in fact.provenance.evidence:
            assert evidence.start is not None and evidence.end is not None
            assert text[evidence.start : evidence.end] == evidence.text


def _check(extractor: Extractor, text: str) -> None:
    document = _document(text)
    extraction = extractor.extract(document)
    _offsets_hold(document, extraction)
    assert graph_problems(SourceInputs(documents=[document]), [extraction]) == []


_article = st.lists(sentences(), min_size=1, max_size=3).map(" ".join)


@FEW
@given(text=_article)
@example(text="Ana Lima\x00, director of Acme\u202e Corp, opened the fair in Qu\u0301ito.")
@example(text='<script>Ana Lima</script> works for "><svg onload=x> Acme Corp.')
@example(text="Acme Corp bought " + "B" * 3000 + " in 2019 for 5 million dollars.")
def test_extractor_any_text_gives_quoted_offsets_and_a_valid_graph(
    extractor: Extractor, text: str
) -> None:
    _check(extractor, text)


@FEW
@given(names=st.lists(hostile_name(), min_size=1, max_size=3), text=_article)
@example(names=["<img src=x onerror=alert(1)>", "A\x00B"], text="A\x00B works for Acme Corp.")
def test_extractor_hostile_known_names_give_a_valid_graph(
    extractor: Extractor, names: list[str], text: str
) -> None:
    knowledge = KnowledgeBase.from_names([(name, "Corporation", (name[::-1],)) for name in names])
    with_names = Extractor(nlp=extractor.nlp, knowledge=knowledge)
    _check(with_names, text + " " + " and ".join(names) + " met in Quito.")


@pytest.mark.parametrize("text", ["\x00", "\u200b" * 50, "\n\n\n.", "A" * 20_000])
def test_extractor_degenerate_texts(extractor: Extractor, text: str) -> None:
    _check(extractor, text)
