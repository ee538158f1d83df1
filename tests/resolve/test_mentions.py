"""Names of one document clustered into entities: surnames, acronyms, short place names."""

from __future__ import annotations

import pytest

from kgbuilder.datamodel import Extraction, Mention
from kgbuilder.kinds import ENTITY_TYPES
from kgbuilder.resolve.mentions import acronym_matches, resolve_document

SOURCE = "sha256:" + "ab" * 32


def extraction(*mentions: tuple[str, str, int]) -> Extraction:
    """Mentions as (name, type, start); each ends where its name would end."""
    return Extraction(
        SOURCE,
        mentions=tuple(
            Mention(SOURCE, start, start + len(name), name, name, ENTITY_TYPES[type_name])
            for name, type_name, start in mentions
        ),
    )


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("WHO", "World Health Organization", True),
        ("UNAM", "National Autonomous University of Mexico", False),
        ("CATL", "Contemporary Amperex Technology Limited", True),
        ("SMIC", "Semiconductor Manufacturing International", True),
        ("ABC", "Alpha Beta Gamma Delta", False),
        ("BYD", "BYD", False),
    ],
)
def test_acronym_matches(acronym: str, name: str, expected: bool) -> None:
    assert acronym_matches(acronym, name) is expected


def test_resolve_document_surname_to_full_name() -> None:
    names = resolve_document(extraction(("Ana Pereira", "Person", 0), ("Pereira", "Person", 50)))
    assert names.lookup("Pereira") == names.lookup("Ana Pereira")
    (declaration,) = names.declarations
    assert declaration.name == "Ana Pereira"
    assert declaration.local_aliases == ("Pereira",)
    assert declaration.aliases == ()


def test_resolve_document_two_people_with_one_surname_leave_it_unresolved() -> None:
    names = resolve_document(
        extraction(
            ("Ana Pereira", "Person", 0), ("Rui Pereira", "Person", 30), ("Pereira", "Person", 60)
        )
    )
    assert names.lookup("Pereira") is None
    assert sorted(d.name for d in names.declarations) == ["Ana Pereira", "Rui Pereira"]


def test_resolve_document_acronym_by_initials() -> None:
    names = resolve_document(
        extraction(("World Health Organization", "Organization", 0), ("WHO", "Organization", 80))
    )
    assert names.lookup("WHO") == ("World Health Organization", names.lookup("WHO")[1])  # type: ignore[index]
    assert names.declarations[0].aliases == ("WHO",)


def test_resolve_document_acronym_matching_two_names_stays_apart() -> None:
    names = resolve_document(
        extraction(
            ("Pacific Trade Council", "Organization", 0),
            ("Pacific Tourism Commission", "Organization", 40),
            ("PTC", "Organization", 90),
        )
    )
    assert names.lookup("PTC") == ("PTC", names.lookup("PTC")[1])  # type: ignore[index]
    assert len(names.declarations) == 3


def test_resolve_document_bracketed_acronym_wins() -> None:
    names = resolve_document(
        extraction(
            ("National Autonomous University of Mexico", "Organization", 0),
            ("UNAM", "Organization", 42),
        )
    )
    assert names.lookup("UNAM")[0] == "National Autonomous University of Mexico"  # type: ignore[index]


def test_resolve_document_case_accents_the_and_possessive() -> None:
    names = resolve_document(
        extraction(
            ("São Paulo", "City", 0), ("the Sao Paulo", "City", 20), ("São Paulo's", "City", 40)
        )
    )
    assert len(names.declarations) == 1


def test_resolve_document_short_place_name() -> None:
    names = resolve_document(
        extraction(("Dongxing District", "AdministrativeArea", 0), ("Dongxing", "Place", 40))
    )
    assert names.lookup("Dongxing")[0] == "Dongxing District"  # type: ignore[index]
    assert names.declarations[0].local_aliases == ("Dongxing",)


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Tianhe Foods Co., Ltd.", "Tianhe Foods"),
        ("Norvale Holdings Inc.", "Norvale"),
        ("Kestrel Group", "Kestrel"),
    ],
)
def test_resolve_document_company_without_its_legal_form(full: str, short: str) -> None:
    names = resolve_document(extraction((full, "Organization", 0), (short, "Organization", 60)))
    assert names.lookup(short)[0] == full  # type: ignore[index]
    assert [d.name for d in names.declarations] == [full]
    assert names.declarations[0].aliases == (short,)


