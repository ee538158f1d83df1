"""What the eighteenth stop's rules must not do, found by a review of them on ordinary news
text: a spokesman after "the company," stays a person, a company that "who" follows stays a
company, a surname after "from" stays a person, a golfer named Day stays a person, a brand
with a possessive stays whole, a place-name adjective is no place, and a news agency quoted on a
deal takes no part in a fair."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_spokesman_named_after_the_company_stays_a_person(read) -> None:
    kinds = entities(read("A spokesman for the company, Peter Lee, said the plant would close.\n"))
    assert kinds.get("Peter Lee") == "Person"


def test_a_company_that_who_follows_stays_a_company(read) -> None:
    kinds = entities(
        read("In a statement, Boeing, who declined to comment further, said deliveries rose.\n")
    )
    assert kinds.get("Boeing") == "Organization"


def test_a_member_of_a_syndicate_at_a_bank_is_no_post(read) -> None:
    extraction = read("JPMorgan, a member of the syndicate at Deutsche Bank, said it would lend.\n")
    assert entities(extraction).get("JPMorgan") != "Person"
    assert not [r for r in relations(extraction) if r[1] == "worksFor"]


def test_a_surname_after_from_stays_a_person(read) -> None:
    kinds = entities(read("England beat Italy 2-0 with goals from Kane and Saka at Wembley.\n"))
    assert kinds.get("Kane") != "Place"


def test_a_golfer_named_day_is_no_event(read) -> None:
    kinds = entities(read("Rory McIlroy and Jason Day tied for the lead in Augusta.\n"))
    assert kinds.get("Jason Day") == "Person"


def test_a_brand_with_a_possessive_stays_whole(read) -> None:
    kinds = entities(read("Victoria's Secret & Co. said sales in the United States fell.\n"))
    assert "Victoria" not in kinds


def test_a_place_name_as_an_adjective_is_no_place(read) -> None:
    kinds = entities(
        read("Balkan countries agreed to cooperate on energy, ministers said in Sofia.\n")
    )
    assert "Balkan" not in kinds


def test_a_news_agency_quoted_on_a_deal_took_no_part(read) -> None:
    rels = relations(
        read(
            "The Canton Fair opened in Guangzhou on Monday. Exporters signed deals at the fair. "
            "The largest single investment, according to Reuters, was a plant worth $2 billion. "
            "The biggest deal this year remains Microsoft Corp's purchase of Activision Blizzard "
            "Inc.\n"
        )
    )
    assert not [r for r in rels if r[1] == "participatedIn"]


def test_a_text_ending_in_an_appositive_post_reads_without_error(read) -> None:
    # (no full stop, no line end: the post's words run to the last token)
    extraction = read("The prize went to Camila Restrepo Gaviria, the former party chief")
    assert "Camila Restrepo Gaviria" in entities(extraction)
