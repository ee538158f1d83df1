"""A town the model reads as a company in most of its mentions, but the text once reads as a
town ("<Town>-based"), is a town in all of them, when the gazetteer knows it in a country the
text names; a company's short name that is also a town stays the company."""

from __future__ import annotations

from tests.extract.conftest import entities, relations


def test_a_town_read_as_a_company_is_the_town_the_text_once_says_it_is(read) -> None:
    kinds = entities(
        read(
            "Freight trains between Chengdu and Łódź made 1,860 trips. Łódź has been our first "
            "station in Europe since 2013. He signed a deal with Łódź-based Baltica Logistics, "
            "a Polish firm."
        )
    )
    assert kinds["Łódź"] == "Place"


def test_a_company_short_name_that_is_also_a_town_stays_the_company(read) -> None:
    kinds = entities(
        read(
            "Suzhou Lianhe Battery Materials Co., Ltd. (Lianhe), a Chinese maker of cathodes, "
            "opened a plant in Hungary, run by its subsidiary Lianhe Materials Hungary Kft. "
            "Lianhe's decision was welcomed. Founded in 2011 and headquartered in the Wujin zone "
            "in Changzhou, Jiangsu Province, Lianhe reported revenue of CNY 9.3 billion in 2024."
        )
    )
    assert "Lianhe" not in kinds or kinds["Lianhe"] != "Place"
    assert kinds["Suzhou Lianhe Battery Materials Co., Ltd."] == "Organization"


def test_a_company_named_like_a_town_after_a_mere_preposition_stays_the_company(read) -> None:
    kinds = entities(
        read(
            "Toyota will build a new battery plant in Japan, the carmaker said. Toyota sold 10 "
            "million cars last year. Suppliers to Toyota welcomed the plan."
        )
    )
    assert kinds["Toyota"] == "Organization"


def test_a_name_before_the_word_city_is_a_town_of_any_size(read) -> None:
    kinds = entities(
        read(
            "Vietnam opened the road in March. The new road links Mong Cai city with the port, "
            "and trucks now cross daily."
        )
    )
    assert kinds["Mong Cai"] == "Place"


def test_an_untagged_town_before_based_is_the_seat(read) -> None:
    rels = relations(
        read(
            "The company entered the Gulf market in 2021, when it acquired Sharjah-based "
            "distributor Al Falah Machinery Trading."
        )
    )
    assert ("Al Falah Machinery Trading", "locatedIn", "Sharjah") in rels


def test_a_province_read_as_a_person_after_a_dash_of_a_route_is_the_place(read) -> None:
    kinds = entities(
        read(
            "More than 250 enterprises gathered in Hanoi to lift trade along the Nanning – Lang "
            "Son – Hanoi – Hai Phong economic corridor.\n"
        )
    )
    assert kinds.get("Hai Phong") == "Place"


def test_a_nationality_after_a_dash_stays_a_nationality(read) -> None:
    kinds = entities(
        read(
            "ALMATY. QAZNEWS24 – Kazakh and Chinese companies signed 21 agreements at the "
            "Kazakhstan – Shaanxi Business Forum.\n"
        )
    )
    assert "Kazakh" not in kinds


def test_a_country_and_a_province_read_as_nationalities_are_places(read) -> None:
    kinds = entities(
        read(
            "The tiles are to be exported to Côte d'Ivoire, Burkina Faso and Togo. In 2022 it "
            "acquired a stake in a nickel miner in Central Halmahera regency, North Maluku.\n"
        )
    )
    assert kinds.get("Togo") == "Place"
    assert kinds.get("North Maluku") == "Place"


def test_a_lone_name_where_a_place_stands_is_a_place(read) -> None:
    kinds = entities(
        read(
            "In 2025, 1,870 trains from Xi'an passed through Kazakhstan. Most of them crossed the "
            "border at Khorgos and Dostyk.\n"
        )
    )
    assert kinds.get("Dostyk") == "Place"


def test_a_lone_name_a_person_of_the_text_bears_stays_a_person(read) -> None:
    # "through <X>" stands where a place stands, but <X> is the family name of the text's
    # "Zhang Wei"
    kinds = entities(read("Zhang Wei runs the Ningbo office. Orders go through Wei.\n"))
    assert kinds.get("Wei") != "Place"