def test_resolve_document_short_company_name_of_two_companies_stays_apart() -> None:
    names = resolve_document(
        extraction(
            ("Tianhe Foods Co., Ltd.", "Organization", 0),
            ("Tianhe Foods Group", "Organization", 40),
            ("Tianhe Foods", "Organization", 80),
        )
    )
    assert len(names.declarations) == 3


def test_resolve_document_company_with_a_country_is_not_its_short_form() -> None:
    names = resolve_document(
        extraction(
            ("Kestrel Motors Chile", "Organization", 0), ("Kestrel Motors", "Organization", 40)
        )
    )
    assert len(names.declarations) == 2


def test_resolve_document_country_is_not_a_short_form_of_its_capital() -> None:
    names = resolve_document(extraction(("Panama City", "City", 0), ("Panama", "Country", 40)))
    assert sorted(d.name for d in names.declarations) == ["Panama", "Panama City"]


def test_resolve_document_cluster_named_by_its_ending() -> None:
    names = resolve_document(
        extraction(
            ("Xiamen-Fuzhou Greater Bay Area", "IndustryCluster", 0),
            ("Greater Bay Area", "IndustryCluster", 60),
        )
    )
    assert names.lookup("Greater Bay Area")[0] == "Xiamen-Fuzhou Greater Bay Area"  # type: ignore[index]


def test_resolve_document_bracketed_acronym_of_an_event() -> None:
    names = resolve_document(
        extraction(("China International Import Expo", "Event", 0), ("CIIE", "Event", 33))
    )
    assert names.lookup("CIIE")[0] == "China International Import Expo"  # type: ignore[index]


def test_resolve_document_venue_named_without_its_common_noun() -> None:
    names = resolve_document(
        extraction(("Corferias exhibition center", "CivicStructure", 0), ("Corferias", "Place", 60))
    )
    assert names.lookup("Corferias")[0] == "Corferias exhibition center"  # type: ignore[index]


def test_resolve_document_company_named_without_its_leading_place() -> None:
    names = resolve_document(
        extraction(
            ("Hunan", "AdministrativeArea", 0),
            ("Hunan Lotus Pump Machinery Group", "Organization", 20),
            ("Lotus Pump", "Organization", 80),
        )
    )
    assert names.lookup("Lotus Pump")[0] == "Hunan Lotus Pump Machinery Group"  # type: ignore[index]


def test_resolve_document_short_name_without_a_place_before_it_stays_apart() -> None:
    # "Lotus Pump" begins "Lotus Pump Chile": that is another company, the Chilean arm
    names = resolve_document(
        extraction(
            ("Lotus Pump Chile", "Organization", 0),
            ("Lotus Pump", "Organization", 40),
            ("Hunan", "AdministrativeArea", 80),
        )
    )
    assert names.lookup("Lotus Pump")[0] == "Lotus Pump"  # type: ignore[index]


def test_resolve_document_person_named_like_the_rest_of_a_company_is_that_company() -> None:
    names = resolve_document(
        extraction(
            ("Yiyang", "City", 0),
            ("Yiyang Tiancheng Bearing Company", "Organization", 20),
            ("Tiancheng Bearing", "Person", 90),
            ("Wang Lei", "Person", 130),
        )
    )
    assert names.lookup("Tiancheng Bearing") == (
        "Yiyang Tiancheng Bearing Company",
        names.lookup("Yiyang Tiancheng Bearing Company")[1],  # type: ignore[index]
    )
    assert names.lookup("Wang Lei")[0] == "Wang Lei"  # type: ignore[index]


def test_resolve_document_product_named_like_the_rest_of_a_company_is_that_company() -> None:
    names = resolve_document(
        extraction(
            ("Ya'an", "City", 0),
            ("Ya'an Mengding Tea Company", "Organization", 20),
            ("Mengding Tea", "Product", 90),
        )
    )
    assert names.lookup("Mengding Tea")[0] == "Ya'an Mengding Tea Company"  # type: ignore[index]


def test_resolve_document_family_name_of_two_words() -> None:
    names = resolve_document(
        extraction(
            ("Khalid Al Rashed", "Person", 0),
            ("Al Rashed", "Person", 60),
            ("Maria van Dijk", "Person", 90),
            ("van Dijk", "Person", 120),
        )
    )
    assert names.lookup("Al Rashed")[0] == "Khalid Al Rashed"  # type: ignore[index]
    assert names.lookup("van Dijk")[0] == "Maria van Dijk"  # type: ignore[index]


