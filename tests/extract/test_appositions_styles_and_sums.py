"""Forms read in the sixteenth stop, from a South African daily, a wire story from Hanoi, a Polish
business portal, a Gulf daily, a Malaysian daily and a provincial press office: places described
in an apposition, parks in a list, a company "of" its town, a venue right after the event,
Malaysian styles of address, Vietnamese family names, sums in currency codes, and the first word
of a company's name that is no seat of it; each with a case that must not give it."""

from __future__ import annotations

from tests.extract.conftest import entities, relations

# ---------------------------------------------------------------- places described as places


def test_a_town_described_as_a_port_town_in_a_region_is_in_it(read) -> None:
    rels = relations(
        read(
            "The new company will build a plant in Mejillones, a port town in the Antofagasta "
            "Region, able to produce 40,000 tonnes a year."
        )
    )
    assert ("Mejillones", "locatedIn", "Antofagasta Region") in rels


def test_a_suburb_or_the_edge_of_a_city_is_in_the_city(read) -> None:
    rels = relations(
        read(
            "Maipu, on the southern edge of Santiago, has a depot. Maipu, a suburb of Santiago, "
            "has another."
        )
    )
    assert ("Maipu", "locatedIn", "Santiago") in rels


def test_a_sister_city_of_a_city_is_not_in_it(read) -> None:
    rels = relations(
        read("Arequipa, a sister city of Cusco, sent 40 buyers to the fair in Lima on Monday.")
    )
    assert ("Arequipa", "locatedIn", "Cusco") not in rels


# ---------------------------------------------------------------- parks, companies, venues


def test_parks_in_a_list_are_each_in_their_town(read) -> None:
    rels = relations(
        read(
            "The province reserved land at the Aurora Business Park in Multan and the Sukkur "
            "Industrial Estate in Sukkur. Jinlong is based in the Xinzhou Industrial Park in "
            "eastern Shanxi province."
        )
    )
    assert ("Sukkur Industrial Estate", "locatedIn", "Sukkur") in rels
    assert ("Xinzhou Industrial Park", "locatedIn", "Shanxi") in rels


def test_a_company_with_its_legal_form_of_a_town_is_in_the_town(read) -> None:
    rels = relations(
        read(
            "Xiangyang Huaxin Auto Parts signed an agreement with Brenner Antriebstechnik AG of "
            "Ingolstadt to set up a joint venture in the Xiangyang High-tech Industrial "
            "Development Zone."
        )
    )
    assert ("Brenner Antriebstechnik AG", "locatedIn", "Ingolstadt") in rels


def test_a_town_inside_a_longer_name_is_not_read_alone(read) -> None:
    found = read(
        "Dehua Yuci Ceramics Co., Ltd. built its booth like a kiln. On May 2 Chen Lihua, "
        "General Manager of Yuci, signed an agreement."
    )
    assert entities(found).get("Yuci") == "Organization"


def test_a_venue_right_after_the_event_is_where_it_was_held(read) -> None:
    rels = relations(
        read(
            "The deals were signed at the Hubei-Vietnam Investment Conference at the National "
            "Convention Center in Hanoi. A second deal was signed at the Hubei-Vietnam "
            "Investment Conference at Vietnam's request."
        )
    )
    assert (
        "Hubei-Vietnam Investment Conference",
        "locatedIn",
        "National Convention Center",
    ) in rels
    assert ("Hubei-Vietnam Investment Conference", "locatedIn", "Vietnam") not in rels


# ---------------------------------------------------------------- people's names


def test_a_name_after_a_malaysian_style_of_address_is_the_person(read) -> None:
    found = read(
        "Kenari Motors managing director Datuk Lim Wei Seng said sales rose. Tan Sri Ong Boon "
        "Hock, president of the Selangor Chamber of Commerce, said the same."
    )
    people = {n for n, kind in entities(found).items() if kind == "Person"}
    assert {"Lim Wei Seng", "Ong Boon Hock"} <= people
    assert not people & {"Tan Sri", "Datuk Lim", "Datuk Lim Wei Seng"}
    rels = relations(found)
    assert ("Lim Wei Seng", "worksFor", "Kenari Motors") in rels
    assert ("Ong Boon Hock", "worksFor", "Selangor Chamber of Commerce") in rels


def test_tan_as_a_family_name_stays_in_the_name(read) -> None:
    found = read("Tan Wei Ming, a director of Kenari Motors, said exports to China rose.")
    assert entities(found).get("Tan Wei Ming") == "Person"


def test_a_vietnamese_family_name_before_thi_is_part_of_the_name(read) -> None:
    found = read(
        "Do Thi Lan Anh, deputy director of the Hanoi Department of Planning and Investment, "
        "said investors were welcome."
    )
    assert entities(found).get("Do Thi Lan Anh") == "Person"
    assert "Thi Lan Anh" not in entities(found)


# ---------------------------------------------------------------- sums and companies' names


def test_sums_in_currency_codes_are_no_names(read) -> None:
    found = read(
        "Companies signed deals worth PLN 2.3bn (about EUR 540m) on Monday. Investments of PLN "
        "210 million followed. A Cape Town deal was worth R3.1bn."
    )
    names = set(entities(found))
    assert not {n for n in names if n.startswith(("PLN", "EUR", "R3", "Investments"))}
    assert entities(found).get("Cape Town") is not None


def test_a_company_named_like_a_person_with_a_trade_word_is_a_company(read) -> None:
    found = read(
        "Guangzhou appliance maker Lingnan Home Appliances, which bought fan producer Sao Minh "
        "Electric in 2021, said the unit sold 2 million fans. Lingnan will add a line at Sao "
        "Minh's factory, the company said."
    )
    kinds = entities(found)
    assert kinds.get("Lingnan Home Appliances") == "Organization"
    assert kinds.get("Sao Minh") is None  # the company's short name, no place
    assert ("Lingnan Home Appliances", "acquired", "Sao Minh Electric") in relations(found)


def test_the_first_word_of_a_company_is_its_seat_only_as_a_known_place(read) -> None:
    rels = relations(
        read(
            "Hengde Heavy Industry, a pump maker based in Changsha, used the fair. The Hengde "
            "delegation toured the hall. Xiamen Tongda Ceramics sold tiles in Kenya."
        )
    )
    assert not [r for r in rels if r[0] == "Hengde Heavy Industry" and r[2] == "Hengde"]
    assert ("Xiamen Tongda Ceramics", "locatedIn", "Xiamen") in rels


def test_the_group_opening_a_sentence_after_a_company_is_that_company(read) -> None:
    rels = relations(
        read(
            "Shuguang Auto Parts, a Chengdu maker of aluminium castings, said it would invest "
            "more in Hungary. The group entered Hungary in 2017, when it acquired the Gyor "
            "foundry Raba Ontode."
        )
    )
    assert ("Shuguang Auto Parts", "acquired", "Raba Ontode") in rels


def test_the_group_after_an_agency_is_no_company(read) -> None:
    found = read(
        "Officials of the Almaty Investment Agency met the visitors. The group toured the plant "
        "on Friday."
    )
    assert [m for m in found.mentions if m.entity == "Almaty Investment Agency"][1:] == []
