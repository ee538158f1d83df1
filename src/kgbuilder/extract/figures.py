"""Figures and ranks: "sales reached 6,153 units from January to September 2024", "ranking first
among <X> brands and fourth overall in <Place>'s auto market".

Each figure is about the organization the sentence is about (its possessor or subject); its place
is a place named in the figure's own phrase or in the sentence's market phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from kgbuilder.extract.dates import parse_period
from kgbuilder.extract.sentences import EncodedSentence
from kgbuilder.extract.spans import Found
from kgbuilder.kinds import Kind

_MEASURES = r"sales|revenue|revenues|exports|imports|output|production|deliveries|shipments|turnover|profits?|trade volume|trade|investment|market share"
_VERBS = r"reached|hit|totaled|totalled|rose to|grew to|climbed to|increased to|fell to|dropped to|stood at|amounted to|exceeded|topped|surpassed|were|was|of"
_FIGURE = re.compile(
    rf"\b(?P<m>{_MEASURES})\b(?: [\w']+){{0,3}}? (?:{_VERBS}) (?:about |around |nearly |almost |over |more than |some |approximately )?"
    r"(?P<cur>US\$|\$|€|¥|RMB )?(?P<v>\d[\d,]*(?:\.\d+)?)\s*(?P<scale>million|billion|thousand|trillion)?"
    r"(?:\s*(?P<u>percent|%|units|vehicles|cars|tons|tonnes|yuan|dollars|euros|reais|soles|pesos|containers|orders|visitors|people|deals|contracts|companies|items|pieces|sets))?"
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_RANK = re.compile(
    r"\brank(?:ing|ed|s)? (?:(?:at|as) )?(?:the )?(?P<r>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|No\. ?\d+|number \d+|\d+(?:st|nd|rd|th))"
    r"(?P<scope>(?: (?:among|in|overall)[^,.;]*?)?)(?=$|[,.;]| and (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|No\.|number|\d))"
    r"(?: and (?P<r2>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|No\. ?\d+|number \d+|\d+(?:st|nd|rd|th))(?P<scope2>(?: (?:among|in|overall)[^,.;]*)?))?"
)
_SCALE = {
    "thousand": Decimal(1000),
    "million": Decimal(10**6),
    "billion": Decimal(10**9),
    "trillion": Decimal(10**12),
}


@dataclass
class FoundFigure:
    about: Found
    measure: str
    value: Decimal
    sentence: EncodedSentence
    unit: str | None = None
    period: str | None = None
    place: Found | None = None
    scope: str | None = None


def _rank_value(text: str) -> int | None:
    low = text.casefold()
    if low in _ORDINALS:
        return _ORDINALS[low]
    digits = re.sub(r"\D", "", low)
    return int(digits) if digits else None


def _place_in(s: EncodedSentence, start: int, end: int) -> Found | None:
    """A place mention whose characters lie in ``[start, end)`` of the document."""
    for unit in s.units:
        found = unit.found
        if (
            found is not None
            and found.kind is Kind.PLACE
            and not found.demonym
            and start <= found.start
            and found.end <= end
        ):
            return found
    return None


def read_figures(
    s: EncodedSentence, topic: Found | None, market_place: Found | None
) -> list[FoundFigure]:
    """Figures and ranks of one sentence, about ``topic`` (the sentence's organization)."""
    if topic is None:
        return []
    out: list[FoundFigure] = []
    for match in _FIGURE.finditer(s.text):
        try:
            value = Decimal(match.group("v").replace(",", ""))
        except InvalidOperation:
            continue
        if match.group("scale"):
            value *= _SCALE[match.group("scale")]
        unit = match.group("u")
        if match.group("cur"):
            unit = match.group("cur").strip()
        if unit == "%":
            unit = "percent"
        tail = s.text[match.end() : match.end() + 60]
        period = parse_period(tail)
        place = market_place or _place_in(s, s.start + match.start(), s.start + match.end() + 60)
        out.append(FoundFigure(topic, match.group("m"), value, s, unit, period, place))
    for match in _RANK.finditer(s.text):
        for r_group, scope_group in (("r", "scope"), ("r2", "scope2")):
            if not match.group(r_group):
                continue
            rank = _rank_value(match.group(r_group))
            if rank is None:
                continue
            scope = (match.group(scope_group) or "").strip() or None
            start, end = (
                match.span(scope_group) if match.group(scope_group) else (match.end(), match.end())
            )
            place = _place_in(s, s.start + start, s.start + end) or market_place
            out.append(FoundFigure(topic, "rank", Decimal(rank), s, None, None, place, scope))
    return out