def test_resolve_document_company_named_with_part_of_its_legal_form() -> None:
    # a sentence split after "Co." leaves "<X> Co." beside "<X> Co., Ltd."
    names = resolve_document(
        extraction(
            ("Yiwu Silk Road Trading Co., Ltd.", "Organization", 0),
            ("Yiwu Silk Road Trading Co.", "Organization", 60),
        )
    )
    assert names.lookup("Yiwu Silk Road Trading Co.")[0] == "Yiwu Silk Road Trading Co., Ltd."  # type: ignore[index]


def test_resolve_document_company_named_without_a_legal_form_spelt_with_points() -> None:
    names = resolve_document(
        extraction(
            ("Pampa Semillas S.A.", "Organization", 0),
            ("Pampa Semillas", "Organization", 60),
            ("Rio Verde S.R.L.", "Organization", 120),
            ("Rio Verde", "Organization", 180),
            ("Rio Verde Sur", "Organization", 240),
        )
    )
    assert names.lookup("Pampa Semillas")[0] == "Pampa Semillas S.A."  # type: ignore[index]
    assert names.lookup("Rio Verde")[0] == "Rio Verde S.R.L."  # type: ignore[index]
    # another word before the legal form: another company
    assert names.lookup("Rio Verde Sur")[0] == "Rio Verde Sur"  # type: ignore[index]


def test_resolve_document_venue_and_its_bracketed_acronym() -> None:
    names = resolve_document(
        extraction(
            ("Giang Vo Convention Center", "CivicStructure", 0),
            ("GVCC", "CivicStructure", 28),
            ("GVCC", "CivicStructure", 90),
            # a place's initials alone join nothing; a country's short name joins it through
            # the gazetteer, which knows both names of the one country
            ("New South Wales", "AdministrativeArea", 150),
            ("NSW", "AdministrativeArea", 180),
            ("United Arab Emirates", "Country", 200),
            ("UAE", "Country", 300),
        )
    )
    assert names.lookup("GVCC")[0] == "Giang Vo Convention Center"  # type: ignore[index]
    assert names.lookup("NSW")[0] == "NSW"  # type: ignore[index]
    assert names.lookup("UAE")[0] == "United Arab Emirates"  # type: ignore[index]


def _with_agent(extracted: Extraction, agent: str) -> Extraction:
    from dataclasses import replace

    return replace(extracted, mentions=tuple(replace(m, agent=agent) for m in extracted.mentions))


def test_resolve_document_surname_ner_took_for_a_company_is_the_person() -> None:
    names = resolve_document(
        _with_agent(
            extraction(("Piotr Nowicki", "Person", 0), ("Nowicki", "Organization", 80)),
            "kgbuilder.extract.ner",
        )
    )
    assert names.lookup("Nowicki") == names.lookup("Piotr Nowicki")
    assert [d.name for d in names.declarations] == ["Piotr Nowicki"]


@pytest.mark.parametrize(
    ("mentions", "agent"),
    [
        # named before the person: a company of that name, not a misread surname
        (
            (("Nowicki", "Organization", 0), ("Piotr Nowicki", "Person", 40)),
            "kgbuilder.extract.ner",
        ),
        # two people of that surname
        (
            (
                ("Piotr Nowicki", "Person", 0),
                ("Ewa Nowicki", "Person", 30),
                ("Nowicki", "Organization", 80),
            ),
            "kgbuilder.extract.ner",
        ),
        # a rule, not NER, called it a company
        (
            (("Piotr Nowicki", "Person", 0), ("Nowicki", "Organization", 80)),
            "kgbuilder.extract.org-name",
        ),
    ],
)
def test_resolve_document_surname_like_company_stays_a_company(
    mentions: tuple[tuple[str, str, int], ...], agent: str
) -> None:
    names = resolve_document(_with_agent(extraction(*mentions), agent))
    assert "Nowicki" in {d.name for d in names.declarations}


def test_resolve_document_short_name_after_a_county_is_the_company() -> None:
    names = resolve_document(
        extraction(
            ("Lanxi County", "AdministrativeArea", 0),
            ("Lanxi Hongshan Soy Sauce Company", "Organization", 40),
            ("Hongshan", "Organization", 120),
        )
    )
    assert names.lookup("Hongshan") == names.lookup("Lanxi Hongshan Soy Sauce Company")


