"""People's names the model misreads, told by the text itself.

The small model takes many African, Turkish and Central Asian names for places or companies
("Wycliffe Onyango" a place, "Langat" a company), or cuts a three-word name in two ("Miriam
Chebet" a person, "Langat" a company). Newspapers write the same person with a style of address
("Mr Onyango said"), which no place or company takes; and no name of a place or a company runs
on from a person's name without a word or a comma between. The other way round, a "person"
named "<Name> Tekstil" or "<Name> Textiles" is a company: no one bears a trade as a name.
"""

from __future__ import annotations

import bisect
import itertools
import re

from kgbuilder.extract.finder_base import HONORIFICS, PATRONYMIC_LINKS, PREPOSITIONS, FinderBase
from kgbuilder.extract.spans import Found
from kgbuilder.gazetteer import GENERIC_GEO
from kgbuilder.kinds import Kind
from kgbuilder.names import INITIALLED_NAME, LEGAL_WORDS, is_initialled_name, is_trade_word

#: the styles of address a family name follows ("Mr Karaca", "Dr Abdullahi", "Ms. Abdi")
_PERSONAL_STYLES = HONORIFICS - {"sir", "madam", "madame", "monsieur"}
_MISREAD_KINDS = (Kind.ORGANIZATION, Kind.PLACE, Kind.OTHER)
#: the styles as written before a name, capitalised ("Mr", "Dr.", "Prof")
_STYLES_WRITTEN = frozenset(w[:1].upper() + w[1:] for w in _PERSONAL_STYLES)
#: ", <Given> <Family>, who": where an untagged name may stand after a post
_APPOSED_NAME = re.compile(r", (?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+, ")


#: a word joining a given name to the father's, as written in a text
_PATRONYMIC_WORD = re.compile(r" (?:bin|bint|ibn|binti) [A-Z]")
#: words that open a post's title after a company's short name ("<X> chief operating officer")
_POST_OPENERS = frozenset({"chief", "executive", "managing", "deputy", "vice", "senior", "general"})
#: the words after a company's name proper that say only what kind of company it is
_LEGAL_TAIL = LEGAL_WORDS | {"sdn"}


