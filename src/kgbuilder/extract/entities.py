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
from dataclasses import replace

from kgbuilder.extract.byline_names import BylineNames
from kgbuilder.extract.company_names import CompanyNames
from kgbuilder.extract.context_names import ContextNames
from kgbuilder.extract.finder_base import FinderBase
from kgbuilder.extract.knowledge import KnowledgeBase
from kgbuilder.extract.lexical_names import LexicalNames
from kgbuilder.extract.listed_places import ListedPlaces
from kgbuilder.extract.name_parts import NameParts
from kgbuilder.extract.ner_names import NerNames
from kgbuilder.extract.office_names import OfficeNames
from kgbuilder.extract.person_names import PersonNames
from kgbuilder.extract.spans import Found, NameFact
from kgbuilder.extract.structural_names import StructuralNames
from kgbuilder.kinds import Kind
from kgbuilder.names import COMPANY_KIND_WORDS, LEGAL_WORDS, clean_name, loose_key

__all__ = ["EntityFinder", "KnowledgeBase"]


class EntityFinder(
    NerNames,
    StructuralNames,
    LexicalNames,
    ContextNames,
    CompanyNames,
    NameParts,
    PersonNames,
    OfficeNames,
    ListedPlaces,
    BylineNames,
    FinderBase,
):
    """Finds the names of one document; one instance per document (it keeps per-document state).

    The rules live in the mixins (``ner_names``, ``structural_names``, ``lexical_names``,
    ``context_names``, ``company_names``, ``name_parts``, ``person_names``, ``office_names``,
    ``listed_places``, ``byline_names``); ``run`` applies them in order.
    """

    def run(self) -> tuple[list[Found], list[NameFact]]:
        self._countries = {  # countries NER names: they settle ambiguous places from the start
            p.country_code
            for e in self.ents
            if e.label_ in ("GPE", "NORP")  # "Philippine partners": the country too
            and (
                p := self.gaz.lookup(
                    self.lex.demonyms.get(e.text.casefold(), e.text), feature="country"
                )
            )
            is not None
            and p.country_code
        }
        self._forget_places()
        ner = self._ner_spans()
        self._countries |= {
            p.country_code for f in ner if (p := self._place(f.name)) and p.country_code
        }
        self._forget_places()
        candidates = ner + self._quoted_events() + self._clusters() + self._title_phrases()
        candidates += self._title_objects(candidates)
        candidates += self._datelines() + self._lowercase_venues() + self._appositive_orgs()
        candidates += self._editions() + self._wire_services()
        candidates += self._mastheads() + self._contact_people()
        candidates += self._appositive_people() + self._regional_arms() + self._head_first_runs()
        candidates += self._styled_untagged_people() + self._untagged_people_after_posts()
        candidates += self._initialled_people() + self._patronymic_people()
        candidates += self._place_brand_runs() + self._trade_named_runs()
        candidates += self._invest_in_agencies()
        candidates += self._surname_he() + self._lead_people()
        candidates += self._described_orgs() + self._legal_form_runs()
        candidates += self._french_venues_and_fairs() + self._country_agencies()
        candidates += self._described_areas() + self._capitals() + self._prepositional_places()
        candidates += self._metropolitan_areas()
        candidates += self._demonyms() + self._kb_spans() + self._bracketed_acronyms(candidates)
        candidates = [  # "a cold-chain JV", "the CEO": abbreviations of common nouns
            _closed(f, self.text)
            for c in candidates
            if not (c.name.isupper() and c.name.casefold() in self.lex.plain_abbreviations)
            and not self._floor_plan_place(c.name)
            and not self._contact_label(c)
            and (f := self._past_the_board(c)) is not None
        ]
        candidates = self._drop_portfolios(candidates)
        candidates = self._posts_before_names(candidates)
        candidates, inner = self._structural_wins(candidates)
        accepted = _resolve_overlaps(candidates)
        accepted += [f for f in inner if any(f.inside(a) for a in accepted)]
        accepted = self._headline_names(accepted)
        accepted = self._editions_named_short(self._edition_descriptions(accepted))
        accepted = self._events_named_for_regions(self._events_by_descriptor(accepted))
        accepted = self._byline_people(accepted)
        accepted = self._coordinated(accepted)
        accepted = self._things(accepted)
        accepted = self._venues(self._untagged_venues(accepted))
        accepted = self._companies_by_descriptor(accepted)
        accepted = self._missions(accepted)
        accepted = self._styled_people(self._names_run_on(self._trades_read_as_people(accepted)))
        accepted = self._malay_given_names(self._companies_named_short(accepted))
        accepted = self._address_places(self._places_listed_with_places(accepted))
        accepted = self._towns_paired(accepted)
        accepted = self._harmonise(accepted)
        accepted = self._repeats(accepted)
        accepted = self._companies_by_name_proper(accepted)
        accepted = self._names_of_people_again(accepted)
        accepted = self._lone_people(accepted)
        accepted = self._organs(accepted)
        accepted = self._bracketed_short_names(accepted)
        accepted = self._org_parts(self._offices_in_towns(self._possessive_places(accepted)))
        accepted = self._short_company_names(accepted)
        accepted = self._place_qualified_events(accepted)
        accepted = self._metropolitan_seats(self._nested_places(accepted, candidates))
        accepted = self._countries_as_written(accepted)
        accepted = self._legal_forms_as_written(accepted)
        accepted = self._missions_as_written(accepted)
        accepted = self._regions_named(accepted)
        accepted.sort(key=lambda f: (f.start, -f.end))
        self._mark_bracketed(accepted)
        facts = [
            NameFact(s, label, o, rule, confidence)
            for s, label, o, rule, confidence in self.facts
            if s in accepted and o in accepted
        ]
        facts += self._byline_facts(accepted) + self._contact_facts(accepted)
        return accepted, facts

    def _mark_bracketed(self, accepted: list[Found]) -> None:
        """A name alone in brackets right after another ("<Full Name> Co., Ltd. (<Short
        Name>)") is marked as the bracketed short name it is (rule "acronym"), so resolution
        can tell a bracket from a comma or a full stop between two names."""
        ends = {f.end for f in accepted}
        for f in accepted:
            if (
                f.rule not in ("acronym", "defined-name")
                and f.kind is Kind.ORGANIZATION
                and self.text[f.start - 2 : f.start] == " ("
                and self.text[f.end : f.end + 1] == ")"
                and f.start - 2 in ends
            ):
                f.rule = "acronym"

    def _past_the_board(self, found: Found) -> Found | None:
        """ "Chairman of the Board of <Company>": the post is at the company; the board alone is
        no organization (None), and a name that begins with it begins after it."""
        if not found.name.casefold().startswith("board"):
            return found
        before = self.text[max(0, found.start - 40) : found.start].split()
        if not (
            before[-2:] == ["of", "the"]
            and len(before) >= 3
            and before[-3].casefold() in self.lex.title_heads
        ):
            return found
        rest = re.match(r"Board(?: of)?\s*", self.text[found.start : found.end])
        if rest is None or rest.end() >= found.end - found.start:
            return None
        start = found.start + rest.end()
        words = self.text[start : found.end].split()
        # only when the company is named elsewhere by itself ("the Board of Investment of
        # <Country>" is a body of its own)
        named = any(
            re.search(rf"(?<!Board of ){re.escape(' '.join(words[:n]))}\b", elsewhere)
            for elsewhere in (self.text[: found.start], self.text[found.end :])
            for n in range(len(words), 1, -1)
        )
        if not named:
            return found
        return replace(found, start=start, name=clean_name(self.text[start : found.end]))

    def _floor_plan_place(self, name: str) -> bool:
        """ "Hall 7", "Halls 1, 3 and 5", "Booth 1C22": a place on a fair's floor plan, no name."""
        words = name.replace(",", " , ").split()
        return (
            len(words) > 1
            and words[0].casefold() in self.lex.floor_plan_words
            and all(_FLOOR_PLAN_CODE.fullmatch(w) for w in words[1:])
        )


