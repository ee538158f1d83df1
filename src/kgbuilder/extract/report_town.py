"""The town a report is filed from, and the towns of the venues it names without one.

A news report says where it was written before it says anything else: in its dateline
("LAHORE, Sep 18 (APP):", "Warsaw, 18 November 2025 |", "Ritika Menon | Mumbai | July 15, 2025",
"Ceyda Aktaş – ISTANBUL") or in a headline that puts its event in a town ("... as trade fair
opens in Istanbul", "... at Warsaw forum"). A venue the report names without its town ("held at
the Pearl Continental Hotel here") is in the town its own name gives ("the Rixos Almaty hotel"),
and the report's own event, when its venue has no town, is in the town the report is filed from.
"""

from __future__ import annotations

import re

from kgbuilder.extract.relations import FoundRelation
from kgbuilder.extract.sentences import EncodedSentence
from kgbuilder.extract.spans import VENUE_TYPES, Found
from kgbuilder.kinds import Kind
from kgbuilder.names import loose_key

#: the kinds of place a venue or an event lies in
TOWN_TYPES = frozenset({"City", "AdministrativeArea"})
#: how far into a text its dateline may stand (the headline, a byline, the first paragraph's start)
_HEAD = 800
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?"
)
#: what follows a town that opens a dateline line: a date, a weekday, or a separator
_AFTER_LINE_START = re.compile(
    rf"\s*(?:,\s*(?:{_MONTH}\s*\d|\d{{1,2}}\b|{_WEEKDAY}(?:[\s,]|$))|\||\(|:|—|–|\s-{{1,2}}\s)"
)
#: a town between a byline's separators ("<Writer> | <Town> | <Date>", "<Writer> – <TOWN>")
_BEFORE_FIELD = re.compile(r"(?:\||–|—)\s*$")
_AFTER_FIELD = re.compile(r"\s*(?:\||,|$)")
#: the words for a gathering a headline puts in a town ("fair opens in <Town>", "at <Town> forum")
_GATHERING = (
    r"(?:fair|expo|exposition|forum|conference|summit|exhibition|show|roadshow|meeting"
    r"|convention|symposium|festival|promotion|event|gathering)s?"
)


def report_town(text: str, found: list[Found]) -> Found | None:
    """The town the report is filed from: its dateline's, else the one its headline holds
    a gathering in; None when the text names no town there."""
    towns = sorted(
        (
            f
            for f in found
            if f.kind is Kind.PLACE and f.type in TOWN_TYPES and not f.demonym and f.start < _HEAD
        ),
        key=lambda f: f.start,
    )
    for town in towns:
        line_start = text.rfind("\n", 0, town.start) + 1
        line_end = text.find("\n", town.end)
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start : town.start]
        if not before.strip() and _AFTER_LINE_START.match(text, town.end):
            return town
        if (
            line_end - line_start <= 100
            and _BEFORE_FIELD.search(before)
            and _AFTER_FIELD.match(text[town.end : line_end])
        ):
            return town
    headline_end = text.find("\n", len(text) - len(text.lstrip()))
    headline_end = len(text) if headline_end < 0 else headline_end
    for town in towns:
        if town.end > headline_end:
            break
        before = text[max(0, town.start - 40) : town.start]
        after = text[town.end : town.end + 30]
        if re.search(rf"\b{_GATHERING}\b(?: \S+){{0,2}}? in $", before) or (
            before.endswith(" at ") and re.match(rf" (?:\S+ )?{_GATHERING}\b", after)
        ):
            return town
    return None


def venue_towns(
    found: list[Found],
    relations: list[FoundRelation],
    sentences: list[EncodedSentence],
    event: Found | None,
    town: Found | None,
) -> list[FoundRelation]:
    """Venues of events with no town of their own: the town their name gives ("the Rixos
    Almaty hotel"), else, for the report's own event, the town it is filed from. The report's
    event with no place at all is in that town too."""
    placed = {r.subject.name for r in relations if r.label == "locatedIn"}
    named_towns: dict[str, Found] = {}  # each town's first mention, one of its own first
    for f in sorted(found, key=lambda f: (f.nested, f.start)):
        if f.kind is Kind.PLACE and f.type in TOWN_TYPES and not f.demonym:
            named_towns.setdefault(loose_key(f.name), f)
    in_towns = {  # events the text puts in a town (or a country): their venues are there
        r.subject.name
        for r in relations
        if r.label == "locatedIn"
        and r.subject.kind is Kind.EVENT
        and r.object.kind is Kind.PLACE
        and r.object.type not in VENUE_TYPES
    }
    out: list[FoundRelation] = []
    for r in relations:
        venue = r.object
        if (
            r.label != "locatedIn"
            or r.subject.kind is not Kind.EVENT
            or venue.type not in VENUE_TYPES
            or venue.name in placed
        ):
            continue
        within = _town_in_name(venue.name, named_towns)
        if (
            within is None
            and event is not None
            and r.subject.name == event.name
            and event.name not in in_towns
        ):
            within = town
        if within is not None:
            placed.add(venue.name)
            out.append(
                FoundRelation(venue, "locatedIn", within, "venue-town-named", 0.6, r.sentence)
            )
    if event is not None and town is not None and event.name not in placed:
        sentence = next((s for s in sentences if s.start <= town.start < s.end), None)
        if sentence is not None:
            out.append(FoundRelation(event, "locatedIn", town, "report-town", 0.5, sentence))
    return out


def _town_in_name(name: str, towns: dict[str, Found]) -> Found | None:
    """A town named by whole words inside a venue's name, after its first word ("Rixos Almaty
    hotel", "Hilton Munich Park"); a leading town is read with the name itself."""
    words = loose_key(name).split()
    for width in (3, 2, 1):
        for at in range(1, len(words) - width + 1):
            town = towns.get(" ".join(words[at : at + width]))
            if town is not None:
                return town
    return None
