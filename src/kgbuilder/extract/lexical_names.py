"""Names found by their words: quoted titles, cluster heads, datelines, acronyms, demonyms.

Each rule reads the text or tokens for vocabulary of ``data/lexicon.yaml`` and the demonym list:
quoted event titles followed by an event noun, industry clusters and parks ("the '4422'
industry cluster", "<X> Economic Circle", "Optics Valley of <Country>"), datelines in capitals,
"Name (ACR)" acronyms, demonyms as mentions of their place, and names of the knowledge base.
A mixin of ``EntityFinder``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from kgbuilder.extract.finder_base import (
    DETERMINERS,
    PREPOSITIONS,
    QUOTES,
    FinderBase,
    alternation,
)
from kgbuilder.extract.spans import Found
from kgbuilder.kinds import Kind
from kgbuilder.names import (
    COMPANY_KIND_WORDS,
    bracket_word_fits,
    clean_name,
    loose_key,
    shortens,
)

#: "Days of <Province>( in <Country>)": a promotion named head first
_DAYS_OF_PLACE = re.compile(
    r"\b(?P<head>Days|Week|Festival|Month) of (?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
#: "QUITO, March 3", "Bologna, 8 November 2024 –", "Tashkent, 14 May /UzA/.": a line that
#: opens with a town and a date (in capitals or not: the gazetteer must know the town)
_DATELINE = re.compile(
    r"(?:^|\n)\s*([A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+){0,3}(?:/[A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+){0,3})*),"
    rf"\s+(?:{_MONTH}\.? \d{{1,2}}\b|\d{{1,2}} {_MONTH}\b)"
)
#: "ACCRA -", "Jakarta (ANTARA) -", "TORONTO —": a dateline of a town and a dash, no date
_DATELINE_DASH = re.compile(
    r"(?:^|\n)[ \t]*([A-Z][A-Za-z'.-]+(?: [A-Z][A-Za-z'.-]+){0,2})(?:, [A-Z][A-Za-z]+)?"
    r"(?: \([A-Z][A-Za-z]+\))? (?:-|--|—|–) (?=[A-Z\"“])"
)
#: how far into the text a dateline of a town and a dash may be (its headline and first line)
_DATELINE_LEAD = 300
#: a wire service in a press release's dateline: "/PRNewswire/ --", "(BUSINESS WIRE)--"
_WIRE = re.compile(
    r"(?:\b(?:19|20)\d\d |^|\b\d{1,2} [A-Z][a-z]+ )/(?P<w>[A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+)?)/ ?(?:--|—|–|\.)"
    r"|\((?P<caps>[A-Z][A-Z ]*WIRE)\) ?(?:--|—|–)",
    re.MULTILINE,
)
#: "<FAIRNAME> 2025, the ...": a word of capitals (or a brand's inner capital), a year, then a
#: description in apposition
_EDITION = re.compile(
    r"\b(?P<word>[A-Z][A-Za-z]*[A-Z][A-Za-z]*) (?P<year>(?:19|20)\d\d), (?:the|an?) (?=[A-Z])"
)
_QUOTED = re.compile(r"[\"“‘']([^\"“”‘’\n]{2,120}?)[\"”’'](?=[\s,;:.)])")
#: words that may follow an event noun that ends its phrase (", a promotion by <X>")
_AFTER_EVENT_NOUN = frozenset(
    {
        "by", "of", "in", "at", "for", "that", "which", "held", "organized", "organised",
        "hosted", "staged", "run", "from", "on", "to", "with",
    }
)  # fmt: skip
#: a capitalised word of a name; an apostrophe inside it joins syllables of one place name
#: ("Dai'an", "Hei’yun"), never a possessive ("China's")
#: capital letters of the Latin scripts ("Łódź", "Ústí", "Île"), for names a pattern reads
UPPER = "A-Z" + "".join(chr(c) for c in range(0xC0, 0x250) if chr(c).isupper())
_NAME_WORD = rf"[{UPPER}0-9](?:[\w\-–]|['’](?!s\b)(?=\w))*"


#: capitalised words (and the small words between them) right after a closing quote
_TITLE_CASE_RUN = re.compile(r"[ ]([A-Z][\w-]*(?: (?:and|of|&|[A-Z][\w-]*))*)")
#: nouns that name an event after a quoted title only ("a "Taste of Henan" evening")
_QUOTED_EVENT_NOUNS = frozenset({"evening", "night", "salon", "banquet", "dinner", "reception"})
#: words that introduce a quoted title: "an expo themed "X"", "a forum called "X""
_TITLE_WORDS = frozenset({"themed", "titled", "entitled", "called", "named", "dubbed"})
#: "billed as "X"", "branded as the "X"": verbs that give a title with "as"
_BILLED = frozenset({"billed", "branded", "marketed", "styled", "known"})
#: "... a promotion ..., under the banner "X."": a phrase that gives the title of an event the
#: sentence has already named; the title may carry the sentence's full stop inside its quotes
_UNDER_BANNER = re.compile(r"\bunder the (?:banner|title|name)(?: of)?\s*$", re.IGNORECASE)


#: "the <Place> <industry words> (industry) cluster"
_PLACE_CLUSTER = re.compile(
    r"\b[Tt]he ((?:[A-Z][\w'’-]+ ){1,2})((?:[a-z][a-z-]+ ){1,4}?)"
    r"((?:industry |industrial |manufacturing )?clusters?)\b"
)
#: '<Company> ("Hanyuan" or "the Company")', '(the "Hanyuan Group")': a short name defined
#: a bracketed name of two to four capitalised words: "(Changsha ETDZ)", "(Xi'an Hi-tech Zone)"
_SHORTENED = re.compile(r" ?\(([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){1,3})\)")
_DEFINED_NAME = re.compile(
    rf" ?\((?:the )?[\"“](?:the )?([{UPPER}][\w&.'’-]*(?: [{UPPER}][\w&.'’-]*){{0,3}})[\"”](?: or (?:the )?[\"“][^\"”]{{1,30}}[\"”])?\)"
)


#: "Embassy of the People's Republic of China in <Country>": kind, state, seat
_MISSION_OF = re.compile(
    r"(Embassy|Consulate General|Consulate) of (?:the )?(.+?) in (?:the )?(.+)"
)
#: "Chinese Embassy in <Country>": demonym, kind, seat
_DEMONYM_MISSION = re.compile(
    r"(?:the )?(\w+) (Embassy|Consulate General|Consulate) in (?:the )?(.+)"
)


#: '"1+6" smart home appliance cluster': a quoted number, up to four lower-case words, a head
_NUMBERED_CLUSTER = re.compile(
    r"[\"“](?=[^\"”\n]*\d)[\w+\-–]{1,12}[\"”](?: [a-z][a-z-]*){1,4}? "
    r"(?:clusters?(?: programme| program| plan)?|(?:industrial |industry )?system|programme|program|belt)\b"
)


#: "<Country> (<Province>) " before a zone's name
_BRACKETED_HOST = re.compile(r"\b([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) \(([A-Z][\w'’ -]*)\) ")


@functools.cache
def _head_first_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    """A head-first park's name: its head words, then capitalised words (joined by "de")."""
    words = "|".join(
        re.escape(h).replace("\\ ", r"\s+") for h in sorted(heads, key=len, reverse=True)
    )
    return re.compile(
        rf"\b(?i:{words})(?:\s+(?:de|del|de la|do|dos|da|das|des|du|di|della)?\s*[A-ZÀ-Ý][\w'’-]*)+"
    )