#: what follows "Hall" or "Booth" on a floor plan: numbers and codes ("7", "1C22", "A"), and lists
_FLOOR_PLAN_CODE = re.compile(r"(?:[A-Z]?\d+[A-Z]?\d*|[A-Z]|and|&|,)")

#: a lower-case function word a name never ends with
_TRAILING_WORD = re.compile(r"\s+(in|of|at|and|the|for|on|to|with)$")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
#: "<X> Power Battery Co. Luo expects": a span run on over a sentence end after a legal form
_AFTER_LEGAL_FORM = re.compile(
    # (not "<Town>, Co. Kildare": an Irish county)
    r"(?<!, )\b(?:Co|Inc|Corp|Ltd|Pte|Pty|Bhd|Tbk|LLC|JSC|Kft|Zrt)\.(\s+[A-Z][a-z]+)$"
)
#: "<Name> (ACR)" at the end of a span: the acronym introduced in brackets, not a word of the name
_TRAILING_ACRONYM = re.compile(r"\s*\((?:[A-Z][A-Za-z0-9&-]{0,9}[A-Z0-9])\)$")


def _closed(found: Found, text: str) -> Found:
    """ "<Name> (ACR" with its bracket left open (NER stopped inside "(ACR)") or closed at the
    span's end: the name alone; "<Name> in" (a span run on over a preposition): the name alone."""
    written = text[found.start : found.end]
    first_part = _PARAGRAPH_BREAK.split(written, maxsplit=1)[0].rstrip()
    if first_part != written and first_part:
        # "About <Company>\n\nFounded in 2006, ...": a name does not go on into the next
        # paragraph (it may go on over the line break of a hard-wrapped text)
        found = replace(found, end=found.start + len(first_part), name=clean_name(first_part))
        written = first_part
    trailing = _TRAILING_WORD.search(written)
    if trailing is not None and trailing.start() > 0 and found.name.endswith(trailing.group(1)):
        kept = written[: trailing.start()]
        found = replace(
            found,
            end=found.start + len(kept),
            name=found.name[: len(found.name) - len(trailing.group(0))].rstrip(),
        )
        written = kept
    run_on = _AFTER_LEGAL_FORM.search(written)
    if run_on is not None and loose_key(run_on.group(1)) not in LEGAL_WORDS | COMPANY_KIND_WORDS:
        extra = run_on.group(1)
        if found.name.endswith(extra.strip()):
            kept = written[: len(written) - len(extra)]
            name = found.name[: len(found.name) - len(extra.strip())].rstrip()
            return replace(found, end=found.start + len(kept), name=name)
    acronym = _TRAILING_ACRONYM.search(written)
    if (
        acronym is not None
        and acronym.start() > 0
        and sum(c.isupper() for c in acronym.group(0)) >= 2
        and _TRAILING_ACRONYM.search(found.name) is not None
    ):
        # "Chile-China Business Chamber (CCBC)": the name, and the acronym a mention of its own
        kept = written[: acronym.start()]
        name = _TRAILING_ACRONYM.sub("", found.name).rstrip()
        return replace(found, end=found.start + len(kept), name=name)
    cut, name_cut = written.rfind("("), found.name.rfind("(")
    if cut <= 0 or name_cut <= 0 or ")" in written[cut:]:
        return found
    kept = written[:cut].rstrip()
    return replace(found, end=found.start + len(kept), name=found.name[:name_cut].rstrip())


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
