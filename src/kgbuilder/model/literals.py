"""Typed literals written the same way on every build: dates by precision, numbers, confidences."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Literal

from kgbuilder.namespaces import XSD


def date_literal(iso: str) -> Literal:
    """``2011`` -> xsd:gYear, ``2024-11`` -> xsd:gYearMonth, ``2024-11-05`` -> xsd:date."""
    datatype = {1: XSD.gYear, 2: XSD.gYearMonth, 3: XSD.date}[iso.count("-") + 1]
    return Literal(iso, datatype=datatype)


def number_literal(value: Decimal) -> Literal:
    """An integer when the value is whole, else an xsd:decimal in plain notation."""
    if value == value.to_integral_value():
        return Literal(str(int(value)), datatype=XSD.integer)
    return Literal(format(value.normalize(), "f"), datatype=XSD.decimal)


def confidence_literal(value: float) -> Literal:
    """A confidence in [0, 1] with three decimals, so that float noise never changes the output."""
    return Literal(f"{min(max(value, 0.0), 1.0):.3f}", datatype=XSD.decimal)


def text(value: str) -> Literal:
    """A simple string literal (xsd:string in RDF 1.1, written without a datatype in rdflib)."""
    return Literal(value)


def integer(value: int) -> Literal:
    return Literal(str(value), datatype=XSD.integer)