#: the second word of a venue named like an event ("Expo Center Norte")
_VENUE_WORDS = frozenset({"center", "centre", "hall", "halls", "park", "plaza", "city", "grounds"})
#: the year of an edition after an event's name: " 2025"
_EDITION_YEAR = re.compile(r" (?:19|20)\d\d\b")
#: ", the solar industry exhibition": an event's description in apposition (lower case)
_EVENT_DESCRIBED = re.compile(
    # (modifiers only: "the largest exhibitor at the fair" describes a company)
    r", (?:the|an?) (?:(?!(?:of|at|for|in|on|to|with|by|the|a|an|and)\b)[a-z]+(?:-[a-z]+)? ){0,4}?"
    r"(?P<head>exhibition|fair|expo|trade show|conference|summit|festival|congress|forum)"
    # (an apposition, not the subject of the next clause: ", the fair closed on May 6")
    r"(?=,|\.| (?:held|in|at|that|which|of|for|organi[sz]ed|running|taking|opened|due)\b)"
)
#: nouns of the events a quoted title right after them names ("the promotion "<Title>""; not
#: a series, a show or a tour, which as often are television's or music's)
_TITLED_EVENT_NOUNS = frozenset(
    {"promotion", "fair", "expo", "exhibition", "forum", "festival", "roadshow", "conference",
     "showcase", "summit", "congress", "week", "seminar", "symposium"}
)  # fmt: skip
#: the heads of a promotion series named for the part of the world it is for
_SERIES_HEADS = frozenset({"week", "weeks", "days", "roadshow", "tour", "promotion", "showcase"})
#: " in the " between an event's name and a region of the world
_IN_REGION = re.compile(r" in (?:the )?")
#: an edition's year opening an event's name ("2025 <Province> Trade Week")
_YEAR_AT_START = re.compile(r"(?:19|20)\d\d ")
#: an edition's year at the end of an event's name ("<Fair> Japan 2025")
_YEAR_AT_END = re.compile(r" (?:19|20)\d\d$")


