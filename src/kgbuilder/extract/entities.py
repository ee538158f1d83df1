"""Names in a parsed document: statistical NER corrected by gazetteers and rules.

Input: a spaCy ``Doc``. Output: ``Found`` spans (what is named, where, as what) and ``NameFact``
relations stated by names themselves. The steps, each general rather than tuned to one text:

1. NER spans, trimmed of determiners and possessives; a "person" introduced by an indefinite
   article ("a distinguished Chilean historian") is a description, not a name.
2. Gazetteer corrections: a country, continent or big city is a place whatever NER said; a
   GPE that no gazetteer knows and that looks like an acronym ("AI") is dropped.
3. Rule spans for what NER has no label for: quoted event titles ("the "X" promotion series"),
   capitalised event names ("... Expo"), industry clusters and parks ("the '4422' industry
   cluster", "X Economic Circle"), organizations with structural cues ("Trade Department of
   <X>", "<Org> <Country> Branch", "<Brand> <Country>"), landmarks ("X Rock Carvings"), named
   things of a place ("<Place> dialect"), demonyms ("Chilean" -> Chile), the knowledge base.
4. Overlaps: the rule with the higher priority wins, then the longer span; parts of a name
   that are entities themselves are kept as nested mentions.
5. One kind per name in a document: a one-word "person" that begins an organization's name
   is that organization ("Kestrel's growth" beside "Kestrel Motors Chile").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kgbuilder.extract.lexicon import Lexicon
from kgbuilder.extract.spans import Found, NameFact
from kgbuilder.gazetteer import Gazetteer, Place
from kgbuilder.kinds import Kind
from kgbuilder.names import clean_name, loose_key

#: NER labels kept, and the entity type each becomes before corrections
NER_TYPES = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "EVENT": "Event",
    "PRODUCT": "Product",
    "WORK_OF_ART": "CreativeWork",
    "LAW": "Thing",
    "LANGUAGE": "Language",
}
DETERMINERS = frozenset(
    {"the", "a", "an", "this", "these", "that", "those", "its", "their", "his", "her", "our"}
)
HONORIFICS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "madam"}
)
CONNECTORS = frozenset({"of", "for", "and", "&", "de", "da", "do", "del", "la", "on", "in"})
#: a city named without context is taken as a place above this population even if NER says otherwise
BIG_CITY = 1_000_000
QUOTES = "\"'“”‘’«»"
_DATELINE = re.compile(
    r"(?:^|\n)\s*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3}),\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b"
)
_QUOTED = re.compile(r"[\"“‘']([^\"“”‘’\n]{2,120}?)[\"”’'](?=\s)")


@dataclass
class KnowledgeBase:
    """Known names (curated records, curation file) recognised in text with their types.

    Built by the pipeline for ``kgbuilder build``; ``kgbuilder extract`` uses an empty one.
    """

    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # loose key -> (name, type)
    max_words: int = 0

    @classmethod
    def from_names(cls, entries: Iterable[tuple[str, str, Iterable[str]]]) -> KnowledgeBase:
        """``(canonical name, type name, aliases)`` triples; aliases shorter than 3 letters are left out."""
        kb = cls()
        for name, type_name, aliases in entries:
            for label in (name, *aliases):
                key = loose_key(label)
                if len(key) < 3 or not any(ch.isupper() for ch in label):
                    continue
                kb.names.setdefault(key, (name, type_name))
                kb.max_words = max(kb.max_words, len(key.split()))
        return kb

    @property
    def digest(self) -> str:
        import hashlib

        text = "\n".join(f"{k}\t{v[0]}\t{v[1]}" for k, v in sorted(self.names.items()))
        return hashlib.sha256(text.encode()).hexdigest()[:8]


class EntityFinder:
    """Finds the names of one document; one instance per document (it keeps per-document state)."""

    def __init__(
        self,
        doc: Any,
        lexicon: Lexicon,
        gazetteer: Gazetteer,
        kb: KnowledgeBase,
        tokens: list[Any] | None = None,
    ) -> None:
        self.doc = doc
        # the text, entities and tokens once: spaCy builds each of them anew on every access
        self.text: str = doc.text
        self.ents: list[Any] = list(doc.ents)
        # the entities by their first token (spaCy's never overlap): looked up, not scanned, as
        # a long text has thousands
        self._ent_at: dict[int, Any] = {int(e.start): e for e in self.ents}
        self.toks: list[Any] = tokens if tokens is not None else list(doc)
        self.lex = lexicon
        self.gaz = gazetteer
        self.kb = kb
        self.found: list[Found] = []
        self.facts: list[tuple[Found, str, Found, str, float]] = []
        self._countries: set[str] = set()

    # ------------------------------------------------------------------ public
    def run(self) -> tuple[list[Found], list[NameFact]]:
        ner = self._ner_spans()
        self._countries = {
            p.country_code for f in ner if (p := self._place(f.name)) and p.country_code
        }
        candidates = ner + self._quoted_events() + self._clusters() + self._title_phrases()
        candidates += self._title_objects(candidates)
        candidates += self._datelines()
        candidates += self._demonyms() + self._kb_spans() + self._bracketed_acronyms(candidates)
        accepted = _resolve_overlaps(candidates)
        accepted = self._things(accepted)
        accepted = self._harmonise(accepted)
        accepted = self._org_parts(accepted)
        accepted = self._nested_places(accepted, candidates)
        accepted.sort(key=lambda f: (f.start, -f.end))
        facts = [
            NameFact(s, label, o, rule, confidence)
            for s, label, o, rule, confidence in self.facts
            if s in accepted and o in accepted
        ]
        return accepted, facts

    # ------------------------------------------------------------------ helpers
    def _span_found(
        self, start_tok: int, end_tok: int, type_name: str, rule: str, conf: float, **kw: Any
    ) -> Found | None:
        """A ``Found`` over tokens [start_tok, end_tok) trimmed of determiners and possessives."""
        doc = self.toks
        while start_tok < end_tok and (
            doc[start_tok].lower_ in DETERMINERS
            or doc[start_tok].is_punct
            or doc[start_tok].is_space
        ):
            start_tok += 1
        while end_tok > start_tok and (
            doc[end_tok - 1].tag_ == "POS"
            or doc[end_tok - 1].lower_ in ("'s", "’s")
            or (doc[end_tok - 1].is_punct and doc[end_tok - 1].text not in (")",))
            or doc[end_tok - 1].is_space
        ):
            end_tok -= 1
        if end_tok <= start_tok:
            return None
        start, end = doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
        text = self.text[start:end]
        if text.endswith("-"):
            end -= 1
            text = text[:-1]
        name = clean_name(text)
        if not name or not any(ch.isalnum() for ch in name):
            return None
        return Found(start, end, name, type_name, rule, conf, **kw)

    def _place(self, name: str, *, big_only: bool = False) -> Place | None:
        place = self.gaz.lookup(name, hint_countries=self._countries)
        if place is None:
            return None
        if big_only and place.feature == "city" and place.population < BIG_CITY:
            return None
        return place

    def _namey(self, i: int) -> bool:
        tok = self.toks[i]
        text = tok.text
        if tok.is_space or (tok.is_punct and text not in ("&", "-", "'", "’")):
            return False
        return bool(
            text[:1].isupper()
            or (tok.like_num and any(c.isdigit() for c in text))
            or (len(text) > 1 and text.isupper())
        )

    def _admin_suffix(self, name: str) -> bool:
        words = name.casefold().split()
        return any(
            " ".join(words[-n:]) in self.lex.admin_suffixes for n in (1, 2, 3) if len(words) > n
        )

    def _place_type(self, name: str, place: Place | None) -> str:
        if place is not None:
            return {"country": "Country", "city": "City", "continent": "Continent"}.get(
                place.feature, "Place"
            )
        if self._admin_suffix(name):
            return "AdministrativeArea"
        return "Place"

    # ------------------------------------------------------------------ step 1+2: NER
    def _ner_spans(self) -> list[Found]:
        out: list[Found] = []
        doc = self.toks
        persons = [e for e in self.ents if e.label_ == "PERSON" and len(e) > 1]
        person_words = {t.lower_ for e in persons for t in e}
        for ent in self.ents:
            type_name = NER_TYPES.get(ent.label_)
            if type_name is None:
                continue
            found = self._span_found(ent.start, ent.end, type_name, "ner", 0.8)
            if found is None or not any(ch.isupper() for ch in found.name):
                continue
            if ent.label_ == "PERSON" and self._described(ent.start):
                continue
            if (
                ent.label_ == "ORG"
                and len(found.name.split()) == 1
                and (
                    found.name.casefold() in self.lex.title_heads
                    or found.name.casefold() in self.lex.org_heads
                )
            ):
                continue  # "CEO", "Board": a title or a bare head word is no name
            if ent.label_ == "PERSON" and found.name.casefold() in self.lex.demonyms:
                continue
            first = doc[ent.start].lower_
            if (
                first in self.lex.demonyms
                and ent.label_ in ("PERSON", "ORG")
                and len(ent) == 2
                and doc[ent.end - 1].lower_ in self.lex.title_heads
            ):
                continue  # "Chilean historian": a description
            corrected = self._correct(found, ent.label_, person_words, ent.start)
            if corrected is not None:
                out.append(corrected)
        return out

    def _described(self, start: int) -> bool:
        """Is the span introduced by an indefinite article (with adjectives between)?"""
        i = start - 1
        while (
            i >= 0
            and self.toks[i].pos_ in ("ADJ", "ADV", "PROPN")
            and self.toks[i].lower_ not in DETERMINERS
        ):
            if self.toks[i].pos_ == "PROPN" and self.toks[i].lower_ not in self.lex.demonyms:
                return False
            i -= 1
        return i >= 0 and self.toks[i].lower_ in ("a", "an")

    def _correct(
        self, found: Found, label: str, person_words: set[str], start_tok: int
    ) -> Found | None:
        name = found.name
        if label in ("GPE", "LOC", "FAC", "PERSON", "ORG"):
            place = self._place(name, big_only=label in ("PERSON", "ORG"))
            if place is not None and place.feature in ("country", "continent"):
                found.type = self._place_type(name, place)
                return found
            if place is not None and label in ("GPE", "LOC"):
                found.type = self._place_type(name, place)
                return found
            if place is not None and label in ("PERSON", "ORG"):
                honorific = start_tok > 0 and self.toks[start_tok - 1].lower_ in HONORIFICS
                if not honorific and not (
                    len(name.split()) == 1 and name.casefold() in person_words
                ):
                    found.type = "City"
                    found.confidence = 0.7
                    return found
        if label in ("GPE", "LOC"):
            letters = name.replace(".", "")
            if letters.isupper() and len(letters) <= 4:
                return None  # an acronym no gazetteer knows is not a place ("AI")
            found.type = self._place_type(name, None)
            last = name.split()[-1].casefold()
            if last in self.lex.org_heads and not self._admin_suffix(name):
                found.type = "Organization"
        if (
            label == "PERSON"
            and len(name.split()) > 1
            and name.split()[-1].casefold() in self.lex.org_heads
        ):
            found.type = "Organization"  # "Tecnova Labs": a person is not named like a company
        if label in ("GPE", "LOC"):
            self._extend_admin(found)
        if label == "FAC":
            found.type = "LandmarksOrHistoricalBuildings"
        if (
            label == "ORG"
            and name.split()[-1].casefold() in self.lex.landmark_heads
            and len(name.split()) > 1
        ):
            found.type = "LandmarksOrHistoricalBuildings"
        if (
            label == "ORG"
            and name.split()[-1].casefold() in self.lex.event_heads
            and name.split()[-1][0].isupper()
            and name.split()[-1].casefold() not in self.lex.org_heads
        ):
            found.type = "Event"
        return found

    def _extend_admin(self, found: Found) -> None:
        """ "Guangxi" + "Zhuang Autonomous Region": a place followed by capitalised words that end
        in an administrative suffix is the whole name."""
        span = self.doc.char_span(found.start, found.end, alignment_mode="expand")
        if span is None:
            return
        k = span.end
        while k < len(self.toks) and k < span.end + 4 and self.toks[k].text[:1].isupper():
            k += 1
            tail = self.text[found.start : self.toks[k - 1].idx + len(self.toks[k - 1].text)]
            if self._admin_suffix(tail):
                found.end = self.toks[k - 1].idx + len(self.toks[k - 1].text)
                found.name = clean_name(tail)
                found.type = "AdministrativeArea"

    # ------------------------------------------------------------------ step 3: rules
    def _quoted_events(self) -> list[Found]:
        """A quoted title followed by up to three words and an event noun names an event."""
        out: list[Found] = []
        text = self.text
        for match in _QUOTED.finditer(text):
            title = match.group(1).strip()
            if not title[:1].isupper() or len(title.split()) < 2:
                continue
            after = text[match.end() : match.end() + 60].casefold().split()
            words = [w.strip(".,;:") for w in after[:4]]
            if not any(w in self.lex.event_heads for w in words):
                continue
            start = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
            out.append(
                Found(start, start + len(title), clean_name(title), "Event", "quoted-event", 0.85)
            )
        return out

    def _clusters(self) -> list[Found]:
        """Industry clusters, parks and zones: "the '4422' industry cluster", "X Economic Circle"."""
        out: list[Found] = []
        text = self.text
        heads = "|".join(re.escape(h) for h in self.lex.cluster_heads_lower)
        lower = re.compile(
            rf"(?:([\"'“‘])([^\"'“”‘’\n]{{1,40}})[\"'”’]|((?:[A-Z0-9][\w\-]*\s+){{1,4}}))\s*({heads})\b"
        )
        for match in lower.finditer(text):
            ident = match.group(2) or (match.group(3) or "").strip()
            if not ident or ident.split()[0].casefold() in DETERMINERS:
                ident_words = ident.split()[1:]
                if not ident_words:
                    continue
                ident = " ".join(ident_words)
            head = match.group(4)
            start = match.start() if match.group(2) else text.index(ident, match.start())
            end = match.end()
            name = f"{ident} {head}"
            out.append(Found(start, end, clean_name(name), "IndustryCluster", "cluster", 0.85))
        titles = "|".join(re.escape(h) for h in self.lex.cluster_heads_title)
        title = re.compile(rf"((?:[A-Z0-9][\w\-]*\s+(?:(?:and|of|for)\s+)?){{1,5}})({titles})\b")
        for match in title.finditer(text):
            start, end = match.start(), match.end()
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            found = self._span_found(span.start, span.end, "IndustryCluster", "cluster", 0.85)
            if found is not None and len(found.name.split()) >= 2:
                if (
                    found.name.split()[-1].casefold() in ("programme", "program", "plan")
                    and len(found.name.split()) < 3
                ):
                    continue
                out.append(found)
        return out

    def _title_phrases(self) -> list[Found]:
        """Capitalised phrases ending in an organization, event, landmark or thing head word."""
        out: list[Found] = []
        doc = self.toks
        n = len(doc)
        for i in range(n):
            tok = doc[i]
            low = tok.lower_
            if not tok.text[:1].isupper():
                continue
            kinds = []
            if low in self.lex.org_heads:
                kinds.append("org")
            if low in self.lex.event_heads:
                kinds.append("event")
            if low in self.lex.landmark_heads:
                kinds.append("landmark")
            if tok.text in self.lex.thing_heads_title or low in {
                w.casefold() for w in self.lex.thing_heads_title
            }:
                kinds.append("thing")
            if not kinds:
                continue
            if (
                i + 1 < n
                and self._namey(i + 1)
                and doc[i + 1].sent == tok.sent
                and doc[i + 1].lower_ not in ("of", "for")
                and not doc[i + 1].is_punct
            ):
                continue  # the head is inside a longer name ("Great Wall Motor")
            left = i
            while left > 0:
                if left > 1 and doc[left - 1].text in ("-", "–") and self._namey(left - 2):
                    left -= 2  # "Kenya-Uganda Business Council"
                    continue
                prev = doc[left - 1]
                if (
                    not self._namey(left - 1)
                    or prev.lower_ in DETERMINERS
                    or prev.tag_ == "POS"
                    or (
                        prev.lower_ in self.lex.title_heads
                        and prev.lower_ not in self.lex.org_heads
                    )
                    or prev.sent != tok.sent
                ):
                    break
                left -= 1
            end = i + 1
            complement: tuple[int, int] | None = None
            connector = doc[end].lower_ if end < n else ""
            if (end + 1 < n and doc[end].lower_ in ("of", "for") and "org" in kinds) or (
                end + 1 < n and doc[end].lower_ == "for" and "event" in kinds
            ):
                j = end + 1
                if j < n and doc[j].lower_ == "the":
                    j += 1
                k = self._complement_end(j)
                if k > j:
                    complement = (j, k)
                    end = k
            if end - left < 2:
                continue
            rule = "structural-org" if complement and "org" in kinds else "org-name"
            if "org" in kinds:
                type_name = "Organization"
            elif "event" in kinds:
                type_name, rule = "Event", "event-name"
            elif "landmark" in kinds:
                type_name, rule = "LandmarksOrHistoricalBuildings", "landmark"
            else:
                type_name, rule = "Thing", "org-name"
            if (
                "org" in kinds
                and end - left == 2
                and complement is None
                and doc[left].lower_ in self.lex.demonyms
            ):
                continue
            found = self._span_found(left, end, type_name, rule, 0.8)
            if found is None:
                continue
            out.append(found)
            if complement is not None and "org" in kinds and connector == "of":
                self._complement(found, complement)
        return out

    def _datelines(self) -> list[Found]:
        """ "SAO PAULO, March 3 (Agency) --": a dateline in capitals names a place of the gazetteer."""
        out: list[Found] = []
        for match in _DATELINE.finditer(self.text):
            words = match.group(1).split()
            name = " ".join(w.capitalize() for w in words)
            place = self.gaz.lookup(name, hint_countries=self._countries)
            if place is None:
                continue
            out.append(
                Found(
                    match.start(1),
                    match.end(1),
                    place.name,
                    self._place_type(place.name, place),
                    "dateline",
                    0.85,
                )
            )
        return out

    def _bracketed_acronyms(self, candidates: list[Found]) -> list[Found]:
        """ "Full Name (ACR)": the bracketed capitals after a name are another name of the same thing."""
        out: list[Found] = []
        text = self.text
        ends = {
            c.end: c
            for c in candidates
            if c.kind in (Kind.ORGANIZATION, Kind.EVENT, Kind.INDUSTRY_CLUSTER)
        }
        for match in re.finditer(r" ?\(([A-Z][A-Za-z&.]{1,9})\)", text):
            before = ends.get(match.start())
            acronym = match.group(1)
            if before is None or sum(ch.isupper() for ch in acronym) < 2:
                continue
            out.append(Found(match.start(1), match.end(1), acronym, before.type, "org-name", 0.8))
        return out

    def _title_objects(self, candidates: list[Found]) -> list[Found]:
        """After a job title and "of"/"at", a capitalised name no other rule took is an organization
        ("General Manager of <X> and <Y>"); a place there stays a place ("Mayor of <City>")."""
        out: list[Found] = []
        doc = self.toks
        for i in range(len(doc) - 2):
            if doc[i].lower_ not in self.lex.title_heads or doc[i + 1].lower_ not in ("of", "at"):
                continue
            j = i + 2
            while j < len(doc):
                if doc[j].lower_ == "the":
                    j += 1
                k = self._complement_end(j, allow_and=False)
                if k <= j:
                    break
                start, end = doc[j].idx, doc[k - 1].idx + len(doc[k - 1].text)
                covered = any(c.start <= start and end <= c.end for c in candidates)
                if not covered and self._place(self.doc[j:k].text) is None:
                    found = self._span_found(j, k, "Organization", "title-object", 0.7)
                    if found is not None:
                        out.append(found)
                if (
                    k + 1 < len(doc)
                    and doc[k].lower_ == "and"
                    and self._namey(
                        k + 1 if doc[k + 1].lower_ != "the" else min(k + 2, len(doc) - 1)
                    )
                ):
                    j = k + 1
                    continue
                break
        return out

    def _complement_end(self, j: int, *, allow_and: bool = True) -> int:
        """End token of the name after "of": an entity span starting there, or a capitalised run."""
        doc = self.toks
        # an entity starting at the word, or at a "the" just before it (that one first, as in
        # the order of the text)
        here = [self._ent_at.get(j - 1) if j > 0 and doc[j - 1].lower_ == "the" else None]
        for ent in [*here, self._ent_at.get(j)]:
            if ent is not None and ent.label_ in ("ORG", "GPE", "LOC", "FAC", "PERSON", "NORP"):
                return int(ent.end)
        joins = ("of", "and", "&", "for") if allow_and else ("of", "&", "for")
        starts = self._ent_at
        k = j
        while k < len(doc) and (
            self._namey(k)
            or (doc[k].lower_ in joins and k + 1 < len(doc) and self._namey(k + 1) and k > j)
        ):
            if doc[k].sent != doc[j].sent or (
                k > j and k in starts and doc[k - 1].lower_ in ("and", "&")
            ):
                break
            k += 1
        while k > j and doc[k - 1].lower_ in CONNECTORS:
            k -= 1
        return k

    def _complement(self, org: Found, tokens: tuple[int, int]) -> None:
        """The part after "of" in "<Head> of <X>": a parent organization or the place it serves."""
        j, k = tokens
        inner_of = [t for t in range(j + 1, k - 1) if self.toks[t].lower_ == "of"]
        if inner_of:  # "Department of Commerce of <Province>": the last "of" names the parent
            j = inner_of[-1] + 1
            if self.toks[j].lower_ == "the":
                j += 1
        part = self._span_found(j, k, "Organization", "name-part", 0.8, nested=True)
        if part is None:
            return
        words = part.name.split()
        place = self._place(part.name)
        own_entity = any(
            e.label_ == "ORG" and e.end == k and e.start in (j, j - 1) for e in self.ents
        )
        introduced = self.toks[j - 1].lower_ == "the"
        if (
            words[-1].casefold() in self.lex.org_heads
            and not self._admin_suffix(part.name)
            and len(words) > 1
            and (own_entity or introduced)
        ):
            self.found.append(part)
            self.facts.append((org, "partOf", part, "structural-org", 0.85))
        elif (
            place is not None
            or self._admin_suffix(part.name)
            or any(e.label_ in ("GPE", "LOC") and e.start == j and e.end == k for e in self.ents)
        ):
            part.type = self._place_type(part.name, place)
            self.found.append(part)
            self.facts.append((org, "locatedIn", part, "structural-org", 0.8))

    def _demonyms(self) -> list[Found]:
        """ "Chilean" before a noun (or as a noun of nationality) is a mention of Chile."""
        out: list[Found] = []
        doc = self.toks
        i = 0
        while i < len(doc):
            matched = False
            if not doc[i].text[:1].isupper():
                i += 1
                continue
            for width in (3, 2, 1):
                if i + width > len(doc):
                    continue
                words = doc[i : i + width]
                text = " ".join(t.text for t in words)
                place_name = self.lex.demonyms.get(text.casefold())
                if place_name is None or not text[:1].isupper():
                    continue
                nxt = doc[i + width] if i + width < len(doc) else None
                if (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")) and not (
                    words[-1].dep_ in ("appos", "attr", "conj")
                    and words[-1].pos_ in ("NOUN", "PROPN", "ADJ")
                ):
                    continue
                place = self.gaz.lookup(place_name)
                type_name = self._place_type(place_name, place) if place else "Place"
                start = words[0].idx
                end = words[-1].idx + len(words[-1].text)
                out.append(
                    Found(
                        start,
                        end,
                        place.name if place else place_name,
                        type_name,
                        "demonym",
                        0.75,
                        demonym=True,
                    )
                )
                i += width
                matched = True
                break
            if not matched:
                i += 1
        return out

    def _kb_spans(self) -> list[Found]:
        """Names of the knowledge base, matched on word boundaries (case-insensitive, accents folded)."""
        if not self.kb.names:
            return []
        out: list[Found] = []
        doc = self.toks
        for i in range(len(doc)):
            if (
                not doc[i].text[:1].isupper()
                and not doc[i].text[:1].isdigit()
                and doc[i].text[:1] not in QUOTES
            ):
                continue
            for width in range(min(self.kb.max_words + 2, len(doc) - i), 0, -1):
                span = self.doc[i : i + width]
                entry = self.kb.names.get(loose_key(span.text))
                if entry is not None:
                    found = self._span_found(i, i + width, entry[1], "kb", 0.95)
                    if found is not None:
                        found.name = (
                            entry[0] if loose_key(entry[0]) == loose_key(found.name) else found.name
                        )
                        out.append(found)
                    break
        return out

    # ------------------------------------------------------------------ step 4 follow-ups
    def _things(self, accepted: list[Found]) -> list[Found]:
        """A place followed by a word of the thing list is a named thing ("<Place> noodles")."""
        text = self.text
        out = []
        for found in accepted:
            if found.kind is Kind.PLACE and not found.demonym:
                rest = text[found.end : found.end + 30]
                match = re.match(r"(?:['’]s)?\s+([a-z][a-z ]{1,20}?)\b(?=[\s,.;:!?)]|$)", rest)
                head = None
                if match:
                    words = match.group(1).split()
                    for n in (2, 1):
                        if len(words) >= n and " ".join(words[:n]) in self.lex.thing_heads:
                            head = " ".join(words[:n])
                            break
                if head is not None and not rest.startswith(("'", "’")):
                    end = found.end + rest.index(head) + len(head)
                    thing = Found(
                        found.start,
                        end,
                        clean_name(text[found.start : end]),
                        "Thing",
                        "thing",
                        0.75,
                    )
                    if not any(
                        o.overlaps(thing) and o is not found and not o.inside(thing)
                        for o in accepted
                    ):
                        out.append(thing)
                        found.nested = True
            out.append(found)
        return out

    def _org_parts(self, accepted: list[Found]) -> list[Found]:
        """Branches, "<Brand> <Country>" and a leading place name in organization names."""
        parts = [p for p in self.found if any(p.inside(a) and p is not a for a in accepted)]
        pool = accepted + parts
        places = {loose_key(f.name): f for f in pool if f.kind is Kind.PLACE and not f.demonym}
        short_places: dict[str, Found] = {}
        for f in pool:
            if f.kind is Kind.PLACE and self._admin_suffix(f.name) and len(f.name.split()) > 1:
                short_places.setdefault(loose_key(" ".join(f.name.split()[:-1])), f)
        org_names = [f for f in pool if f.kind is Kind.ORGANIZATION]
        extra: list[Found] = list(parts)
        work = [f for f in accepted if not f.nested and not f.demonym] + [
            p for p in parts if p.kind is Kind.ORGANIZATION
        ]
        while work:
            org = work.pop(0)
            if org.kind not in (Kind.ORGANIZATION, Kind.PLACE, Kind.INDUSTRY_CLUSTER):
                continue
            span = self.doc.char_span(org.start, org.end, alignment_mode="expand")
            if span is None or len(span) < 2:
                continue
            tokens = list(span)
            words = [t.lower_ for t in tokens]
            if (
                org.kind is Kind.ORGANIZATION
                and words[-1] in self.lex.branch_heads
                and len(tokens) >= 3
            ):
                for width in (2, 1):
                    place_toks = tokens[-1 - width : -1]
                    if len(place_toks) < width or len(tokens) - 1 - width < 1:
                        continue
                    name = " ".join(t.text for t in place_toks)
                    place = self._place(name)
                    if place is None:
                        continue
                    place_found = self._token_found(
                        place_toks, self._place_type(name, place), nested=True
                    )
                    parent = self._token_found(tokens[: -1 - width], "Organization", nested=True)
                    extra += [place_found, parent]
                    work.append(parent)
                    self.facts.append((org, "locatedIn", place_found, "branch-name", 0.85))
                    self.facts.append((org, "partOf", parent, "branch-name", 0.85))
                    break
                continue
            if org.kind is Kind.ORGANIZATION:
                tail = self._place(tokens[-1].text)
                if tail is not None and tail.feature == "country" and tokens[-1].text[:1].isupper():
                    place_found = self._token_found(tokens[-1:], "Country", nested=True)
                    extra.append(place_found)
                    self.facts.append((org, "locatedIn", place_found, "brand-country", 0.8))
                    base = loose_key(" ".join(t.text for t in tokens[:-1]))
                    for other in org_names:
                        key = loose_key(other.name)
                        if other is not org and key != base and (base + " ").startswith(key + " "):
                            self.facts.append((org, "partOf", other, "brand-country", 0.75))
                    continue
            if org.kind is Kind.ORGANIZATION and words[0] not in self.lex.org_heads:
                for width in (2, 1):
                    if len(tokens) <= width:
                        continue
                    key = loose_key(" ".join(t.text for t in tokens[:width]))
                    target_place = places.get(key)
                    if target_place is not None and key != loose_key(org.name):
                        place_found = self._token_found(
                            tokens[:width], target_place.type, nested=True
                        )
                        place_found.name = target_place.name
                        extra.append(place_found)
                        self.facts.append((org, "locatedIn", place_found, "leading-place", 0.7))
                        break
            if org.kind in (Kind.PLACE, Kind.INDUSTRY_CLUSTER) and not self._admin_suffix(org.name):
                target = short_places.get(loose_key(tokens[0].text))
                if target is not None and target is not org:
                    self.facts.append((org, "locatedIn", target, "leading-place", 0.7))
                    extra.append(
                        Found(
                            tokens[0].idx,
                            tokens[0].idx + len(tokens[0].text),
                            target.name,
                            target.type,
                            "name-part",
                            0.7,
                            nested=True,
                        )
                    )
        return accepted + [f for f in extra if f not in accepted]

    def _token_found(self, tokens: list[Any], type_name: str, *, nested: bool) -> Found:
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return Found(
            start,
            end,
            clean_name(self.text[start:end]),
            type_name,
            "name-part",
            0.8,
            nested=nested,
        )

    def _harmonise(self, accepted: list[Found]) -> list[Found]:
        """One kind per name: a lone word that begins an organization's name is that organization."""
        persons_multi = [f for f in accepted if f.kind is Kind.PERSON and len(f.name.split()) > 1]
        person_words = {w.casefold() for f in persons_multi for w in f.name.split()}
        org_first = {
            f.name.split()[0].casefold()
            for f in accepted
            if f.kind is Kind.ORGANIZATION and len(f.name.split()) > 1
        }
        org_names = {loose_key(f.name) for f in accepted if f.kind is Kind.ORGANIZATION}
        for f in accepted:
            if f.kind is Kind.PERSON and f.rule == "ner":
                word = f.name.casefold()
                if (
                    len(f.name.split()) == 1 and word in org_first and word not in person_words
                ) or loose_key(f.name) in org_names:
                    f.type = "Organization"
                    f.confidence = 0.7
        votes: dict[str, Counter[str]] = {}
        for f in accepted:
            if not f.demonym and not f.nested:
                votes.setdefault(loose_key(f.name), Counter())[f.type] += f.priority
        for f in accepted:
            counter = votes.get(loose_key(f.name))
            if counter and f.rule == "ner" and len(counter) > 1:
                best = counter.most_common(1)[0][0]
                f.type = best
        return accepted

    def _nested_places(self, accepted: list[Found], candidates: list[Found]) -> list[Found]:
        """Places named inside an event or cluster title stay mentions of those places."""
        out = list(accepted)
        for outer in accepted:
            if outer.kind not in (Kind.EVENT, Kind.INDUSTRY_CLUSTER, Kind.OTHER):
                continue
            for inner in candidates:
                if (
                    inner is not outer
                    and inner.kind is Kind.PLACE
                    and inner.inside(outer)
                    and inner not in out
                    and self.gaz.lookup(inner.name) is not None
                    and not any(o.start == inner.start and o.end == inner.end for o in out)
                ):
                    inner.nested = True
                    out.append(inner)
        return out


def _resolve_overlaps(candidates: list[Found]) -> list[Found]:
    """Keep the best of overlapping spans: higher priority first, then the longer, then the earlier."""
    ranked = sorted(candidates, key=lambda f: (-f.priority, -(f.end - f.start), f.start))
    accepted: list[Found] = []
    # the accepted spans never overlap, so sorted by start they are sorted by end as well: a new
    # span can only overlap its neighbours in that order (a search, not a scan: long texts find
    # tens of thousands of candidates)
    starts: list[int] = []
    ordered: list[Found] = []
    for found in ranked:
        at = bisect.bisect_left(starts, found.start)
        if (at > 0 and found.overlaps(ordered[at - 1])) or (
            at < len(ordered) and found.overlaps(ordered[at])
        ):
            continue
        starts.insert(at, found.start)
        ordered.insert(at, found)
        accepted.append(found)
    return accepted
