"""Figures and ranks become observations about the sentence's organization."""

from __future__ import annotations

from decimal import Decimal


def test_figures_sales_with_unit_period_and_place(read) -> None:
    found = read(
        "Kestrel Motors's growth was strong in the Chilean market, where sales reached 4,210 "
        "units from January to June 2024, ranking third among European brands."
    )
    figures = {
        (f.about, f.measure, f.value, f.unit, f.period, f.place, f.scope) for f in found.figures
    }
    assert (
        "Kestrel Motors",
        "sales",
        Decimal(4210),
        "units",
        "2024-01/2024-06",
        "Chile",
        None,
    ) in figures
    assert (
        "Kestrel Motors",
        "rank",
        Decimal(3),
        None,
        None,
        "Chile",
        "among European brands",
    ) in figures


def test_figures_need_an_organization(read) -> None:
    assert read("Sales reached 4,210 units from January to June 2024.").figures == ()