class LexicalNames(FinderBase):
    """Names found by their words: titles, cluster heads, datelines, acronyms, demonyms."""

    def _editions(self) -> list[Found]:
        """ "<FAIRNAME> 2025, the International Trade Fair for ...": a one-word name with its
        edition's year, described by an event's name right after it, is that event; the word
        alone elsewhere in the text is the event too ("About <FAIRNAME>")."""
        out: list[Found] = []
        text = self.text
        heads = alternation(frozenset(h.title() for h in self.lex.event_heads if " " not in h))
        for match in _EDITION.finditer(text):
            description = text[match.end() : match.end() + 120].split(".")[0]
            if re.search(rf"\b(?:{heads})\b", description) is None:
                continue
            word = match.group("word")
            if self._place(word) is not None or word.casefold() in self.lex.plain_abbreviations:
                continue
            name = f"{word} {match.group('year')}"
            out.append(Found(match.start(), match.end("year"), name, "Event", "event-name", 0.8))
            for again in re.finditer(rf"\b{re.escape(word)}\b(?! (?:19|20)\d\d)", text):
                out.append(Found(again.start(), again.end(), name, "Event", "repeat", 0.7))
        return out

    def _edition_descriptions(self, accepted: list[Found]) -> list[Found]:
        """ "<FAIRNAME> 2025, the International Trade Fair for ...": the description in
        apposition is another name of the edition."""
        names = {
            f.name
            for f in accepted
            if f.rule == "event-name" and _EDITION.match(self.text, f.start) is not None
        }
        editions = [f for f in accepted if f.name in names and f.kind is Kind.EVENT]
        for edition in editions:  # (and "About <FAIRNAME>\n<FAIRNAME> is the ...")
            for f in accepted:
                gap = self.text[edition.end : f.start]
                if f is not edition and re.fullmatch(r"(?:,| is) (?:the |an? )?", gap):
                    f.name, f.type = edition.name, "Event"
        return accepted

    def _editions_named_short(self, accepted: list[Found]) -> list[Found]:
        """ "<Fair> <Country> 2025" and later "<Fair> <Country>, organized by ...": the name
        without its year, which the model took for a person, a place or a thing, is the
        edition. (An organization of that name stays: a fair's owner may bear it.)"""
        editions: dict[str, Found] = {}
        named = {(f.start, f.end) for f in accepted}
        for f in list(accepted):
            if f.kind is Kind.EVENT and (match := _YEAR_AT_END.search(f.name)) is not None:
                editions.setdefault(loose_key(f.name[: match.start()]), f)
            opening = _YEAR_AT_START.match(f.name) if f.kind is Kind.EVENT else None
            # (not "2025 <X> Week (<Country>)": resolution reads that one's host in brackets)
            if opening is not None and not f.nested and not f.name.endswith(")"):
                # "The 2025 <Province> (<Country>) Trade Week": the name without the year is
                # the event's too (reports name it so between editions); kept as an alias
                at = self.text.find(f.name[opening.end() :], f.start, f.end)
                short = f.name[opening.end() :]
                if at >= 0 and (at, at + len(short)) not in named:
                    accepted.append(
                        Found(
                            at, at + len(short), short, "Event", f.rule, f.confidence, nested=True
                        )
                    )
        if not editions:
            return accepted
        for f in accepted:
            edition = editions.get(loose_key(f.name))
            if (
                edition is not None
                and f.kind in (Kind.PERSON, Kind.PLACE, Kind.OTHER)
                and not f.nested
                and " " in f.name.strip()
                and self._place(f.name) is None
            ):
                f.name, f.type = edition.name, "Event"
        return accepted

    def _events_by_descriptor(self, accepted: list[Found]) -> list[Found]:
        """ "Intersolar Europe, the solar industry exhibition held at ...": a name NER took for an
        organization, described in apposition as an exhibition, a fair or a conference, is that
        event."""
        for f in accepted:
            if f.kind is not Kind.ORGANIZATION or f.rule not in ("ner", "brand-region"):
                continue  # (and "<Name> Europe": a regional arm's form, an event's too)
            if f.nested:
                continue
            described = _EVENT_DESCRIBED.match(self.text, f.end)
            if (
                described is not None
                and described.group("head") in self.lex.event_heads
                and f.name.split()[-1].casefold() not in self.lex.org_heads
            ):
                f.type = "Event"
        return accepted

    def _events_named_for_regions(self, accepted: list[Found]) -> list[Found]:
        """ "the <Province> Brands Week in Latin America": a series' title names the part of the
        world it is for (a continent, "Latin America", "the Middle East"), no venue; the region
        joins the name and stays a mention of its own."""
        regions = {
            f.start: f
            for f in accepted
            if f.kind is Kind.PLACE
            and not f.nested
            and (f.type == "Continent" or f.name.casefold() in self.lex.world_regions)
        }
        if not regions:
            return accepted
        for event in accepted:
            if event.kind is not Kind.EVENT or event.nested or event.anaphor:
                continue
            if event.name.split()[-1].casefold() not in _SERIES_HEADS:
                continue  # ("the World Cup in the Middle East": where a cup is held)
            joined = _IN_REGION.match(self.text, event.end)
            region = regions.get(joined.end()) if joined is not None else None
            if region is None:
                continue
            renamed = clean_name(self.text[event.start : region.end])
            for other in accepted:  # every mention of the event takes the longer name
                if other.kind is Kind.EVENT and other.name == event.name and other is not event:
                    other.name = renamed
            event.end, event.name = region.end, renamed
            region.nested = True
        return accepted

    def _quoted_events(self) -> list[Found]:
        """A quoted title followed by up to three words and an event noun names an event."""
        out: list[Found] = []
        text = self.text
        quotes = list(_QUOTED.finditer(text))
        for match in quotes:
            title = match.group(1).strip()
            bannered = self._under_banner(match.start()) or self._themed(
                text[max(0, match.start() - 80) : match.start()], title
            )
            if bannered and title[-1:] in (".", ",") and not title.endswith(".."):
                # '... under the banner "X."', 'The promotion, titled "X," opened': the
                # sentence's stop or comma, inside the quotes as American style puts it
                title = title[:-1].rstrip()
            opens = title[:1].isupper() or (bannered and re.match(r"(?:19|20)\d\d [A-Z]", title))
            if not opens or len(title.split()) < 2 or title[-1] in ",.!?":
                continue  # a title, not quoted speech ("We love this fair," the organizer said)
            after = text[match.end() : match.end() + 60].casefold().split()
            # '"<Title>", a promotion by ...': closed before a comma, the event noun must
            # follow at once and end its phrase (not '"...", a festival organiser said')
            if (
                text[match.end() : match.end() + 1] != " "
                and not bannered
                and not self._event_apposition(text[match.end() : match.end() + 60])
            ):
                continue
            words = [w.strip(".,;:") for w in after[:4]]
            # "a "Taste of Henan" evening": one of the nouns that name an event only right after
            # a title (no quoted speech: "... this year," he said last night)
            right_after = words[:1]
            if (
                not any(w in self.lex.event_heads for w in words)
                and not any(w in _QUOTED_EVENT_NOUNS for w in right_after)
                and not bannered  # (themed: "a promotion tour themed "X"")
            ):
                continue
            start = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
            end, name = start + len(title), clean_name(title)
            rest = self._title_case_head(match.end())
            if rest is not None:  # "the "Charming <X>" Culture and Tourism Week": one name
                start, end = match.start(), match.end() + rest[0]
                name = clean_name(f"{title} {rest[1]}")
            out.append(Found(start, end, name, "Event", "quoted-event", 0.85))
        return out + self._quoted_again(out, quotes)

    def _quoted_again(self, events: list[Found], quotes: list[re.Match[str]]) -> list[Found]:
        """The same title quoted elsewhere ('"<Title>" Sets Sail in <City>' in the headline)
        names the same event, with or without an event noun after it."""
        titles = {e.name: e for e in events}
        seen = {(e.start, e.end) for e in events}
        out: list[Found] = []
        for match in quotes:
            raw = match.group(1).strip().rstrip(".")
            title = clean_name(raw)
            if title not in titles:
                continue
            start = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
            end = start + len(raw)
            if (start, end) in seen or any(e.start <= start < e.end for e in events):
                continue
            seen.add((start, end))
            out.append(Found(start, end, title, "Event", "quoted-event", 0.85))
        return out

    def _event_apposition(self, after: str) -> bool:
        """', a promotion by <X>', ', the fair that ...': an event noun (not a show or a
        series of television, nor one that qualifies another noun) in apposition."""
        words = re.findall(r"[\w'’-]+|[,.;:]", after)
        if len(words) < 3 or words[0] != "," or words[1] not in ("a", "an", "the"):
            return False
        for at in (2, 3):  # "a promotion", "a brand promotion"
            if at >= len(words) or not words[at].islower():
                return False
            if words[at] in self.lex.event_heads:
                if words[at] in ("series", "show", "games", "cup", "launch", "campaign"):
                    return False
                following = words[at + 1] if at + 1 < len(words) else "."
                return following in _AFTER_EVENT_NOUN or following in ",.;:"
        return False

    def _title_case_head(self, at: int) -> tuple[int, str] | None:
        """The capitalised words right after a closing quote, up to the last event noun among
        them ("Culture and Tourism Week"), with how far they reach; None when they name none."""
        run = _TITLE_CASE_RUN.match(self.text, at)
        if run is None:
            return None
        words = run.group(1).split()
        for last in range(len(words), 0, -1):
            if words[last - 1].casefold() in self.lex.event_heads:
                kept = " ".join(words[:last])
                return run.start(1) - at + len(kept), kept
        return None

    def _under_banner(self, quote_at: int) -> bool:
        """'A promotion ... under the banner "X"': the title is the event's when the phrase
        comes right before the quote and an event noun earlier in the same sentence."""
        before = self.text[max(0, quote_at - 400) : quote_at]
        if _UNDER_BANNER.search(before) is None:
            return False
        sentence = re.split(r"[.!?]\s+|\n", before)[-1].casefold()
        return any(w.strip(".,;:") in self.lex.event_heads for w in sentence.split())

    def _themed(self, before: str, title: str) -> bool:
        """ "A promotion tour themed "X"", "the fair, titled "X"": an event noun, then a word
        that introduces its title, just before the quote; 'The programme, billed as the "<X>
        Promotion Week (<Country>)"': a title that ends in an event noun itself."""
        words = [w.strip(".,;:") for w in before.casefold().split()[-6:]]
        if words and words[-1] == "the":
            words = words[:-1]
        if (
            len(words) > 1
            and words[-1] in _TITLED_EVENT_NOUNS
            and words[-2] in ("the", "a", "this", "its", "their")
            and before.endswith(" ")
            and before.rstrip()[-1:].isalpha()  # (not 'praised the fair. "The fair is ...'))
        ):
            return True  # 'during the promotion "<City>: Ancient Capital, Modern Brands",'
        if words and words[-1] in _TITLE_WORDS:
            words = words[:-1]
        elif len(words) > 1 and words[-1] == "as" and words[-2] in _BILLED:
            words = words[:-2]
        else:
            return False
        own = re.sub(r"\s*\([^()]*\)[.,]?$", "", title).split()
        return any(w in self.lex.event_heads for w in words) or (
            bool(own) and own[-1].casefold().strip(".,") in self.lex.event_heads
        )

    def _clusters(self) -> list[Found]:
        """Industry clusters, parks and zones: "the '4422' industry cluster", "X Economic Circle".

        A name starts at the start of a word: from inside a word the engine would try every
        position of a long token, in time that grows with the square of its length."""
        out: list[Found] = []
        text = self.text
        heads = alternation(self.lex.cluster_heads_lower)
        lower = re.compile(
            rf"(?:([\"'“‘])([^\"'“”‘’\n]{{1,40}})[\"'”’]|((?<![\w\-–'’])(?:{_NAME_WORD}\s+(?:[–—]\s+(?={_NAME_WORD}))?){{1,4}}))\s*({heads})\b"
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
        # '"1+6" smart home appliance cluster', '"10+1" modern industrial system': a numbered
        # programme in quotes, what it is in lower-case words, then its head
        for match in _NUMBERED_CLUSTER.finditer(text):
            if any(f.start <= match.start() < f.end for f in out):
                continue
            name = clean_name(match.group(0))
            out.append(Found(match.start(), match.end(), name, "IndustryCluster", "cluster", 0.8))
        titles = alternation(self.lex.cluster_heads_title)
        title = re.compile(
            # ("Khorgos – Eastern Gate SEZ": a place, a spaced dash, the zone's own name)
            rf"((?<![\w\-–'’])(?:{_NAME_WORD}\s+(?:(?:and|of|for|[–—])\s+)?){{0,5}})({titles})\b"
            # "<X> Industrial Estate 4", "<X> Industrial Park II": a numbered one of a series
            rf"(?: (?:\d|[IVX]{{1,4}})(?=[\s;)]|[,.](?!\d)|$)(?! (?:km|kilometres|kilometers|miles|percent|per|million|billion|%)))?"
        )
        for match in title.finditer(text):
            start, end = match.start(), match.end()
            lead = match.group(1)
            dash = re.search(r"\s[–—]\s+", lead)
            before = lead[: dash.start()].strip() if dash is not None else ""
            if dash is not None and not (
                self._place(before) is not None
                or any(e.text == before and e.label_ in ("GPE", "LOC") for e in self.ents)
            ):
                # ("Officials – Economic Zone staff": a dash of the sentence, no place before it)
                start, lead = start + dash.end(), lead[dash.end() :]
            if not lead and len(match.group(2).split()) < 3:
                continue  # a head alone names a cluster only when it is a name itself
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            first = span.start
            for tok in span[:-2]:
                if tok.lower_ in self.lex.org_heads and self.toks[tok.i + 1].lower_ == "of":
                    first = tok.i + 2  # "Management Committee of <X> Zone": the body governs it
            if self._company_goes_on(end):
                continue  # "<City> New Area Silk Road Logistics Co., Ltd.": a company's name
            found = self._span_found(first, span.end, "IndustryCluster", "cluster", 0.85)
            if found is not None and len(found.name.split()) >= 2:
                if (
                    found.name.split()[-1].casefold() in ("programme", "program", "plan")
                    and len(found.name.split()) < 3
                ):
                    continue
                out.append(self._bracketed_host(found))
        out += self._head_first_clusters() + self._head_first_events() + self._days_of_places()
        return out + self._place_industry_clusters() + self._industry_places()

    def _days_of_places(self) -> list[Found]:
        """ "the Days of <Province> in <Country>", "the Week of <City>": a promotion named head
        first after the place it presents (the model reads "Days of ..." as a date); "in
        <Country>" after it says where it is held."""
        out: list[Found] = []
        for match in _DAYS_OF_PLACE.finditer(self.text):
            if self._place(match.group("place")) is None:
                continue
            end = match.end("place")
            name = clean_name(self.text[match.start("head") : end])
            out.append(Found(match.start("head"), end, name, "Event", "event-name", 0.8))
        return out

    def _head_first_clusters(self) -> list[Found]:
        """ "Parque Industrial <X> Norte", "Zona Franca de <X>": a park named head first."""
        out: list[Found] = []
        for match in _head_first_pattern(self.lex.cluster_heads_initial).finditer(self.text):
            if not match.group(0)[:1].isupper():
                continue
            name = clean_name(match.group(0))
            out.append(Found(match.start(), match.end(), name, "IndustryCluster", "cluster", 0.85))
        return out

    def _head_first_events(self) -> list[Found]:
        """ "Expo Indústria Paraná 2025", "Feria Internacional de Lima": an event named head
        first, with its edition's year or as international (not "Expo Center Norte", a venue,
        nor "Feira de Santana", a town)."""
        out: list[Found] = []
        pattern = _head_first_pattern(self.lex.event_heads_initial)
        for match in pattern.finditer(self.text):
            words = match.group(0).split()
            if not match.group(0)[:1].isupper() or words[1].casefold() in _VENUE_WORDS:
                continue
            end = match.end()
            year = _EDITION_YEAR.match(self.text, end)
            if year is not None:
                end = year.end()
            elif words[1] not in ("Internacional", "International"):
                continue  # "Feira de Santana", "Foro Penal", "Fiera Milano": a town, a body
            name = clean_name(self.text[match.start() : end])
            out.append(Found(match.start(), end, name, "Event", "event-name", 0.8))
        return out

    def _bracketed_host(self, found: Found) -> Found:
        """ "China (<Province>) Pilot Free Trade Zone": a country and its province in brackets
        open the zone's name."""
        before = next(
            (
                m
                for m in _BRACKETED_HOST.finditer(self.text, max(0, found.start - 60), found.start)
                if m.end() == found.start
            ),
            None,
        )
        if before is None:
            return found
        if self._place(before.group(2)) is None or not self._host_opening(before.group(1)):
            return found
        start = before.start()
        return replace(found, start=start, name=clean_name(self.text[start : found.end]))

    def _host_opening(self, words: str) -> bool:
        """Does a zone's name open with a country ("China") or with the countries of a joint
        park ("Sino-German", "China-Belarus", "Sino-Singapore")?"""
        if self._place(words) is not None:
            return True
        parts = words.split("-")
        return len(parts) > 1 and all(
            part.casefold() in ("sino", "china")
            or part.casefold() in self.lex.demonyms
            or self._place(part) is not None
            for part in parts
        )

    def _company_goes_on(self, end: int) -> bool:
        """Do capitalised words after ``end`` run on to a legal form ("Co., Ltd.") or a word
        for a company ("<City> International Port Area Operation Company")?"""
        words = self.text[end : end + 120].split("\n", 1)[0].split()
        for k, word in enumerate(words[:7]):
            bare = word.rstrip(",")
            if bare.casefold() in self.lex.legal_suffixes or (
                k > 0 and bare.rstrip(".") in ("Company", "Corporation")
            ):
                return True  # ("<Zone> S.A.": the company that runs the zone)
            if not bare[:1].isupper() or word.endswith(","):
                return False  # the capitalised run ended before a legal form
        return False

    def _place_industry_clusters(self) -> list[Found]:
        """ "the Hefei new-energy vehicle industry cluster", "the Xuzhou construction machinery
        cluster": a place, the industry in plain words, then "cluster", after "the"."""
        out: list[Found] = []
        for match in _PLACE_CLUSTER.finditer(self.text):
            place_name = match.group(1).strip()
            known = self._place(place_name)
            if known is None and not re.search(  # "Anji" where the text names "Anji County"
                rf"\b{re.escape(place_name)} (?:County|District|Town|City|Province)\b", self.text
            ):
                continue
            plain = match.group(2).split()
            if any(w in ("and", "of", "the", "in", "for") for w in plain):
                continue
            if not match.group(3).startswith(
                ("industry", "industrial", "manufacturing")
            ) and not any(w in COMPANY_KIND_WORDS for p in plain for w in p.split("-")):
                continue  # "the <City> community cluster" of a disease: no industry named
            start, end = match.start(1), match.end(3)
            name = clean_name(self.text[start:end])
            cluster = Found(start, end, name, "IndustryCluster", "cluster", 0.8)
            place = Found(
                start,
                start + len(place_name),
                place_name,
                self._place_type(place_name, known),
                "name-part",
                0.8,
                nested=True,
            )
            out.append(cluster)
            self.found.append(place)
            self.facts.append((cluster, "locatedIn", place, "leading-place", 0.75))
        return out

    def _industry_places(self) -> list[Found]:
        """ "Optics Valley (of China)", "Software City": an industry word before a place word
        names a cluster of that industry, with the place it is "of" when one follows."""
        out: list[Found] = []
        industries = alternation(self.lex.industry_words)
        heads = alternation(self.lex.cluster_place_heads)
        pattern = re.compile(
            rf"\b((?i:{industries})\s+(?i:{heads}))\b(\s+of\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,2}}))?"
        )
        for match in pattern.finditer(self.text):
            words = match.group(1).split()
            if not all(w[:1].isupper() for w in words):
                continue
            end = match.end(1)
            if match.group(2) and self._place(match.group(3)) is not None:
                end = match.end(2)
            start = match.start(1)
            # "Tangier Automotive City": the town the cluster is named for opens its name
            before = self.text[max(0, start - 40) : start].split(" ")[:-1]
            for width in (2, 1):
                words = before[-width:]
                if (
                    len(words) == width
                    and all(re.fullmatch(r"[A-Z][\w-]*", w) for w in words)
                    and words[0].casefold() not in DETERMINERS | PREPOSITIONS
                    and self._place(" ".join(words)) is not None
                ):
                    start -= len(" ".join(words)) + 1
                    break
            name = clean_name(self.text[start:end])
            out.append(Found(start, end, name, "IndustryCluster", "cluster", 0.85))
        return out

    def _datelines(self) -> list[Found]:
        """ "QUITO, March 3 (Agency) --", "ACCRA -": a dateline names a town of the gazetteer."""
        out: list[Found] = []
        dashed = list(_DATELINE_DASH.finditer(self.text[:_DATELINE_LEAD]))
        for match in dashed if len(dashed) == 1 else ():  # (not a list of "<Name> - " lines)
            written = match.group(1)
            if written.isupper():  # "ACCRA": the town's name in capitals
                written = " ".join(w.capitalize() for w in written.split())
            place = self.gaz.lookup(written, hint_countries=self._countries)
            if place is not None and place.feature == "city":
                start = match.start(1)
                out.append(Found(start, match.end(1), written, "City", "dateline", 0.85))
        for match in _DATELINE.finditer(self.text):
            at = match.start(1)
            for part in match.group(1).split("/"):  # "HUZHOU/RAYONG, Aug. 11": two places
                start, at = at, at + len(part) + 1
                name = " ".join(w.capitalize() for w in part.split())
                place = self.gaz.lookup(name, hint_countries=self._countries)
                if place is None:
                    continue
                out.append(
                    Found(
                        start,
                        start + len(part),
                        place.name,
                        self._place_type(place.name, place),
                        "dateline",
                        0.85,
                    )
                )
        return out

    def _wire_services(self) -> list[Found]:
        """ "May 20, 2025 /PRNewswire/ --", "(BUSINESS WIRE)--": the wire that carried a press
        release, named in its dateline."""
        out = []
        for match in _WIRE.finditer(self.text):
            group = "w" if match.group("w") else "caps"
            name = match.group(group)
            out.append(
                Found(match.start(group), match.end(group), name, "Organization", "dateline", 0.85)
            )
        return out

    def _short_word_of(self, named: Found, word: str) -> bool:
        """ "the Indonesian Chamber of Commerce and Industry (Kadin)": one capitalised word in
        brackets after a body's name is its short name, as capitals would be (a word of its own
        language, an abbreviation read as a word), unless it is a place, a kind of company or a
        people's name ("<X> Trading (Shenzhen)", "(Holdings)", "(Chinese)")."""
        folded = word.casefold()
        return (
            named.kind in (Kind.ORGANIZATION, Kind.INDUSTRY_CLUSTER)
            and 4 <= len(word) <= 12
            and word.isalpha()
            and word[1:].islower()
            and folded not in self.lex.org_heads
            and folded not in COMPANY_KIND_WORDS
            and folded not in self.lex.demonyms
            and folded not in self.lex.bracket_non_names
            and folded not in loose_key(named.name).split()
            and self._place(word) is None
        )

    def _bracketed_acronyms(self, candidates: list[Found]) -> list[Found]:
        """ "Full Name (ACR)": the bracketed capitals after a name are another name of the same thing."""
        out: list[Found] = []
        text = self.text
        named = [  # (and venues: "International Convention Centre Sydney (ICC Sydney)")
            c
            for c in candidates
            if c.kind in (Kind.ORGANIZATION, Kind.EVENT, Kind.INDUSTRY_CLUSTER)
            or c.type == "CivicStructure"
        ]
        ends = {c.end: c for c in named}
        ends |= {
            c.end: c for c in named if c.type == "CivicStructure"
        }  # a venue, whatever NER said
        longest: dict[int, Found] = {}  # the longest name ending there: the acronym's
        for c in named:
            if c.end not in longest or c.start < longest[c.end].start:
                longest[c.end] = c
        # "(CCI KR)", "(CCPIT Gansu)": capitals, then a second word
        for match in re.finditer(
            r" ?\(([A-Z][A-Z&.]{1,9} [A-Z][A-Za-z]{1,9}|[A-Z][A-Za-z&.]{1,9})\)", text
        ):
            before = ends.get(match.start())
            acronym = match.group(1)
            if before is None:
                continue
            if sum(ch.isupper() for ch in acronym) < 2 and not self._short_word_of(before, acronym):
                continue
            if " " in acronym and not bracket_word_fits(
                acronym.split()[1], longest[match.start()].name
            ):
                continue  # "(FBI Director)", "(BABA US)": a post or a ticker, not a name
            out.append(Found(match.start(1), match.end(1), acronym, before.type, "acronym", 0.8))
        # "(Changsha ETDZ)", "(Dubai FDI)", "(Xi'an Hi-tech Zone)": the name's first word, then
        # capitals or words ending on the name's own last word
        for match in _SHORTENED.finditer(text):
            before = longest.get(match.start())
            short = match.group(1)
            if before is not None and shortens(short, before.name):
                out.append(Found(match.start(1), match.end(1), short, before.type, "acronym", 0.8))
        # a press release's defined name: '<Company> ("Hanyuan" or "the Company")'
        for match in _DEFINED_NAME.finditer(text):
            before = ends.get(match.start())
            short = match.group(1)
            if before is None or short == before.name:
                continue
            if before.kind not in (Kind.ORGANIZATION, Kind.INDUSTRY_CLUSTER):
                continue
            if short.casefold() in ("the company", "company", "the group", "group"):
                continue
            out.append(Found(match.start(1), match.end(1), short, before.type, "defined-name", 0.8))
        return out

    def _regions_named(self, accepted: list[Found]) -> list[Found]:
        """A continent or world region only an adjective stands for ("27 European countries",
        "East Asian economics") is no place the text is about; one it also names is."""
        named = {loose_key(f.name) for f in accepted if not f.demonym}
        return [
            f
            for f in accepted
            if not (
                f.demonym
                and (f.type == "Continent" or f.name.casefold() in self.lex.world_regions)
                and loose_key(f.name) not in named
            )
        ]

    def _missions_as_written(self, accepted: list[Found]) -> list[Found]:
        """ "the Chinese Embassy in <Country>" beside "the Embassy of the People's Republic of
        China in <Country>": one mission, under the full name the text gives it."""
        full: dict[tuple[str, str, str], str] = {}
        for f in [*accepted, *self.found]:  # (a mission inside an office's name too)
            match = _MISSION_OF.fullmatch(f.name) if f.kind is Kind.ORGANIZATION else None
            state = self._place(match.group(2)) if match else None
            if match and state is not None and state.country_code:
                key = (match.group(1).casefold(), state.country_code, loose_key(match.group(3)))
                full.setdefault(key, f.name)
        if not full:
            return accepted
        for f in accepted:
            match = _DEMONYM_MISSION.fullmatch(f.name) if f.kind is Kind.ORGANIZATION else None
            country = self.lex.demonyms.get(match.group(1).casefold()) if match else None
            state = self._place(country) if country else None
            if match and state is not None and state.country_code:
                key = (match.group(2).casefold(), state.country_code, loose_key(match.group(3)))
                if key in full:
                    f.name = full[key]
        return accepted

    def _legal_forms_as_written(self, accepted: list[Found]) -> list[Found]:
        """ "... in partnership with <X> (Pvt) Ltd." at a sentence's end: the full stop ends the
        sentence, not the name, when the text writes that legal form elsewhere without one
        ("<Y> Co. Ltd will set up")."""
        for f in accepted:
            last = f.name.rsplit(" ", 1)[-1]
            if (
                f.kind is not Kind.ORGANIZATION
                or not last.endswith(".")
                or last.count(".") != 1
                or self.text[f.start : f.end] != f.name
                or not re.match(r"\s*(?:$|[A-Z\"“])", self.text[f.end : f.end + 4])
            ):
                continue
            bare = last[:-1]
            if re.search(rf"(?<![\w.]){re.escape(bare)}(?=[ ,;])", self.text):
                f.name, f.end = f.name[:-1], f.end - 1
        return accepted

    def _countries_as_written(self, accepted: list[Found]) -> list[Found]:
        """A demonym's country under the name the document writes it ("the Czech Republic ...
        a Czech engineer": one country, not "Czech Republic" and "Czechia"; "Türkiye" and
        "Turkish")."""
        written: dict[str, str] = {}
        for f in accepted:
            if f.demonym or f.type != "Country":
                continue
            place = self._place(f.name)
            if place is not None and place.feature == "country" and place.country_code:
                written.setdefault(place.country_code, f.name)
        if not written:
            return accepted
        for f in accepted:
            if not f.demonym or f.type != "Country":
                continue
            place = self._place(f.name)
            if place is not None and place.country_code in written:
                f.name = written[place.country_code]
        return accepted

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
                folded = text.casefold()
                people = folded.endswith("s") and folded[:-1] in self.lex.demonyms  # "Greeks"
                if (
                    not people
                    and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ"))
                    and not (
                        words[-1].dep_ in ("appos", "attr", "conj")
                        and words[-1].pos_ in ("NOUN", "PROPN", "ADJ")
                    )
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
