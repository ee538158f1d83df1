"""What a report says about its events: references back, venues, dates, organizers, participants.

News of this kind describes one main event (a promotion, a forum, a fair) and then refers to it
as "the promotion", "these events", "the exhibition". Those descriptions become mentions of the
main event; speakers reported at it (the subject of "said", "highlighted", "presented" in a text
about an event, "the presentation by <P>") are its participants; "held in <L> and <L>" gives its
venues; a date range in a sentence about it ("from November 5 to 8") gives its dates, the year
taken from the text itself or the document's date when the phrase has none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from kgbuilder.extract.dates import parse_date_range
from kgbuilder.extract.lexicon import Lexicon
from kgbuilder.extract.nlp import doc_text
from kgbuilder.extract.relations import OUTSIDE_AGENTS, FoundRelation
from kgbuilder.extract.sentences import EncodedSentence
from kgbuilder.extract.spans import VENUE_TYPES, Found
from kgbuilder.kinds import Kind

_SYMBOL = re.compile(r"«[A-Z]\d+»")
#: words that put a company's showing at the event: a stand, the halls, the visitors
_SHOWING_CUE = re.compile(
    r"\b(?:exhibited|exhibits|booth|booths|stand|stands|pavilion|pavilions|hall|halls|visitors|"
    r"buyers|exhibitors|exhibition|crowds)\b"
)
#: who an event draws to a place
_PEOPLE = (
    "entrepreneurs|delegates|visitors|participants|exhibitors|buyers|guests|people|officials|"
    "companies|firms|enterprises|attendees|representatives|executives|diplomats|investors"
)
#: an event's symbol in an encoded sentence
_EVENT_SYMBOL = re.compile(r"«E\d+»")
#: ", organized by <O> ... ,": a participial clause of organizers after an event's name
_ORGANIZERS_CLAUSE = re.compile(
    r"(?<=») , (?:jointly )?(?:organized|organised|hosted|co-hosted|co-organized|sponsored) by "
    r"[^,]*(?= , )"
)
#: "opened with a performance by the <O>", "featuring concerts by <P>": who performed
_PERFORMED_BY = re.compile(
    r"\b(?:with|featuring|followed by) (?:a |an )?(?:(?!«)\S+ )?(?:performance|performances|"
    r"concert|concerts|recital|show|shows) by (?:the )?(?:«L\d+» - based )?(?P<a>«[OP]\d+»)"
)
#: verbs that say a company showed its goods, with no other cue needed in a report on an event
_EXHIBITING = frozenset({"exhibited", "displayed", "exhibits", "displays"})
#: "companies displayed their products at the <Venue> and at the <Venue2>"
_SHOWN_AT = re.compile(
    r"\b(?:displayed|exhibited|showcased|presented|showed) (?:(?!«)\S+ ){0,4}?at (?:the )?(?P<l>«L\d+»)"
    r"(?P<more>(?: (?:,|and|, and) (?:at )?(?:the )?«L\d+»)*)"
)
#: "was signed by <P> and <P2>", each named with words before it (a title, an organization)
_SIGNED_BY = re.compile(
    r"\b(?:was|were|being|been) signed (?:(?!«)(?!by )\S+ ){0,3}?by (?:the )?(?:«[OLD]\d+» |†\S+ |[a-z-]+ (?=†|«)){0,4}?(?P<a>«[OP]\d+»)"
    r"(?: , (?:(?!«)[^\s,]+ |«[OLD]\d+» ){1,8}?,)? and (?:the )?(?:«[OLD]\d+» |†\S+ |[a-z-]+ (?=†|«)){0,4}?(?P<b>«[OP]\d+»)"
)
#: "a preliminary agreement between <A> and <B> was signed in April 2025 during the <E>": a
#: deal the sentence itself places at an event, whatever the date
_SIGNED_BETWEEN_AT = re.compile(
    r"\b(?:agreement|agreements|deal|memorandum|contract|mou|accord) (?:(?!«)[a-z]+ ){0,2}?"
    r"between (?:the )?(?P<a>«O\d+»)(?: \( «O\d+» \))? and (?:the )?(?P<b>«O\d+»)(?: \( «O\d+» \))? "
    r"(?:was|were|had been|has been) signed (?:(?!«)\S+ ){0,5}?(?:during|at) (?:the )?(?P<e>«E\d+»)"
)
#: "<A> and <City>-based <B> signed a supply agreement", "<A> and <B> of <Town> signed an
#: agreement": two companies that sign together
_SIGNED_TOGETHER = re.compile(
    r"(?:^|; |- |: |, )(?:the )?(?P<a>«O\d+»)(?: \( «O\d+» \))?(?: of (?:the )?«L\d+»)? and (?:the )?"
    r"(?:«L\d+» - based )?(?P<b>«O\d+»)(?: \( «O\d+» \))?(?: of (?:the )?«[LO]\d+»)? "
    r"(?:also |jointly |have |has )?signed "
    r"(?:a|an|two|three|four|five|\d+) (?:(?!«)\S+ ){0,4}?(?:agreement|agreements|deal|deals|"
    r"contract|contracts|memorandum|memoranda|mou|mous|letter|letters)\b"
)
#: "..., the national company <O> and ...": words that say what a listed body is (not "with
#: support from <O>", a sponsor's help)
_DESCRIBED_BODY = (
    r"(?:(?!(?:from|of|by|to|in|for|at|on|support|help|assistance|participation|attendance) )"
    r"(?!«)[a-z-]+ ){0,3}?"
)
#: "The headline deal was ...", "Under the largest agreement, ...", "In a separate deal
#: announced at the forum, ...": a sentence that tells one of the event's deals
_DEAL_TOLD = re.compile(
    r"^(?:(?!«)\S+ ){0,3}?(?:the |a )?(?:(?:headline|largest|biggest|second - largest|"
    r"third - largest|main|single|separate|first|latest|key|major|another|other) )+"
    r"(?:deal|agreement|contract|commitment|announcement|project|investment|joint venture)\b"
)
#: "this year", "so far", "remains": a deal of a wider time than the event's
_OTHER_TIME = re.compile(r"\b(?:this|last|next) (?:year|month|decade)\b|\bso far\b|\bremains\b")
#: the parties of a deal told so: the first company after the cue, the two "between" which it
#: is, the one it is "in partnership with"
_DEAL_PARTIES = (
    re.compile(
        r"^(?:(?!«)(?!acquired |bought |of |at |in |by |according |to |, )\S+ ){0,6}?(?:«L\d+» - based (?:(?!«)[a-z-]+ ){0,3}?)?(?P<a>«O\d+»)"
    ),
    re.compile(
        # (one or two words after the first may stand before "and": "<O> Ltd and <O2>")
        r"\bbetween (?:the )?(?:«L\d+» - based )?(?P<a>«O\d+»)(?: , (?:(?!«[OPE])[^\s,]+ |«[LCD]\d+» ){1,14}?,| (?!«)(?!and )\S+(?: (?!«)(?!and )\S+)?)?"
        # ("and its <Demonym> partner <O2>")
        r"(?: and (?:the |its |their )?(?:«L\d+» - based |«D\d+» )?(?:(?!«)\S+ ){0,2}?(?P<b>«O\d+»))?"
    ),
    re.compile(
        r"(?P<a>«O\d+») and (?:the )?(?:«L\d+» - based )?(?P<b>«O\d+») (?:agreed|signed|will)\b"
    ),
    re.compile(
        r"\b(?:partnership|joint venture|venture|jv) with (?:(?!«)[a-z-]+ ){0,3}?(?:«L\d+» (?:'s|’s) |«L\d+» - based )?(?P<a>«O\d+»)"
    ),
)
#: "at the <E>", "on the sidelines of the <E>": the event a sentence places what it says in
_AT_EVENT = re.compile(r"\b(?:at|during|on the sidelines of|on the sideline of) (?:the )?(«E\d+»)")
#: "Its second leg", "A second edition of «E»", "The next session": a part of the main event
#: named without its name (the event's own symbol, if any, follows "of")
_PART = re.compile(
    r"^(?:(?:its|their|the|a|an) )?(?:«E\d+» (?:'s|’s) )?(?:(?:first|second|third|fourth|next|final|last|closing|following|other|«[LO]\d+») )"
    r"?(?:leg|edition|part|session|stage|round|phase|chapter|stop)s?\b(?: of (?:the )?«E\d+»)?",
    re.IGNORECASE,
)
#: "the <City> leg (was held) on June 19 at the <Hall> (of the <Centre>)": a tour's stop
_LEG = re.compile(
    r"\b(?:its|their|the) (?P<town>«L\d+») (?:leg|stop|stage)\b(?: (?:was|will be|is) held)?"
    r"(?:(?: (?:on|from)(?: (?!«)[^\s,;]+){1,6}?)? (?:in|at) (?:the )?(?P<hall>«L\d+»)"
    r"(?: of (?:the )?(?P<building>«L\d+»))?)?"
)
_LISTED = r"(?P<more>(?: (?:,|and|, and) (?:the )?«[OP]\d+»(?: \( «O\d+» \))?)*)"
_INCLUDING_PARTICIPANTS = re.compile(
    # "companies, including <O> and <O2>, took part in the <E>"
    r"\b(?:companies|firms|enterprises|exhibitors|businesses|delegations|brands|makers|producers) ,"
    r" (?:including|such as|among them) (?:the )?(?P<a>«[OP]\d+»)(?: \( «O\d+» \))?"
    + _LISTED
    + r" , (?:(?!«)\S+ ){0,2}?(?:took part in|participated in|attended|joined|exhibited at|"
    r"came to|traveled to|travelled to) (?:the )?(?:(?!«)\S+ ){0,2}?(?P<e>«E\d+»)"
    # "The <E> featured <O>, <O2> and <O3>"
    r"|(?P<e2>«E\d+») (?:featured|features|brought together|brings together|gathered) "
    r"(?:(?:companies|exhibitors|firms|brands|enterprises|makers) (?:including|such as|like|from) )?"
    r"(?:the )?(?P<a2>«O\d+»)"
    + _LISTED.replace("more", "more2")
    # "More than 60 enterprises from <City> took part, including <O>, <O2> and <O3>": the
    # event the report is about
    + r"|\b(?:took part|participated|exhibited|attended) , (?:including|among them|such as) "
    r"(?:the )?(?P<a3>«[OP]\d+»)(?: \( «O\d+» \))?" + _LISTED.replace("more", "more3")
)
#: "Guests at the <E> included", "Speakers at the <E> were": a list of who was there follows
_GUESTS_INCLUDED = re.compile(
    r"^(?:(?!«)\S+ ){0,3}?(?:guests|attendees|participants|speakers|dignitaries|delegates|panelists|panellists) "
    r"(?:at|of|attending) (?:the )?(?P<e>«E\d+») (?:included|include|were|are)(?: :)? "
)
#: "Other speakers included <P>, <post>, and <P2>": the people at the occasion the paragraph
#: is about (no event named in the sentence)
_SPEAKERS_INCLUDED = re.compile(
    r"^(?:other |the |among the )?(?:guests|attendees|speakers|dignitaries|panelists|panellists) "
    r"(?:included|include|were)(?: :)? "
)
#: "<P> joined officials in <Town> for the opening of a plant": the text goes on to an
#: occasion of its own, which it does not name as an event
_OTHER_OCCASION_OPENS = re.compile(
    r"\b(?:joined|attended|gathered|met) (?:(?!«E)[^.;]){0,80}?\b(?:for|at) the (?:official )?"
    r"(?:opening|inauguration|launch|groundbreaking|ground-breaking|commissioning) of (?:a|an|its|their|the new) "
)
#: anaphors that refer back only to an event of their own kind ("the ceremony" to a ceremony)
_OWN_KIND_ONLY = frozenset({"ceremony", "gala"})
#: words that set a sentence at another occasion than the report's event
_ANOTHER_OCCASION = re.compile(
    r"\b(?:separately|last (?:year|month|week)|a year ago|(?:in|at|during) (?:a|an) )"
    r"|\b(?:in|since) (?:19|20)\d\d\b"
)
#: what a company does at a fair, told in the past tense in the report of one
_FAIR_ACTIVITIES = frozenset(
    {
        "serve", "launch", "unveil", "display", "showcase", "exhibit", "demonstrate", "debut",
        "sample", "renew", "ink", "sign", "present", "sell",
    }
)  # fmt: skip
#: events where companies show and sell (a report on a festival or a match is not one)
_TRADE_EVENTS = frozenset(
    {
        "expo", "exposition", "fair", "exhibition", "week", "promotion", "roadshow", "showcase",
        "tour", "forum", "festival", "convention", "matchmaking", "show", "mart", "market",
    }
)  # fmt: skip
#: what a company "displays" or "presents" that is no goods of a fair
_NOT_GOODS = frozenset(
    {
        "resilience", "strength", "growth", "confidence", "interest", "commitment", "leadership",
        "weakness", "result", "earnings", "profit", "revenue", "loss", "support", "concern",
        "optimism", "plan", "strategy", "report", "figure", "budget", "outlook", "forecast",
        "stake", "share", "unit", "business", "division", "subsidiary", "bond", "debt",
    }
)  # fmt: skip
_VENUE_VERBS = (
    r"(?:held|hosted|staged|took place|takes place|take place|taking place|opened|kicked off|"
    r"was held|were held|will be held|to be held|being held|be held|opens|runs|ran|"
    r"moves|move|moved|will move|travels|travel|travelled|traveled|continues|continued|goes|went|"
    r"follow|follows|followed|will follow)"
)
ANAPHOR_DETERMINERS = frozenset({"the", "this", "these", "that", "those"})
#: "<P>, an auto analyst at", "<P>, head of research at", "<P>, a Japanese consultant who": how
#: a text describes one it quotes from outside an event
_COMMENTATOR_APPOSITION = re.compile(
    r"^,\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:analyst|analysts|economist|consultant|strategist|researcher|head of research)\b"
)
#: words before an event the report looks forward to ("will organise a", "the next")
_TO_COME = re.compile(
    r"\b(?:will|plans? to|is set to|are set to) (?:organi[sz]e|hold|host|stage|attend|join|launch) "
    r"(?:a|an|the|its)\s+$"
    r"|\b(?:next|upcoming|forthcoming)\s+$"
)
#: "... was signed in April 2025 during the <E>": an event the text names as the time of
#: something else it tells, dated
_DATED_DURING = re.compile(
    r"\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b[^.;]{0,40}\bduring (?:the\s+)?$"
)
#: a deal's signing, which a date before "during the <E>" must be of
_SIGNING = re.compile(r"\b(?:signed|inked|sealed|concluded)\b")
#: a year in an event's name ("2023 <Expo>", "<Forum> 2025")
_YEAR_IN_NAME = re.compile(r"\b(?:19|20)\d\d\b")
#: "A week-long promotion ... closed in <City>": the lead's description of the main event
LEAD_DETERMINERS = frozenset({"a", "an"})
#: how far into a text its lead runs (the headline, the dateline and the first sentence)
_LEAD_CHARS = 600


#: events where companies make deals: a deal told in the report of one is one of the event's
_TRADE_EVENT_HEADS = frozenset(
    {"fair", "expo", "exposition", "exhibition", "forum", "week", "roadshow", "conference"}
    | {"summit", "show", "promotion", "matchmaking", "convention", "mission", "tour", "meeting"}
)
#: "signed a (framework) agreement with (the) (<City>-based) <O> (and <O>)"
_SIGNED_WITH = re.compile(
    r"\b(?:signed|signs|sign|inked|concluded|sealed) (?:(?!«)\S+ ){0,5}?"
    r"(?:agreement|agreements|deal|deals|contract|contracts|memorandum|memoranda|mou|mous|accord|partnership) "
    r"(?:(?!«[OPL])(?!with )\S+ ){0,6}?with (?:the )?(?:(?!«[OP])\S+ ){0,4}?"
    r"(?:«L\d+» - based (?:(?!«)[a-z-]+ ){0,3}?)?"  # "with <City>-based grocery chain <O>"
    r"(?P<b>«O\d+»)(?P<more>(?: (?:,|and|, and) (?:the )?«O\d+»)*)"
    # "agreed with <O> to grow ...", "signed a contract to supply 200 tractors to <O>", "the
    # largest deal of the week went to <O>": the other party of a deal
    r"|\bagreed (?:with (?:the )?(?:(?!«[OP])\S+ ){0,4}?(?P<c>«O\d+») (?=to (?:jointly )?"
    r"(?:grow|build|supply|set up|form|develop|produce|launch|open|distribute|sell|buy|invest|"
    r"establish|create|cooperate|ship|export|import|assemble|manufacture|market|run|operate)\b)"
    r"|(?:(?!«)\S+ ){0,3}?to (?:supply|sell|deliver|ship|export) (?:(?!«)\S+ ){0,8}?"
    r"to (?:the )?(?:«L\d+» (?:- based )?(?:(?!«)[a-z-]+ ){0,2}?)?(?P<d>«O\d+»))"
    r"|\b(?:signed|inked|sealed|won) (?:(?!«)\S+ ){0,5}?(?:agreement|deal|contract|order) "
    r"(?:(?!«)\S+ ){0,2}?to (?:supply|sell|deliver|ship|export) (?:(?!«)\S+ ){0,8}?"
    r"to (?:the )?(?:«L\d+» - based (?:(?!«)[a-z-]+ ){0,2}?)?(?P<e>«O\d+»)"
    r"|\b(?:deal|deals|contract|contracts|order|orders) (?:(?!«[OPL])\S+ ){0,6}?"
    r"(?:went|goes) to (?:the )?(?P<f>«O\d+»)"
    # "the biggest investment deal came from <O>", "the deal was signed between <O> and <O2>"
    r"|\b(?:deal|deals|investment|investments) (?:(?!«[OPL])\S+ ){0,6}?came from (?:the )?"
    r"(?:«L\d+» - based )?(?P<g>«O\d+»)"
    r"|\bsigned (?:in «L\d+» )?between (?:the )?(?P<h>«O\d+») and (?:the )?(?P<i>«O\d+»)"
    # "<O> appointed <O2> as its exclusive distributor in <Country>"
    r"|\bappointed (?:the )?(?:«L\d+» - based (?:(?!«)[a-z-]+ ){0,2}?)?(?P<j>«O\d+») as (?:its|their) "
    r"(?:(?!«)\S+ ){0,2}?(?:distributor|agent|partner|dealer|representative|importer)\b"
)


def main_event(
    found: list[Found], text: str = "", heads: frozenset[str] = frozenset()
) -> Found | None:
    """The event the document reports: the most often named one, the first on a tie, unless
    the text never refers back to the first by its head noun and refers to another at least
    twice ("the forum" again and again after "<X> Forum", not "<Y> Mission" named first)."""
    events = [f for f in found if f.kind is Kind.EVENT and not f.anaphor]
    if not events:
        return None
    counts = Counter(f.name for f in events)
    best = max(counts.values())
    tied = [f for f in events if counts[f.name] == best]
    if len({f.name for f in tied}) == 1 or not text:
        return tied[0]
    first: dict[str, Found] = {}
    for f in tied:
        first.setdefault(f.name, f)

    def referred(event: Found) -> int:
        noun = re.escape(_head_noun(event, heads))
        return len(re.findall(rf"\bthe {noun}\b", text[event.end :].casefold()))

    opening = tied[0]
    head = _head_noun(opening, heads)
    if (head not in heads and head != "mission") or referred(opening) > 0:
        return opening
    other = max(first.values(), key=lambda f: (referred(f), -f.start))
    return other if referred(other) >= 2 else opening


def _head_noun(event: Found, heads: frozenset[str] = frozenset()) -> str:
    """The head of an event's name: its last word that is an event's ("<X> Mission to West
    Africa": "mission"), else its last word before its year ("<X> Forum 2025": "forum")."""
    words = event.name.casefold().split()
    named = [w for w in words if w in heads or w == "mission"]
    if named:
        return named[-1]
    if len(words) > 1 and _YEAR_IN_NAME.fullmatch(words[-1]):
        return words[-2]
    return words[-1] if words else ""


def reported(event: Found, found: list[Found], year: str | None, text: str) -> bool:
    """Is the main event one the text reports, or only one it mentions: an earlier edition
    ("the two sides first met at the 2023 <Expo>"), or one to come, named once ("her
    department will organise a <Forum> in October"), or one named once as the time of a
    dated deal ("signed in April 2025 during the <Congress>")? Only what a sentence says of
    such an event by name is said of it."""
    named = [f for f in found if f.kind is Kind.EVENT and not f.anaphor and f.name == event.name]
    # the year written before the name ("the 2023 <Expo>"), not one inside it ("Expo 2020
    # Dubai", held in 2021)
    openings = [text[max(0, f.start - 5) : f.start + 5] for f in named]
    if (
        year
        and any(y < year for span in openings for y in _YEAR_IN_NAME.findall(span))
        # (not an edition the text says is under way: "the 2025 <Expo>, which opened ... on
        # Tuesday", whatever later years its plans name)
        and not (named and _UNDER_WAY.search(_sentence_around(text, named[0].start)))
    ):
        return False
    before = text[max(0, named[0].start - 60) : named[0].start] if named else ""
    dated_deal = _DATED_DURING.search(before) is not None and _SIGNING.search(before) is not None
    return not (len(named) == 1 and (_TO_COME.search(before) or dated_deal))


#: an event the text says is under way: opened, running, on a weekday
_UNDER_WAY = re.compile(
    r"\b(?:opened|opens|kicked off|kicks off|got under way|is being held|are being held|"
    r"runs until|running until|ran from|runs from|took place|wrapped up|concluded|"
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)


def _sentence_around(text: str, at: int) -> str:
    """The sentence of the text around a character (to its stops or line ends)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def find_anaphors(doc: Any, found: list[Found], event: Found, lexicon: Lexicon) -> list[Found]:
    """ "the promotion", "this promotion event", "these events": mentions of the main event."""
    out: list[Found] = []
    text = doc_text(doc[0].doc) if len(doc) else ""
    own = _own_nouns(text, found, event) if len(doc) else set()
    named = set(event.name.casefold().split())
    for tok in doc:
        if tok.lower_ not in lexicon.event_anaphors and tok.lower_ not in own:
            continue
        if (
            tok.lower_ in _OWN_KIND_ONLY
            and tok.lower_ not in named | own
            and _OTHER_OCCASION_OPENS.search(text[: tok.idx]) is not None
        ):
            continue  # "said at the ceremony" of a plant's opening, in a report of a convention
        # "A week-long trade promotion that took 43 companies to <Country> closed in <City>":
        # a news lead tells of the main event before it names it
        lead = (
            tok.idx < event.start
            and tok.idx < _LEAD_CHARS
            and tok.dep_ in ("nsubj", "nsubjpass", "ROOT")  # (the parser may make it the root)
            and tok.pos_ == "NOUN"
        )
        if tok.idx < event.start and not lead:
            continue
        if tok.pos_ != "NOUN" and tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            continue  # "the fair closed": the tagger may take "fair" for an adjective
        if (
            tok.dep_ in ("npadvmod", "tmod")
            and tok.i > 0
            and doc[tok.i - 1].lower_ in ("this", "last", "next", "that", "each", "every")
        ):
            continue  # "This week we want ...": a time, not the event
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.dep_ == "compound":
            continue  # "event organizers": the noun is not the head
        if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
            continue  # "the exhibition grounds": a place, named by what it serves
        i = tok.i - 1
        steps = 0
        while (
            i >= 0
            and steps < 5
            and (
                (doc[i].pos_ in ("ADJ", "NOUN", "NUM") and doc[i].text.islower())
                or doc[i].text == "-"  # "the three-day expo"
            )
        ):
            i -= 1
            steps += 1
        if i < 0 or doc[i].lower_ not in (LEAD_DETERMINERS if lead else ANAPHOR_DETERMINERS):
            continue
        start, end = doc[i].idx, tok.idx + len(tok.text)
        if any(f.start < end and start < f.end for f in found):
            continue
        apposed = (  # "<Other Fair>, the solar industry exhibition": that fair itself
            next(
                (f for f in found if f.end == start - 2 and f.kind is Kind.EVENT and not f.anaphor),
                None,
            )
            if text[start - 2 : start] == ", "
            else None
        )
        meant = apposed or _named_before(found, tok.idx, tok.lower_, tok.lemma_.lower()) or event
        if (
            meant is not event
            and event.name.split()[-1].casefold() in (tok.lower_, tok.lemma_.lower())
            and "\n\n" in text[meant.end : tok.idx]
        ):  # "the expo" a paragraph after another expo the report mentioned: its own expo
            meant = event
        out.append(Found(start, end, meant.name, meant.type, "anaphor", 0.6, anaphor=True))
    return out


#: "the "<Title>" reception": nouns that name an event only after its quoted title, and then
#: refer back to it ("Guests at the reception included ...")
_TITLE_NOUNS = frozenset({"reception", "banquet", "dinner", "gala", "evening", "salon", "concert"})
_NOUN_AFTER_TITLE = re.compile(r"[\"”’']?\s+([a-z]+)\b")


def _own_nouns(text: str, found: list[Found], event: Found) -> set[str]:
    """The nouns the main event's quoted title is followed by in the text."""
    out: set[str] = set()
    for f in found:
        if f.kind is Kind.EVENT and not f.anaphor and f.name == event.name:
            after = _NOUN_AFTER_TITLE.match(text, f.end)
            if after is not None and after.group(1) in _TITLE_NOUNS:
                out.add(after.group(1))
    return out


def _named_before(found: list[Found], where: int, *nouns: str) -> Found | None:
    """The event last named before ``where`` whose name ends in the anaphor's noun: "the forum"
    after "<X> Forum" is that forum even when the report is mainly about another event."""
    named = [
        f
        for f in found
        if f.kind is Kind.EVENT
        and not f.anaphor
        and f.end <= where
        and f.name.split()[-1].casefold() in nouns
    ]
    return max(named, key=lambda f: f.start) if named else None


#: a sentence reporting that an event took place, the event its subject ("Later on Tuesday, the
#: <Forum>, organised by ..., gathered some 220 people"; "At the <Conference> held in <City>")
_TOOK_PLACE = re.compile(
    # (not "Separately, the <E> drew ...", "Meanwhile, ...": a side event)
    # ("On the sidelines of the fair, the <Conference> drew 300 businesses": the report goes on
    # at the conference)
    r"^(?!(?:separately|meanwhile|elsewhere|also|in a separate)\b)(?:[^,]*? , )?"
    r"(?:the )?(«E\d+»)(?: , [^.]*? ,)? (?:gathered|opened|was held|took place|"
    r"brought together|drew|attracted|kicked off|began|started|was attended)\b"
    r"|^at (?:the )?(«E\d+») (?:, )?held (?!on the sidelines?\b)"
)
#: a section heading: a short line of words, no full stop
_HEADING = re.compile(r"[a-z][a-z ,&'-]{0,40}")


def _carried_on(
    named: dict[str, Found], reported: Found | None, carried: Found | None
) -> Found | None:
    """The event later paragraphs go on reporting after a paragraph that named ``named``: the
    one it said took place, else the one carried so far if it named that one again."""
    if reported is not None:
        return reported
    if len(named) != 1:
        return None
    (one,) = named.values()
    return carried if carried is not None and one.name == carried.name else None


class EventReader:
    """Venues, organizers, participants and dates of the main event, sentence by sentence."""

    def __init__(
        self,
        text: str,
        lexicon: Lexicon,
        event: Found,
        default_year: str | None,
        *,
        reported: bool = True,
    ) -> None:
        self.text = text
        self.lex = lexicon
        self.event = event
        self.reported = reported  # False: an event the text only mentions (``reported``)
        self.default_year = default_year
        self._event_before: Found | None = None  # the event the sentence before named first
        self._event_opening: Found | None = None  # the event the sentence before opened with
        self._taken_part: Found | None = None  # the event the sentence before said was attended
        self._outsiders: set[str] = set()  # the names of those quoted as commenting from outside
        # the text has gone on to an occasion of its own, no event of its: who speaks now is
        # not at the main event
        self._elsewhere = False

    def read(
        self, sentences: list[EncodedSentence]
    ) -> tuple[list[FoundRelation], list[tuple[str, str, EncodedSentence]]]:
        relations: list[FoundRelation] = []
        dates: list[tuple[str, str, EncodedSentence]] = []
        started = False
        paragraph = -1
        here: dict[str, Found] = {}  # the events named in this paragraph so far, by name
        # the one event the last paragraph that named events named: later paragraphs that name
        # none go on reporting it ("Later on Tuesday, the <Forum> gathered ... <P> said")
        carried: Found | None = None
        reported: Found | None = None  # the event this paragraph says took place
        for s in sentences:
            has_event = bool(re.search(r"«E\d+»", s.encoded))
            started = started or has_event
            if self.text.rfind("\n\n", 0, s.start) != paragraph:
                paragraph = self.text.rfind("\n\n", 0, s.start)
                if here:
                    carried = _carried_on(here, reported, carried)
                here, reported = {}, None
            if _HEADING.fullmatch(s.encoded):
                carried = None  # "Porcelain and scenery": a section of its own
            for f in s.mentions("E"):
                here.setdefault(f.name, f)
            happened = _TOOK_PLACE.match(s.encoded)
            if happened is not None:
                reported = s.found(happened.group(1) or happened.group(2))
            if has_event:
                self._elsewhere = False
            elif (opens := _OTHER_OCCASION_OPENS.search(s.encoded)) is not None and not (
                set(s.encoded[opens.end() :].split()[:3]) & self.lex.floor_plan_words
            ):
                self._elsewhere = True  # "On Tuesday, <P> joined officials for the opening of"
                # (not "met at the opening of a new pavilion": a part of the event's venue)
            if not started:
                continue
            relations.extend(self.venues(s))
            relations.extend(self.organizers(s))
            named = s.mentions("E")
            self._event_before = named[0] if named else None
            opening = re.match(r"^(?:the )?(«E\d+»)", s.encoded)
            self._event_opening = s.found(opening.group(1)) if opening else None
            # a speaker in a paragraph about one event spoke there, else at the main event
            if len(here) == 1:
                current: Found | None = next(iter(here.values()))
            else:
                current = self.event if here else (carried or self.event)
            relations.extend(self.participants(s, has_event, current))
            relations.extend(self._listed_after(s))
            if has_event and not dates:
                dates.extend(self.dates(s))
        if not self.reported or self._announced(sentences):
            # "... the <Fair>, scheduled for November": no one has taken part in it yet; only
            # what a sentence says of it by name stands
            relations = [
                r
                for r in relations
                if not (
                    r.label == "participatedIn"
                    and r.object.name == self.event.name
                    and not any(
                        f.name == self.event.name and not f.anaphor
                        for f in r.sentence.mentions("E")
                    )
                )
            ]
        return relations, dates

    def _announced(self, sentences: list[EncodedSentence]) -> bool:
        """Is the main event, where the text first names it, still to come ("scheduled for
        November 26-30", "will be held", "to be held")?"""
        first = next((s for s in sentences if any(f is self.event for f in s.mentions("E"))), None)
        if first is None:
            return False
        return _ANNOUNCED.search(self.text[first.start : first.end]) is not None

    def _event_in(self, s: EncodedSentence) -> str | None:
        match = re.search(r"«E\d+»", s.encoded)
        return match.group(0) if match else None

    def _part_of_event(self, s: EncodedSentence) -> bool:
        """Does the sentence open with a part of the main event ("Its second leg will be held
        at ...", "A second edition of the fair will take place at ...")?"""
        return bool(_PART.match(s.encoded))

    def venues(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        e = s.encoded
        verbs = r"(?:held|hosted|staged|took place|takes place|take place|taking place|opened|opening|kicked off|was held|were held|will be held|to be held|being held|be held|opens|runs|ran|running|will run|wrapped up|wraps up|closed|concluded|ended)"
        if self._part_of_event(s):
            match = re.search(
                rf"^(?:(?!«P)\S+ ){{1,12}}?{_VENUE_VERBS} (?:(?!«)\S+ ){{0,6}}?(?:at|in|to) (?:the )?(?P<l>«L\d+»)",
                e,
            )
            place = s.found(match.group("l")) if match else None
            if place is not None and place.name != self.event.name:
                yield FoundRelation(self.event, "locatedIn", place, "event-venue", 0.7, s)
            # "The next leg of the roadshow will take <Province> companies to <A> and <B>"
            taken = re.search(
                r"^(?:(?!«P)\S+ ){1,12}?(?:will take|takes|took|will bring|brings|brought) "
                r"(?:(?!«[LPO]\d+» (?!companies|firms|enterprises|exhibitors))\S+ ){1,3}?to (?:the )?"
                r"(?P<l>«L\d+»)(?P<more>(?: (?:,|and|, and) «L\d+»)*)",
                e,
            )
            if taken is not None:
                for symbol in [taken.group("l"), *_SYMBOL.findall(taken.group("more"))]:
                    place = s.found(symbol)
                    if place is not None:
                        yield FoundRelation(self.event, "locatedIn", place, "event-venue", 0.7, s)
            # "Its Osaka leg was held in Sakura Hall of the <Centre>, and the Seoul leg at the
            # <Hall>": each leg's town and hall
            for leg in _LEG.finditer(e):
                for symbol in (leg.group("town"), leg.group("hall"), leg.group("building")):
                    place = s.found(symbol) if symbol else None
                    if place is not None and place.name != self.event.name:
                        yield FoundRelation(self.event, "locatedIn", place, "event-leg", 0.7, s)
                hall = s.found(leg.group("hall")) if leg.group("hall") else None
                building = s.found(leg.group("building")) if leg.group("building") else None
                if hall is not None and building is not None:
                    yield FoundRelation(hall, "locatedIn", building, "hall-of", 0.7, s)
        patterns = [
            # (", in the city of <City>, <Country>": the venue's town after it)
            # (", the largest food and beverage trade fair in <L>, held ...": a description)
            rf"(?P<e>«E\d+») (?:(?!«[EOPC])\S+ ){{0,9}}?(?:, (?:the|a|an) (?:(?!«[EOPC])[^\s,;.]+ ){{1,10}}?, )?{verbs} (?:(?!«)\S+ ){{0,6}}?(?:in|at) (?:the )?(?P<l>«L\d+»)(?P<more>(?: (?:,|and|, and|in|in (?:downtown|central)|, in the city of) «L\d+»)*)",
            # "... opened at <City>'s <Venue>": the venue too
            rf"(?P<e>«E\d+») (?:(?!«[EOPC])\S+ ){{0,9}}?{verbs} (?:(?!«)\S+ ){{0,6}}?(?:in|at) «L\d+» (?:'s|’s) (?P<l>«L\d+»)(?P<more>)",
            # "... opening in <A> before moving south to the <B>": the event's next venue
            # (not "After the <E>, the delegation traveled to <City>": the delegation moves)
            r"(?<!after the )(?<!after )(?P<e>«E\d+») (?:[\"”] )?(?:(?!«[EOPC])(?!(?:tour|series|campaign|roadshow|promotion|caravan) (?:that|which) )(?!(?:that|goods|products|exports|shipments|\"|“) )\S+ ){0,16}?(?:moving|moved|moves|move|travelling|traveling|travelled|traveled|heading|headed|continuing|continued) (?:(?!«)\S+ ){0,2}?(?:from (?:the )?(?P<l0>«L\d+») )?to (?:the )?(?P<l>«L\d+»)(?P<more>(?: (?:,|and|, and|in) «L\d+»)*)",
            r"(?P<e>«E\d+»)(?: \( «E\d+» \))? in (?P<l>«L\d+»)(?P<more>(?: (?:,|and|, and) «L\d+»)*)",
            # "took part in the <E> at <Venue> in <City>"
            r"(?P<e>«E\d+») at (?:the )?(?P<l>«L\d+»)(?! (?:'s|’s))(?P<more>(?: in (?:the )?«L\d+»)?)",
            # "... traveled to <City>, <Country>, where the <E>, hosted by <O>, will be held"
            # ("In <City>, where the roadshow was co-hosted by <O>": its stop there)
            r"(?P<l>«L\d+»)(?P<more>(?: , «L\d+»)?) , where (?:the )?(?P<e>«E\d+») (?:(?!«E)[^.;])*?(?:will be|was|is|are|were) (?:being )?(?:held|staged|(?:co - |co-)?hosted|(?:co - |co-)?organi[sz]ed)",
            # "Companies showed their goods in <A> and <B> from May 12 to 15, as the <E> opened
            # its leg": what happened there as the event opened happened at it
            r"\b(?:on show|on display|presented|displayed|showcased|exhibited|showed|shown|drew crowds|met|gathered|signed)\b[^.;«]*?(?:«(?!L)[A-Z]\d+»[^.;«]*?)*\bin (?:the )?(?P<l>«L\d+»)(?P<more>(?: (?:,|and|, and) «L\d+»)*) (?:(?!«[EL])[^.;])*?, as (?:the )?(?:\" )?(?P<e>«E\d+»)(?: \")? (?:(?!«)\S+ ){0,3}?(?:opened|kicked off|closed|wrapped up|began|started|got under way|drew to a close|travell?ed|toured|moved)\b",
            # "<P> spoke at the opening ceremony at the <Venue> in <Town>": an event (or its
            # ceremony, read as the event) at a place
            r"\b(?:spoke|speaking|said|addressed|attended|attending|met|meeting) (?:at|during) (?:the )?(?P<e>«E\d+») (?:at|in) (?:the )?(?P<l>«L\d+»)(?P<more>(?: (?:in|,) «L\d+»)?)",
            # "... moving to the <Hall> in central <City> for a two-day <E2>": where the part is
            r"\b(?:moving|moved|moves|travelling|traveling|travelled|traveled|went|headed|heading|relocated|relocating) (?:(?!«)\S+ ){0,2}?to (?:the )?(?P<l>«L\d+»)(?P<more>(?: (?:in|,) (?:(?:central|downtown|northern|southern|eastern|western) )?«L\d+»)*) for (?:a |an |the )?(?:(?!«)\S+ ){0,4}?(?P<e>«E\d+»)",
            # "A trade promotion that took 43 companies from <City> to <Country> closed in <Town>"
            r"(?P<e>«E\d+») (?:that|which) [^.;]{0,240}? (?:closed|wrapped up|ended|concluded|opened|kicked off) (?:(?:on|this|last) \S+ )?(?:in|at) (?:the )?(?P<l>«L\d+»)(?P<more>)",
            # "The first four days were held at <A>; then the exhibitors moved north to <B>"
            r"(?P<e>«E\d+») [^.]*?; (?:(?!«)\S+ ){0,3}?(?:the )?exhibitors (?:(?!«)\S+ ){0,6}?(?:moved|travelled|traveled|relocated|headed) (?:(?:north|south|east|west|on) )?to (?:the )?(?P<l>«L\d+»)(?P<more>)",
            # "<E> opened at <A>, the exhibition grounds in <City>, and ended at the <B>"
            r"(?P<e>«E\d+») (?:[\"”] )?(?:(?!«)[a-z]+ )?(?:opened|began|started|kicked off) (?:at|in) (?:the )?«L\d+» (?:(?!«E)[^.;])*?, and (?:ended|closed|concluded|finished|wrapped up) (?:(?!«)\S+ ){0,2}?(?:at|in) (?:the )?(?P<l>«L\d+»)(?P<more>)",
            # "<E>, which drew more than 300 delegates to the <Venue> in <City>"
            rf"(?P<e>«E\d+») (?:, which )?(?:drew|draws|drawing|attracted|attracts|attracting|brought) (?:(?!«)\S+ ){{0,4}}?\d[\d,]* (?:(?!«)\S+ ){{0,5}}?(?:{_PEOPLE}) (?:(?!«)\S+ ){{0,4}}?to (?:the )?(?P<l>«L\d+»)(?P<more>(?: (?:in|,|and|, and) «L\d+»)*)",
            # "<The roadshow>, organized by <O>, stopped first at the <Venue>": the event moves
            r"(?P<e>«E\d+») , (?:(?:first|then|next|later|also) )?(?:stopped|stops) (?:(?:first|then|next|later) )?(?:at|in) (?:the )?(?P<l>«L\d+»)(?P<more>(?: (?:in|,|and|, and) «L\d+»)*)",
            # "the <E>, which <O> and <O2> will co-organise in <City> on 14 October"
            r"(?P<e>«E\d+») , (?:which|that) (?:(?!«[EP])[^,;.])*? (?:co ?- ?)?(?:organi[sz]e|organi[sz]ed|host|hosted|hold|held|stage|staged) in (?:the )?(?P<l>«L\d+»)(?P<more>)",
            # "a "<E>" evening hosted by the <O> was held in <City>": its organizer between
            r"(?P<e>«E\d+») (?:(?!«[EPC])\S+ ){0,12}?(?:was|were|is|are|will be) (?:held|staged) (?:in|at) (?:the )?(?P<l>«L\d+»)(?P<more>)",
            r"(?:met|meet|meets|gathered|gather|convened|assembled|arrived|arrive|arrives) in (?:the )?(?P<l>«L\d+»)(?P<more>) (?:(?!«)\S+ ){0,3}?(?:for|at) (?:the )?(?:(?!«)\S+ ){0,3}?(?P<e>«E\d+»)",
            r"(?P<e>«E\d+») (?:at|in) (?:the )?(?P<l>«L\d+»)(?P<more>(?: (?:,|and|, and) «L\d+»)*) (?:was|were|is|will be|has been) (?:\S+ )?(?:hosted|organized|organised|held|staged|opened|co-organized|sponsored)",
            # "<O> and <O2> jointly hosted the "<E>" reception at the <Venue>": what a host
            # holds somewhere is held there
            r"\b(?:hosted|held|staged|organized|organised|co-hosted|co - hosted|co-organized) (?:the )?(?:[\"“] )?(?P<e>«E\d+»)(?: [\"”])? (?:(?!«)[a-z]+ ){0,2}?(?:at|in) (?:the )?(?P<l>«L\d+»)(?P<more>(?: (?:in|,) «L\d+»)?)",
            # "... the <Fair>, scheduled for November 26-30 at the <Venue>": where it will be
            r"(?P<e>«E\d+») , (?:scheduled|slated|set|planned|due) (?:for|to be held) (?:(?!«)\S+ ){0,6}?(?:at|in) (?:the )?(?P<l>«L\d+»)(?P<more>(?: (?:in|,) «L\d+»)*)",
            # "signed at the <E> at the <Venue> in <City>", "at the <E>, a two-day event at the
            # <Venue>": a venue named right after the event (the venue's town is the venue's)
            r"\b(?:at|during) (?:the )?(?P<e>«E\d+») (?:, (?:a|an|the) (?:(?!«)\S+ ){0,4}?(?:event|gathering|meeting|fair|forum|conference|expo|exhibition|show|summit) )?at (?:the )?(?P<l>«L\d+»)(?! (?:'s|’s))(?P<more>)",
            # "Held at the <Venue> and organized by <O>, the <Event> closed ...": the event named
            # after the participle clause
            r"^(?:held|hosted|staged) (?:at|in) (?:the )?(?P<l>«L\d+»)(?P<more>)(?: (?!«E)\S+)*? , (?:the )?(?P<e>«E\d+»)",
        ]
        # "<E>, organized by <O> and <O2> under the guidance of <O3>, stopped at ...": the
        # organizers' clause stands between the event and its verb
        texts = {e, _ORGANIZERS_CLAUSE.sub("", e)}
        for pattern in patterns:
            for text in sorted(texts):
                for match in re.finditer(pattern, text):
                    first = match.groupdict().get("l0")  # "travelled from <A> to <B>"
                    symbols = [first] if first else []
                    for symbol in [
                        *symbols,
                        match.group("l"),
                        *_SYMBOL.findall(match.group("more")),
                    ]:
                        rel = _rel(s, match.group("e"), "locatedIn", symbol, "event-venue", 0.8)
                        if rel:
                            yield rel
        # "<P> said at the opening ceremony at the <Venue> in <Town>": in a report of one
        # event, its ceremonies are held at it (a ceremony of another event names that one)
        ceremony = re.search(
            r"\b(?:the )?(?:opening|closing|signing|launch|award) ceremony (?:of (?:the )?(?P<e>«E\d+») )?"
            r"(?:(?:was |is |will be )?held )?(?:at|in) (?:the )?(?P<l>«L\d+»)(?P<more>(?: (?:in|,) «L\d+»)?)",
            e,
        )
        held = (
            (s.found(ceremony.group("e")) if ceremony.group("e") else self.event)
            if ceremony is not None
            and (ceremony.group("e") or len(set(_EVENT_SYMBOL.findall(e))) == 0)
            else None
        )
        if ceremony is not None and held is not None:
            for symbol in [ceremony.group("l"), *_SYMBOL.findall(ceremony.group("more"))]:
                venue = s.found(symbol)
                if venue is not None:
                    yield FoundRelation(held, "locatedIn", venue, "event-venue", 0.7, s)
        # "<The week> is organized by ... . It opened on Monday at the <Venue>": "it" is the
        # event the sentence before named
        opened = re.match(
            rf"^it (?:officially |formally )?{verbs} (?:(?:on|this|last|next) (?:(?!«)\S+ ){{0,2}}?)?(?:in|at) (?:the )?(?P<l>«L\d+»)",
            e,
        )
        if opened is not None and self._event_opening is not None:
            venue = s.found(opened.group("l"))
            if venue is not None:
                yield FoundRelation(self._event_opening, "locatedIn", venue, "event-venue", 0.7, s)
        # "... the <E> has brought 60 companies to <Region>. After two days in <A>, it moves on
        # to <B>, the Ghanaian capital, where exhibitors will set up at the <Venue>"
        moved = re.match(
            r"^(?:after (?:(?!«)[^,]){1,30}in (?:the )?(?P<a>«L\d+») , )?it (?:then |now )?"
            r"(?:moves|moved|will move|travels|travelled|traveled|will travel|heads|headed|goes|went)"
            r"(?: on)? to (?:the )?(?P<l>«L\d+»)(?: , (?:(?!«[LOPE])[^,]){1,40}, where (?:(?!«)\S+ ){1,4}?"
            r"(?:set up|exhibit|gather|meet|show)\w* (?:(?!«)\S+ ){0,2}?(?:at|in) (?:the )?(?P<v>«L\d+»))?",
            e,
        )
        event = self._event_opening or self._event_before
        if moved is not None and event is not None:
            for symbol in (moved.group("a"), moved.group("l"), moved.group("v")):
                venue = s.found(symbol) if symbol else None
                if venue is not None:
                    yield FoundRelation(event, "locatedIn", venue, "event-venue", 0.7, s)
        # "More than 60 companies displayed their products at the <Venue> and at the <Venue2> in
        # <City>": in a report of one event, the halls companies show in are its venues
        if "«E" not in e:
            for match in _SHOWN_AT.finditer(e):
                for symbol in [match.group("l"), *_SYMBOL.findall(match.group("more"))]:
                    venue = s.found(symbol)
                    if venue is not None and venue.type in VENUE_TYPES:
                        yield FoundRelation(self.event, "locatedIn", venue, "event-halls", 0.65, s)

    def _listed_after(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        """ "48 companies took part in the forum. Besides the signatories, they included <A>,
        <B> and <C>.": the companies listed after a sentence that counted the participants."""
        e = s.encoded
        before, self._taken_part = self._taken_part, None
        took = re.search(
            r"\b(?:took part|participated)(?: in (?:the )?(?:(?!«)\S+ ){0,2}?(?P<e>«E\d+»)| \.$)",
            e,
        )
        if took is not None and not re.search(r"«[OP]\d+»[^«]*$", e[: took.start()]):
            # counted, not named, participants: "48 companies took part in the forum."
            self._taken_part = s.found(took.group("e")) if took.group("e") else self.event
        if before is None:
            return
        listed = re.match(
            r"^(?:(?:besides|apart from|beyond|in addition to|among them)(?: (?!«)[^\s,]+){0,4} , )?"
            r"(?:they|these|those|the (?:companies|firms|enterprises|exhibitors|participants)) "
            r"(?:included|include|were|are) (?:the )?(?P<a>«O\d+»)(?P<more>(?: (?:,|and|, and) (?:the )?«O\d+»)*)",
            e,
        )
        if listed is None:
            return
        for symbol in [listed.group("a"), *_SYMBOL.findall(listed.group("more"))]:
            org = s.found(symbol)
            if org is not None and org.kind is Kind.ORGANIZATION:
                yield FoundRelation(org, "participatedIn", before, "listed-participants", 0.7, s)

    def organizers(self, s: EncodedSentence) -> Iterator[FoundRelation]:
        e = s.encoded
        event = self._event_in(s)
        verbs = r"(?:organized|organised|hosted|sponsored|co ?- ?organized|co ?- ?organised|co ?- ?hosted|co ?- ?sponsored|initiated|launched|held|jointly organized|undertaken|convened)"
        if event is None and self._part_of_event(s):
            event = "main"  # "Its second leg ..., hosted by <O>": the main event's organizer
        opening = re.match(r"^(?:it|the (?P<noun>\S+)) (?:was|is|will be) ", e)
        if event is None and opening is not None:
            word = opening.group("noun")
            if word is None and self._event_before is not None:
                event = (
                    "before"  # "<E> opened ... . It was organized by <O>, and co-hosted by <O2>."
                )
            elif word is not None and (word in self.lex.event_heads or word == "roadshow"):
                event = "main"  # "The roadshow was organized by <O>"
        # "Organised by <O> with <O2>, the fair showcased ...": the participle's subject
        leading = re.match(rf"^{verbs} by [^.;]*? , the (?P<noun>[a-z-]+) ", e)
        if event is None and leading is not None:
            noun = leading.group("noun")
            if noun in self.lex.event_heads or noun == "roadshow":
                event = "main"
        # ("by <Country>'s Ministry of Commerce"; "by the provincial department together with
        # the <O>": the partner named where the first is not)
        owner = r"(?:«L\d+» - based |«L\d+» (?:'s|’s) )?"
        for match in re.finditer(
            rf"{verbs} by (?:the )?(?:{owner}(?P<o>«[OP]\d+»)(?: \( (?:«O\d+»|[^\s()«]+) \))?|(?:(?!«)[a-z]+ ){{0,2}}(?!«)[a-z]+(?= (?:together|along|jointly) with ))(?P<more>(?: (?:,|and|, and|(?:, )?(?:together|along|jointly) with|(?:, )?in (?:cooperation|partnership|collaboration) with|with) (?:the )?{_DESCRIBED_BODY}{owner}«[OP]\d+»(?: \( (?:«O\d+»|[^\s()«]+) \))?)*)",
            e,
        ):
            if event is None:
                continue
            if event in ("main", "before"):
                held = self._event_before if event == "before" else self.event
                for symbol in [match.group("o"), *_SYMBOL.findall(match.group("more"))]:
                    org = s.found(symbol) if symbol else None
                    if org is not None and held is not None:
                        yield FoundRelation(held, "organizedBy", org, "organized-by", 0.7, s)
                continue
            # "alongside the <E>, the <E2>, co-hosted by <O>": the event the clause follows
            before = re.findall(r"«E\d+»", e[: match.start()])
            held_by = before[-1] if before else event
            for symbol in [match.group("o"), *_SYMBOL.findall(match.group("more"))]:
                rel = (
                    _rel(s, held_by, "organizedBy", symbol, "organized-by", 0.8) if symbol else None
                )
                if rel:
                    yield rel
        # "Co-organizer – <O> national company.": the agency style's list of the report's event
        listed = re.match(
            r"^(?:†?co (?:- )?)?†?organi[sz]ers? (?:–|—|:|-) (?:the )?(?P<o>«O\d+»)"
            r"(?P<more>(?: (?:,|and|, and) (?:the )?«O\d+»)*)",
            e,
        )
        if listed is not None and self.event is not None:
            for symbol in [listed.group("o"), *_SYMBOL.findall(listed.group("more"))]:
                org = s.found(symbol)
                if org is not None and org.kind is Kind.ORGANIZATION:
                    yield FoundRelation(self.event, "organizedBy", org, "organizer-listed", 0.7, s)
        partners = r"(?: (?:together |jointly )?(?:with|and) (?:the )?(?P<with>«O\d+»))?"
        # "<O> and <O2> organized it together with <O3>": "it" is the event the sentence before
        # named
        if self._event_before is not None:
            for match in re.finditer(
                rf"(?P<o>«O\d+»)(?P<more>(?: (?:,|and|, and) (?:the )?«O\d+»)*) (?:jointly |together )?{verbs} it{partners}",
                e,
            ):
                symbols = [match.group("o"), *_SYMBOL.findall(match.group("more"))]
                for symbol in [*symbols, match.group("with")]:
                    org = s.found(symbol) if symbol else None
                    if org is not None and org.kind is Kind.ORGANIZATION:
                        yield FoundRelation(
                            self._event_before, "organizedBy", org, "organized-it", 0.7, s
                        )
        # "<O> and <O2> signed a memorandum on co-organizing the <E>": both organize it
        for match in re.finditer(
            r"(?P<o>«O\d+»)(?: \( «O\d+» \))?(?P<more>(?: (?:,|and|, and) (?:the )?«O\d+»(?: \( «O\d+» \))?)*) "
            r"(?:signed|agreed|inked) (?:(?!«)[^.;])*?\b(?:on|to|for) (?:jointly )?(?:co ?- ?)?"
            r"(?:organi[sz]ing|organi[sz]e|hosting|host|holding|hold) (?:the )?(?P<e>«E\d+»)",
            e,
        ):
            for symbol in [match.group("o"), *re.findall(r"(?<!\( )«O\d+»", match.group("more"))]:
                rel = _rel(s, match.group("e"), "organizedBy", symbol, "organized-by", 0.75)
                if rel:
                    yield rel
        # "..., with the <O> (<ACR>) as co-organiser": of the event the sentence names
        for match in re.finditer(
            r"\bwith (?:the )?(?P<o>«O\d+»)(?: \( «O\d+» \))? as (?:the |a |its )?(?:local |official )?(?:co ?- ?)?(?:organizer|organiser|host)s?\b",
            e,
        ):
            named = self._event_in(s)
            if named is not None:
                rel = _rel(s, named, "organizedBy", match.group("o"), "organizer-role", 0.7)
                if rel:
                    yield rel
        # "<O> acted as local co-organizer": of the event the report is about
        for match in re.finditer(
            r"(?P<o>«O\d+») (?:\( «O\d+» \) )?(?:, (?:a|an|the) (?:(?!«)[^\s,]+ ){1,6}?, )?(?:acted|acts|served|serves|was|is) as (?:the |a )?(?:local |official )?(?:co ?- ?)?(?:organizer|organiser)s?(?! of| for)\b",
            e,
        ):
            org = s.found(match.group("o"))
            if org is not None and org.kind is Kind.ORGANIZATION:
                named = self._event_in(s)
                if named is None:
                    yield FoundRelation(self.event, "organizedBy", org, "organizer-role", 0.7, s)
                    continue
                rel = _rel(s, named, "organizedBy", match.group("o"), "organizer-role", 0.7)
                if rel:
                    yield rel
        # "<E> ... is organized by <O>, with the support of <O2>": a supporter takes part
        # ("hosted by <O>, and supported by <O2> (<ACR>) and <O3>", "with support from <O2>")
        # (right after the hosts, not "hosted by <O> ..., discussed a plan backed by <O2>")
        supported = re.search(
            r"\b(?:organi[sz]ed|hosted|co ?- ?hosted|co ?- ?organi[sz]ed) by (?:the )?«O\d+»"
            r"(?: \( «O\d+» \))?(?: (?:,|and|, and) (?:the )?«O\d+»(?: \( «O\d+» \))?)* ,? "
            r"(?:and )?(?:(?:supported|sponsored|backed|co ?- ?sponsored) by|with (?:the )?"
            r"(?:support|backing|sponsorship) (?:of|from)) (?:the )?(?P<o>«O\d+»)"
            r"(?: \( «O\d+» \))?(?P<more>(?: (?:,|and|, and) (?:the )?«O\d+»(?: \( «O\d+» \))?)*)",
            e,
        )
        if supported is not None:
            held = s.found(event) if event not in (None, "main", "before") else self.event
            more = re.findall(r"(?<![(] )«O\d+»", supported.group("more"))
            for symbol in (supported.group("o"), *more):
                backer = s.found(symbol)
                if held is not None and backer is not None and held.kind is Kind.EVENT:
                    yield FoundRelation(backer, "participatedIn", held, "supported-by", 0.6, s)
        # "the <E>, which <O> and <O2> will co-organise in <City>": each organizes it
        for match in re.finditer(
            r"(?P<e>«E\d+») , (?:which|that) (?:the )?(?P<o>«O\d+»)(?P<lead>(?: (?:,|and|, and) (?:the )?«O\d+»)*) "
            r"(?:will |are to |plan to |(?:has|have) )?(?:jointly )?(?:co ?- ?)?(?:organi[sz]e|organi[sz]ed|host|hosted|stage|hold)\b",
            e,
        ):
            for symbol in (match.group("o"), *_SYMBOL.findall(match.group("lead"))):
                rel = _rel(s, match.group("e"), "organizedBy", symbol, "organized-by", 0.75)
                if rel:
                    yield rel
        for match in re.finditer(
            rf"(?P<o>«O\d+»)(?P<lead>(?: (?:,|and|, and) (?:the )?«O\d+»)*) (?:, (?:which|that|who) (?:also )?|(?:(?!«)\S+ )?)(?:{verbs}|organizes|organises|hosts|runs|stages) (?:the )?(?:(?!«)\S+ ){{0,2}}?(?P<e>«E\d+»){partners}",
            e,
        ):
            # "<O> organized the expo with <O2>", "<O> and the <O2> jointly hosted the <E>":
            # each organized it
            lead = _SYMBOL.findall(match.group("lead"))
            for symbol in (match.group("o"), *lead, match.group("with")):
                if symbol is None:
                    continue
                rel = _rel(s, match.group("e"), "organizedBy", symbol, "organized-by", 0.75)
                if rel:
                    yield rel

    def participants(
        self, s: EncodedSentence, has_event: bool, current: Found | None = None
    ) -> Iterator[FoundRelation]:
        """Speakers and attendees: subjects of speech verbs, "presentation by <P>", "<X> attended <E>"."""
        e = s.encoded
        # "<X> attended <E>", "Representatives of <O> and <O2> attended the <E>"
        for match in re.finditer(
            r"(?:(?:representatives|delegates|delegations|executives|officials) (?:of|from) (?:the )?)?"
            r"(?P<a>«[PO]\d+»)(?P<more>(?: (?:,|and|, and) (?:the )?«[PO]\d+»)*)"
            # "<O> and 22 other <Province> companies took part in <E>"
            r"(?: (?:and|, and) (?:(?!«)\S+ ){0,2}?(?:other|more) (?:(?!«)[a-z-]+ |«[LD]\d+» ){0,2}?(?:companies|firms|enterprises|exhibitors|businesses|suppliers|makers|producers|manufacturers|delegates|officials|executives))?"
            r" (?:(?!«)(?!,)(?!never |not |n't |hardly |rarely )\S+ )?(?:took part in|participated in|participates in|attended|attends|joined|exhibited at|spoke at|speaks at|presented at|was present at|were present at) (?:the )?(?:(?!«)\S+ ){0,2}?(?P<e>«E\d+»)",
            e,
        ):
            for symbol in [match.group("a"), *_SYMBOL.findall(match.group("more"))]:
                rel = _rel(s, symbol, "participatedIn", match.group("e"), "attended", 0.8)
                if rel:
                    yield rel
        # "Guests at the <E> included Dr. <P>, State Councillor at the <O>; <P2>, ...": every
        # person the list names was there (not the organizations their posts are at)
        guests = _GUESTS_INCLUDED.search(e)
        if guests is not None:
            for symbol in re.findall(r"«P\d+»", e[guests.end() :]):
                rel = _rel(s, symbol, "participatedIn", guests.group("e"), "guests", 0.75)
                if rel:
                    yield rel
        speakers = _SPEAKERS_INCLUDED.search(e) if guests is None and not has_event else None
        held = current or self.event
        if speakers is not None and held is not None and not _ANOTHER_OCCASION.search(e):
            for symbol in re.findall(r"«P\d+»", e[speakers.end() :]):
                person = s.found(symbol)
                if person is not None:
                    yield FoundRelation(person, "participatedIn", held, "guests", 0.7, s)
        # "More than 40 companies, including <O> and <O2>, took part in the <E>"; "The <E>
        # featured <O>, <O2> and <O3>"
        for match in _INCLUDING_PARTICIPANTS.finditer(e):
            if match.group("a3") and _ANOTHER_OCCASION.search(e[: match.start()]):
                continue  # "Separately, at a conference in <City> last month, firms took part"
            named = match.group("e") or match.group("e2")
            event = s.found(named) if named else (current or self.event)
            for symbol in [
                match.group("a") or match.group("a2") or match.group("a3"),
                *_SYMBOL.findall(
                    match.group("more") or match.group("more2") or match.group("more3") or ""
                ),
            ]:
                party = s.found(symbol)
                if party is not None and event is not None and party is not event:
                    yield FoundRelation(party, "participatedIn", event, "event-listed", 0.7, s)
        # "Other dairy exhibitors included <O>, <O> and <O>"; "<O> and <O> also exhibited in
        # <City>"; "<O>, a <City> steelmaker, displayed ...": companies showing at the event
        acr = r"(?: \( «O\d+» \))?"
        listed = rf"(?: (?:,|and|, and) (?:the )?«O\d+»{acr})*"
        showing = (
            rf"(?:exhibitors|participants|exhibiting companies) (?:included|include|were|are|such as|like) (?:the )?(?P<a>«O\d+»){acr}(?P<more>{listed})"
            rf"|(?P<a4>«O\d+») , one of the (?:(?!«)\S+ )?(?:exhibitors|participants|exhibiting companies) ,"
            rf"|^(?:(?!«)\S+ ){{0,3}}?(?P<seat>«L\d+» - based )?(?P<a2>«O\d+»){acr}(?P<more2>{listed})(?: , (?:(?!«[OPE])[^\s,]+ |«[LD]\d+» ){{1,10}}?(?:, (?:(?!«[OPE])[^\s,]+ |«[LD]\d+» ){{1,10}}?)?,)? (?:also |later |then )?(?P<v>exhibited|showcased|displayed|presented|unveiled|demonstrated|exhibits|showcases|displays|presents)\b"
            rf"(?:(?: (?!«)\S+){{0,6}}? alongside (?P<a3>«O\d+»){acr}(?P<more3>{listed}))?"
        )
        for match in re.finditer(showing, e):
            if match.group("a2") and not (
                match.group("a3")
                or _SHOWING_CUE.search(e)
                or _AT_EVENT.search(e)
                or (match.group("v") in _EXHIBITING and match.group("seat") and current is not None)
            ):
                continue  # "The Ministry of Finance presented its budget": not at the event
            symbols = [match.group("a") or match.group("a2") or match.group("a4")]
            symbols += _SYMBOL.findall(match.group("more") or match.group("more2") or "")
            if match.group("a3"):
                symbols += [match.group("a3"), *_SYMBOL.findall(match.group("more3") or "")]
            where = s.found(at.group(1)) if (at := _AT_EVENT.search(e)) else None
            event = where or current or self.event
            for symbol in symbols:
                party = s.found(symbol)
                if party is not None and party is not event:
                    yield FoundRelation(party, "participatedIn", event, "event-exhibitor", 0.6, s)
        # "It opened ... with a performance by the <O>": performers take part in the event
        if has_event or e.startswith("it "):
            named = re.search(r"«E\d+»", e)
            event = (s.found(named.group(0)) if named else None) or current or self.event
            for match in _PERFORMED_BY.finditer(e):
                party = s.found(match.group("a"))
                if party is not None and party is not event:
                    yield FoundRelation(party, "participatedIn", event, "performer", 0.65, s)
        context = has_event or any(
            u.token is not None
            and (
                u.token.lower_ in self.lex.event_presence or u.token.lower_ in self.lex.speech_nouns
            )
            for u in s.units
        )
        # the event a speaker spoke at: one the sentence places the talk in ("said at the <E>"),
        # else the report's main event ("invited firms to the <E>" is about another one)
        at = re.search(
            r"\b(?:at|during|on the sidelines of|on the sideline of) (?:the )?(«E\d+»)", s.encoded
        )
        target = at.group(1) if at else None
        yield from self._acting_organizations(s, target, current)
        # "<O> was represented by <Post> <P>": the body took part in the event, by its envoy
        for match in _REPRESENTED_BY.finditer(s.encoded):
            if any(w.lstrip("†") in OUTSIDE_AGENTS for w in match.group("t").split()):
                continue  # "represented by lawyer <P>": in court, not at the event
            party, event = s.found(match.group("o")), current or self.event
            if party is not None and event is not None and party is not event:
                yield FoundRelation(party, "participatedIn", event, "represented-by", 0.65, s)
        yield from self._signing_parties(s, target, current)
        yield from self._deal_parties(s, target, current)
        for unit in s.units:
            if unit.found is None or unit.text[1] != "P" or unit.token is None:
                continue
            tok = self._post_before(unit.token)
            speaker = False
            if tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass"):
                tok = tok.head  # "<O>'s general manager, <P>, told reporters"
            if tok.dep_ in ("nsubj", "nsubjpass"):
                verb = tok.head
                speaker = verb.lemma_.lower() in self.lex.speech_verbs or context
            elif tok.dep_ == "ROOT" and any(
                c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.lex.speech_verbs
                for c in tok.children
            ):
                speaker = True  # "<P>, Vice President of <O>, called it ...": parsed as a clause
            elif (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "by"
                and tok.head.head.lemma_.lower() in self.lex.speech_nouns
            ) or (tok.dep_ == "poss" and tok.head.lemma_.lower() in self.lex.speech_nouns):
                speaker = True
            elif (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "to"
                and tok.head.i > 0
                and unit.token.doc[tok.head.i - 1].lower_ == "according"
            ):
                speaker = True  # "..., according to <P>": quoted in a report of the event
            elif tok.dep_ == "pobj" and tok.head.dep_ == "agent":
                # "The forum was opened by <Post> <P>"; "<O> was represented by <Post> <P>"
                verb = tok.head.head.lemma_.lower()
                speaker = verb in self.lex.speech_verbs or verb == "represent"
            if speaker and target is None and self._commentator(unit.found):
                speaker = False  # "<P>, an analyst at <Bank>, said": quoted, not at the event
            if speaker and target is None and self._elsewhere:
                speaker = False  # "<P> said at the ceremony" of a plant's opening
            if speaker:
                fallback = current or self.event
                spoke_at = target if at is not None and self._spoken_at(s, at, unit.token) else None
                obj = fallback if spoke_at is None else (s.found(spoke_at) or fallback)
                yield FoundRelation(unit.found, "participatedIn", obj, "event-speaker", 0.65, s)

    def _spoken_at(self, s: EncodedSentence, at: re.Match[str], speaker: Any) -> bool:
        """Does "at the <E>" say where the speaker was ("said at the <Forum>", "unveiled the
        car at the <Show>": the speaker's own verb), not where a deal the speech reports was
        made ("said 38 agreements were signed ... at the <Forum>")?"""
        prep = s.unit_at(at.start()).token
        if prep is None:
            return True
        head = prep.head
        for _ in range(6):  # up to the verb the phrase hangs on ("most of them at the <E>")
            if head.pos_ in ("VERB", "AUX") or head.head is head:
                break
            head = head.head
        if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in self.lex.speech_verbs:
            return True
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return speaker is not None and any(
            c.left_edge.i <= speaker.i <= c.right_edge.i for c in subjects
        )

    def _commentator(self, person: Found) -> bool:
        """Is the person described right after the name as one who comments on the news from
        outside ("<P>, an auto analyst at <Bank>", "<P>, a consultant who advises ...", "<P>,
        head of research at <Firm>"), or credited with reporting it ("Reporting by <P>")?"""
        if person.name in self._outsiders and not re.search(
            r"\b(?:[A-Z][a-z]+ )?(?:Minister|Secretary|Governor|Mayor|President|Director|"
            r"Chairman|Ambassador|Commissioner|Senator|Chief) $",
            self.text[max(0, person.start - 40) : person.start],
        ):
            return True  # ("Ms. <Family> said" after "<P>, a mining analyst at <Bank>,"; not
            # "Energy Minister <Family>", another of the name)
        before = self.text[max(0, person.start - 16) : person.start].casefold()
        if re.search(r"\b(?:reporting|writing|editing|compiled) by\s*$", before):
            return True
        after = self.text[person.end : person.end + 60].casefold()
        if re.match(_COMMENTATOR_APPOSITION, after) is None:
            return False
        words = person.name.split()
        self._outsiders.update((person.name, words[-1]) if len(words) > 1 else (person.name,))
        return True

    def _post_before(self, name: Any) -> Any:
        """ "Director of the Department of <X> <P> presented": the parse may hang a name written
        after its holder's post under the post's "of"; the post is then what stands in the
        clause for the person (the subject, the agent). Else the name's own token."""
        tok = name
        for _ in range(4):
            if tok.dep_ != "pobj" or tok.head.lower_ != "of":
                break
            tok = tok.head.head
            if tok.lower_ in self.lex.title_heads:
                return tok
        return name

    def _signing_parties(
        self, s: EncodedSentence, target: str | None, current: Found | None
    ) -> Iterator[FoundRelation]:
        """ "<O> signed a supply agreement with <O2>", "<P>, General Manager of <O>, signed a deal
        with <O2>": in a report of an event, both parties of a signing took part in it."""
        event = (s.found(target) if target is not None else None) or current or self.event
        # "The deal was signed by XHTC general manager <P> and Indonesian businessman <P2>"
        dated = re.search(r"\b(?:19|20)\d\d\b", s.encoded)  # "signed in 2014": another day
        for signed in () if dated else _SIGNED_BY.finditer(s.encoded):
            for symbol in (signed.group("a"), signed.group("b")):
                party = s.found(symbol)
                if party is not None and party is not event:
                    yield FoundRelation(party, "participatedIn", event, "event-signing", 0.6, s)
        for placed in _SIGNED_BETWEEN_AT.finditer(s.encoded):
            for symbol in (placed.group("a"), placed.group("b")):
                rel = _rel(s, symbol, "participatedIn", placed.group("e"), "event-signing", 0.65)
                if rel:
                    yield rel
        # "<A> and <City>-based <B> signed a three-year supply agreement": both sides
        for pair in () if dated else _SIGNED_TOGETHER.finditer(s.encoded):
            for symbol in (pair.group("a"), pair.group("b")):
                party = s.found(symbol)
                if party is not None and party is not event and party.kind is Kind.ORGANIZATION:
                    yield FoundRelation(party, "participatedIn", event, "event-signing", 0.6, s)
        # each deal of the sentence ("<A> agreed to supply <B>, while <C> signed with <D>"),
        # with the companies named before it since the last one
        opened = 0
        for match in _SIGNED_WITH.finditer(s.encoded):
            before = s.encoded[opened : match.start()].rsplit(";", 1)[-1]
            opened = match.end()
            if match.group("b") is None and not self._deal_at_event(s, event):
                continue  # "agreed", "went to", "came from": in a trade report, or of the event
            if match.group("j") is not None and (
                dated or (not re.search(r"«E\d+»", s.encoded) and not self._deal_at_event(s, event))
            ):
                continue  # "In 2019, <O> appointed <O2> as its distributor": another time
            other = next((match.group(g) for g in "bcdefghj" if match.group(g)), None)
            symbols = [
                *(m.group(1) for m in re.finditer(r"(?<!with )(?<!with the )(«O\d+»)", before)),
                other,
                match.group("i"),
                *_SYMBOL.findall(match.group("more") or ""),
            ]
            for symbol in dict.fromkeys(symbols):
                party = s.found(symbol) if symbol else None
                if party is not None and party is not event:
                    yield FoundRelation(party, "participatedIn", event, "event-signing", 0.6, s)

    def _deal_parties(
        self, s: EncodedSentence, target: str | None, current: Found | None
    ) -> Iterator[FoundRelation]:
        """ "The headline deal was a joint venture between <O> and <O2>", "Under the largest
        agreement, <O> will ... in partnership with <O2>": in the report of a trade event, the
        parties of a deal the report counts among its outcomes took part in it."""
        cue = _DEAL_TOLD.match(s.encoded)
        event = (s.found(target) if target is not None else None) or current or self.event
        if cue is None or event is None or not self._deal_at_event(s, event):
            return
        if _OTHER_TIME.search(s.encoded):
            return  # "The biggest deal this year remains <O>'s purchase of ...": not the event's
        rest = s.encoded[cue.end() :].lstrip().removeprefix(", ")
        symbols: list[str] = []
        for pattern in _DEAL_PARTIES:
            for match in pattern.finditer(rest):
                symbols += [g for g in match.groups() if g and g.startswith("«O")]
        for symbol in dict.fromkeys(symbols):
            party = s.found(symbol)
            if party is not None and party is not event and not party.anaphor:
                yield FoundRelation(party, "participatedIn", event, "event-deal", 0.55, s)

    def _deal_at_event(self, s: EncodedSentence, event: Found | None) -> bool:
        """Is a deal said without "signed an agreement with" (the other party "agreed with",
        supplied, "the deal went to") one of the event's? When the sentence names the event
        (not "the next <E>"), or the report is of a trade event (a fair, an expo, a forum, a
        trade week, a roadshow): in other news, "agreed with" is as often an opinion."""
        if "«E" in s.encoded and not re.search(r"\b(?:next|previous) «E\d+»", s.encoded):
            return True
        return event is not None and bool(
            set(event.name.casefold().replace("-", " ").split()) & _TRADE_EVENT_HEADS
        )

    def _acting_organizations(
        self, s: EncodedSentence, target: str | None, current: Found | None
    ) -> Iterator[FoundRelation]:
        """ "<O> signed an agreement at the fair", "At the forum, <O> announced ...", "Among the
        exhibitors, <O> drew crowds": a company that acts at the event took part in it."""
        event = s.found(target) if target is not None else None
        if event is None and re.match(r"^among (?:the )?(?:exhibitors|participants)\b", s.encoded):
            event = current or self.event
        # "One of the most crowded stands belonged to <O>", "<O>'s pavilion": it exhibited
        stands = re.finditer(
            r"\b(?:stand|stands|booth|booths|pavilion|pavilions) (?:(?!«)\S+ ){0,2}?"
            r"(?:of|belonged to|belonging to|run by|(?:at «E\d+» )?(?:was|were) (?:that|those) of)"
            r" (?:the )?"
            r"(?:«L\d+» - based )?(«O\d+»)"
            r"|(«O\d+») (?:'s|’s) (?:(?!«)\S+ ){0,2}?(?:stand|booth|pavilion)\b"
            # "At the largest stand, <P>, managing director of <O>, said"; "<P>, general manager
            # of <O>, said at the stand", "... told visitors at its stand": its officer spoke there
            r"|\bat the (?:(?!«)\S+ ){0,2}?(?:stand|booth|pavilion) , «P\d+» , (?:†\S+ )+"
            r"(?:of|at) (?:the )?(«O\d+»)"
            r"|«P\d+» , (?:†\S+ (?:- )?)+(?:of|at) (?:the )?(«O\d+») , (?:which [^«.]*?«\w\d+» , )?"
            r"(?:said |told (?:(?!«)\S+ ){0,2}?)at (?:the|its|their) (?:(?!«)\S+ )?"
            r"(?:stand|booth|pavilion)\b",
            s.encoded,
        )
        for match in stands:
            exhibitor = s.found(next(g for g in match.groups() if g is not None))
            if exhibitor is not None:
                where = event or current or self.event
                yield FoundRelation(exhibitor, "participatedIn", where, "event-stand", 0.6, s)
        for unit in s.units:
            if unit.found is None or unit.text[1] != "O" or unit.token is None:
                continue
            tok = unit.token
            if tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass"):
                tok = tok.head
            if tok.dep_ != "nsubj" or tok.head.pos_ not in ("VERB", "AUX"):
                continue
            verb = tok.head
            if verb.lemma_.lower() in self.lex.organizer_verbs:
                continue  # "<O> hosted ... at the fair": an organizer
            if event is not None:
                yield FoundRelation(unit.found, "participatedIn", event, "event-actor", 0.6, s)
            elif (
                verb.tag_ == "VBD"
                and verb.lemma_.lower() in _FAIR_ACTIVITIES
                and not set(unit.found.name.casefold().split()) & self.lex.non_company_heads
                and not any(
                    child.dep_ == "dobj" and child.lemma_.lower() in _NOT_GOODS
                    for child in verb.children
                )  # "Apple displayed resilience in the third quarter"
            ):
                # in the report of an event, "<O> served <tea> and took orders for 12 tonnes",
                # "<O> launched its chili sauce": what a company did there
                where = current or self.event
                if (
                    where is not None
                    and unit.found.name != where.name
                    and (
                        where.name.split()[-1].casefold() in _TRADE_EVENTS
                        or where.rule == "quoted-event"  # "<Province> Brands, Shared Markets"
                    )
                ):
                    yield FoundRelation(unit.found, "participatedIn", where, "event-trade", 0.55, s)

    def dates(self, s: EncodedSentence) -> list[tuple[str, str, EncodedSentence]]:
        found = parse_date_range(s.text, self.default_year)
        if found is None:
            return []
        start, end = found
        out = [("startDate", start, s)]
        if end and end != start:
            out.append(("endDate", end, s))
        return out


#: an event still to come, where a text names it
_ANNOUNCED = re.compile(
    r"\b(?:scheduled|slated|set|planned|due) (?:for|to (?:be held|take place|open|run))\b"
    r"|\b(?:will|to) be (?:held|staged|hosted)\b|\bwill (?:take place|open|run)\b",
    re.IGNORECASE,
)


_REPRESENTED_BY = re.compile(
    r"(?P<o>«O\d+») (?:was|were|is|are|will be) represented by (?P<t>(?:(?!«)\S+ ){0,5}?)«P\d+»"
)


def _rel(
    s: EncodedSentence, subj: str, label: str, obj: str, rule: str, conf: float
) -> FoundRelation | None:
    a, b = s.found(subj), s.found(obj)
    if a is None or b is None or a is b or a.name == b.name:
        return None
    return FoundRelation(a, label, b, rule, conf, s)