class PersonNames(FinderBase):
    """People known by their style of address, names cut in two, trades read as people."""

    _styled: set[str] | None = None
    _styles_at: list[int] | None = None

    def _styled_people(self, accepted: list[Found]) -> list[Found]:
        """A name NER took for an organization, a place or a thing whose last word the text
        also writes after "Mr", "Ms" or "Dr" is that person's name ("Wycliffe Onyango, an
        economist ..." and "Mr Onyango said"). A word that opens a company's longer name
        ("Karaca" of "Karaca Tekstil", whose founder is "Mr Karaca"), a known place and a name
        with a company's or a division's word stay as they are."""
        styled = self._styled_family_names()
        if not styled:
            return accepted
        firsts = {
            f.name.split()[0]
            for f in accepted
            if f.kind is Kind.ORGANIZATION and len(f.name.split()) > 1
        }
        # a word alone is a person's only beside the full name it ends ("Mr Adani" and the
        # company "Adani": the founder's family name, the company's too)
        full_names = {f.name.split()[-1] for f in accepted if len(f.name.split()) > 1}
        kind_words = self.lex.org_heads | self.lex.admin_suffixes | LEGAL_WORDS
        for f in accepted:
            words = f.name.split()
            if (
                f.kind in _MISREAD_KINDS
                and f.rule == "ner"
                and not f.nested
                and 1 <= len(words) <= 3
                and words[-1] in styled
                and all(w.isalpha() and w[:1].isupper() for w in words)
                and not any(w.casefold() in kind_words for w in words)
                and not (len(words) == 1 and (f.name in firsts or f.name not in full_names))
                and self._place(f.name, big_only=True) is None
            ):
                f.type, f.confidence = "Person", 0.7
        return accepted

    def _styled_untagged_people(self) -> list[Found]:
        """ "Prof Farhana Akter of the Department of ...": two or three capitalised words after a
        style of address, none of them tagged by NER, are a person's name (not a place's nor a
        body's: no word of the gazetteer or of an organization's name)."""
        toks = self.toks
        out: list[Found] = []
        for i in self._style_positions():
            tok = toks[i]
            if i + 2 >= len(toks) or tok.lower_ not in _PERSONAL_STYLES:
                continue
            if not tok.text[:1].isupper():
                continue
            j = i + 1
            while (
                j < len(toks)
                and j - i <= 3
                and toks[j].is_alpha
                and toks[j].text.istitle()
                and (not toks[j].ent_type_ or self._family_name_misread(i, j))
                and toks[j].lower_ not in self.lex.org_heads
                and toks[j].lower_ not in self.lex.title_heads
            ):
                j += 1
            if not 3 <= j - i <= 4 or (j < len(toks) and toks[j].text[:1].isupper()):
                continue
            name = self.doc[i + 1 : j].text
            if self._place(name) is not None or any(self._place(t.text) for t in toks[i + 1 : j]):
                continue
            found = self._span_found(i + 1, j, "Person", "styled-name", 0.75)
            if found is not None:
                out.append(found)
        return out

    def _family_name_misread(self, style: int, j: int) -> bool:
        """Is token ``j``, after a style and an untagged given name, a family name NER took
        for a one-word body or place ("Mr. Emeka | Nwachukwu", "Nwachukwu" a company)?"""
        toks = self.toks
        return (
            j > style + 1
            and toks[j].ent_iob_ == "B"
            and toks[j].ent_type_ in ("ORG", "GPE", "NORP", "LOC")
            and (j + 1 >= len(toks) or toks[j + 1].ent_iob_ != "I")
            and self._place(toks[j].text) is None
        )

    def _patronymic_people(self) -> list[Found]:
        """ "<Post> of <Body> Eng. Turki bin Abdulaziz Al-Qahtani said": a given name, "bin" (or
        "ibn", "bint", "binti") and the father's name, then the family's ("Al-<Name>"), is a
        person's name whether NER tagged it or not (``_patronymic_end``)."""
        out: list[Found] = []
        if not _PATRONYMIC_WORD.search(self.text):
            return out  # (most texts name no one so)
        for i, tok in enumerate(self.toks):
            if tok.text not in PATRONYMIC_LINKS or i == 0:
                continue
            end = self._patronymic_end(i - 1)
            if end is None:
                continue
            found = self._span_found(i - 1, end, "Person", "patronymic-name", 0.8)
            if found is not None:
                out.append(found)
        return out

    def _untagged_people_after_posts(self) -> list[Found]:
        """ "The Undersecretary for International Economic Relations, Claudia Sepúlveda
        Morales, who visited the fair": two to four capitalised words NER left untagged, set
        off by commas right after a post, and followed by "who" or a verb of speech, are the
        post holder's name."""
        toks = self.toks
        out: list[Found] = []
        commas = {
            bisect.bisect_left(self._token_starts, m.start())
            for m in _APPOSED_NAME.finditer(self.text)
        }
        for i in sorted(commas):
            tok = toks[i] if i < len(toks) - 3 else None
            if tok is None or tok.text != "," or i == 0:
                continue
            j = i + 1
            while j < len(toks) and j - i <= 4 and toks[j].is_alpha and toks[j].text.istitle():
                j += 1
            if not 3 <= j - i <= 5 or j + 1 >= len(toks) or toks[j].text != ",":
                continue
            after = toks[j + 1]
            if after.lower_ != "who" and after.lemma_ not in self.lex.speech_verbs:
                continue
            name = toks[i + 1 : j]
            # ("the deputy director-general of the <Bureau>, Sun Lijuan, reported": a name NER
            # read as a place no gazetteer knows)
            written = self.doc[i + 1 : j].text
            unknown_place = (
                all(t.ent_type_ in ("GPE", "LOC") for t in name)
                and self._place(written) is None
                and not self.gaz.region_countries(written)
                and written.casefold() not in self.lex.world_regions
                and not any(t.lower_ in GENERIC_GEO for t in name)  # ("sales, Middle East,")
            )
            if any(
                (t.ent_type_ and not unknown_place)
                or t.lower_ in self.lex.org_heads
                or t.lower_ in self.lex.title_heads
                or self._place(t.text) is not None
                for t in name
            ):
                continue
            k = i - 1  # the post before the comma, in the same clause
            while (
                k >= 0
                and k > i - 12
                and toks[k].text not in (",", ";", ".")
                and toks[k].lower_ not in self.lex.title_heads
            ):
                k -= 1
            if k < 0 or toks[k].lower_ not in self.lex.title_heads or toks[k].sent != tok.sent:
                continue
            found = self._span_found(i + 1, j, "Person", "person-appositive", 0.7)
            if found is not None:
                out.append(found)
        return out

    def _initialled_people(self) -> list[Found]:
        """ "Minister of Economy and Development Ts.Bayarmagnai noted": Mongolian names, written
        after the initial of the father's name and a full stop with no space, which the model
        cuts at the stop or runs into the body before."""
        found = [
            m
            for m in INITIALLED_NAME.finditer(self.text)
            if is_initialled_name(m.group())
            and len(m.group()) - len(m.group("initial")) > 5
            # (not "J.Crew Group", "T.Rowe Price": a brand's name goes on)
            and not re.match(r" [A-Z]", self.text[m.end() : m.end() + 2])
        ]
        titled = {
            m.group()
            for m in found
            if (before := self.text[max(0, m.start() - 25) : m.start()].split())
            and before[-1].casefold() in self.lex.title_heads
        }
        if len({m.group() for m in found}) < 2 and not titled:
            return []  # the style of a text that writes people so, not a brand's "E.Leclerc"
        return [Found(m.start(), m.end(), m.group(), "Person", "styled-name", 0.8) for m in found]

    def _trades_read_as_people(self, accepted: list[Found]) -> list[Found]:
        """ "Turkish apparel maker Karaca Tekstil has signed": a two- or three-word "person"
        whose last word is a trade ("Tekstil", "Textiles", "Logistics") is a company, unless the
        text gives it a style of address."""
        for f in accepted:
            words = f.name.split()
            if (
                f.kind is Kind.PERSON
                and f.rule == "ner"
                and len(words) in (2, 3)
                and (
                    is_trade_word(words[-1])
                    # "Kessler Fahrzeugtechnik Srbija": the trade, then the country of the arm
                    or (len(words) == 3 and is_trade_word(words[1]) and self._place(words[2]))
                )
                and words[-1][:1].isupper()
                and words[-1] not in self._styled_family_names()
            ):
                f.type, f.confidence = "Organization", 0.7
        return accepted

    def _companies_named_short(self, accepted: list[Found]) -> list[Found]:
        """ "Daeyang Semitech president <P> said" beside "Daeyang Semitech Co Ltd", "Sinar Mikro"
        beside "Sinar Mikro Holdings Bhd": a "person" whose name is a company's of the text
        without its legal form is the company named short, when a post follows the name once
        (not "Ralph Lauren stepped down") and the text gives it no style or description."""
        companies = {
            " ".join(words[:n])
            for f in accepted
            if f.kind is Kind.ORGANIZATION
            for words in [f.name.replace(",", "").split()]
            for n in range(2, len(words))
            if all(w.casefold().rstrip(".") in _LEGAL_TAIL for w in words[n:])
        }
        if not companies:
            return accepted
        styled = self._styled_family_names()
        short = [
            f
            for f in accepted
            if f.kind is Kind.PERSON
            and f.rule == "ner"
            and f.name in companies
            and f.name.split()[-1] not in styled
            and not self._described_as_person(f)
        ]
        # a post after the name at least once ("Daeyang Semitech president <P>"): a company's;
        # not "Ralph Lauren stepped down", the founder
        posts = self.lex.title_heads | _POST_OPENERS  # (not "first": "<Founder> first showed")
        held = {
            f.name
            for f in short
            if (after := self.text[f.end : f.end + 30].split()) and after[0].casefold() in posts
        }
        for f in short:
            if f.name in held:
                f.type, f.confidence = "Organization", 0.7
        return accepted

    def _described_as_person(self, f: Found) -> bool:
        """Does the text give a post before the name or a description after it ("Its founder
        Li Ning, a former gymnast,")?"""
        before = self.text[max(0, f.start - 30) : f.start].split()
        return bool(
            (before and before[-1].casefold() in self.lex.title_heads | {"founder"})
            or re.match(r", (?:a|an|the) ", self.text[f.end : f.end + 6])
        )

    def _style_positions(self) -> list[int]:
        """The tokens that are a capitalised style of address, found once per document."""
        if self._styles_at is None:
            self._styles_at = [
                i
                for i, tok in enumerate(self.toks)
                if tok.text in _STYLES_WRITTEN and tok.lower_ in _PERSONAL_STYLES
            ]
        return self._styles_at

    def _styled_family_names(self) -> set[str]:
        """The words written as family names after a style of address: the last capitalised
        word of the name that follows ("Mr Paul Kiprop" gives "Kiprop")."""
        toks = self.toks
        if self._styled is not None:
            return self._styled
        names: set[str] = set()
        for i in self._style_positions():
            tok = toks[i]
            if i + 1 >= len(toks) or tok.lower_ not in _PERSONAL_STYLES:
                continue
            if not tok.text[:1].isupper():
                continue
            j = i + 1
            if not (toks[j].is_alpha and toks[j].text[:1].isupper()):
                continue
            while j + 1 < len(toks) and toks[j + 1].is_alpha and toks[j + 1].text[:1].isupper():
                j += 1
            names.add(toks[j].text)
        self._styled = names
        return names

    def _names_run_on(self, accepted: list[Found]) -> list[Found]:
        """ "chief executive Miriam Chebet Langat": a person's name followed, one space on, by a
        one-word "organization" or "place" NER cut from it, or by another "person" ("Md
        Shafiqul" and "Islam Bhuiyan"), is one name. Not a known place nor an acronym, and not
        the first word of a longer capitalised run ("Ana Ruiz Holdings Group" is no one's
        name)."""
        ordered = sorted(accepted, key=lambda f: f.start)
        drop: set[int] = set()
        for first, nxt in itertools.pairwise(ordered):
            # two names NER read, one space apart (cheap tests first: this looks at every pair)
            if not (
                nxt.start == first.end + 1
                and first.rule == nxt.rule == "ner"
                and not first.nested
                and not nxt.nested
                and self.text[first.end] == " "
            ):
                continue
            words, opening = nxt.name.split(), first.name.split()
            if (
                first.kind is Kind.PERSON
                # a one-word "organization" or "place", or the rest of the name read as a
                # second person ("Md Shafiqul" and "Islam Bhuiyan")
                and (
                    (nxt.kind in _MISREAD_KINDS and len(words) == 1)
                    or (nxt.kind is Kind.PERSON and len(words) + len(opening) <= 5)
                )
                and len(opening) in (2, 3)
                and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words)
                and not any(w.casefold() in self.lex.org_heads for w in words)
                and not self._capitalised_after(nxt.end)
                and self._place(nxt.name) is None
            ):
                first.end = nxt.end
                first.name = f"{first.name} {nxt.name}"
                drop.add(id(nxt))
            elif (
                # "Md Shafiqul" read as an organization, then "Islam Bhuiyan" as a person (not
                # "At Microsoft Satya Nadella has ...": a body after a preposition)
                first.kind is Kind.ORGANIZATION
                and nxt.kind is Kind.PERSON
                and len(opening) + len(words) <= 5
                and not self._after_preposition(first.start)
                and all(
                    w.isalpha()
                    and w[:1].isupper()
                    and not w.isupper()
                    and w.casefold() not in self.lex.org_heads
                    and not is_trade_word(w)
                    for w in opening
                )
                and self._place(first.name) is None
            ):
                nxt.start = first.start
                nxt.name = f"{first.name} {nxt.name}"
                drop.add(id(first))
        return [f for f in accepted if id(f) not in drop]

    def _after_preposition(self, start: int) -> bool:
        """Is the name written right after a preposition ("at <X>")?"""
        i = bisect.bisect_left(self._token_starts, start)
        return i > 0 and self.toks[i - 1].lower_ in PREPOSITIONS

    def _capitalised_after(self, end: int) -> bool:
        """Does a capitalised word follow right after ``end``?"""
        rest = self.text[end : end + 2]
        return rest[:1] == " " and rest[1:2].isupper()
