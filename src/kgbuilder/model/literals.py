"""Typed literals written the same way on every build: dates by precision, numbers, confidences."""

from __future__ import annotations

import functools
from decimal import Decimal

from rdflib import Literal

from kgbuilder.namespaces import XSD

# looked up once: a closed namespace checks its member list on every attribute access
_INTEGER, _DECIMAL = XSD.integer, XSD.decimal


def date_literal(iso: str) -> Literal:
    """``2011`` -> xsd:gYear, ``2024-11`` -> xsd:gYearMonth, ``2024-11-05`` -> xsd:date."""
    datatype = {1: XSD.gYear, 2: XSD.gYearMonth, 3: XSD.date}[iso.count("-") + 1]
    return Literal(iso, datatype=datatype)


def number_literal(value: Decimal) -> Literal:
    """An integer when the value is whole, else an xsd:decimal in plain notation."""
    if value == value.to_integral_value():
        return Literal(str(int(value)), datatype=_INTEGER)
    return Literal(format(value.normalize(), "f"), datatype=_DECIMAL)


@functools.lru_cache(maxsize=1024)
def confidence_literal(value: float) -> Literal:
    """A confidence in [0, 1] with three decimals, so that float noise never changes the output
    (a handful of values, each made once)."""
    return Literal(f"{min(max(value, 0.0), 1.0):.3f}", datatype=_DECIMAL)


def text(value: str) -> Literal:
    """A simple string literal (xsd:string in RDF 1.1, written without a datatype in rdflib)."""
    return Literal(value)


@functools.lru_cache(maxsize=65536)
def integer(value: int) -> Literal:
    """An xsd:integer (character offsets repeat across a document's spans: made once each)."""
    return Literal(str(value), datatype=_INTEGER)
