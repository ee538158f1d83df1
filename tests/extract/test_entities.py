"""Names found by NER, gazetteers and rule components, with the negative cases."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entities, relations


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            'The "Yunnan Flavours: A Taste of the South" culinary roadshow toured Madrid in May.',
            "Yunnan Flavours: A Taste of the South",
            "Event",
        ),
        (
            "Officials introduced the '4422' industry cluster to visitors from Chile.",
            "4422 industry cluster",
            "IndustryCluster",
        ),
        (
            "Investors praised the Xiamen-Fuzhou Economic Circle during the visit to Kenya.",
            "Xiamen-Fuzhou Economic Circle",
            "IndustryCluster",
        ),
        (
            "Visitors admired the Longmen Grottoes near Luoyang before lunch.",
            "Longmen Grottoes",
            "Place",
        ),
        (
            "Guests at the dinner in Ottawa tasted Hunan noodles and rice wine.",
            "Hunan noodles",
            "Other",
        ),
        ("Experts from Argentina attended the meeting in Buenos Aires.", "Buenos Aires", "Place"),
        ("The Peruvian delegation arrived in Tokyo on Monday.", "Peru", "Place"),
    ],
)
def test_entity_finder_names_by_rule(read, text: str, name: str, kind: str) -> None:
    assert entities(read(text)).get(name) == kind


def test_entity_finder_structural_org_gives_parent_and_part_of(read) -> None:
    found = read("Chen Li, Director of the Trade Office of the Hubei Provincial Committee, spoke.")
    names = entities(found)
    assert names["Trade Office of the Hubei Provincial Committee"] == "Organization"
    assert names["Hubei Provincial Committee"] == "Organization"
    assert (
        "Trade Office of the Hubei Provincial Committee",
        "partOf",
        "Hubei Provincial Committee",
    ) in relations(found)


def test_entity_finder_branch_name_gives_parent_and_place(read) -> None:
    found = read(
        "Ana Souza, Sales Director of Shenzhen Kaifa Electronics Chile Branch, said sales grew."
    )
    rels = relations(found)
    assert (
        "Shenzhen Kaifa Electronics Chile Branch",
        "partOf",
        "Shenzhen Kaifa Electronics",
    ) in rels
    assert ("Shenzhen Kaifa Electronics Chile Branch", "locatedIn", "Chile") in rels


def test_entity_finder_brand_country_needs_the_brand_mentioned_for_part_of(read) -> None:
    alone = relations(read("Rosa Diaz, Chief Executive of Gallardo Motors Peru, spoke in Lima."))
    assert ("Gallardo Motors Peru", "locatedIn", "Peru") in alone
    assert not any(label == "partOf" for _, label, _ in alone)


def test_entity_finder_description_with_indefinite_article_is_not_a_person(read) -> None:
    found = entities(read("Mario Rossi, a respected Italian Sinologist, opened the forum in Rome."))
    assert "Italian Sinologist" not in found
    assert found.get("Mario Rossi") == "Person"


def test_entity_finder_unknown_capitalised_acronym_is_not_a_place(read) -> None:
    found = entities(read("He praised the city's leadership in AI and robotics, and in Paris."))
    assert "AI" not in found
    assert found.get("Paris") == "Place"


def test_entity_finder_dateline_in_capitals_is_a_place(read) -> None:
    found = read("BUENOS AIRES, March 3 (Agency) -- Exporters met buyers on Tuesday.")
    assert entities(found).get("Buenos Aires") == "Place"


def test_entity_finder_head_word_inside_a_longer_name_is_not_a_landmark(read) -> None:
    found = entities(read("Great Wall Motor opened a plant in Brazil on Tuesday."))
    assert "Great Wall" not in found
    assert found.get("Great Wall Motor") == "Organization"


def test_entity_finder_hyphenated_name_stays_whole(read) -> None:
    found = entities(read("The China-Brazil Business Council held a meeting in Recife."))
    assert found.get("China-Brazil Business Council") == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "She studied at the University of Alberta before moving to Lima.",
        "The Royal Swedish Academy of Sciences awarded the prize in Stockholm.",
    ],
)
def test_entity_finder_of_phrase_inside_one_name_is_no_parent(read, text: str) -> None:
    assert not [r for r in read(text).relations if r.label == "partOf"]


def test_entity_finder_title_alone_is_not_an_organization(read) -> None:
    found = read("Helena Dias, CEO, said the Board approved the plan in Porto.")
    assert "CEO" not in entities(found)
    assert not [r for r in found.relations if r.label == "worksFor"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "More than 200 delegates attended the Kenya-Peru Investment and Trade Forum in Lima.",
            "Kenya-Peru Investment and Trade Forum",
            "Event",
        ),
        (
            "Ana Silva, Director of the Andean Council for Mining, Energy and Water, spoke.",
            "Andean Council for Mining, Energy and Water",
            "Organization",
        ),
        (
            "Norvale Holdings bought the Peruvian juice maker Jugos Tambo in 2019.",
            "Jugos Tambo",
            "Organization",
        ),
        (
            "Dieter Hoffmann, Chief Executive Officer of Alpenstahl, praised the plan.",
            "Alpenstahl",
            "Organization",
        ),
        (
            "Klaus Richter, Chief Technology Officer of Alpen Laser, praised the engineers.",
            "Klaus Richter",
            "Person",
        ),
        (
            "Tianhe Foods will open a warehouse in Baja California next year.",
            "Baja California",
            "Place",
        ),
        ("Tianhe Foods will open a warehouse in Nuevo Leon next year.", "Nuevo Leon", "Place"),
        (
            "Chen Li, Director of the Management Committee of the Nansha Free Trade Zone, spoke.",
            "Management Committee of the Nansha Free Trade Zone",
            "Organization",
        ),
        (
            "Chen Li, Director of the Management Committee of the Nansha Free Trade Zone, spoke.",
            "Nansha Free Trade Zone",
            "IndustryCluster",
        ),
        (
            "Engineers moved to the Software Valley of India in 2020.",
            "Software Valley of India",
            "IndustryCluster",
        ),
        (
            "Banks fund firms across the Xiamen-Fuzhou Greater Bay Area and beyond.",
            "Xiamen-Fuzhou Greater Bay Area",
            "IndustryCluster",
        ),
        (
            "The fair was held at the Lima Convention Center in March.",
            "Lima Convention Center",
            "Place",
        ),
        (
            "The fair was held at the Corferias exhibition center in Bogota.",
            "Corferias exhibition center",
            "Place",
        ),
        (
            "Students of the Confucius Institute at the University of Nairobi sang.",
            "Confucius Institute at the University of Nairobi",
            "Organization",
        ),
    ],
)
def test_entity_finder_names_with_structure(read, text: str, name: str, kind: str) -> None:
    assert entities(read(text)).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # the words before "and" belong to the name only when "the" opens the whole run
        ("Talks between Kenya and Trade Forum members ended in Lima.", "Kenya", "Place"),
        # a list of places after a name is no part of it
        (
            "The Ministry of Commerce, Peru and Chile signed the pact.",
            "Ministry of Commerce",
            "Organization",
        ),
        # a descriptor noun before a clause about it does not make the subject a company
        ("The firm Zhang Wei founded in 2010 makes toys in Ningbo.", "Zhang Wei", "Person"),
        # "Chilean chef": a nationality, the chef is a person and not a place
        (
            "Carolina Reyes, a Chilean chef, cooked for the guests in Lima.",
            "Carolina Reyes",
            "Person",
        ),
        # a valley named for no industry is no cluster
        ("Tourists crowded the Napa Valley in the summer.", "Napa Valley", "Place"),
        # "Mayor of <X>": a place title keeps the place
        ("Luis Ortega, Mayor of Trujillo, welcomed the delegation.", "Trujillo", "Place"),
    ],
)
def test_entity_finder_structure_negative_cases(read, text: str, name: str, kind: str) -> None:
    found = entities(read(text))
    assert found.get(name) == kind
    assert not any(
        other != name and name in other and found[other] == kind for other in found
    )  # not swallowed into a longer name of the same kind


def test_entity_finder_portfolio_of_a_post_is_no_organization(read) -> None:
    found = read("Ana Silva, Director of Public Affairs at the Andean Mining Council, spoke.")
    assert "Public Affairs" not in entities(found)
    posts = {(r.subject, r.object, r.qualifiers.role) for r in found.relations}
    assert ("Ana Silva", "Andean Mining Council", "Director of Public Affairs") in posts


def test_entity_finder_venue_name_alone_is_the_venue(read) -> None:
    found = read(
        "The Andean Coffee Expo was held at the Corferias exhibition center in Bogota. "
        "Visitors to Corferias praised the coffee."
    )
    rels = relations(found)
    assert ("Andean Coffee Expo", "locatedIn", "Corferias exhibition center") in rels
    assert ("Corferias exhibition center", "locatedIn", "Bogota") in rels
    assert entities(found).get("Corferias") == "Place"


def test_entity_finder_government_of_a_province_is_not_located_by_its_name(read) -> None:
    found = read(
        "The Hunan Provincial People's Government and Changsha Tianyu Foods signed a deal. "
        "Officials from Hunan and Changsha attended."
    )
    rels = relations(found)
    assert ("Changsha Tianyu Foods", "locatedIn", "Changsha") in rels
    assert not [r for r in rels if r[0] == "Hunan Provincial People's Government"]
