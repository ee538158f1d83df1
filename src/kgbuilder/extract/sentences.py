"""A sentence as a string of units, so relation patterns can be written as regular expressions.

Each mention becomes one unit ``«P3»`` (kind letter and index: P person, O organization, L place,
D place written as a demonym, E event, C industry cluster, X other thing); each job-title word
becomes ``†word``; every other token is its lower-cased text. Patterns then read like the
sentences they match ("«P0» , †general †manager of «O1»") and each unit maps back to its
characters, for evidence spans and qualifiers.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from kgbuilder.extract.finder_base import HONORIFICS, STYLE_OPENERS, STYLES
from kgbuilder.extract.lexicon import Lexicon
from kgbuilder.extract.spans import Found
from kgbuilder.kinds import Kind

KIND_LETTER = {
    Kind.PERSON: "P",
    Kind.ORGANIZATION: "O",
    Kind.PLACE: "L",
    Kind.EVENT: "E",
    Kind.INDUSTRY_CLUSTER: "C",
    Kind.OTHER: "X",
}
_UNIT = re.compile(r"«([A-Z])(\d+)»")


@dataclass
class Unit:
    text: str
    start: int
    end: int
    found: Found | None = None
    token: Any = None  # the spaCy token (the last one of a mention)


@dataclass
class EncodedSentence:
    """One sentence: its span of the document, its units and their encoding."""

    start: int
    end: int
    text: str
    units: list[Unit]
    encoded: str
    positions: list[int]  # where each unit starts in ``encoded``

    def unit_at(self, pos: int) -> Unit:
        """The unit that covers a position of ``encoded``."""
        return self.units[bisect.bisect_right(self.positions, pos) - 1]

    def found(self, symbol: str) -> Found | None:
        """The mention a ``«P3»`` symbol stands for."""
        for unit in self.units:
            if unit.text == symbol:
                return unit.found
        return None

    def mentions(self, letters: str = "POLDECX") -> list[Found]:
        return [u.found for u in self.units if u.found is not None and u.text[1] in letters]

    def span_text(self, start_pos: int, end_pos: int, doc_text: str) -> str:
        """The document text under a stretch of ``encoded`` (e.g. a job title as written)."""
        first = self.unit_at(start_pos)
        last = self.unit_at(max(start_pos, end_pos - 1))
        return doc_text[first.start : last.end]


def sentence_of(sentences: list[EncodedSentence], char: int) -> EncodedSentence | None:
    """The sentence that holds a character of the document, if any."""
    for sentence in sentences:
        if sentence.start <= char < sentence.end:
            return sentence
    return None


def encode_sentence(
    sent: Any,
    mentions: list[Found],
    index: dict[int, int],
    lexicon: Lexicon,
    tokens: list[Any] | None = None,
) -> EncodedSentence:
    """Encode one spaCy sentence; ``mentions`` are the document's top-level mentions by start.

    ``tokens`` is the document's token list, if the caller made it already (spaCy builds a new
    token object on every index).
    """
    units: list[Unit] = []
    doc = tokens if tokens is not None else sent.doc
    # the mentions sorted by start: this sentence's are found by a search, not a scan (a long
    # text has thousands of sentences and mentions)
    first = bisect.bisect_left(mentions, sent.start_char, key=lambda m: m.start)
    last = bisect.bisect_left(mentions, sent.end_char, key=lambda m: m.start)
    by_start = {m.start: m for m in mentions[first:last]}
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        found = by_start.get(tok.idx)
        if found is not None:
            letter = "D" if found.demonym else KIND_LETTER[found.kind]
            j = i
            while j + 1 < sent.end and doc[j + 1].idx < found.end:
                j += 1
            units.append(
                Unit(f"«{letter}{index[id(found)]}»", found.start, found.end, found, doc[j])
            )
            i = j + 1
            continue
        if not tok.is_space:
            low = tok.lower_
            styled = _style_before_person(doc, i, sent.end, by_start)
            if styled:
                # "the executive director of <O>, Mr <P>, said", "<O> president Tan Sri <P>":
                # the patterns read "<O> , <P>", "<O> †president <P>"
                i += styled
                continue
            text = (
                f"†{low}"
                if (low in lexicon.title_heads or low in lexicon.title_modifiers)
                and (
                    _title_case_or_known(tok, lexicon)
                    # "regional manager", "acting managing director": modifiers just
                    # before a head word
                    or _before_title_head(doc, i + 1, sent.end, lexicon)
                    # "director general", "director-general": a modifier just after one
                    or _after_title(units)
                )
                else low
            )
            units.append(Unit(text, tok.idx, tok.idx + len(tok.text), None, tok))
        i += 1
    positions: list[int] = []
    pos = 0
    for unit in units:
        positions.append(pos)
        pos += len(unit.text) + 1
    encoded = " ".join(u.text for u in units)
    return EncodedSentence(sent.start_char, sent.end_char, sent.text, units, encoded, positions)


def _style_before_person(doc: Any, i: int, end: int, by_start: dict[int, Found]) -> int:
    """How many tokens from ``i`` are a style of address ("Mr", "Dr.", "Datuk", "Tan Sri") just
    before a person's name: 0 if none."""
    if doc[i].lower_ not in STYLE_OPENERS:
        return 0
    for n in (3, 2, 1):  # ("Dato' Sri" is three tokens)
        if i + n >= end:
            continue
        words = " ".join(t.lower_ for t in doc[i : i + n])
        if words in HONORIFICS or words in STYLES:
            person = by_start.get(doc[i + n].idx)
            if person is not None and person.kind == Kind.PERSON and not person.demonym:
                return n
            more = _style_before_person(doc, i + n, end, by_start)  # "Prof. Dr. <P>"
            if more:
                return n + more
    return 0


def _before_title_head(doc: Any, i: int, end: int, lexicon: Lexicon) -> bool:
    """Is the token at ``i`` a title's head word, maybe after one or two more modifiers?"""
    for j in range(i, min(i + 4, end)):
        low = doc[j].lower_
        if low in lexicon.title_heads:
            return True
        if low not in lexicon.title_modifiers and low != "-":  # ("vice-mayor")
            return False
    return False


def _after_title(units: list[Unit]) -> bool:
    """Does the sentence so far end with a title word (maybe and a hyphen)?"""
    if units and units[-1].text == "-":
        units = units[:-1]
    return bool(units) and units[-1].text.startswith("†")


def _title_case_or_known(tok: Any, lexicon: Lexicon) -> bool:
    """Title words count when capitalised ("Director") or when they are heads ("professor")."""
    return bool(tok.text[:1].isupper() or tok.lower_ in lexicon.title_heads)


def symbols(text: str) -> list[tuple[str, int]]:
    """The ``(letter, index)`` of every unit symbol in a piece of encoded text."""
    return [(m.group(1), int(m.group(2))) for m in _UNIT.finditer(text)]
