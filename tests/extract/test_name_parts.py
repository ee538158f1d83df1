"""Facts stated by names: a leading city seats a company; a government body is in the place it
governs; a national association and a hyphenated pair of places seat nothing."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entities, relations


def test_name_parts_leading_city_seats_a_company_and_a_government(read) -> None:
    rels = relations(
        read(
            "The Hunan Provincial People's Government and Changsha Tianyu Foods signed a deal. "
            "Officials from Hunan and Changsha attended."
        )
    )
    assert ("Changsha Tianyu Foods", "locatedIn", "Changsha") in rels
    assert ("Hunan Provincial People's Government", "locatedIn", "Hunan") in rels


def test_name_parts_a_body_governing_a_province_is_in_the_province(read) -> None:
    rels = relations(
        read(
            "Firms from Fujian Province and Xiamen came. The fair was organized by the Fujian "
            "Provincial Department of Commerce and the Xiamen Municipal Bureau of Commerce."
        )
    )
    assert ("Fujian Provincial Department of Commerce", "locatedIn", "Fujian Province") in rels
    assert ("Xiamen Municipal Bureau of Commerce", "locatedIn", "Xiamen") in rels
    # a national body is not seated in its country
    rels = relations(read("The China Provincial Traders Association met in China."))
    assert not [r for r in rels if r[0] == "China Provincial Traders Association"]


def test_name_parts_hyphenated_places_seat_nothing(read) -> None:
    rels = relations(
        read(
            "The Brazil-China Chamber of Commerce met in Brazil with the Xiamen-Fuzhou Economic Circle."
        )
    )
    assert not [r for r in rels if r[0] == "Brazil-China Chamber of Commerce"]
    assert not [r for r in rels if r[0] == "Xiamen-Fuzhou Economic Circle"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a city of the gazetteer that only opens names seats them
            "Zhao Lin, Vice General Manager of Ma'anshan Huaxing Steel Group, invited investors "
            "to the Ma'anshan Green Building Materials Industrial Park in China.",
            [
                ("Ma'anshan Huaxing Steel Group", "locatedIn", "Ma'anshan"),
                ("Ma'anshan Green Building Materials Industrial Park", "locatedIn", "Ma'anshan"),
            ],
        ),
        (  # a cluster inside a committee's name is seated by its leading city
            "Liu Bo, Director of the Administrative Committee of the Huai'an Economic and "
            "Technological Development Zone, spoke in Huai'an, China.",
            [("Huai'an Economic and Technological Development Zone", "locatedIn", "Huai'an")],
        ),
    ],
)
def test_name_parts_home_city_seats_names(
    read, text: str, expected: list[tuple[str, str, str]]
) -> None:
    rels = relations(read(text))
    for rel in expected:
        assert rel in rels


def test_name_parts_small_town_or_foreign_city_seats_nothing(read) -> None:
    # no country of the city is named, and a brand word is no place
    rels = relations(read("Managers of Xinhua Motors and Haixing Foods met buyers in Lima."))
    assert not [
        r for r in rels if r[1] == "locatedIn" and r[0] in ("Xinhua Motors", "Haixing Foods")
    ]


def test_name_parts_committee_of_a_cluster_is_not_seated_by_the_cluster_words(read) -> None:
    extraction = read(
        "Ding Hao, Director of the Ma'anshan Cihu High-tech Zone Administrative Committee, "
        "spoke in Hefei, China."
    )
    names = entities(extraction)
    assert names["Ma'anshan Cihu High-tech Zone Administrative Committee"] == "Organization"
    assert names["Ma'anshan Cihu High-tech Zone"] == "IndustryCluster"
    rels = relations(extraction)
    assert (
        "Ding Hao",
        "worksFor",
        "Ma'anshan Cihu High-tech Zone Administrative Committee",
    ) in rels
    assert not [
        r
        for r in rels
        if r[0] == "Ma'anshan Cihu High-tech Zone Administrative Committee" and r[1] == "locatedIn"
    ]


def test_name_parts_name_written_again_is_a_mention(read) -> None:
    extraction = read(
        "Jinlong Solar acquired the Omani installer Sahra in 2021, and Sahra's engineers now "
        "service farms in Oman. Jinlong Solar is based in Changzhou."
    )
    mentions = [m for m in extraction.mentions if m.entity == "Sahra"]
    assert len(mentions) == 2
    assert {m.type.kind.value for m in mentions if m.type is not None} == {"Organization"}
    assert ("Jinlong Solar", "acquired", "Sahra") in relations(extraction)


def test_name_parts_short_name_after_a_city_is_the_company(read) -> None:
    extraction = read(
        "Tai'an Fengda Machinery Group makes tractors in China. In the park, Fengda and a "
        "dozen suppliers share testing grounds."
    )
    short = [m for m in extraction.mentions if m.text == "Fengda"]
    assert short and all(m.entity == "Tai'an Fengda Machinery Group" for m in short)


def test_name_parts_first_word_alone_is_the_company_written_short(read) -> None:
    # "Fengda" opens the only company name that begins with it: the company, written short
    extraction = read("Fengda Machinery Group makes tractors. Fengda sells them in Peru.")
    assert "Fengda Machinery Group" in entities(extraction)
    short = [m for m in extraction.mentions if m.text == "Fengda"]
    assert short and all(m.entity == "Fengda Machinery Group" for m in short)


def test_name_parts_first_word_of_a_parent_and_its_national_arm_is_the_parent(read) -> None:
    extraction = read(
        "Staff of Kesong Heavy Machinery Nigeria Limited trained at Kesong Heavy Machinery "
        "Group in Zhuzhou. Today Kesong sells loaders across West Africa."
    )
    short = [m for m in extraction.mentions if m.text == "Kesong"]
    assert short and all(m.entity == "Kesong Heavy Machinery Group" for m in short)


def test_name_parts_first_word_of_two_companies_stays_alone(read) -> None:
    extraction = read(
        "Fengda Machinery Group makes tractors and Fengda Logistics Company ships them. "
        "Fengda sells them in Peru."
    )
    short = [m for m in extraction.mentions if m.text == "Fengda"]
    assert all(
        m.entity not in ("Fengda Machinery Group", "Fengda Logistics Company") for m in short
    )


def test_the_word_after_a_company_s_city_is_its_short_name_not_a_person(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Dalian Haoyun New Energy Vehicle Co., Ltd. showed its cars in Lima. Haoyun sold 3,100 "
        "vehicles in Peru last year, said Ana Rojas, its local manager."
    )
    names = entities(found)
    assert names.get("Haoyun", "Organization") == "Organization"
    assert names["Dalian Haoyun New Energy Vehicle Co., Ltd."] == "Organization"


def test_a_name_ending_in_a_model_number_before_a_product_noun_is_a_product(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Dalian Haoyun Motor Co. showed its Haoyun E5 sedan and Haoyun X7 sport utility vehicle "
        "in Lima on Monday."
    )
    names = entities(found)
    assert names.get("Haoyun E5") == "Other"
    assert names.get("Haoyun X7", "Other") == "Other"
    assert "Haoyun E5 sedan" not in names


def test_a_capitalised_word_before_a_thing_word_names_a_thing(read) -> None:  # type: ignore[no-untyped-def]
    names = entities(
        read("The troupe sang excerpts from the best-known work of Huangmei opera in Lima.")
    )
    assert names.get("Huangmei opera") == "Other"


def test_a_capitalised_word_before_a_thing_word_qualifying_a_noun_is_no_thing(read) -> None:  # type: ignore[no-untyped-def]
    names = entities(read("She joined the Huangmei opera troupe of the city in 2019."))
    assert "Huangmei opera" not in names


def test_a_company_s_short_name_that_says_its_trade_is_no_person(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "In 2019 Tianning bought Mekong Cycle Components Co., Ltd., a Phnom Penh maker of hubs. "
        '"They kept every one of us," said Chea Dara, who joined Mekong Cycle Components in 2008.'
    )
    assert entities(found).get("Mekong Cycle Components", "Organization") == "Organization"


def test_a_city_ner_took_for_a_person_before_a_dish_names_the_dish(read) -> None:  # type: ignore[no-untyped-def]
    names = entities(
        read("Between sessions, cooks from Zibo served Zibo barbecue to the visitors in Lusaka.")
    )
    assert names.get("Zibo barbecue") == "Other"
    assert names.get("Zibo", "Place") == "Place"
