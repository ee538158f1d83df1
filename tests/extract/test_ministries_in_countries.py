"""A ministry named by its remit alone is in the country the report is filed from, or in the
country its officials are said to be from."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_ministry_in_the_country_of_the_dateline(read) -> None:
    rels = relations(
        read(
            "Ghana woos Chinese factories\n\nAccra - Chinese manufacturers opened a fair on Tuesday.\n\n"
            "The deputy minister said the Ministry of Trade and Industry would ensure that "
            "investors enjoyed the incentives due them. Exports from Ghana to China grew."
        )
    )
    assert ("Ministry of Trade and Industry", "locatedIn", "Ghana") in rels


def test_a_ministry_named_with_its_country_is_left_to_that_name(read) -> None:
    rels = relations(
        read(
            "Ghana woos Chinese factories\n\nAccra - Chinese manufacturers opened a fair on Tuesday.\n\n"
            "An official of the Ministry of Commerce of China said trade with Ghana grew."
        )
    )
    assert ("Ministry of Commerce of China", "locatedIn", "Ghana") not in rels


def test_a_report_with_no_dateline_seats_no_ministry(read) -> None:
    rels = relations(
        read(
            "Ghana woos Chinese factories\n\nChinese manufacturers opened a fair on Tuesday. The "
            "fair is held in Accra. The Ministry of Trade and Industry said exports from Ghana "
            "to China grew."
        )
    )
    assert not [r for r in rels if r[0] == "Ministry of Trade and Industry" and r[1] == "locatedIn"]


def test_a_dateline_of_a_town_and_a_dash_names_the_town(read) -> None:
    kinds = entities(read("ACCRA - Chinese manufacturers opened a fair on Tuesday."))
    assert kinds.get("Accra") == "Place"


def test_a_dateline_keeps_the_town_s_name_as_written(read) -> None:
    kinds = entities(read("HCM City (VNA) - More than 200 firms opened stands on Tuesday."))
    assert kinds.get("HCM City") == "Place"
    assert "Ho Chi Minh City" not in kinds