def test_resolve_document_venue_of_two_words_named_without_its_common_noun() -> None:
    names = resolve_document(
        extraction(
            ("Amber Expo exhibition centre", "CivicStructure", 0),
            ("Amber Expo", "CivicStructure", 60),
            ("Amber Valley", "Place", 90),
        )
    )
    assert names.lookup("Amber Expo") == names.lookup("Amber Expo exhibition centre")
    assert names.lookup("Amber Valley") != names.lookup("Amber Expo exhibition centre")


def test_resolve_document_city_is_not_the_state_named_after_it() -> None:
    names = resolve_document(
        extraction(("Lagos State", "AdministrativeArea", 0), ("Lagos", "City", 40))
    )
    assert names.lookup("Lagos") != names.lookup("Lagos State")
    assert sorted(d.name for d in names.declarations) == ["Lagos", "Lagos State"]


def test_resolve_document_company_named_by_one_word_of_its_name() -> None:
    names = resolve_document(
        extraction(("Hengyu Shoes", "Organization", 0), ("Hengyu", "Organization", 60))
    )
    assert names.lookup("Hengyu")[0] == "Hengyu Shoes"  # type: ignore[index]
    assert [d.name for d in names.declarations] == ["Hengyu Shoes"]
    assert names.declarations[0].local_aliases == ("Hengyu",)


def test_resolve_document_one_word_of_two_company_names_stays_apart() -> None:
    names = resolve_document(
        extraction(
            ("Tianlu Bus Hungary Kft.", "Organization", 0),
            ("Zhengzhou Tianlu Bus Company", "Organization", 40),
            ("Tianlu", "Organization", 90),
        )
    )
    assert sorted(d.name for d in names.declarations) == [
        "Tianlu",
        "Tianlu Bus Hungary Kft.",
        "Zhengzhou Tianlu Bus Company",
    ]


def test_resolve_document_brand_is_not_its_regional_arm() -> None:
    names = resolve_document(
        extraction(
            ("Changan Automobile Peru", "Organization", 0),
            ("Peru", "Country", 40),
            ("Changan", "Organization", 60),
        )
    )
    assert "Changan" in [d.name for d in names.declarations]


def test_resolve_document_parent_is_not_its_unit_with_a_name_of_its_own() -> None:
    names = resolve_document(
        extraction(("Huawei Cloud", "Organization", 0), ("Huawei", "Organization", 40))
    )
    assert sorted(d.name for d in names.declarations) == ["Huawei", "Huawei Cloud"]


def test_resolve_document_company_named_by_the_word_after_its_place() -> None:
    names = resolve_document(
        extraction(
            ("Shijiazhuang", "City", 0),
            ("Shijiazhuang Kangning Biomedical", "Organization", 20),
            ("Kangning", "Organization", 70),
        )
    )
    assert names.lookup("Kangning")[0] == "Shijiazhuang Kangning Biomedical"  # type: ignore[index]


def test_resolve_document_company_named_by_its_name_proper_and_kind() -> None:
    """ "Duanshi Group" for "Hebei Duanshi Heavy Machinery Group Co., Ltd.": the province that
    opens the name is named elsewhere as a province."""
    names = resolve_document(
        extraction(
            ("Hebei Province", "AdministrativeArea", 0),
            ("Hebei Duanshi Heavy Machinery Group Co., Ltd.", "Organization", 30),
            ("Duanshi Group", "Organization", 90),
            ("Duanshi Foods", "Organization", 120),
        )
    )
    full = "Hebei Duanshi Heavy Machinery Group Co., Ltd."
    assert names.lookup("Duanshi Group")[0] == full  # type: ignore[index]
    assert names.lookup("Duanshi Foods")[0] == "Duanshi Foods"  # type: ignore[index]


def test_resolve_document_parent_and_subsidiary_with_legal_forms_stay_apart() -> None:
    names = resolve_document(
        extraction(
            ("Hitachi Ltd.", "Organization", 0),
            ("Hitachi Energy Ltd.", "Organization", 40),
        )
    )
    assert sorted(d.name for d in names.declarations) == ["Hitachi Energy Ltd.", "Hitachi Ltd."]


