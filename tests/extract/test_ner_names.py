"""NER spans corrected by the gazetteer and by the phrase around them, with negative cases."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entities, relations


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a descriptor noun before the name: a company, whatever NER said
        (
            "Norvale Holdings bought the Peruvian juice maker Jugos Tambo in 2019.",
            "Jugos Tambo",
            "Organization",
        ),
        # "<Title> of <X>" with a title held in an organization: <X> is one
        (
            "Dieter Hoffmann, Chief Executive Officer of Alpenstahl, praised the plan.",
            "Alpenstahl",
            "Organization",
        ),
        # an appositive job title: the name before it is a person, and NER's cut is completed
        (
            "Klaus Richter, Chief Technology Officer of Alpen Laser, praised the engineers.",
            "Klaus Richter",
            "Person",
        ),
        # a state after "in", and two place spans that are one place
        ("Tianhe Foods will open a warehouse in Nuevo Leon next year.", "Nuevo Leon", "Place"),
        (
            "Tianhe Foods will open a warehouse in Baja California next year.",
            "Baja California",
            "Place",
        ),
        # bought things are companies
        ("Kericho Leaf was acquired by Sato Bussan in 2015.", "Kericho Leaf", "Organization"),
        # the place before "-based" is a place, whatever NER took it for
        ("Orbis Data, a unit of the Recife-based Tecnova Labs, grew.", "Recife", "Place"),
    ],
)
def test_ner_names_corrected_by_context(read, text: str, name: str, kind: str) -> None:
    assert entities(read(text)).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a descriptor noun before a clause about it does not make the subject a company
        ("The firm Zhang Wei founded in 2010 makes toys in Ningbo.", "Zhang Wei", "Person"),
        # "a Chilean chef": a nationality, the chef stays a person and is no place
        (
            "Carolina Reyes, a Chilean chef, cooked for the guests in Lima.",
            "Carolina Reyes",
            "Person",
        ),
        # "Mayor of <X>": a title held over a place keeps the place
        ("Luis Ortega, Mayor of Trujillo, welcomed the delegation.", "Trujillo", "Place"),
    ],
)
def test_ner_names_negative_cases(read, text: str, name: str, kind: str) -> None:
    found = entities(read(text))
    assert found.get(name) == kind
    assert not any(
        other != name and name in other and found[other] == kind for other in found
    )  # not swallowed into a longer name of the same kind


def test_ner_names_sentence_opening_common_noun_is_no_name(read) -> None:
    found = entities(read("LIMA, Oct. 3 -- Seafood exporters met buyers in Lima on Thursday."))
    assert "Seafood" not in found
    assert found.get("Lima") == "Place"


def test_ner_names_demonym_and_portfolio_before_a_title_is_no_organization(read) -> None:
    found = read("Thai Commerce Minister Somchai Rattanakul visited the fair in Suzhou.")
    assert "Thai Commerce" not in entities(found)
    assert ("Somchai Rattanakul", "nationality", "Thailand") in relations(found)
    assert not [r for r in found.relations if r.label == "worksFor"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # head-first names of other languages are organizations
        (
            "Transportes Marlusa, a Maputo bus company, signed a deal.",
            "Transportes Marlusa",
            "Organization",
        ),
        (
            "Talleres Ocampo was bought in 2022 by a Chinese firm.",
            "Talleres Ocampo",
            "Organization",
        ),
        (
            "Pedro Alava, an agronomist at the Escuela Superior Agraria del Oro, spoke.",
            "Escuela Superior Agraria del Oro",
            "Organization",
        ),
        # what the name has says it is a company
        ("Rutavia's shareholders approved the order for 900 buses.", "Rutavia", "Organization"),
        (
            "Transnorte's general manager said buses would arrive in March.",
            "Transnorte",
            "Organization",
        ),
        # a company named like a facility
        ("The city bought buses from Wuxi Huaxing Bus.", "Wuxi Huaxing Bus", "Organization"),
        # a city before a noun for a company is the company's city
        ("Lubao Tractors, a Weifang manufacturer, came to Quito.", "Weifang", "Place"),
        # a person's name ends at the comma before the title
        ("Li Xiaoyu, Chairwoman of Jinlong Solar, spoke.", "Li Xiaoyu", "Person"),
        # a big city NER took for a product
        ("The branch has been based in Montevideo since 2019.", "Montevideo", "Place"),
    ],
)
def test_ner_names_company_cues(read, text: str, name: str, kind: str) -> None:
    assert entities(read(text)).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a person's possessions that companies do not have leave the person alone
        ("Maria Lopez's speech was praised by the audience.", "Maria Lopez", "Person"),
        # a place's possessions: the place stays a place
        ("Kenya's exports of tea rose in 2023.", "Kenya", "Place"),
        # an English first word is no head-first organization word
        ("Carlos Grupo spoke at the fair in Lima.", "Carlos Grupo", "Person"),
    ],
)
def test_ner_names_company_cues_negative_cases(read, text: str, name: str, kind: str) -> None:
    assert entities(read(text)).get(name) == kind


def test_ner_names_person_name_whose_first_word_ner_dropped(read) -> None:
    found = entities(
        read("Tan Boon Keat, Chief Executive Officer of the Johor Investment Board, spoke first.")
    )
    assert found.get("Tan Boon Keat") == "Person"


def test_ner_names_company_with_a_country_at_its_end(read) -> None:
    found = entities(
        read(
            "Liu Chengwei, President of Jiangcheng Auto Thailand, said the plant would grow. "
            "Sales of Lianhua Photonics Malaysia rose, and Lianhua Photonics Malaysia's exports "
            "doubled."
        )
    )
    assert found.get("Jiangcheng Auto Thailand") == "Organization"
    assert found.get("Lianhua Photonics Malaysia") == "Organization"


def test_ner_names_places_told_by_their_description(read) -> None:
    found = entities(
        read(
            "The zone lies between Pingxiang, a county-level city in Guangxi, and the border. "
            "The first stop was George Town, capital of the Malaysian state of Penang. "
            "The group included executives from firms based in the steel-making cities of "
            "Xiangyang and Shiyan."
        )
    )
    assert found.get("Pingxiang") == "Place"
    assert found.get("George Town") == "Place"
    assert found.get("Xiangyang") == "Place"
    assert found.get("Shiyan") == "Place"
    assert "Xiangyang and Shiyan" not in found


def test_ner_names_legal_form_before_a_company_name(read) -> None:
    found = entities(
        read("PT Sumber Kopi Makmur, a coffee roaster based in Medan, signed the deal.")
    )
    assert found.get("PT Sumber Kopi Makmur") == "Organization"


def test_ner_names_zones_mountains_and_legal_forms(read) -> None:
    found = entities(
        read(
            "The group runs its business through Bluewave Tyre Gulf FZE, a subsidiary registered "
            "in the Jebel Ali Free Zone. Tourists visit Mount Lushan. Firms invest at the "
            "Beihai ASEAN Food Processing Park."
        )
    )
    assert found.get("Bluewave Tyre Gulf FZE") == "Organization"
    assert found.get("Jebel Ali Free Zone") == "IndustryCluster"
    assert found.get("Mount Lushan") == "Place"
    assert found.get("Beihai ASEAN Food Processing Park") == "IndustryCluster"


def test_ner_names_dishes_crafts_and_operas_named_by_a_word_before_them(read) -> None:
    found = entities(
        read(
            "Visitors tasted Anxi oolong while a troupe performed excerpts of Gezai opera. Others "
            "flew Weifang kites."
        )
    )
    assert found.get("Gezai opera") == "Other"
    assert found.get("Weifang kites") == "Other"


def test_ner_names_abbreviated_legal_forms_titles_en_dashes_and_markets(read) -> None:
    found = entities(
        read(
            "In 2023 Tianguang acquired Pannon Coating Kft., a coating maker. Mayor Li Yanping "
            "spoke. Goods reach the Yiwu–Kano Commodity Logistics Park. Traders also visit Makola "
            "Market in Accra."
        )
    )
    assert found.get("Pannon Coating Kft.") == "Organization"
    assert found.get("Li Yanping") == "Person"
    assert "Mayor Li Yanping" not in found
    assert found.get("Yiwu–Kano Commodity Logistics Park") == "IndustryCluster"
    assert found.get("Makola Market") == "Place"


def test_ner_names_development_areas_and_deltas(read) -> None:
    found = entities(
        read(
            "It is a carmaker founded in the Wuhu Economic and Technological Development Area in "
            "2016. Anhui lies in the Yangtze River Delta."
        )
    )
    assert found.get("Wuhu Economic and Technological Development Area") == "IndustryCluster"
    assert found.get("Yangtze River Delta") == "Place"


def test_ner_names_technopolis_is_a_cluster(read) -> None:
    found = entities(read("The data centre will be sited at Tatu Technopolis in Kiambu County."))
    assert found.get("Tatu Technopolis") == "IndustryCluster"


def test_ner_names_legal_form_goes_on_after_its_comma(read) -> None:
    found = entities(
        read(
            "Yesterday, Tongrui Herbal Extracts Co., Ltd., from Linjiang County, showed its "
            "syrups. Nanshan Optical Glass Co., Ltd., a lens maker, signed too."
        )
    )
    assert found.get("Tongrui Herbal Extracts Co., Ltd.") == "Organization"
    assert found.get("Nanshan Optical Glass Co., Ltd.") == "Organization"
    assert "Ltd." not in found  # the end of a legal form is no company of its own
    assert "Tongrui Herbal Extracts Co." not in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Zhou Lanying, a research fellow at HIW, said the institute had grown.", True),
        ("Qiao Minghui, a senior engineer at Kaida, said so.", True),
        # titles an organization is described by too
        ("Lumen Photonics, a member of the Zhongguancun Alliance, agreed.", False),
        ("Lumen Photonics, a partner of the alliance, agreed.", False),
    ],
)
def test_ner_names_person_told_by_a_post_at_an_organization(read, text: str, person: bool) -> None:
    name = text.split(",", 1)[0]
    assert (entities(read(text)).get(name) == "Person") is person


def test_ner_names_landmark_named_head_first_and_in_its_town(read) -> None:
    for text, town in (
        (
            "Wang Li, Director of the Zoucheng Municipal Bureau of Culture and Tourism, "
            "introduced the Temple of Mencius in Zoucheng and the scenery of Mount Yi.",
            "Zoucheng",
        ),
        (  # NER runs "the Temple of Confucius in Qufu" together
            "Sun Meiling, Director of the Qufu Municipal Bureau of Culture and Tourism, "
            "introduced the Temple of Confucius in Qufu and the old town.",
            "Qufu",
        ),
    ):
        extraction = read(text)
        temple = next(n for n in entities(extraction) if n.startswith("Temple of"))
        assert entities(extraction)[temple] == "Place"
        assert " in " not in temple
        assert (temple, "locatedIn", town) in relations(extraction)


def test_a_country_ner_took_for_a_person_gets_no_word_before_it(read) -> None:  # type: ignore[no-untyped-def]
    names = entities(read("The mission was backed by Enterprise Ireland, the state trade agency."))
    assert "Enterprise Ireland" not in names or names["Enterprise Ireland"] != "Person"


def test_an_artist_named_before_their_works_stays_a_person(read) -> None:  # type: ignore[no-untyped-def]
    names = entities(read("The museum showed 40 Monet paintings in Paris last spring."))
    assert names.get("Monet") == "Person"


def test_a_company_read_as_a_person_keeps_the_city_opening_its_name(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Visitors liked the food. Lanzhou Jinwei Beef Noodle Co., which opened its first "
        "restaurant in Almaty in 2023, served 5,000 bowls."
    )
    names = entities(found)
    assert names.get("Lanzhou Jinwei Beef Noodle Co.") == "Organization"
    assert "Jinwei Beef Noodle Co." not in names


def test_two_cities_a_train_runs_between_are_two_places(read) -> None:  # type: ignore[no-untyped-def]
    names = entities(read("Today freight trains leave Lanzhou for Tashkent every week, he said."))
    assert names.get("Lanzhou") == "Place"
    assert names.get("Tashkent") == "Place"
    assert "Lanzhou for Tashkent" not in names


def test_two_bodies_ner_ran_together_over_and(read) -> None:  # type: ignore[no-untyped-def]
    names = entities(
        read(
            "The conference was co-hosted by the Yantai Municipal People's Government and "
            "Business Finland, with the support of a trade association."
        )
    )
    assert names.get("Yantai Municipal People's Government") == "Organization"
    assert names.get("Business Finland") == "Organization"


def test_a_name_the_text_gives_a_post_stays_a_person_where_ner_said_organization(read) -> None:  # type: ignore[no-untyped-def]
    found = read(
        "Sun Hongbin, Secretary of the CPC Yantai Municipal Committee, led a delegation. "
        "In Helsinki, Sun Hongbin met with Aleksi Nurmi. Sun Hongbin said ties were close."
    )
    kinds = {m.type.kind.value for m in found.mentions if m.entity == "Sun Hongbin" and m.type}
    assert kinds == {"Person"}
