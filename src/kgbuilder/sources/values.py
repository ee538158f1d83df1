"""Parsing of the literal values people write in records: dates, periods, numbers, IRIs.

Each function returns the normalised value or raises ``ValueError`` with a message saying what
form is expected; callers add the file and line.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_NUMBER = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
_IRI = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]+$")
_WIKIDATA_ID = re.compile(r"^Q[1-9]\d*$")


def parse_date(text: str) -> str:
    """An ISO 8601 calendar date, year-month or year (``2024-11-05``, ``2024-11``, ``2011``)."""
    match = _DATE.match(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a valid date: {exc}") from None
    return text.strip()


def parse_period(text: str) -> str:
    """A date or an ISO 8601 interval of two dates (``2024-01/2024-09``)."""
    parts = text.strip().split("/")
    if len(parts) > 2:
        raise ValueError(f"{text!r} is not a period; write a date or START/END")
    dates = [parse_date(part) for part in parts]
    if len(dates) == 2 and _sort_key(dates[1]) < _sort_key(dates[0]):
        raise ValueError(f"period {text!r} ends before it starts")
    return "/".join(dates)


def _sort_key(iso: str) -> tuple[int, ...]:
    return tuple(int(part) for part in iso.split("-"))


def parse_number(text: str) -> Decimal:
    """A decimal number; thousands may be separated by commas (``6,153``)."""
    cleaned = text.strip().replace("_", "")
    if not _NUMBER.match(cleaned):
        raise ValueError(f"{text!r} is not a number; write digits, e.g. 6153 or 2.5")
    try:
        return Decimal(cleaned.replace(",", ""))
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a number") from None


def parse_iri(text: str) -> str:
    """An absolute IRI with no spaces or characters that IRIs forbid."""
    if not _IRI.match(text.strip()):
        raise ValueError(f"{text!r} is not an absolute IRI (e.g. https://www.wikidata.org/...)")
    return text.strip()


def parse_wikidata(text: str) -> str:
    """A Wikidata item id (``Q155``) or entity IRI, returned as the entity IRI."""
    value = text.strip()
    if _WIKIDATA_ID.match(value):
        return f"http://www.wikidata.org/entity/{value}"
    for prefix in ("http://www.wikidata.org/entity/", "https://www.wikidata.org/wiki/"):
        if value.startswith(prefix) and _WIKIDATA_ID.match(value[len(prefix) :]):
            return "http://www.wikidata.org/entity/" + value[len(prefix) :]
    raise ValueError(f"{text!r} is not a Wikidata item id; write e.g. Q155")


def parse_geonames(text: str) -> int:
    """A GeoNames id: a positive whole number."""
    value = text.strip()
    if not value.isdigit() or int(value) <= 0:
        raise ValueError(f"{text!r} is not a GeoNames id; write its number, e.g. 3936456")
    return int(value)
