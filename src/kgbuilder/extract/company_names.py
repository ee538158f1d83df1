"""Company names that NER takes for people or places, told apart by their form and their context.

- A regional arm named for a region of the world ("<Brand> Latin America", "<Brand> Middle East",
  "<Brand> Africa") is one organization, not a brand followed by a place.

Names in head-first languages ("Talleres <X>") are read here where NER saw no name; NER's own
spans of them, and "<X>'s fleet", are corrected in ``ner_names``.

A mixin of ``EntityFinder``; the vocabulary is in ``data/lexicon.yaml`` (``world_regions``,
``compass_words``, ``org_heads_initial``, ``org_possessions``).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from kgbuilder.extract.finder_base import (
    BIG_CITY,
    DETERMINERS,
    PREPOSITIONS,
    ROMANCE_PARTICLES,
    FinderBase,
)
from kgbuilder.extract.spans import Found
from kgbuilder.names import COMPANY_KIND_WORDS, TRADE_NAME_ENDS, clean_name


@functools.lru_cache(maxsize=8)
def _first_words(regions: frozenset[str]) -> frozenset[str]:
    """The first words of the region names, to skip most tokens at a glance."""
    return frozenset(r.split()[0].split("-")[0] for r in regions)


#: "Invest in Bavaria", "Invest in Denmark": investment agencies named by their call
_INVEST_IN = re.compile(r"\bInvest in (?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
#: the trade words that end a company's name, capitalised as written ("<Name> Tekstil")
_TRADE_WORDS_WRITTEN = frozenset(w[:1].upper() + w[1:] for w in TRADE_NAME_ENDS)
#: words that join the parts of a head-first name ("Escuela Superior Agraria del Oro")
JOINERS = frozenset({"de", "del", "da", "do", "das", "dos", "la", "las", "los", "y", "e", "wa"})


#: French venues and events named head first, their nouns in lower case, ending in a place
_FRENCH_VENUE_HEADS = ("Palais", "Parc", "Centre", "Musée", "Théâtre", "Maison", "Place")
_FRENCH_EVENT_HEADS = frozenset({"fête", "foire", "salon", "festival", "carnaval"})
_FRENCH_NAME = re.compile(
    rf"\b({'|'.join(_FRENCH_VENUE_HEADS)}|Fête|Foire|Salon|Festival|Carnaval)"
    r" (?:des|du|de la|de l'|d'|de)\s?[a-zà-ÿ'-]+(?: [a-zà-ÿ'-]+){0,2}"
    r" (?:de|d'|du|de la)\s?[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?"
)


class CompanyNames(FinderBase):
    """Regional arms of companies ("<Brand> Middle East") and head-first names ("Talleres <X>")."""

    def _regional_arms(self) -> list[Found]:
        """ "<Brand> Latin America": one to three capitalised words that name no place, followed
        by a region of the world and by no further capitalised word, name a regional arm.

        The brand words are remembered (``self.brands``) so the arm can be joined to its parent
        organization once all names are known."""
        out: list[Found] = []
        doc = self.toks
        n = len(doc)
        i = 1
        while i < n:
            width = self._region_at(i)
            if width == 0:
                i += 1
                continue
            end = i + width
            if end < n and self._namey(end) and not doc[end].is_punct:
                i = end
                continue  # "<Brand> Africa Holdings": a longer name, other rules read it
            if not doc[i - 1].whitespace_:
                i = end
                continue  # "<Province>-Africa" joins two places
            left = i
            while (
                left > 0
                and i - left < 3
                and self._brand_word(doc[left - 1])
                and doc[left - 1].sent == doc[i].sent
                and doc[left - 1].whitespace_
            ):
                left -= 1
            if left == i or self._brand_excluded(left, i):
                i = end
                continue
            found = self._span_found(left, end, "Organization", "brand-region", 0.8)
            if found is not None:
                brand = self.text[doc[left].idx : doc[i - 1].idx + len(doc[i - 1].text)]
                self.brands[id(found)] = (found, brand)
                out.append(found)
            i = end
        return out

    def _head_first_runs(self) -> list[Found]:
        """ "Talleres <X>", "Escuela Superior <X> del <Y>": a head word of a head-first language
        and the capitalised words after it (joined by "de", "del", "da", "do", "la") name an
        organization even where NER saw no name."""
        out: list[Found] = []
        doc = self.toks
        n = len(doc)
        for i in range(n - 1):
            if doc[i].lower_ not in self.lex.org_heads_initial or not doc[i].text[:1].isupper():
                continue
            if i > 0 and self._namey(i - 1) and doc[i - 1].sent == doc[i].sent:
                continue  # inside a longer name
            k = i + 1
            while k < n and doc[k].sent == doc[i].sent:
                if (doc[k].text[:1].isupper() and doc[k].is_alpha) or (
                    doc[k].lower_ in JOINERS
                    and k + 1 < n
                    and doc[k + 1].text[:1].isupper()
                    and doc[k + 1].is_alpha
                ):
                    k += 1
                else:
                    break
            if k - i < 2:
                continue
            found = self._span_found(i, k, "Organization", "org-name", 0.75)
            if found is not None and self._place(found.name) is None:
                out.append(found)
        return out

    def _place_brand_runs(self) -> list[Found]:
        """ "Among them, Wuhu Ruifeng Auto Parts agreed ...": a town, a brand word and words of
        what a company makes, all capitalised, name a company, where NER saw nothing (the form
        of Chinese companies' names: "<City> <Brand> <Trade>")."""
        out: list[Found] = []
        doc = self.toks
        n = len(doc)
        i = 0
        while i < n - 2:
            k = i
            while k < n and k - i < 6 and doc[k].is_alpha and doc[k].is_title:
                k += 1
            run = doc[i:k]
            if (
                len(run) < 3
                or (i > 0 and self._namey(i - 1) and doc[i - 1].text[:1].isupper())
                or any(t.ent_type_ for t in run)
                or run[-1].lower_ not in COMPANY_KIND_WORDS
                or run[1].lower_ in COMPANY_KIND_WORDS
                or self._place(run[0].text) is None
                or self._place(run[1].text) is not None
                or any(t.sent != run[0].sent for t in run)
            ):
                i += 1  # ("In Wuhu <Brand> Auto Parts ...": the run may start a word later)
                continue
            found = self._span_found(i, k, "Organization", "org-name", 0.7)
            if found is not None:
                out.append(found)
            i = k
        return out

    def _trade_named_runs(self) -> list[Found]:
        """ "Bursa-based Erdemli Tekstil and its partner": one or two capitalised words and a
        trade word no person's name ends in ("Tekstil", "Mobilya", "Logistics"), where NER saw
        nothing, name a company (a town may open it: "<Town> Tekstil"). Not after another
        capitalised word (a longer name), and not a country, a province or a nationality
        followed by a trade ("Turkish Textiles", "Kenya Textiles": a country's industry)."""
        out: list[Found] = []
        doc = self.toks
        for k, tok in enumerate(doc):
            if k < 1 or tok.text not in _TRADE_WORDS_WRITTEN:
                continue  # (cheap test first: this looks at every token)
            i = k
            while i > 0 and k - i < 2 and doc[i - 1].is_alpha and doc[i - 1].text.istitle():
                i -= 1
            run = doc[i : k + 1]
            if (
                len(run) < 2
                or (i > 0 and doc[i - 1].text[:1].isupper() and not doc[i - 1].is_sent_start)
                or run[0].is_sent_start
                or run[0].pos_ != "PROPN"
                # "Big Tech firms", "the Information Technology sector": a trade named
                or (k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN" and doc[k + 1].text.islower())
                or any(t.ent_type_ for t in run)
                or any(t.sent != tok.sent for t in run)
                or (k + 1 < len(doc) and doc[k + 1].text[:1].isupper())
                or run[0].lower_ in self.lex.demonyms
                or any(t.lower_ in COMPANY_KIND_WORDS for t in run[:-1])
                or ((place := self._place(run[0].text)) is not None and place.feature != "city")
            ):
                continue
            found = self._span_found(i, k + 1, "Organization", "org-name", 0.7)
            if found is not None:
                out.append(found)
        return out

    def _french_venues_and_fairs(self) -> list[Found]:
        """ "the Palais des congrès de Montréal", "the Fête des neiges de Montréal": a French
        name keeps its common nouns in lower case, so NER cuts it; from the head word over
        "des"/"du"/"de la" and those nouns to "de <Place>" it is one name (a venue or an
        event)."""
        out: list[Found] = []
        for match in _FRENCH_NAME.finditer(self.text):
            head = match.group(1).casefold()
            type_name = "Event" if head in _FRENCH_EVENT_HEADS else "CivicStructure"
            out.append(
                Found(
                    match.start(),
                    match.end(),
                    clean_name(match.group(0)),
                    type_name,
                    "org-name",
                    0.8,
                )
            )
        return out

    def _country_agencies(self) -> list[Found]:
        """ "director at Enterprise Singapore", "officials from Business Finland": a word
        capitalised inside the sentence (no place, title or compass word: "at Central Asia"),
        then a country, after "at", "of" or "from", names a body NER did not see."""
        out: list[Found] = []
        doc = self.toks
        for i in range(2, len(doc) - 1):
            word, after = doc[i], doc[i + 1]
            if (
                doc[i - 1].lower_ not in ("at", "of", "from")
                or not word.is_alpha
                or not word.text.istitle()
                or word.is_sent_start
                or word.ent_type_
                or word.lower_ in self.lex.compass_words
                or word.lower_ in self.lex.demonyms
                or word.lower_ in self.lex.title_heads
                or self._place(word.text, big_only=True) is not None
            ):
                continue
            place = self._place(after.text) if after.ent_type_ == "GPE" else None
            if place is None or place.feature != "country":
                continue
            if i + 2 < len(doc) and doc[i + 2].text[:1].isupper() and self._namey(i + 2):
                continue  # a longer name: other rules read it
            found = self._span_found(i, i + 2, "Organization", "org-name", 0.7)
            if found is not None:
                found.cued = True
                out.append(found)
        return out

    def _invest_in_agencies(self) -> list[Found]:
        """ "managing director of Invest in Bavaria": an investment agency named "Invest in
        <Place>" inside a sentence (not "Invest in <Place> now!" opening one) is a body."""
        out: list[Found] = []
        for match in _INVEST_IN.finditer(self.text):
            start = match.start()
            if start == 0 or self.text[max(0, start - 2) : start].strip() in (".", "!", "?", ""):
                continue
            if self._place(match.group("place")) is None:
                continue
            out.append(Found(start, match.end(), match.group(0), "Organization", "org-name", 0.75))
        return out

    def _legal_form_runs(self) -> list[Found]:
        """ "Maritsa Grid Solutions AD was founded": capitalised words ending in a legal form
        name a company even where NER saw no name (NER's own spans that stop before the form
        are completed in ``ner_names``)."""
        out: list[Found] = []
        doc = self.toks
        in_ner = {i for e in self.ents for i in range(e.start, e.end + 1)}
        for i in range(1, len(doc)):
            tok = doc[i]
            if not tok.text[:1].isupper() or i in in_ner or not self._is_legal(tok):
                continue
            if len(tok.text.rstrip(".")) <= 2 and not tok.text.isupper():
                continue  # "As", "Ab", "Ag": words, not "AS", "AB", "AG"
            left = i
            while (
                left > 0
                and i - left < 6
                and doc[left - 1].sent == tok.sent
                and (
                    (doc[left - 1].is_alpha and doc[left - 1].text[:1].isupper())
                    # "Hoffmann & Söhne Getriebebau GmbH": a family's "&" inside the name;
                    # "Phu Thinh Import-Export JSC": a hyphen inside a word of it
                    or (doc[left - 1].text == "&" and left > 1 and doc[left - 2].is_title)
                    or (
                        doc[left - 1].text in ("-", "‑")
                        and not doc[left - 1].whitespace_
                        and left > 1
                        and not doc[left - 2].whitespace_
                        and doc[left - 2].is_title
                    )
                    # "Nogales del Ñuble SpA": a particle between capitalised words
                    or (
                        doc[left - 1].text in ROMANCE_PARTICLES
                        and left > 1
                        and doc[left - 2].is_title
                        and doc[left - 2].is_alpha
                    )
                )
                and doc[left - 1].lower_ not in DETERMINERS
                and not self._is_legal(doc[left - 1])
            ):
                left -= 1
            if doc[left].text == "&":
                left += 1  # "GmbH & Co.": the form goes on, no name starts at "&"
            if left == i or any(j in in_ner for j in range(left, i)):
                continue
            if doc[left].is_sent_start and doc[left].pos_ not in ("PROPN", "X"):
                left += 1  # "Shares of ...", "Yesterday <X> AD": the sentence's first word
            if left == i:
                continue
            found = self._span_found(left, i + 1, "Organization", "org-name", 0.75)
            if found is not None and self._place(found.name) is None:
                found.cued = True
                out.append(found)
        return out

    def _described_orgs(self) -> list[Found]:
        """ "the Qatari installer <X>", "a Kenyan startup <X>": capitalised words right after a
        descriptor noun of organizations, in a phrase a determiner opens, name an organization
        where NER saw no name (or a person); "the firm <X> founded" is a clause, not a name."""
        out: list[Found] = []
        doc = self.toks
        n = len(doc)
        for i in range(1, n - 1):
            tok = doc[i]
            if tok.lower_ not in self.lex.org_descriptors or not tok.text.islower():
                continue
            if not any(doc[j].lower_ in ("the", "a", "an") for j in range(max(0, i - 4), i)):
                continue
            if i + 1 in self._ent_at or any(e.start <= i + 1 < e.end for e in self.ents):
                continue  # NER has a name here: ``ner_names`` reads it after the descriptor
            k = i + 1
            while (
                k < n
                and k - i <= 4
                and (
                    (doc[k].is_alpha and doc[k].text[:1].isupper())
                    or (
                        doc[k].lower_ in JOINERS
                        and k + 1 < n
                        and doc[k + 1].text[:1].isupper()
                        and k > i + 1
                    )
                )
            ):
                k += 1
            if k == i + 1 or (k < n and doc[k].pos_ in ("VERB", "AUX")):
                continue
            found = self._span_found(i + 1, k, "Organization", "org-described", 0.7)
            if (
                found is not None
                and self._place(found.name) is None
                and found.name.casefold() not in self.lex.demonyms
            ):
                out.append(found)
        return out

    def _region_at(self, i: int) -> int:
        """How many tokens from ``i`` name a region of the world, capitalised (0 if none)."""
        doc = self.toks
        if doc[i].lower_ not in _first_words(self.lex.world_regions):
            return 0
        for width in (3, 2, 1):
            if i + width > len(doc):
                continue
            words = doc[i : i + width]
            if not all(t.text[:1].isupper() or t.text == "-" for t in words):
                continue
            text = self.text[words[0].idx : words[-1].idx + len(words[-1].text)].casefold()
            if text in self.lex.world_regions:
                return width
        return 0

    def _brand_word(self, tok: Any) -> bool:
        low = tok.lower_
        return bool(
            tok.text[:1].isupper()
            and tok.is_alpha
            and low not in DETERMINERS
            and low not in PREPOSITIONS
            and low not in ("and", "or", "but", "across", "throughout", "both", "all")
            and low not in self.lex.title_heads
            and low not in self.lex.title_modifiers
            and low not in self.lex.compass_words
            and low not in self.lex.demonyms
        )

    def _brand_excluded(self, left: int, right: int) -> bool:
        """Is the run before the region no brand: a place, a person, a sentence's first word
        alone, or a word that opens a name of some other kind?"""
        doc = self.toks
        brand = self.text[doc[left].idx : doc[right - 1].idx + len(doc[right - 1].text)]
        if self._known_place(brand) or (right - left > 1 and self._known_place(doc[left].text)):
            return True  # "Kenya Africa", "Nairobi East Africa": places
        if any(e.label_ == "NORP" and e.start < right and left < e.end for e in self.ents):
            return True  # "Chinese Africa policy"
        if any(
            e.label_ == "PERSON" and e.start == left and e.end == right > left + 1
            for e in self.ents
        ):
            return True  # a person's full name before a region word
        if left > 0 and doc[left - 1].tag_ == "POS":
            return True  # "China's Africa policy"
        return right - left == 1 and bool(doc[left].is_sent_start) and doc[left].pos_ != "PROPN"

    def _known_place(self, name: str) -> bool:
        """Is a name a place for sure: a country, a division, a big city, or a small one the text
        names as a place elsewhere (a small town's name is often a brand too)?"""
        place = self._place(name)
        if place is None:
            return False
        if place.feature != "city" or place.population >= BIG_CITY:
            return True
        return any(e.label_ in ("GPE", "LOC") and e.text == name for e in self.ents)
