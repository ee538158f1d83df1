"""Names the model and the earlier rules misread: an agency beside its own office, people known
by their style of address, an event named without its year, a double surname."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_an_agency_is_not_its_trade_office_named_short(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Santiago, March 3, 2025. Forty exporters, led by TradeChile, travelled to Osaka. "
        '"Demand is strong," said the Director General of TradeChile, Rosa Pinto Vera. '
        "Luis Soto Mena, Trade Director of the TradeChile Trade Office in Tokyo, joined them."
    )
    names = entities(found)
    assert names.get("TradeChile") == "Organization"
    assert ("Rosa Pinto Vera", "worksFor", "TradeChile") in relations(found)


def test_a_short_name_still_names_its_group(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Kesong Heavy Machinery Group opened a plant in Zhuzhou. Kesong sells loaders in Ghana."
    )
    short = [m for m in found.mentions if m.text == "Kesong"]
    assert short and all(m.entity == "Kesong Heavy Machinery Group" for m in short)
