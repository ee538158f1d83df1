"""Names inside names and one kind per name: parts, seats, things of a place, harmony.

After overlaps are settled: "<Place> noodles" is a thing of the place; branches, "<Brand>
<Country>" and a leading city in a company's name give partOf and locatedIn facts; a one-word
"person" that begins an organization's name is that organization; places named inside event
or cluster titles stay mentions. A mixin of ``EntityFinder``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Any

from kgbuilder.extract.byline_names import is_byline
from kgbuilder.extract.finder_base import HONORIFICS, FinderBase, alternation
from kgbuilder.extract.spans import VENUE_TYPES, Found
from kgbuilder.gazetteer import Place
from kgbuilder.kinds import ENTITY_TYPES, Kind
from kgbuilder.names import (
    COMPANY_KIND_WORDS,
    LEGAL_WORDS,
    clean_name,
    ends_in_legal_form,
    is_trade_word,
    loose_key,
)

#: rules that read an organization's kind from the text around or inside its name
CUED_RULES = frozenset(
    {"org-appositive", "org-described", "brand-region", "org-name", "defined-name", "acronym"}
)
#: tags of a capitalised word that is a common word, not a name ("Global demand", "Summit
#: organisers said")
_COMMON_TAGS = frozenset(
    {"ADJ", "NOUN", "ADV", "DET", "ADP", "NUM", "PRON", "CCONJ", "SCONJ", "AUX"}
)
#: verbs of saying after a one-word name that make it a person ("<X> said", "<X> added")
_SAID = frozenset(
    {"say", "tell", "add", "note", "explain", "stress", "recall", "argue", "comment", "remark"}
    | {"state", "emphasize", "emphasise", "insist", "warn", "admit", "acknowledge", "reply"}
)
#: "(the) (Executive) Board (of Directors) of (the) <X>": the board of a company
_ORGAN = re.compile(
    r"^(?:(?:Executive|Supervisory|Management|Advisory) )?(?:Board of (?:(?:Directors|Governors"
    r"|Trustees|Supervisors) of )?|(?:Directors|Governors|Trustees|Supervisors) of )(?:the )?(\S.*)$"
)
#: the rest of a legal form after its comma: "Co.| , Ltd."
_LEGAL_GOES_ON = re.compile(r", (?:Ltd\.?|Limited|Inc\.?|LLC|S\.A\.)")
#: prepositions before a place: "across <X>", "near <X>" (not "to", "with": people too)
_WHERE = frozenset({"in", "across", "near", "around", "outside", "throughout", "inside"})
#: words before a name that make it a thing, not a person ("the <X> sold", "whose <X> won")
_THING_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "whose", "our", "this", "these"})
#: this many mentions as a person keep a one-word name a person without a full name
_TOLD_OFTEN = 3
#: a bracketed name right after another: "<Event> (Kazakhstan)"
_BRACKETED = re.compile(r" \(([A-Z][\w'’ -]{1,40})\)")
#: a place's possessive opening a company's name: "Eldoret's Rift Valley Ginners Limited"
_POSSESSIVE_PLACE = re.compile(r"(?P<p>[A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s (?=[A-Z])")
#: a state agency's name of one word, made with its country's: "ProChile", "InvestChile"
_FUSED_AGENCY = re.compile(r"(?:Pro|Invest|Export|Trade)(?P<c>[A-Z][a-zé]{3,})")
#: heads of a state agency's name: "<Country> Investment Authority" is in that country
_NATIONAL_BODY_HEADS = frozenset(
    {"agency", "authority", "board", "corporation", "commission", "administration"}
    # a country's own association, council, bank, university, airline ("<Country>
    # Association of Manufacturers", "<Demonym> Salmon Council", "<Demonym> Airlines")
    | {"association", "council", "organization", "organisation", "bank", "university"}
    | {"institute", "federation", "assembly", "airlines", "airways", "company", "ministry"}
    | {"chamber", "fund", "exchange", "centre", "center"}  # ("Saudi Exchange", "<X> Fund")
)
#: words of an association of a country's people abroad, which is not seated in the country
_ABROAD_WORDS = frozenset(
    {"traders", "merchants", "businessmen", "businesspeople", "entrepreneurs", "community"}
    | {"residents", "nationals", "expatriates", "overseas", "diaspora", "friendship", "alumni"}
    | {"students", "provincial", "compatriots", "hometown"}
)
#: heads of a state's own bodies, at home wherever its people are named
_STATE_HEADS = frozenset({"agency", "authority", "commission", "administration"})
#: heads that make a national body with the country's name alone before them
_NATIONAL_ALONE = frozenset({"bank", "airlines", "airways", "exchange"})
#: "<X> Corporation, based in <City>": a seat the text gives, not the country of the name
_SEAT_SAID = re.compile(r",? (?:which is |a company )?(?:based|headquartered) in\b")
#: words after a country's name that make it a place of its own ("Indian Ocean", "Niger Delta")
_GEOGRAPHY_WORDS = frozenset(
    {"ocean", "sea", "delta", "basin", "county", "city", "islands", "island", "river", "lake"}
    | {"gulf", "bay", "state", "province", "coast", "mountains", "highlands"}
)
#: a city that opens a name is taken for its seat, unnamed elsewhere, from this population on
HOME_CITY_POPULATION = 500_000


#: words that end the description after a place name: "<Place> and tea" is no "<Place> tea"
_PLAIN_WORDS = frozenset(
    {"and", "or", "of", "in", "to", "with", "for", "the", "a", "an", "is", "was"}
)


#: where a noun phrase ends: punctuation, or a preposition or verb after it ("the <X> brand in
#: Europe", "its <X> baijiu is"; not "brand ambassador", "tea party")
#: what a person makes, named after the maker ("Monet paintings", "Bach cantatas")
_WORKS_OF_PEOPLE = frozenset(
    {
        "painting", "paintings", "song", "songs", "novel", "novels", "poem", "poems", "film",
        "films", "movie", "movies", "album", "albums", "sculpture", "sculptures", "symphony",
        "symphonies", "cantatas", "opera", "operas", "drawings", "portrait", "portraits",
        "play", "plays", "photographs", "lyrics", "quotes", "speech", "speeches", "lecture",
    }
)  # fmt: skip
#: a model's number ("E5", "X7", "GT-3", "500e")
_MODEL_NUMBER_IN = re.compile(r"(?<=\s)(?:[A-Z]{1,3}-?\d{1,4}[a-z]?|\d{2,4}[A-Za-z]{1,2})(?=\s|$)")
#: what a model is ("... E5 sedan", "... X7 sport utility vehicle", "... K9 tractor")
_MODEL_NOUNS = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:sedans?|suvs?|SUVs?|hatchbacks?|pickups?|minivans?|vehicles?|cars?|"
    r"trucks?|tractors?|buses|bus|motorcycles?|scooters?|excavators?|phones?|smartphones?|"
    r"laptops?|tablets?|drones?|aircraft|jets?|helicopters?|engines?|models?)\b"
)
_PHRASE_ENDS = (
    r"(?=\s*[,.;:)]|\s+(?:in|to|at|for|from|with|and|on|into|across|is|was|will|has|have|are|"
    r"were|drew|sold)\b)"
)
#: bodies often named after a person ("<Name> Foundation"): a name in them stays a person's
_NAMED_AFTER_PEOPLE = frozenset(
    {
        "foundation", "institute", "trust", "fund", "center", "centre", "museum", "school",
        "university", "prize", "award", "society", "library", "hospital",
    }
)  # fmt: skip


#: articles that open Arabic names of companies and families ("Al <Name> Trading")
_NAME_ARTICLES = frozenset({"al", "el"})


#: a capitalised word right after a name
_JOINED_WORD = re.compile(r" ([A-Z][\w'’-]*)")
#: the posts in a company a name proper may stand before ("<X> Chairman <P>"; not an
#: investor's, an analyst's or a partner's, who speak from outside)
_OWN_POSTS = frozenset(
    {"Chairman", "Chairwoman", "Chairperson", "President", "CEO", "CFO", "COO", "CTO",
     "Director", "Manager", "Chief", "Vice", "Deputy", "Executive", "General", "Managing"}
)  # fmt: skip
#: "of" in the names of bodies in Spanish, Portuguese and Italian
_ROMANCE_OF = frozenset({"de", "del", "do", "da", "di"})


def _opens_with_article(words: list[str]) -> int:
    """1 when a name opens with an Arabic article before a capitalised word, else 0."""
    return int(len(words) > 1 and words[0].casefold() in _NAME_ARTICLES and words[1][:1].isupper())


def _sole_company(word: str, owners: dict[str, list[Found]]) -> Found | None:
    """The company a name proper names: the longest of those bearing it, when every other one's
    words are among its words ("<X> Group" and "<Place> <X> Heavy Machinery Group Co."); None
    when it names two."""
    companies = owners.get(word, [])
    if not companies:
        return None
    full = max(companies, key=lambda c: (len(c.name), -c.start))
    words = set(loose_key(full.name).split())
    if any(not set(loose_key(c.name).split()) <= words for c in companies):
        return None
    return full


#: a party's initials before the place its committee governs ("<PARTY> <Province> Provincial
#: Committee")
_PARTY_ACRONYM = re.compile(r"[A-Z]{2,5}")
#: facilities named "<Head> of <Place>" after the place they are in ("the Port of <City>")
_FACILITY_HEADS = frozenset({"port", "airport", "harbour", "harbor", "seaport"})


class NameParts(FinderBase):
    """Facts stated by names, and one kind per name."""

    def _things(self, accepted: list[Found]) -> list[Found]:
        """A place followed by a word of the thing list is a named thing ("<Place> noodles"), and
        so is a one-word name NER took for an organization ("Gezai opera")."""
        text = self.text
        out = []
        toks = self.toks
        starts = self._token_starts
        heads = "|".join(sorted(map(re.escape, self.lex.thing_heads), key=len, reverse=True))
        described = re.compile(  # the head ends the description: "a local opera,"
            rf",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){{0,2}}?(?:{heads})(?=\s*[,.;:)]|\s+(?:of|from|in|that|which|grown|made|produced|brewed|served|cooked|eaten|sung|performed|known)\b)"
        )
        # "sold under the <X> brand", "its <X> product line": a name of goods
        branded = re.compile(r"\s+(?:brand|product line|product range)" + _PHRASE_ENDS)
        brand_owner = re.compile(r"(?:\bunder\s+the|\bits|\btheir|['’]s)\s+$")
        # "the group's <X> strong-aroma baijiu": a maker's goods named before what they are
        owned_goods = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{heads})" + _PHRASE_ENDS)
        owner_before = re.compile(r"(?:['’]s|\bits|\btheir)\s+$")
        # "launched its fire-roasted chili sauce, <X>, in": goods named after what they are
        goods_before = re.compile(rf"\b(?:its|their)\s+(?:[a-z-]+\s+){{0,3}}?(?:{heads})\s*,\s*$")
        for found in accepted:
            if (
                found.kind is Kind.PLACE
                and not found.cued
                and not found.demonym
                and branded.match(text, found.end)
                and brand_owner.search(text, max(0, found.start - 12), found.start)
                and self._place(found.name) is None
            ):
                found.type = "Thing"  # "its <X> product line": NER took the brand for a place
                out.append(found)
                continue
            if found.kind not in (Kind.ORGANIZATION, Kind.PERSON) or found.cued:
                pass
            elif (model_end := self._model_end(found)) is not None:
                found.type = "Product"  # "its <Brand> E5 sedan": a model, by its number
                found.end = model_end  # (NER may run on into "sedan")
                found.name = clean_name(text[found.start : model_end])
                out.append(found)
                continue
            elif (
                described.match(text, found.end)
                or (
                    branded.match(text, found.end)
                    and brand_owner.search(text, max(0, found.start - 12), found.start)
                )
                or (
                    owner_before.search(text, max(0, found.start - 8), found.start)
                    and owned_goods.match(text, found.end)
                )
                or (
                    goods_before.search(text, max(0, found.start - 60), found.start)
                    and re.match(r"\s*,", text[found.end : found.end + 2])
                )
            ):
                found.type = "Thing"  # "<Name>, a local opera": the thing it is described as
                out.append(found)
                continue
            one_word_org = len(found.name.split()) == 1 and (
                found.kind is Kind.ORGANIZATION
                # "cooks served <City> barbecue": a known place NER took for a person
                or (found.kind is Kind.PERSON and self._place(found.name) is not None)
            )
            if (found.kind is Kind.PLACE or one_word_org) and not found.demonym:
                rest = text[found.end : found.end + 40]
                # "<Place> noodles", "<Place> hot pot", "<Place> donkey burgers": nouns and
                # adjectives, then a head word ("Kenya exports tea" has a verb: no thing)
                k = bisect.bisect_left(starts, found.end)
                end = None
                for n in range(3):
                    if k + n >= len(toks):
                        break
                    tok = toks[k + n]
                    if not tok.text.islower() or tok.pos_ not in ("NOUN", "ADJ", "PROPN"):
                        break
                    pair = f"{toks[k + n - 1].lower_} {tok.lower_}" if n else ""
                    if tok.lower_ in self.lex.thing_heads or pair in self.lex.thing_heads:
                        end = tok.idx + len(tok.text)
                        after = toks[k + n + 1] if k + n + 1 < len(toks) else None
                        if after is not None and after.lower_ in self.lex.org_descriptors:
                            end = None  # "the <City> tea chain <O>": a company described
                        break
                if end is not None and not rest.startswith(("'", "’")):
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
                        if one_word_org:
                            continue  # "Pu'er tea": NER's organization was the thing's word
            out.append(found)
        return out + self._unnamed_things(out)

    def _unnamed_things(self, accepted: list[Found]) -> list[Found]:
        """ "the best-known work of Huangmei opera": a capitalised word no rule named, inside a
        sentence, before a word of the thing list, is the name of a thing of that kind."""
        toks = self.toks
        out: list[Found] = []
        for i in range(1, len(toks) - 1):
            tok = toks[i]
            if (
                not tok.is_alpha
                or not tok.text.istitle()
                or tok.is_sent_start
                or toks[i + 1].ent_iob_ == "I"  # (a one-word entity NER found may be it)
                or not toks[i - 1].text.islower()
                or toks[i - 1].lower_ in ("by", "with")  # "made by Acme tea": a maker
                or tok.lower_ in self.lex.org_heads
            ):
                continue
            nxt = toks[i + 1]
            if not nxt.text.islower() or nxt.lower_ not in self.lex.thing_heads:
                continue
            after = toks[i + 2] if i + 2 < len(toks) else None
            if after is not None and (
                after.lower_ in self.lex.org_descriptors or after.pos_ in ("NOUN", "PROPN")
            ):
                continue  # "<X> tea company", "<X> opera troupe": the noun qualifies another
            start, end = tok.idx, nxt.idx + len(nxt.text)
            if any(f.start < end and start < f.end for f in accepted):
                continue
            out.append(Found(start, end, clean_name(self.text[start:end]), "Thing", "thing", 0.6))
        return out

    def _model_end(self, found: Found) -> int | None:
        """Where a model's name ends ("<Brand> X7" of "<Brand> X7 sport utility vehicle"): at a
        model number after a name's first word, before a noun for what it is; None otherwise."""
        written = self.text[found.start : found.end]
        for number in _MODEL_NUMBER_IN.finditer(written):
            if number.start() == 0:
                continue
            end = found.start + number.end()
            rest = self.text[end : found.end]
            if (not rest.strip() or rest.strip().islower()) and _MODEL_NOUNS.match(self.text, end):
                return end
        return None

    def _coordinated(self, accepted: list[Found]) -> list[Found]:
        """ "<City> <X> Materials and <Province> <Y> Alloys": two companies NER ran together, told
        by the place that opens each side and the head word that ends it."""
        out: list[Found] = []
        for found in accepted:
            written = self.text[found.start : found.end]
            cut = written.find(" and ")
            left, right = written[:cut].split(), written[cut + 5 :].split()
            if (
                found.kind is not Kind.ORGANIZATION
                or cut <= 0
                or " and " in written[cut + 5 :]
                or len(left) < 2
                or len(right) < 2
                or not right[0][:1].isupper()
                or left[-1].casefold() not in self.lex.org_heads
                or right[-1].casefold().rstrip(".") not in self.lex.org_heads
                or "of" in (w.casefold() for w in left)
                # each side opens with a place: "<City> <X> Materials and <Province> <Y> Alloys"
                # ("Kenya Power and Lighting Company" is one company)
                or not any(self._place(" ".join(right[:n])) for n in (1, 2))
                or not any(self._place(" ".join(left[:n])) for n in (1, 2))
            ):
                out.append(found)
                continue
            first = replace(found, end=found.start + cut, name=clean_name(written[:cut]))
            second_start = found.start + cut + 5
            second = replace(found, start=second_start, name=clean_name(written[cut + 5 :]))
            out += [first, second]
        return out

    def _org_parts(self, accepted: list[Found]) -> list[Found]:
        """Branches, "<Brand> <Country>" and a leading place name in organization names."""
        parts = [p for p in self.found if any(p.inside(a) and p is not a for a in accepted)]
        pool = accepted + parts
        places: dict[str, Found] = {}
        for f in pool:  # (a venue's word never stands for its town: "the <City> pavilion")
            if f.kind is Kind.PLACE and not f.demonym:
                held = places.get(loose_key(f.name))
                if held is None or held.type in VENUE_TYPES:
                    places[loose_key(f.name)] = f
        short_places: dict[str, Found] = {}
        for f in pool:
            if f.kind is Kind.PLACE and self._admin_suffix(f.name) and len(f.name.split()) > 1:
                short_places.setdefault(loose_key(" ".join(f.name.split()[:-1])), f)
        org_names = [f for f in pool if f.kind is Kind.ORGANIZATION]
        extra: list[Found] = list(parts)
        work = [
            f
            for f in accepted
            if (not f.nested or f.kind is Kind.INDUSTRY_CLUSTER) and not f.demonym
        ] + [p for p in parts if p.kind is Kind.ORGANIZATION]
        while work:
            org = work.pop(0)
            if org.kind not in (Kind.ORGANIZATION, Kind.PLACE, Kind.INDUSTRY_CLUSTER):
                continue
            span = self.doc.char_span(org.start, org.end, alignment_mode="expand")
            if span is not None and len(span) == 1 and org.kind is Kind.ORGANIZATION:
                fused = self._fused_country(org)
                if fused is not None:  # "ProChile", "InvestChile": the country's own agency
                    extra.append(fused)
                    self.facts.append((org, "locatedIn", fused, "national-body", 0.7))
            if span is None or len(span) < 2:
                continue
            tokens = list(span)
            words = [t.lower_ for t in tokens]
            if (
                org.kind is Kind.ORGANIZATION
                and words[-1] in self.lex.branch_heads
                and len(tokens) >= 3
            ):
                named_arm = False  # a place before the head: "<Brand> Brazil Branch"
                for width in (2, 1):
                    place_toks = tokens[-1 - width : -1]
                    if len(place_toks) < width or len(tokens) - 1 - width < 1:
                        continue
                    name = " ".join(t.text for t in place_toks)
                    if width == 2 and name.casefold() in self.lex.world_regions:
                        # "<Brand> Central Asia Branch": the region is two words, not "Asia"
                        parent = self._token_found(tokens[:-3], "Organization", nested=True)
                        extra.append(parent)
                        work.append(parent)
                        self.facts.append((org, "partOf", parent, "branch-name", 0.85))
                        named_arm = True
                        break
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
                    named_arm = True
                    break
                if named_arm:  # (else "<Province> Provincial Industry Office": read on)
                    continue
            brand = self._brand_of(org) if org.kind is Kind.ORGANIZATION else None
            if brand is not None:
                owner = self._brand_parent(loose_key(brand), org, org_names)
                if owner is not None:  # "<Brand> Middle East" beside "<Brand> Electric"
                    self.facts.append((org, "partOf", owner, "brand-region", 0.75))
                continue
            bracket = self._bracketed_country(tokens) if org.kind is Kind.ORGANIZATION else None
            if bracket is not None:
                # "<X> Automobile (Thailand) Co., Ltd." beside "<X> Automobile Group": the group's
                # company in that country
                opened, closed = bracket
                place_found = self._token_found(tokens[opened + 1 : closed], "Country", nested=True)
                extra.append(place_found)
                self.facts.append((org, "locatedIn", place_found, "brand-country", 0.8))
                base = loose_key(" ".join(t.text for t in tokens[:opened]))
                owner = self._brand_parent(base, org, org_names)
                if owner is not None and "(" not in owner.name:  # not the arm's own short name
                    self.facts.append((org, "partOf", owner, "brand-country", 0.75))
                continue
            if org.kind is Kind.ORGANIZATION:
                core = tokens  # "<Brand> Ghana Ltd.", "<Brand> Portugal, Unipessoal Lda.": the
                while len(core) > 2:  # country before the legal form ("<X> Pakistan (Pvt) Ltd")
                    if self._is_legal(core[-1]) or core[-1].text in ",.":
                        core = core[:-1]
                    elif len(core) > 4 and core[-1].text == ")" and core[-3].text == "(":
                        if not self._is_legal(core[-2]):
                            break
                        core = core[:-3]
                    else:
                        break
                # "<Brand> South Africa": a country of two words, else of one
                width = next(
                    (
                        w
                        for w in (2, 1)
                        if len(core) > w
                        and all(t.text[:1].isupper() for t in core[-w:])
                        and (tail := self._place(" ".join(t.text for t in core[-w:]))) is not None
                        and tail.feature == "country"
                    ),
                    0,
                )
                if (
                    width
                    and not self._mission(org.name)
                    # not "the Agency for Kenya and Uganda": the last of two places served
                    and core[-width - 1].lower_ not in ("and", "&")
                ):
                    place_found = self._token_found(core[-width:], "Country", nested=True)
                    extra.append(place_found)
                    self.facts.append((org, "locatedIn", place_found, "brand-country", 0.8))
                    base = loose_key(" ".join(t.text for t in core[:-width]))
                    parents = [
                        other
                        for other in org_names
                        if other is not org and (base + " ").startswith(loose_key(other.name) + " ")
                    ]
                    longer = self._brand_parent(base, org, org_names) if not parents else None
                    for other in parents or ([longer] if longer is not None else []):
                        self.facts.append((org, "partOf", other, "brand-country", 0.75))
                    continue
            seat = self._romance_seat(tokens) if org.kind is Kind.ORGANIZATION else None
            if seat is not None:  # "Secretaría de Economía de <State>"
                extra.append(seat)
                self.facts.append((org, "locatedIn", seat, "romance-of-place", 0.8))
            venue = org.type == "CivicStructure" or (
                org.type == "LandmarksOrHistoricalBuildings"
                and (words[-1] in ("port", "airport", "station", "terminal") or words[0] == "hotel")
            )
            if venue and len(tokens) > 2:
                # "International Congress Center Munich": a venue named with its city last
                for width in (2, 1):
                    named, last = tokens[:-width], tokens[-width:]
                    city = self._place(" ".join(t.text for t in last))
                    if (
                        city is not None
                        and city.feature == "city"
                        and (
                            self._venue_named(" ".join(t.text for t in named))
                            or (words[0] == "hotel" and len(named) > 1)  # "Hotel <X> <City>"
                        )
                    ):
                        seat = self._token_found(last, "City", nested=True)
                        extra.append(seat)
                        self.facts.append((org, "locatedIn", seat, "trailing-place", 0.7))
                        break
            if (
                org.kind is Kind.PLACE
                and len(tokens) > 2
                and words[0] in _FACILITY_HEADS
                and words[1] == "of"
                and self._place(org.name) is None  # "Port of Spain": a city of its own
            ):
                # "the Port of <City>": a facility named after the place it is in
                served = tokens[3:] if words[2] == "the" and len(tokens) > 3 else tokens[2:]
                served_name = " ".join(t.text for t in served)
                place = self._place(served_name)
                if place is not None and all(t.text[:1].isupper() for t in served):
                    seat = self._token_found(
                        served, self._place_type(served_name, place), nested=True
                    )
                    extra.append(seat)
                    self.facts.append((org, "locatedIn", seat, "facility-of-place", 0.75))
                continue
            national = (
                self._national_body(tokens)
                if org.kind is Kind.ORGANIZATION
                and not _SEAT_SAID.match(self.text[org.end : org.end + 40])
                else None
            )
            if national is not None:
                # "<Country> Investment Authority", "<Demonym> Trade Agency": a state's agency
                # is in its country (a chamber or an association may be a country's abroad)
                width, country = national
                place_found = self._token_found(tokens[:width], "Country", nested=True)
                place_found.name = country
                place_found.demonym = loose_key(place_found.name) != loose_key(
                    " ".join(t.text for t in tokens[:width])
                )
                extra.append(place_found)
                self.facts.append((org, "locatedIn", place_found, "national-body", 0.7))
                continue
            if (
                org.kind is Kind.ORGANIZATION
                and len(tokens) > 3
                and _PARTY_ACRONYM.fullmatch(tokens[0].text)
                and any(t.lower_ in ("municipal", "provincial") for t in tokens[2:4])
            ):
                # "<PARTY> <City> Municipal Committee": the party's committee of that place
                tokens, words = tokens[1:], words[1:]
            if (
                (org.kind is Kind.ORGANIZATION or venue)
                and words[0] not in self.lex.org_heads
                and self._bodies.get(id(org)) is not org  # its place words name its cluster
            ):
                for width in (2, 1):
                    # "<City> Municipal Bureau of Commerce": a government body is in the place
                    # it governs (the province, when the text names "<Name> Province")
                    governs = (
                        len(tokens) > width + 1
                        and tokens[width].lower_ in ("municipal", "provincial", "city")
                        and org.kind is Kind.ORGANIZATION
                    )
                    if (
                        len(tokens) <= width
                        or not (self._seat_word(tokens[width]) or governs)
                        or not self._seat_word(tokens[width - 1])
                    ):
                        continue
                    key = loose_key(" ".join(t.text for t in tokens[:width]))
                    target_place = places.get(key) or (short_places.get(key) if governs else None)
                    target_type = target_place.type if target_place is not None else None
                    target_name = target_place.name if target_place is not None else ""
                    if target_place is not None and (
                        key == loose_key(org.name)
                        or target_place.inside(org)
                        or not self._place_by_own_name(" ".join(t.text for t in tokens[:width]))
                    ):
                        continue  # "Hengde Heavy Industry" beside "the Hengde delegation"
                    if (
                        target_place is None
                        and self._home_city(tokens[:width], tokens[width:]) is not None
                    ):
                        target_type = "City"  # named only inside names: as written there
                        target_name = clean_name(
                            self.text[
                                tokens[0].idx : tokens[width - 1].idx + len(tokens[width - 1].text)
                            ]
                        )
                    if target_type is not None and target_type not in ("Country", "Continent"):
                        # "<City> Tianfu Foods" is in the city; "<Country> Traders Association"
                        # is said to be national, not seated
                        place_found = self._token_found(tokens[:width], target_type, nested=True)
                        place_found.name = target_name
                        extra.append(place_found)
                        self.facts.append((org, "locatedIn", place_found, "leading-place", 0.7))
                        break
            if (
                org.kind in (Kind.PLACE, Kind.INDUSTRY_CLUSTER)
                and not venue
                and (org.kind is Kind.INDUSTRY_CLUSTER or not self._admin_suffix(org.name))
                # "<City> National Hi-Tech Zone": a zone is in its town whatever the rank
                and (
                    self._seat_word(tokens[1])
                    or (org.kind is Kind.INDUSTRY_CLUSTER and tokens[1].text not in ("-", "–"))
                )
            ):
                target = short_places.get(loose_key(tokens[0].text))
                if target is None and org.kind is Kind.INDUSTRY_CLUSTER:
                    # "<City> Salt Chemical Park", "Ponta Grossa Industrial District"
                    target = (
                        places.get(loose_key(f"{tokens[0].text} {tokens[1].text}"))
                        if len(tokens) > 3
                        else None
                    ) or places.get(loose_key(tokens[0].text))
                if target is not None and (
                    target.type in ("Country", "Continent") or target.inside(org)
                ):
                    target = None
                home = self._home_city(tokens[:1], tokens[1:]) if target is None else None
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
                elif home is not None and org.kind is Kind.INDUSTRY_CLUSTER:
                    place_found = self._token_found(tokens[:1], "City", nested=True)
                    extra.append(place_found)
                    self.facts.append((org, "locatedIn", place_found, "leading-place", 0.7))
                elif target is None and org.kind is Kind.INDUSTRY_CLUSTER:
                    area = self._area_of_leading_town(tokens, places)
                    if area is not None:
                        self.facts.append((org, "locatedIn", area, "town-area", 0.65))
        return accepted + [f for f in extra if f not in accepted]

    def _area_of_leading_town(self, tokens: list[Any], places: dict[str, Found]) -> Found | None:
        """ "Kulim Hi-Tech Park" beside "Kedah", "Hawassa Industrial Park" beside "Ethiopia": a
        zone named after a town the text does not name by itself lies in the division (or the
        city that names it: "Jebel Ali Free Zone" beside "Dubai"), else the country, the text
        names that holds the town."""
        for width in (2, 1):
            if len(tokens) < width + 2 or not all(t.text[:1].isupper() for t in tokens[:width]):
                continue
            town = self._place(" ".join(t.text for t in tokens[:width]))
            if town is None or town.feature != "city" or town.country_code not in self._countries:
                continue
            country = None
            for found in places.values():
                area = self._place(found.name)
                if area is None or found.nested:
                    continue
                if area.division_key == town.division_key and (
                    area.feature == "admin1"
                    or (area != town and self.gaz.names_its_division(area))  # "Dubai"
                ):
                    return found
                if area.feature == "country" and area.country_code == town.country_code:
                    country = found
            return country
        return None

    def _possessive_places(self, accepted: list[Found]) -> list[Found]:
        """ "Eldoret's Rift Valley Ginners Limited": a town's possessive NER read into the name
        of a company is the town the company is in, and no part of its name."""
        out = list(accepted)
        for f in accepted:
            match = _POSSESSIVE_PLACE.match(f.name) if f.kind is Kind.ORGANIZATION else None
            if match is None or f.nested:
                continue
            place = self._place(match.group("p"))
            if place is None or place.feature not in ("city", "admin1", "country"):
                continue
            written = self.text[f.start : f.end]
            rest = [
                w
                for w in written[len(match.group(0)) :].split()
                if w.casefold().strip(".,") not in LEGAL_WORDS and w != "&"
            ]
            if not written.startswith(match.group(0)) or len(rest) < 2:
                continue  # ("Victoria's Secret & Co.": a brand named with a possessive)
            town = Found(
                f.start,
                f.start + len(match.group("p")),
                match.group("p"),
                self._place_type(match.group("p"), place),
                "name-part",
                0.75,
            )
            f.start += len(match.group(0))
            f.name = clean_name(self.text[f.start : f.end])
            out.append(town)
            self.facts.append((f, "locatedIn", town, "possessive-place", 0.7))
        return out

    def _fused_country(self, org: Found) -> Found | None:
        """The country a one-word agency's name is made with ("ProChile", "InvestChile",
        "ProColombia"), as a name inside it, when the text names that country too."""
        match = _FUSED_AGENCY.fullmatch(org.name)
        if match is None:
            return None
        country = self._place(match.group("c"))
        if (
            country is None
            or country.feature != "country"
            or country.country_code not in self._countries
        ):
            return None
        start = org.start + match.start("c")
        return Found(
            start,
            start + len(match.group("c")),
            country.name,
            "Country",
            "name-part",
            0.7,
            nested=True,
        )

    def _national_body(self, tokens: list[Any]) -> tuple[int, str] | None:
        """How many words of a state agency's name name its country, and the country:
        "<Country> Investment Authority", "<Demonym> Investment Promotion Agency"; not a
        mission ("Embassy of ...") nor a body named with "in <Place>" (a country's abroad)."""
        words = [t.lower_ for t in tokens]
        if "in" in words or self._mission(" ".join(t.text for t in tokens)):
            return None
        for width in (2, 1):
            if not set(words[width:]) & _NATIONAL_BODY_HEADS or len(tokens) <= width:
                continue
            if len(tokens) == width + 1 and words[-1] not in _NATIONAL_ALONE:
                continue  # ("<Country> Bank", "<Demonym> Airlines"; not "<Country> Council")
            lead = " ".join(t.text for t in tokens[:width])
            if not all(t.text[:1].isupper() for t in tokens[:width]):
                continue
            if tokens[width].text in ("-", "–", "/"):
                continue  # "German-Serbian Chamber of Commerce": two countries' body
            if words[width] in _GEOGRAPHY_WORDS or any(
                self._place(" ".join(t.text for t in tokens[: width + more]))
                for more in (1, 2)
                if len(tokens) > width + more
            ):
                continue  # "Indian Ocean Commission", "British Columbia Securities Commission"
            if any(
                t.text[:1].isupper()
                and t.lower_ not in _NATIONAL_BODY_HEADS
                and self._place(t.text)
                for t in tokens[width + 1 :]
            ):
                continue  # "American University of Beirut": another place's body
            if set(words[width:]) & _ABROAD_WORDS and not set(words[width:]) & _STATE_HEADS:
                continue  # "<Country> Provincial Traders Association": a community abroad
            demonym = self.lex.demonyms.get(lead.casefold())
            place = self._place(demonym or lead)
            if (
                place is not None
                and place.feature == "country"
                and place.country_code in self._countries  # (not "Georgia Ports Authority")
            ):
                return width, place.name
        return None

    def _bracketed_country(self, tokens: list[Any]) -> tuple[int, int] | None:
        """Where "(<Country>)" stands inside a company's name after at least one word: the
        brackets' token positions, or None."""
        for opened in range(1, len(tokens) - 2):
            if tokens[opened].text != "(":
                continue
            for closed in (opened + 2, opened + 3):
                if closed < len(tokens) and tokens[closed].text == ")":
                    name = " ".join(t.text for t in tokens[opened + 1 : closed])
                    place = self._place(name)
                    if place is not None and place.feature == "country":
                        return opened, closed
        return None

    def _brand_parent(self, brand: str, org: Found, org_names: list[Found]) -> Found | None:
        """The organization a regional arm belongs to: the one named by the brand alone, else the
        one whose name begins with the brand ("<Brand> Electric" for "<Brand> Peru"), never
        another regional arm or the arm itself; none when two such names differ."""
        if not brand:
            return None
        candidates = [
            other
            for other in org_names
            if other is not org
            and self._brand_of(other) is None
            and loose_key(other.name) != loose_key(org.name)
            # never the arm's own name with more words ("<X> de México S.A. de C.V.")
            and not loose_key(other.name).startswith(loose_key(org.name) + " ")
            and (loose_key(other.name) == brand or loose_key(other.name).startswith(brand + " "))
            and not self._branch_named(other)
        ]
        exact = [o for o in candidates if loose_key(o.name) == brand]
        if exact:
            return min(exact, key=lambda o: o.start)
        if not candidates:  # "<X> Furniture (Thailand)" of "<Province> <County> <X> Furniture Co."
            candidates = [
                other
                for other in org_names
                if other is not org
                and self._brand_of(other) is None
                and not self._branch_named(other)
                and self._brand_after_home(other.name, brand)
            ]
        if len({loose_key(o.name) for o in candidates}) != 1:
            return None  # "<Brand> Footwear Co." and "<Brand> Logistics Co.": which, unsaid
        return min(candidates, key=lambda o: (len(o.name), o.start))

    def _brand_after_home(self, name: str, brand: str) -> bool:
        """Does a company's name begin with the brand after the places that open it ("Zhejiang
        Anji <X> Furniture Co." for "<X> Furniture")? A place is one the gazetteer knows or a
        word the text names as a county or town."""
        words = name.split()
        for k in range(1, min(3, len(words) - 1) + 1):
            home = words[k - 1]
            if self._place(home) is None and not re.search(
                rf"\b{re.escape(home)} (?:County|District|Town|City)\b", self.text
            ):
                return False
            if (loose_key(" ".join(words[k:])) + " ").startswith(brand + " "):
                return True
        return False

    def _branch_named(self, org: Found) -> bool:
        """Is an organization named as the arm of another in a place ("<Brand> Peru",
        "<Brand> Brazil Branch")?"""
        words = org.name.split()
        while len(words) > 2 and (self._is_legal_word(words[-1]) or words[-1] in (",", ".")):
            words = words[:-1]  # "<Brand> Uzbekistan LLC": the country before the legal form
        words[-1] = words[-1].rstrip(",")
        if len(words) < 2:
            return False
        tail = self._place(words[-1])
        return words[-1].casefold() in self.lex.branch_heads or (
            tail is not None and tail.feature in ("country", "continent")
        )

    def _home_city(self, tokens: list[Any], rest: list[Any]) -> Place | None:
        """A city the gazetteer knows that opens a name ("<City> Hengxin Steel Group") when the
        text names no such place by itself: a city of some size of a country the document names,
        written as one capitalised word or two, no word that names people in this text, and two
        words or more of the name after it (a distinctive word and a head)."""
        if (
            not all(t.text[:1].isupper() for t in tokens)
            or len(rest) < 2
            or any(t.lower_ in ("of", "for") for t in rest)
        ):  # "<City> Eagles" is a team named for its city; "<City> Academy of <X>" a structural
            return None  # name, read by its own rules
        name = " ".join(t.text for t in tokens)
        if any(t.lower_ in self.lex.jurisdiction_words or t.ent_type_ == "PERSON" for t in tokens):
            return None
        place = self._place(name)
        if (
            place is None
            or not _same_letters(place.name, name)  # "Tianfu" is an old name of Chengdu
            or place.feature != "city"
            or place.country_code not in self._countries
            or place.population < HOME_CITY_POPULATION
        ):
            return None
        return place

    def _romance_seat(self, tokens: list[Any]) -> Found | None:
        """ "Secretaría de Economía de Nuevo León", "Universidade de São Paulo", "Banco do
        Brasil": a body named in Spanish, Portuguese or Italian is in the town, division or
        country its last "de" names (not "S.A. de C.V.", a legal form)."""
        at = max((i for i, t in enumerate(tokens) if i > 0 and t.text in _ROMANCE_OF), default=0)
        rest = tokens[at + 1 :]
        if not at or not 1 <= len(rest) <= 3 or not all(t.text[:1].isupper() for t in rest):
            return None
        name = self.text[rest[0].idx : rest[-1].idx + len(rest[-1].text)]
        place = self._place(name)
        if (
            place is None
            or place.feature not in ("city", "admin1", "country")
            or place.country_code not in self._countries  # ("de San Marcos": no Guatemala)
        ):
            return None
        return self._token_found(rest, self._place_type(name, place), nested=True)

    def _place_by_own_name(self, name: str) -> bool:
        """Does the gazetteer know a place by this very name (not by an old or other name, not
        at all): a company's first word NER read as a place elsewhere is no seat of it."""
        place = self._place(name)
        return place is not None and _same_letters(place.name, name)

    def _seat_word(self, tok: Any) -> bool:
        """May the word after a leading place name say the place is the seat ("<City> Tianfu
        Foods")? Not a hyphen ("<A>-<B> Economic Circle" spans both places) nor a word of
        jurisdiction ("<Province> Provincial People's Government" governs it)."""
        return tok.text not in ("-", "–") and tok.lower_ not in self.lex.jurisdiction_words

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
        self._people_by_one_name(accepted)
        self._surnames_alone(accepted)
        self._towns_alone(accepted)
        self._places_by_first_word(accepted)
        persons_multi = [
            f
            for f in accepted
            if f.kind is Kind.PERSON
            and len(f.name.split()) > 1
            and not any(ch.isdigit() for ch in f.name)  # "<Brand> X7": a model, no one's name
        ]
        person_words = {w.casefold() for f in persons_multi for w in f.name.split()}
        org_first = {
            f.name.split()[0].casefold()
            for f in accepted
            if f.kind is Kind.ORGANIZATION and len(f.name.split()) > 1
        }
        org_names = {loose_key(f.name) for f in accepted if f.kind is Kind.ORGANIZATION}
        org_bases = {  # company names without their legal form ("<X>" of "<X> KG")
            " ".join(words[:-1])
            for name in org_names
            if len(words := name.split()) > 2 and words[-1] in LEGAL_WORDS
        }
        bases_of_posts = {
            loose_key(f.name)
            for f in accepted
            if f.kind is Kind.PERSON and loose_key(f.name) in org_bases and self._post_held_at(f)
        }
        venues = {
            loose_key(p.name)
            for p in self.found
            if p.type == "CivicStructure" and any(p.inside(a) for a in accepted)
        }
        # "<City> <Name> Machinery Group" is called "<Name>" for short
        short_names: dict[str, set[str]] = {}
        towns = self._towns(accepted)
        for f in accepted:
            words = f.name.split()
            if (
                f.kind is Kind.ORGANIZATION
                and len(words) > 2
                and words[1][:1].isupper()
                and words[1] not in towns  # "<Province> <County> <X> Co.": "<County>" a place
                and words[1].casefold() not in self.lex.org_heads
                and words[-1].casefold().strip(".,") in self.lex.org_heads
                and self._place(words[0]) is not None
            ):
                short_names.setdefault(words[1].casefold(), set()).add(f.name)
            elif (
                # "<Name> Heavy Machinery Group" is "<Name>" too, when no place opens it (and
                # "Al <Name> Equipment Trading" is "Al <Name>")
                f.kind is Kind.ORGANIZATION
                and len(words) > 2 + (article := _opens_with_article(words))
                and (opening := words[article]).isalpha()
                and opening[:1].isupper()
                and not opening.isupper()
                and opening.casefold() not in self.lex.org_heads
                and opening.casefold() not in self.lex.demonyms
                and opening.casefold() not in self.lex.world_regions  # ("the Gulf market")
                and words[-1].casefold().strip(".,") in self.lex.org_heads | LEGAL_WORDS
                # "<Name> Trade Office", "<Name> Representative Office": a unit of "<Name>"
                and words[-1].casefold() not in self.lex.branch_heads
                and self._place(opening, big_only=True) is None
                and " of " not in f.name
            ):
                short = " ".join(words[: article + 1])
                short_names.setdefault(short.casefold(), set()).add(f.name)
        for f in accepted:
            if f.kind in (Kind.PERSON, Kind.ORGANIZATION) and loose_key(f.name) in venues:
                f.type = "CivicStructure"  # "visitors to <Name>" of "the <Name> exhibition center"
                continue
            full = short_names.get(f.name.casefold(), set())
            # "<Name> Group" and "<Name> Nigeria Limited": the parent, not its national arm;
            # nor a joint venture named after its partners ("<Name> <Partner> Energy Pvt Ltd")
            full = {
                n
                for n in full
                if not self._national_arm(n)
                and not any(
                    w.casefold() in org_first - {n.split()[0].casefold()} for w in n.split()[1:]
                )
            }
            if (
                f.rule == "ner"
                and len(f.name.split()) == 1 + _opens_with_article(f.name.split())
                and len(full) == 1
                and (
                    f.kind is Kind.ORGANIZATION
                    or (f.kind is Kind.PLACE and self._place(f.name, big_only=True) is None)
                    or (f.kind is Kind.PERSON and f.name.casefold() not in person_words)
                )
            ):  # "where <Name> and its suppliers": the distinctive word of "<City> <Name> Group"
                f.type = "Organization"
                f.name = next(iter(full))  # a short name: a mention of the full one
                f.confidence = 0.65
            if (
                f.kind is Kind.PLACE
                and f.rule == "ner"
                and loose_key(f.name) in org_bases
                and self._place(f.name) is None
            ):
                f.type = "Organization"  # "<X> will distribute" after "<X> KG of <Town>"
                f.confidence = 0.7
            if f.kind is Kind.PLACE and f.rule == "ner" and " " in f.name:
                opened = self._company_opened_by(f, accepted)
                if opened is not None:  # "<X> <Y>'s factory" after "<X> <Y> Electric"
                    f.type, f.name, f.confidence = "Organization", opened, 0.65
            if f.kind is Kind.PERSON and f.rule == "ner" and loose_key(f.name) not in self.bylined:
                word = f.name.casefold()
                if (
                    (len(f.name.split()) == 1 and word in org_first and word not in person_words)
                    or loose_key(f.name) in org_names
                    # "<X> <Y> <Z>" after "<X> <Y> <Z> Ltda." (a founder may bear a
                    # company's two-word name: "Li Ning" of "Li Ning Co.")
                    or (len(f.name.split()) > 2 and loose_key(f.name) in org_bases)
                    # ... or a post is held at it ("president of <X> <Y>" beside "<X> <Y>
                    # Corporation")
                    or (loose_key(f.name) in org_bases and bases_of_posts & {loose_key(f.name)})
                    or self._opens_company_name(f, accepted, persons_multi)
                ):
                    f.type = "Organization"
                    f.confidence = 0.7
        votes: dict[str, Counter[str]] = {}
        for f in accepted:
            if not f.demonym and not f.nested:
                votes.setdefault(loose_key(f.name), Counter())[f.type] += f.priority
        # "<P>, Secretary of the <X> Committee, led ...": a name the text gives a post is a
        # person's wherever NER read it as an organization
        titled = {
            loose_key(f.name)
            for f in accepted
            if f.kind is Kind.PERSON and f.rule in ("person-appositive", "titled-name")
        } | self.bylined  # "by <Outlet> writers <P>, <P2>" and "(<Outlet>/<P2>)" under a photo
        # "<X> Industrial Park (EJSIP)": the acronym is of the kind of what it follows, wherever
        # NER read it again
        defined = {f.name: f.type for f in accepted if f.rule == "acronym"}
        cued = {loose_key(f.name) for f in accepted if f.cued and f.kind is not Kind.PLACE}
        # places the words around them vouch for ("<Town>-based", "<Town> city"), not a mere
        # preposition ("suppliers to <Company>")
        vouched = {loose_key(f.name) for f in accepted if f.cued and f.kind is Kind.PLACE}
        org_keys = [f" {loose_key(f.name)} " for f in accepted if f.kind is Kind.ORGANIZATION]
        for f in accepted:
            counter = votes.get(loose_key(f.name))
            if f.rule == "ner" and f.name in defined:
                f.type = defined[f.name]
            elif counter and f.rule == "ner" and len(counter) > 1:
                best = counter.most_common(1)[0][0]
                town = (
                    self._town_outvoted(f.name, counter, cued, org_keys)
                    if loose_key(f.name) in vouched
                    else None
                )
                f.type = "Person" if loose_key(f.name) in titled else town or best
        return accepted

    def _town_outvoted(
        self, name: str, counter: Counter[str], cued: set[str], org_keys: list[str]
    ) -> str | None:
        """The place kind of a name the text once reads as a town ("<Town>-based", "<Town>
        city") and the model elsewhere took for a company or a person, when the gazetteer
        knows the town in a country the text names and nothing in the text says otherwise: no
        post or description makes it a body, and no body's name holds it ("<Town>" of
        "Changzhou <Town> New Energy" is that company named short)."""
        places = [t for t, _ in counter.most_common() if ENTITY_TYPES[t].kind is Kind.PLACE]
        key = f" {loose_key(name)} "
        if (
            not places
            or key.strip() in cued
            or len(name.split()) > 2
            or any(key in org and org != key for org in org_keys)
        ):
            return None
        town = self._place(name)
        if town is None or town.feature not in ("city", "admin1"):
            return None
        return places[0] if town.country_code in self._countries else None

    def _places_by_first_word(self, accepted: list[Found]) -> None:
        """ "brings 38 exhibitors to Dar" beside "Dar es Salaam": a one-word place the gazetteer
        does not know, that is the first word of the one longer place of the text that it knows,
        is that place written short."""
        for f in accepted:
            if f.kind is not Kind.PLACE or " " in f.name or self._place(f.name) is not None:
                continue
            longer = {
                p.name: p
                for p in accepted
                if p.kind is Kind.PLACE
                and p.name.split()[0] == f.name
                and len(p.name.split()) > 2  # "Dar es Salaam", not "<Town> County"
                and self._place(p.name) is not None
            }
            if len(longer) == 1:
                place = next(iter(longer.values()))
                f.name, f.type = place.name, place.type

    def _towns_alone(self, accepted: list[Found]) -> None:
        """ "Meixi Town lies in Deqing County ... Deqing is known for bamboo": a one-word name
        NER took for a person or a company, that the text also names with its kind, is that
        place (unless a person's name of the text holds the word)."""
        towns = self._towns(accepted)
        if not towns:
            return
        kinds = {
            " ".join(f.name.split()[:-1]): f.type
            for f in accepted
            if f.kind is Kind.PLACE and " ".join(f.name.split()[:-1]) in towns
        }
        people = {
            w for f in accepted if f.kind is Kind.PERSON and " " in f.name for w in f.name.split()
        }
        for f in accepted:
            if (
                f.rule == "ner"
                and f.kind in (Kind.PERSON, Kind.ORGANIZATION)
                and f.name in towns
                and f.name not in people
                and self.text[f.start : f.end] == f.name
            ):
                f.type = kinds.get(f.name, "AdministrativeArea")

    def _company_opened_by(self, place: Found, accepted: list[Found]) -> str | None:
        """The one company of the text whose name opens with the words of a place no gazetteer
        knows ("Sao Viet" of "Sao Viet Electric"): that company's name, else None."""
        words = place.name.split()
        if self._place(place.name) is not None:
            return None
        names = {
            f.name
            for f in accepted
            if f.kind is Kind.ORGANIZATION
            and len(f.name.split()) > len(words)
            and f.name.split()[: len(words)] == words
        }
        return next(iter(names)) if len(names) == 1 else None

    def _people_by_one_name(self, accepted: list[Found]) -> None:
        """ "<Given> <Family> rides her scooter ... "<Family> said": a two- or three-word
        "organization" NER saw whose first or last word is a person of the text on its own, with
        no word of a company's or a place's name, is that person."""
        lone = {
            f.name
            for f in accepted
            if f.kind is Kind.PERSON and f.rule == "ner" and not f.nested and " " not in f.name
        }
        if not lone:
            return
        for f in accepted:
            words = f.name.split()
            if (
                f.kind is Kind.ORGANIZATION
                and f.rule == "ner"
                and len(words) in (2, 3)
                and (words[0] in lone or words[-1] in lone)
                and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words)
                and not any(
                    w.casefold() in self.lex.org_heads
                    or w.casefold() in self.lex.event_heads
                    or w.casefold() in self.lex.demonyms
                    or w.casefold() in LEGAL_WORDS
                    or (w.endswith("s") and w.casefold() in COMPANY_KIND_WORDS)  # "Appliances"
                    or is_trade_word(w)  # "<Founder> Tekstil"
                    or self._place(w) is not None
                    for w in words
                )
                and not self._plural_word(f)  # "<X> Records", "<X> Classics": a label, a series
            ):
                f.type = "Person"

    def _post_held_at(self, found: Found) -> bool:
        """Is the name written after a post and "of" or "at" ("president of <X>")?"""
        i = bisect.bisect_left(self._token_starts, found.start)
        return (
            i > 1
            and self.toks[i - 1].lower_ in ("of", "at")
            and self.toks[i - 2].lower_ in self.lex.title_heads
        )

    def _national_arm(self, name: str) -> bool:
        """Does a company's name carry a country after its first word ("<X> Nigeria Limited")?"""
        return any(
            (place := self._place(word.strip("(),"))) is not None and place.feature == "country"
            for word in name.split()[1:]
        )

    def _surnames_alone(self, accepted: list[Found]) -> None:
        """ "Blessing <Family> still remembers ..." then "<Family> runs a line": a lone word NER
        took for a place no gazetteer knows (or for an organization) that is the family name of
        one person of the text, and opens no organization's name, is that person."""
        families: dict[str, set[str]] = {}
        for f in accepted:
            words = f.name.split()
            if f.kind is Kind.PERSON and len(words) > 1 and not f.nested:
                families.setdefault(words[-1], set()).add(f.name)
                if len(words) == 3:  # "<Given> <Family> <Family2>": the first family name
                    families.setdefault(words[1], set()).add(f.name)
        org_words = {
            f.name.split()[0]
            for f in accepted
            if f.kind is Kind.ORGANIZATION and len(f.name.split()) > 1
        }
        for f in accepted:
            if (
                f.rule == "ner"
                and " " not in f.name
                and len(families.get(f.name, ())) == 1
                and f.name not in org_words
                and (
                    (f.kind is Kind.PLACE and self._place(f.name) is None)
                    or (f.kind is Kind.ORGANIZATION and not f.name.isupper())
                )
            ):
                f.type = "Person"

    def _plural_word(self, found: Found) -> bool:
        """Does a name hold a plural noun ("Records", "Classics")?"""
        first = bisect.bisect_left(self._token_starts, found.start)
        last = bisect.bisect_left(self._token_starts, found.end)
        return any(t.tag_ in ("NNPS", "NNS") for t in self.toks[first:last])

    def _opens_company_name(
        self, person: Found, accepted: list[Found], persons: list[Found]
    ) -> bool:
        """Is a "person" NER saw the words that name a company of the text ("Nile Huanong" of
        "Nile Huanong Agricultural Machinery Co.", "Guangyao" of "<City> Guangyao New Energy
        Technology Co."): the company's first words, or its words after the place that opens
        it, and no other person's name holds them?"""
        words = loose_key(person.name).split()
        if not words or len(words) > 3 or self._titled(person):
            return False
        others = {
            w for p in persons if loose_key(p.name) != loose_key(person.name)
            for w in loose_key(p.name).split()
        }  # fmt: skip
        if others & set(words):
            return False
        for f in accepted:
            if f.kind is not Kind.ORGANIZATION or f.nested:
                continue
            org = loose_key(f.name).split()
            if len(org) <= len(words):
                continue
            if org[: len(words)] == words:
                rest = org[len(words) :]
            elif (
                len(org) > len(words) + 1
                and org[1 : 1 + len(words)] == words
                and self._place(f.name.split()[0]) is not None
            ):
                rest = org[1 + len(words) :]
            else:
                continue
            # the rest says what the company makes ("Agricultural Machinery Co."), not only its
            # legal form ("<Founder> Corp.") nor a body named after a person ("<X> Foundation");
            # or the "person" says it itself ("<X> Cycle Components" of "... Co., Ltd.")
            says_trade = any(w in COMPANY_KIND_WORDS and w not in LEGAL_WORDS for w in words[1:])
            if (
                says_trade or any(w in COMPANY_KIND_WORDS and w not in LEGAL_WORDS for w in rest)
            ) and not (set(rest) & _NAMED_AFTER_PEOPLE):
                return True
        return False

    def _titled(self, person: Found) -> bool:
        """Is a name told as a person's by a title before it or a word for a person after it
        ("its founder <X>", "<X>, a gymnast")?"""
        toks, starts = self.toks, self._token_starts
        at = bisect.bisect_left(starts, person.start)
        if at > 0 and toks[at - 1].lower_ in self.lex.title_heads | self.lex.person_nouns:
            return True
        nouns = self.lex.title_heads | self.lex.person_nouns
        after = bisect.bisect_left(starts, person.end)
        window = [t for t in toks[after : after + 7] if not t.is_space]
        if not window or window[0].text != ",":
            return False
        return any(t.lower_ in nouns and t.text.islower() for t in window[1:])

    def _repeats(self, accepted: list[Found]) -> list[Found]:
        """An organization's name (or a known place's) written again where NER saw nothing
        ("the Qatari installer <X>" before "<X>'s engineers") is another mention of it: the same
        words, capitalised alike, standing alone (no capitalised word joined on either side).
        Only organizations whose kind the text itself vouches for (a description, a post, a
        name's form) are looked for again: NER's plain guesses are not spread further."""
        names = {
            f.name: f
            for f in accepted
            if not f.nested
            and not f.anaphor
            and not f.demonym
            and len(f.name) > 2
            and f.name == self.text[f.start : f.end]
            and f.name.casefold() not in self.lex.demonyms
            and (
                (
                    f.kind is Kind.ORGANIZATION
                    and (f.cued or f.rule in CUED_RULES or ends_in_legal_form(f.name))
                    and self._place(f.name) is None
                )
                or (f.kind is Kind.PLACE and f.rule == "ner" and self._place(f.name) is not None)
            )
        }
        if not names:
            return accepted
        pattern = re.compile(
            rf"(?<![\w'’-])(?<![A-Z]\w )(?:{alternation(tuple(sorted(names)))})(?![\w'’-])"
        )
        posts = self.lex.title_heads | self.lex.title_modifiers
        spans = sorted((f.start, f.end) for f in accepted)
        starts = [s for s, _ in spans]
        reach = list(itertools.accumulate((e for _, e in spans), max))  # furthest end so far
        out = list(accepted)
        for match in pattern.finditer(self.text):
            seen = names[match.group(0)]
            joined = _JOINED_WORD.match(self.text, match.end())
            if joined is not None and not (
                seen.name.isupper() and joined.group(1).casefold() in posts
            ):
                continue  # a capitalised word joined on: a longer name; but "<ACR> Chief
                # Executive Officer <P>" is the body before its post
            at = bisect.bisect_left(starts, match.end())
            if at > 0 and reach[at - 1] > match.start():
                # inside or across a name found already; but a place that only opens the name
                # again ("<Province> <X> Agri-Food Co., Ltd.") is a part of it, as the first time
                inner = [f for f in accepted if f.start < match.end() and f.end > match.start()]
                if inner and seen.kind is Kind.PLACE and self._pieces_of(inner, match):
                    # "São José" and "Campos" of a known "São José dos Campos" written again:
                    # pieces NER made of the place, no names of their own
                    out = [f for f in out if not any(f is g for g in inner)]
                elif not inner or not all(
                    f.kind is Kind.PLACE and match.start() <= f.start and f.end < match.end()
                    for f in inner
                ):
                    continue
                else:
                    for f in inner:
                        f.nested = True
            out.append(Found(match.start(), match.end(), seen.name, seen.type, "repeat", 0.7))
        return out

    @staticmethod
    def _pieces_of(inner: list[Found], match: re.Match[str]) -> bool:
        """Are the names found inside a place's name written again all pieces of it, as NER cut
        it at a lower-case word ("dos", "de") or read only its first words, none reaching
        beyond it?"""
        return all(
            f.rule in ("ner", "prepositional-place")
            and f.kind in (Kind.PLACE, Kind.PERSON)
            and match.start() <= f.start
            and f.end <= match.end()
            for f in inner
        )

    def _headline_names(self, accepted: list[Found]) -> list[Found]:
        """A headline in title case ("<City> Machinery Maker Deepens <Country> Push with New
        Subsidiary") capitalises every word, so NER finds names in it that are none: there, only
        places and names the article's text repeats are kept."""
        line = self.text.split("\n", 1)[0]
        words: list[str] = re.findall(r"[^\W\d_]{4,}", line)
        if (
            "\n" not in self.text
            or line.rstrip().endswith((".", "!", "?", '"', "”"))
            or len(words) < 3
            or sum(w[0].isupper() for w in words) < 0.8 * len(words)
            or is_byline(line)  # "by <Outlet> writers <P>, <P2>": names, not a headline's words
        ):
            return accepted
        body = self.text[len(line) :]
        return [
            f
            for f in accepted
            if f.start >= len(line)
            or f.rule == "masthead"  # "<Outlet> | Companies & Markets": a masthead, no headline
            or f.name in body
            or self.text[f.start : f.end] in body
            or (f.kind is Kind.PLACE and self._place(f.name) is not None)
        ]

    def _companies_by_name_proper(self, accepted: list[Found]) -> list[Found]:
        """ "Wuhan <X> Photonics Co., Ltd. ... <X> has been doing business in ...": a company's
        name proper (after the place that may open its name, before words that only say what
        kind of company it is), written alone after the full name, is another mention of it;
        only when the companies of the document with that name proper are one ("<X> Group" and
        "<Place> <X> Heavy Machinery Group Co.") and no other name is it."""
        owners = self._name_propers(accepted)
        # names found already, but as something else than a company (NER's own "<X>" as an
        # organization is the company: its other mentions are still looked for)
        # a one-word "person" that is the name proper, where no person's longer name holds the
        # word ("<X> said" after "<Place> <X> Sugar Group"), is the company
        people_words = {
            w for f in accepted if f.kind is Kind.PERSON and " " in f.name for w in f.name.split()
        }
        taken = {
            id(f): f
            for f in accepted
            if f.kind is Kind.PERSON
            and f.rule == "ner"
            and not f.nested
            and not f.cued
            and f.name in owners
            and f.name not in people_words
            and self.text[f.start : f.end] == f.name
        }
        named = {f.name for f in accepted if f.kind is not Kind.ORGANIZATION and id(f) not in taken}
        out = [f for f in accepted if id(f) not in taken]
        for f in taken.values():
            full = _sole_company(f.name, owners)
            if full is None or full.name.split()[0] == f.name:
                out.append(f)  # two companies of one name proper; a brand that opens the name
            else:
                out.append(Found(f.start, f.end, full.name, full.type, "repeat", 0.65))
        accepted = out
        spans = sorted((f.start, f.end) for f in accepted)
        starts = [s for s, _ in spans]
        reach = list(itertools.accumulate((e for _, e in spans), max))
        out = list(accepted)
        posts = alternation(_OWN_POSTS)
        for word, companies in sorted(owners.items()):
            full = _sole_company(word, owners)
            if word in named or full is None:
                continue  # two companies of one name proper; or a name of its own
            first = min(companies, key=lambda c: c.start)
            alone = (
                rf"(?<![\w'’-])(?<![A-Z]\w )(?<![A-Z]\w\w )\b{re.escape(word)}(?![\w-])"
                rf"(?!['’](?!s\b))(?! (?!(?:{posts})\b)[A-Z])"  # (and "<X>'s first plant")
            )  # ("<X> Chairman <Given> <Family> told ...": the company before its post)
            for match in re.finditer(alone, self.text[first.end :]):
                start, end = first.end + match.start(), first.end + match.end()
                at = bisect.bisect_left(starts, end)
                if at > 0 and reach[at - 1] > start:
                    continue  # inside or across a name found already
                if not self._proper_noun_alone(start):
                    continue  # "Global demand", "the Secretary General": a word, not the name
                out.append(Found(start, end, full.name, full.type, "repeat", 0.65))
        return out

    def _name_propers(self, accepted: list[Found]) -> dict[str, list[Found]]:
        """The companies of the document by their name proper (``_name_proper``)."""
        owners: dict[str, list[Found]] = defaultdict(list)
        companies_named = frozenset(f.name for f in accepted if f.kind is Kind.ORGANIZATION)
        towns = self._towns(accepted)
        for f in accepted:
            if f.kind is Kind.ORGANIZATION and not f.nested and not f.anaphor:
                word = self._name_proper(f.name, companies_named, towns)
                if word is not None:
                    owners[word].append(f)
        return owners

    def _short_company_names(self, accepted: list[Found]) -> list[Found]:
        """ "<Place> <X> Sugar Group ... <X> said": the name proper NER took for a company of
        its own is the company, when one company of the document bears it (renamed in place,
        after the facts read from names: "<X>'s subsidiary, <X> Dairy <Country>" is part of
        the group)."""
        owners = self._name_propers(accepted)
        for f in accepted:
            if (
                f.kind is not Kind.ORGANIZATION
                or f.rule != "ner"
                or f.nested
                or f.cued
                or f.name not in owners
                or self.text[f.start : f.end] != f.name
            ):
                continue
            full = _sole_company(f.name, owners)
            # (a word that opens the name is a brand: "<X> Machinery Group ... <X> sells")
            if full is not None and full.name.split()[0] != f.name:
                f.name, f.type = full.name, full.type
        return accepted

    def _proper_noun_alone(self, at: int) -> bool:
        """Is the word at character ``at`` no common word by its tag (a name the tagger does not
        know may pass for a verb: "Lanxing has sold"), with no capitalised word just before it
        (no longer name it would be the end of)?"""
        k = bisect.bisect_left(self._token_starts, at)
        if k >= len(self.toks) or self.toks[k].idx != at or self.toks[k].pos_ in _COMMON_TAGS:
            return False
        before = self.toks[k - 1] if k > 0 else None
        return before is None or self.toks[k].is_sent_start or not before.text[:1].isupper()

    def _towns(self, accepted: list[Found]) -> frozenset[str]:
        """ "Anji" of "Anji County": the places the text names with their kind, by the name
        alone (the gazetteer may not know them)."""
        return frozenset(
            " ".join(words[:-1])
            for f in accepted
            if f.kind is Kind.PLACE
            and len(words := f.name.split()) > 1
            and words[-1].casefold() in self.lex.place_nouns | self.lex.division_heads
        )

    def _name_proper(
        self,
        name: str,
        companies: frozenset[str] = frozenset(),
        towns: frozenset[str] = frozenset(),
    ) -> str | None:
        """The one word that names a company among words that say where it is and what it does
        ("<Place> <X> Photonics Co., Ltd." -> "<X>"); None when the name has no such word. A
        word that is also a town's name is one after a place that opens the name, when the
        text writes it alone as a company too (``companies``). ``towns``: places the text names
        with their kind ("Anji" of "Anji County"), which may open a name after its province."""
        words = name.split()
        opening = next(
            (n for n in (2, 1) if len(words) > n + 1 and self._place(" ".join(words[:n]))), 0
        )
        if len(words) > opening + 2 and words[opening] in towns:
            opening += 1  # "<Province> <County> <X> Furniture Co., Ltd."
        word, rest = words[opening], loose_key(" ".join(words[opening + 1 :])).split()
        if (
            not rest
            or not all(w in COMPANY_KIND_WORDS or w in LEGAL_WORDS for w in rest)
            or not (word.isalpha() and word[0].isupper() and len(word) > 3)
            or word.casefold() in COMPANY_KIND_WORDS
            or word.casefold() in self.lex.demonyms
            or word.casefold() in self.lex.org_heads
            or (self._place(word) is not None and not (opening and word in companies))
        ):
            return None
        return word

    def _names_of_people_again(self, accepted: list[Found]) -> list[Found]:
        """A person's family or given name written alone after the full name, where NER saw
        nothing, and told as a person by what follows ("Zhang, Director-General of <Org>",
        "Bianchi said"): another mention of that person, under the word alone (resolution joins
        it to the full name, or leaves it when two people share it)."""
        toks = self.toks
        first_end: dict[str, int] = {}  # word -> where the first name bearing it ends
        for f in accepted:
            parts = f.name.split()
            if f.kind is not Kind.PERSON or f.nested or not 2 <= len(parts) <= 3:
                continue
            for word in (parts[0], parts[-1]):
                if (
                    len(word) > 1
                    and word.isalpha()
                    and word[0].isupper()
                    and word.casefold() not in self.lex.title_heads
                    and self._place(word) is None
                ):
                    first_end[word] = min(first_end.get(word, f.end), f.end)
        if not first_end:
            return accepted
        spans = sorted((f.start, f.end) for f in accepted)
        out = list(accepted)
        for tok in toks:
            if tok.text not in first_end or tok.idx < first_end[tok.text]:
                continue
            i = tok.i
            if (i > 0 and self._namey(i - 1) and toks[i - 1].text[:1].isupper()) or (
                i + 1 < len(toks) and self._namey(i + 1) and toks[i + 1].text[:1].isupper()
            ):
                continue  # part of a longer name
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            after = toks[i + 2] if i + 2 < len(toks) else None
            said = nxt is not None and nxt.pos_ == "VERB" and nxt.lemma_ in self.lex.speech_verbs
            titled = (
                nxt is not None
                and nxt.text == ","
                and after is not None
                and after.text[:1].isupper()
                and after.lower_ in self.lex.title_heads | self.lex.title_modifiers
            )
            if not (said or titled):
                continue
            start, end = tok.idx, tok.idx + len(tok.text)
            same = next((f for f in out if f.start == start and f.end == end), None)
            if same is not None and same.rule == "ner" and same.kind is Kind.ORGANIZATION:
                same.type = "Person"  # "..., and Nurlanov said": NER's organization is the person
                continue
            if any(s < end and start < e for s, e in spans):
                continue  # inside or across a name found already
            out.append(Found(start, end, tok.text, "Person", "repeat", 0.7))
        return out

    def _organs(self, accepted: list[Found]) -> list[Found]:
        """ "Chairman of the Board of <Company>", "Member of the Executive Board of <ACR>": a
        company's board is no body of its own; the name is the company's (where the post is).
        A board named for what it does stays ("Board of Investment of <Country>")."""
        out = []
        for f in accepted:
            match = _ORGAN.match(f.name) if f.kind is Kind.ORGANIZATION else None
            rest = match.group(1) if match else ""
            words = rest.split()
            if (
                match
                and words
                and (
                    self._is_legal_word(words[-1])
                    or (len(words) == 1 and rest.isupper() and len(rest) >= 2)
                    or any(loose_key(o.name) == loose_key(rest) for o in accepted if o is not f)
                )
            ):
                start = f.start + self.text[f.start : f.end].index(rest)
                end = f.end
                more = _LEGAL_GOES_ON.match(self.text, end)
                if more and self._is_legal_word(words[-1]):
                    end = more.end()  # "<X> Co., Ltd.": the board's name stopped at the comma
                f = replace(f, start=start, end=end, name=clean_name(self.text[start:end]))
            out.append(f)
        return out

    def _is_legal_word(self, word: str) -> bool:
        """Is a word a legal form ("Ltd.", "GmbH")?"""
        low = word.casefold()
        return low in self.lex.legal_suffixes or low + "." in self.lex.legal_suffixes

    def _lone_people(self, accepted: list[Found]) -> list[Found]:
        """A one-word "person" NER found that is no word of a full name of the document, never
        given a title ("Mr <X>", "<X>, Chairman of") nor saying anything ("<X> said"), and
        written as a thing ("the <X> sold 4,000 units", "<X> buyers", "<X> blends", "Pandas
        are", a headline's word) is no one: the small model takes unfamiliar brands, grapes
        and towns for people. A place the gazetteer knows in a country the text names, written
        where a place stands ("across <X>"), is that place; an acronym is an organization.
        Without such signs the person stays: news names many people by one name ("Messi
        scored", "Macron dissolved the Assembly")."""
        words = {
            w.casefold()
            for f in accepted
            if f.kind is Kind.PERSON and len(f.name.split()) > 1
            for w in f.name.split()
        }
        lone: dict[str, list[Found]] = defaultdict(list)
        for f in accepted:
            if f.kind is Kind.PERSON and f.name.isalpha() and f.name.casefold() not in words:
                lone[f.name].append(f)
        out = list(accepted)
        countries = {  # of the places found as places (the lone words themselves aside)
            p.country_code
            for f in accepted
            if f.kind is Kind.PLACE and (p := self._place(f.name)) is not None
        }
        for name, found in lone.items():
            if any(f.rule != "ner" or self._spoken_of_as_person(f) for f in found):
                continue
            place = self._place(name)
            if place is not None and not (
                place.feature in ("country", "continent")
                or (place.country_code in countries and any(map(self._after_place_word, found)))
            ):
                # "the <X> sold 4,000 units": a town of another country, no proof; "<X> cars"
                # in a text on China: a brand named like a Chinese town is no place
                place = None
            letters = name.isupper() and 3 <= len(name) <= 6  # not "RM" of "BTS member RM"
            thing = any(map(self._written_as_thing, found))
            if place is None and not letters and (not thing or len(found) >= _TOLD_OFTEN):
                continue  # someone named by one word, or a name the text keeps using so
            for f in found:
                out.remove(f)
                if place is not None:
                    out.append(replace(f, type=self._place_type(name, place), confidence=0.7))
                elif letters:
                    out.append(replace(f, type="Organization", confidence=0.7))
        return out

    def _written_as_thing(self, found: Found) -> bool:
        """Is a one-word name written as no person is: after an article or "whose" ("the
        <X>"), before a common noun it qualifies ("<X> buyers", "<X> blends"), in the plural
        ("<X>s are"), where only a place stands ("across <X>"), or in a headline (a line of
        capitalised words without a full stop)?"""
        toks = self.toks
        i = bisect.bisect_left(self._token_starts, found.start)
        tok = toks[i]
        if i > 0 and toks[i - 1].lower_ in _THING_DETERMINERS:
            return True
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            nxt is not None
            and tok.dep_ == "compound"
            and nxt.pos_ == "NOUN"
            and nxt.text.islower()
            and nxt.lower_ not in _WORKS_OF_PEOPLE
        ):
            return True  # (not "<X> paintings", "<X> songs": a person's works)
        if tok.tag_ == "NNPS" or (nxt is not None and nxt.lower_ in ("are", "were")):
            return True  # "Pandas are Sichuan's best ambassadors": a plural
        if i > 0 and toks[i - 1].lower_ in ("across", "throughout", "around", "inside"):
            return True  # "in 120 supermarkets across <X>": a place the gazetteer lacks
        line_start = self.text.rfind("\n", 0, found.start) + 1
        line_end = self.text.find("\n", found.end)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)].strip()
        line_words = [w for w in line.split() if w[:1].isalpha()]
        capitalised = sum(w[:1].isupper() for w in line_words)
        return (
            len(line_words) >= 4
            and not line.endswith((".", '"', "”"))
            and capitalised >= 0.6 * len(line_words)
        )

    def _after_place_word(self, found: Found) -> bool:
        """Is the name written where a place stands: "across <X>", "in <X>", "the province
        of <X>"?"""
        i = bisect.bisect_left(self._token_starts, found.start)
        if i == 0:
            return False
        before = self.toks[i - 1].lower_
        if before in _WHERE:
            return True
        return before == "of" and i > 1 and self.toks[i - 2].lower_ in self.lex.place_nouns

    def _spoken_of_as_person(self, found: Found) -> bool:
        """Does the text treat this one word as a person: an honorific or a title before it,
        a title after a comma, or a verb of speech after it?"""
        toks = self.toks
        i = bisect.bisect_left(self._token_starts, found.start)
        before = toks[i - 1] if i > 0 else None
        if before is not None and (
            before.lower_ in HONORIFICS
            or (before.text.istitle() and before.lower_ in self.lex.title_heads)
        ):
            return True
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        after = toks[i + 2] if i + 2 < len(toks) else None
        if nxt is not None and nxt.pos_ == "VERB" and nxt.lemma_ in _SAID:
            return True
        return (
            nxt is not None
            and nxt.text == ","
            and after is not None
            and after.lower_ in self.lex.title_heads | self.lex.title_modifiers
        )

    def _place_qualified_events(self, accepted: list[Found]) -> list[Found]:
        """ "the 2025 <X> Fair (Kazakhstan)": a place in brackets right after an event's name is
        part of the name (the edition held there); the place stays a mention of its own."""
        out = list(accepted)
        seats: list[Found] = []
        for at, event in enumerate(out):
            bracket = _BRACKETED.match(self.text, event.end) if event.kind is Kind.EVENT else None
            place = self._place(bracket.group(1)) if bracket is not None else None
            if bracket is None or place is None:
                continue
            inner = self._bracketed_after(out, event, bracket, places_only=True)
            if inner is None:
                continue
            if not inner:
                type_name = self._place_type(bracket.group(1), place)
                seats.append(
                    Found(bracket.start(1), bracket.end(1), place.name, type_name, "ner", 0.8, True)
                )
            out[at] = replace(event, end=bracket.end(), name=f"{event.name} ({bracket.group(1)})")
        return out + seats

    def _bracketed_short_names(self, accepted: list[Found]) -> list[Found]:
        """ "<X> Automobile (Thailand)" where the text names "<X> Automobile (Thailand) Co.,
        Ltd.": the bracketed country is part of the short name, as in the full one."""
        out = list(accepted)
        companies = [f.name for f in accepted if f.kind is Kind.ORGANIZATION]
        for at, org in enumerate(out):
            bracket = (
                _BRACKETED.match(self.text, org.end) if org.kind is Kind.ORGANIZATION else None
            )
            if bracket is None:
                continue
            name = f"{org.name} ({bracket.group(1)})"
            if not any(c.startswith(name + " ") for c in companies):
                continue
            if self._bracketed_after(out, org, bracket, places_only=False) is not None:
                out[at] = replace(org, end=bracket.end(), name=name)
        return out

    @staticmethod
    def _bracketed_after(
        found: list[Found], name: Found, bracket: re.Match[str], *, places_only: bool
    ) -> list[Found] | None:
        """The names inside the bracket after ``name``, marked nested as it takes the bracket
        in; None (nothing marked) when one reaches out of it, or is no place and only places
        may stand there."""
        inner = [f for f in found if name.end < f.start < bracket.end()]
        if any(f.end > bracket.end() or (places_only and f.kind is not Kind.PLACE) for f in inner):
            return None
        for f in inner:
            f.nested = True
        return inner

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


def _same_letters(a: str, b: str) -> bool:
    """Are two names one written two ways ("Xi'an", "Xian"), not a place and another of its
    names ("Chengdu", "Tianfu")?"""
    return "".join(ch for ch in loose_key(a) if ch.isalnum()) == "".join(
        ch for ch in loose_key(b) if ch.isalnum()
    )