def test_name_before_the_kind_of_company_is_that_company() -> None:
    """ "Andes Pacific" after "Andes Pacific Imports S.A.": the words after it say only what
    kind of company it is; with two such companies, or one word, it stays apart."""
    names = resolve_document(
        extraction(
            ("Andes Pacific Imports S.A.", "Organization", 0),
            ("Andes Pacific", "Organization", 80),
        )
    )
    assert names.lookup("Andes Pacific") == names.lookup("Andes Pacific Imports S.A.")
    two = resolve_document(
        extraction(
            ("Andes Pacific Imports S.A.", "Organization", 0),
            ("Andes Pacific Foods Ltd.", "Organization", 40),
            ("Andes Pacific", "Organization", 80),
        )
    )
    assert two.lookup("Andes Pacific") != two.lookup("Andes Pacific Imports S.A.")
    assert two.lookup("Andes Pacific") != two.lookup("Andes Pacific Foods Ltd.")
    unit = resolve_document(
        extraction(
            ("Andes Pacific Cloud Services", "Organization", 0),
            ("Andes Pacific", "Organization", 80),
        )
    )
    assert unit.lookup("Andes Pacific") != unit.lookup("Andes Pacific Cloud Services")


def test_name_before_the_kind_of_company_written_with_and_without_legal_form() -> None:
    names = resolve_document(
        extraction(
            ("Andes Pacific Imports S.A.", "Organization", 0),
            ("Andes Pacific Imports", "Organization", 40),
            ("Andes Pacific", "Organization", 80),
        )
    )
    assert (
        names.lookup("Andes Pacific")
        == names.lookup("Andes Pacific Imports")
        == names.lookup("Andes Pacific Imports S.A.")
    )


def test_two_last_names_of_a_longer_name_may_be_another_person() -> None:
    names = resolve_document(
        extraction(("John Paul Jones", "Person", 0), ("Paul Jones", "Person", 80))
    )
    assert names.lookup("Paul Jones") != names.lookup("John Paul Jones")


@pytest.mark.parametrize(
    ("long", "short"),
    [("China Mobile International", "China Mobile"), ("Tata Steel Mining", "Tata Steel")],
)
def test_a_unit_named_after_its_parent_stays_apart(long: str, short: str) -> None:
    names = resolve_document(extraction((long, "Organization", 0), (short, "Organization", 60)))
    assert names.lookup(short) != names.lookup(long)


def test_resolve_document_a_mission_s_short_name_is_the_one_mission_so_named() -> None:
    full = "Consulate General of the Republic of Utopia in Bremen"
    names = resolve_document(
        extraction((full, "Organization", 0), ("Consulate General", "Organization", 400))
    )
    assert names.lookup("Consulate General") == names.lookup(full)


def test_resolve_document_a_mission_s_short_name_with_two_missions_stays_apart() -> None:
    names = resolve_document(
        extraction(
            ("Consulate General of Utopia in Bremen", "Organization", 0),
            ("Consulate General of Arcadia in Bremen", "Organization", 100),
            ("Consulate General", "Organization", 400),
        )
    )
    assert names.lookup("Consulate General") != names.lookup(
        "Consulate General of Utopia in Bremen"
    )


@pytest.mark.parametrize("form", ["S.A.S.", "Lda.", "S.A.C."])
def test_resolve_document_short_company_name_without_its_legal_form(form: str) -> None:
    full = f"Solvento Caribe {form}"
    names = resolve_document(
        extraction((full, "Organization", 0), ("Solvento Caribe", "Organization", 300))
    )
    assert names.lookup("Solvento Caribe") == names.lookup(full)


def test_resolve_document_an_autonomous_region_s_own_name_is_the_region() -> None:
    full = "Guangxi Zhuang Autonomous Region"
    names = resolve_document(
        extraction((full, "AdministrativeArea", 0), ("Guangxi", "AdministrativeArea", 200))
    )
    assert names.lookup("Guangxi") == names.lookup(full)


def test_resolve_document_one_country_under_two_names_is_one_entity() -> None:
    names = resolve_document(
        extraction(
            ("People's Republic of China", "Country", 0),
            ("China", "Country", 100),
            ("United Kingdom", "Country", 200),
            ("UK", "Country", 300),
        )
    )
    assert names.lookup("China") == names.lookup("People's Republic of China")
    assert names.lookup("UK") == names.lookup("United Kingdom")
    assert names.lookup("UK") != names.lookup("China")


