"""Companies of one family told by their names (``extract.brand_families``): an arm abroad and its
parent at home, a company and its group; each with a case that must not give it."""

from __future__ import annotations

import pytest

from tests.extract.conftest import relations


def test_an_arm_abroad_named_with_a_country_belongs_to_the_company_at_home(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Jiangxi Zhenghao Agri-Food Co., Ltd. showed frozen vegetables at the fair in Almaty. "
        "Zhenghao Kazakhstan LLC, which opened a warehouse there last year, signed two orders."
    )
    assert (
        "Zhenghao Kazakhstan LLC",
        "partOf",
        "Jiangxi Zhenghao Agri-Food Co., Ltd.",
    ) in relations(found)


@pytest.mark.parametrize(
    ("arm", "parent", "text"),
    [
        (
            "Lanfeng Middle East FZE",
            "Guangdong Lanfeng Smart Lighting Co., Ltd.",
            "Guangdong Lanfeng Smart Lighting Co., Ltd. brought its new street lamps to Dubai. "
            "Lanfeng Middle East FZE will stock them from March.",
        ),
        (
            "Baoyu Electric Central Asia Branch",
            "Tianshui Baoyu Electric Co.",
            "Tianshui Baoyu Electric Co. presented transformers in Tashkent, where Baoyu "
            "Electric Central Asia Branch has six engineers.",
        ),
        (
            "Ruixiang Ceramica Maroc SARL",
            "Foshan Ruixiang Ceramics Co., Ltd.",
            "Foshan Ruixiang Ceramics Co., Ltd. exports tiles to Morocco through Ruixiang "
            "Ceramica Maroc SARL, a sales company in Casablanca.",
        ),
        (
            "Qianhe Liquor Import and Export Co.",
            "Guizhou Qianhe Liquor Group Co., Ltd.",
            "Guizhou Qianhe Liquor Group Co., Ltd. sent its sales team to Osaka. Qianhe Liquor "
            "Import and Export Co. handles the orders.",
        ),
    ],
)
def test_arms_and_companies_of_a_group(read, arm: str, parent: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert (arm, "partOf", parent) in relations(read(text))


@pytest.mark.parametrize(
    "text",
    [
        # two arms abroad: sisters, neither the other's
        "Zhenghao Kazakhstan LLC and Zhenghao Uzbekistan LLC share a warehouse in Almaty.",
        # the arm's own name, with and without its legal form
        "Dunavia Medica d.o.o. imports scanners; Dunavia Medica also services them in Novi Sad.",
        # two companies at home that could own the arm: which one is not said
        "Hongling Footwear Co. and Hongling Logistics Co. met buyers in Accra, where Hongling "
        "Ghana Ltd. has a shop.",
        # government bodies sharing a word are no family
        "The Ministry of Economy of the Kyrgyz Republic and the Kyrgyz Chamber of Commerce "
        "signed a memorandum.",
        # a company whose first word is a place is no arm of another named after that place
        "Harbin Electric Machinery Co. and Harbin Mongolia Trading LLC both exhibited.",
        # a first word shared without a home place before it says nothing (found in a review
        # of ordinary news)
        "United Bank for Africa raised its dividend, while United Airlines cut flights.",
        "Siemens AG said Siemens Healthineers would buy a diagnostics start-up.",
        "Hyundai Motor Co. and Hyundai Heavy Industries Group both reported profits.",
        "Tata Steel Nederland BV cut jobs; Tata Consultancy Services hired.",
        "Volvo Cars said Volvo Group, the truck maker, was a separate company.",
    ],
)
def test_brand_families_stay_quiet(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [r for r in relations(read(text)) if r[1] == "partOf"]
