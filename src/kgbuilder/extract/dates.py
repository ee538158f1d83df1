"""Dates and periods as news writes them, to ISO 8601.

"November 5 to 8" -> (2024-11-05, 2024-11-08) given the year; "from January to September 2024" ->
"2024-01/2024-09"; "in 2011" -> "2011". A phrase without a year takes ``default_year`` (the
document's date, or the year the text itself names); without either it gives nothing rather
than a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_YEAR = r"((?:1[89]|20)\d\d)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_RANGE_MDM = re.compile(
    rf"{_MONTH} {_DAY}\s*(?:-|–|to|through|until)\s*(?:{_MONTH} )?{_DAY}(?:,? {_YEAR})?"
)
_RANGE_DMM = re.compile(rf"\b{_DAY}\s*(?:-|–|to)\s*{_DAY} {_MONTH}(?:,? {_YEAR})?")
_SINGLE = re.compile(rf"{_MONTH} {_DAY}(?:,? {_YEAR})?\b")
_MONTH_SPAN = re.compile(rf"{_MONTH}(?: {_YEAR})?\s*(?:-|–|to|through|until)\s*{_MONTH},? {_YEAR}")
_ANY_YEAR = re.compile(rf"\b{_YEAR}\b")
#: a full date, day, month and year, as a dateline writes the day of the report
_DATED = re.compile(
    r"\b(?:\d{1,2} "
    + _MONTH
    + r",? (?P<y1>(?:19|20)\d\d)|"
    + _MONTH
    + r" \d{1,2}, (?P<y2>(?:19|20)\d\d))\b"
)
#: how far into a text its dateline may be (the headline, then the first line), and how far
#: into its line the date is
_LEAD = 300
_DATELINE_REACH = 40


def _iso(year: str, month: int, day: int | None = None) -> str | None:
    try:
        if day is None:
            date(int(year), month, 1)
            return f"{year}-{month:02d}"
        date(int(year), month, day)
    except ValueError:
        return None
    return f"{year}-{month:02d}-{day:02d}"


def parse_date_range(text: str, default_year: str | None) -> tuple[str, str | None] | None:
    """The first day or day range in ``text`` as ISO dates ``(start, end)``; end may be None."""
    match = _RANGE_MDM.search(text)
    if match:
        m1, d1, m2, d2, year = match.groups()
        year = year or default_year
        if year:
            start = _iso(year, MONTHS[m1.casefold()], int(d1))
            end = _iso(year, MONTHS[(m2 or m1).casefold()], int(d2))
            if start and end and end >= start:
                return start, end
    match = _RANGE_DMM.search(text)
    if match:
        d1, d2, month, year = match.groups()
        year = year or default_year
        if year:
            start = _iso(year, MONTHS[month.casefold()], int(d1))
            end = _iso(year, MONTHS[month.casefold()], int(d2))
            if start and end and end >= start:
                return start, end
    match = _SINGLE.search(text)
    if match:
        month, day, year = match.groups()
        year = year or default_year
        if year:
            single = _iso(year, MONTHS[month.casefold()], int(day))
            if single:
                return single, None
    return None


def parse_period(text: str) -> str | None:
    """ "from January to September 2024" -> ``2024-01/2024-09``; "in 2023" -> ``2023``."""
    match = _MONTH_SPAN.search(text)
    if match:
        m1, y1, m2, y2 = match.groups()
        start = _iso(y1 or y2, MONTHS[m1.casefold()])
        end = _iso(y2, MONTHS[m2.casefold()])
        if start and end and end >= start:
            return f"{start}/{end}"
    match = re.search(rf"\b(?:in|during|for|of) (?:{_MONTH} )?{_YEAR}\b", text)
    if match:
        month, year = match.groups()
        if month:
            return _iso(year, MONTHS[month.casefold()])
        return year
    return None


def document_year(text: str, published: str | None) -> str | None:
    """The year to give dates written without one: the document's, else the one it names most."""
    if published:
        return published[:4]
    years: Counter[str] = Counter(str(y) for y in _ANY_YEAR.findall(text))
    if not years:
        return None
    best = max(years.values())
    return max(year for year, n in years.items() if n == best)


def settled_year(text: str, published: str | None) -> str | None:
    """The document's year as its report gives it: its publication's, its dateline's, else the
    one it names most (``document_year``)."""
    if published:
        return published[:4]
    for line in text[:_LEAD].splitlines():  # "DEBRECEN, 22 May 2025 -", "May 22, 2025 -"
        dateline = _DATED.search(line[:_DATELINE_REACH])
        if dateline is not None:
            return dateline.group("y1") or dateline.group("y2")
    return document_year(text, None)