def test_resolve_document_company_written_without_its_technology_tail() -> None:
    # "<X> Photonics" for "<X> Photonics Technology"; a two-word name only ("Lumen" alone
    # could be any of a family of companies)
    names = resolve_document(
        extraction(
            ("Qiantang Photonics Technology", "Organization", 0),
            ("Qiantang Photonics", "Organization", 60),
        )
    )
    assert names.lookup("Qiantang Photonics")[0] == "Qiantang Photonics Technology"  # type: ignore[index]
    assert len(names.declarations) == 1


def test_resolve_document_company_written_by_its_name_proper_and_trade() -> None:
    # "<Name> Hoisting" for "<City> <Name> Heavy Hoisting Machinery Co., Ltd.", beside the
    # company's European arm, whose name opens with the short form
    names = resolve_document(
        extraction(
            ("Wuhan", "City", 0),
            ("Wuhan Hanshui Heavy Hoisting Machinery Co., Ltd.", "Organization", 10),
            ("Hanshui Hoisting Europe GmbH", "Organization", 80),
            ("Hanshui Hoisting", "Organization", 140),
        )
    )
    assert (
        names.lookup("Hanshui Hoisting")[0]  # type: ignore[index]
        == "Wuhan Hanshui Heavy Hoisting Machinery Co., Ltd."
    )
    assert names.lookup("Hanshui Hoisting Europe GmbH")[0] == "Hanshui Hoisting Europe GmbH"  # type: ignore[index]


def test_resolve_document_a_name_after_a_comma_is_no_bracketed_short_name() -> None:
    # a contact line "<Person>, Corporate Communications, <Company>": the company's short name
    # two characters after the department is not the department's short name
    names = resolve_document(
        extraction(
            ("Novaparts Sistemas S.A.", "Organization", 0),
            ("Corporate Communications", "Organization", 100),
            ("Novaparts", "Organization", 126),
        )
    )
    assert names.lookup("Novaparts")[0] != "Corporate Communications"  # type: ignore[index]


def test_resolve_document_hyphenated_place_beside_its_first_word() -> None:
    """ "Ust" and "Ust-Kamenogorsk": the hyphenated name keys as two words but is one; it is
    no "<Name> exhibition centre" of the shorter name (this once raised an IndexError)."""
    names = resolve_document(
        extraction(("Ust", "Place", 0), ("Ust-Kamenogorsk", "Place", 20), ("Almaty", "City", 60))
    )
    assert names.lookup("Ust") != names.lookup("Ust-Kamenogorsk")
    assert sorted(d.name for d in names.declarations) == ["Almaty", "Ust", "Ust-Kamenogorsk"]


def test_resolve_document_a_word_of_a_company_written_with_and_without_its_legal_form() -> None:
    names = resolve_document(
        extraction(
            ("Rawasi Industrial", "Organization", 0),
            ("Rawasi Industrial Company", "Organization", 40),
            ("Rawasi", "Organization", 90),
        )
    )
    assert names.lookup("Rawasi") == names.lookup("Rawasi Industrial Company")
    assert names.lookup("Rawasi Industrial") == names.lookup("Rawasi Industrial Company")


def test_resolve_document_a_word_of_two_different_companies_stays_apart() -> None:
    names = resolve_document(
        extraction(
            ("Rawasi Industrial Company", "Organization", 0),
            ("Rawasi Logistics Company", "Organization", 40),
            ("Rawasi", "Organization", 90),
        )
    )
    assert names.lookup("Rawasi") != names.lookup("Rawasi Industrial Company")
    assert names.lookup("Rawasi") != names.lookup("Rawasi Logistics Company")


def test_resolve_document_a_hyphenated_family_name_alone_is_the_person() -> None:
    names = resolve_document(
        extraction(("Kwesi Adu-Boahen", "Person", 0), ("Adu-Boahen", "Person", 80))
    )
    assert names.lookup("Adu-Boahen") == names.lookup("Kwesi Adu-Boahen")


def test_resolve_document_a_hyphenated_family_name_of_two_people_stays_apart() -> None:
    names = resolve_document(
        extraction(
            ("Kwesi Adu-Boahen", "Person", 0),
            ("Ama Adu-Boahen", "Person", 40),
            ("Adu-Boahen", "Person", 80),
        )
    )
    assert names.lookup("Adu-Boahen") not in (
        names.lookup("Kwesi Adu-Boahen"),
        names.lookup("Ama Adu-Boahen"),
    )
