"""Names built from head words and complements, and where such building must stop."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entities, relations


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
            "The summit was organized by the People's Government of Anhui Province.",
            "People's Government of Anhui Province",
            "Organization",
        ),
        (
            "Buyers came for the third China (Jiangsu)-Vietnam Textile and Garment Expo.",
            "China (Jiangsu)-Vietnam Textile and Garment Expo",
            "Event",
        ),
        (
            "Students of the Confucius Institute at the University of Nairobi sang.",
            "Confucius Institute at the University of Nairobi",
            "Organization",
        ),
    ],
)
def test_structural_names_built_from_their_parts(read, text: str, name: str, kind: str) -> None:
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
        # a possessor with a name of its own is not part of the name
        ("China's Ministry of Commerce welcomed the plan.", "Ministry of Commerce", "Organization"),
        # "<Place>-based" describes the seat of the name after it
        (
            "Orbis Data, a unit of the Recife-based Tecnova Labs, grew.",
            "Tecnova Labs",
            "Organization",
        ),
    ],
)
def test_structural_names_stop_where_the_name_stops(read, text: str, name: str, kind: str) -> None:
    found = entities(read(text))
    assert found.get(name) == kind
    assert not any(other != name and name in other for other in found)


def test_structural_names_seat_at_a_parent_gives_part_of(read) -> None:
    found = read("Students of the Confucius Institute at the University of Nairobi sang.")
    assert (
        "Confucius Institute at the University of Nairobi",
        "partOf",
        "University of Nairobi",
    ) in relations(found)


@pytest.mark.parametrize(
    ("text", "posts", "not_an_org"),
    [
        (
            "Ana Silva, Director of Public Affairs at the Andean Mining Council, spoke.",
            {("Ana Silva", "Andean Mining Council", "Director of Public Affairs")},
            "Public Affairs",
        ),
        (
            "Nguyen Mai, Deputy Minister of Industry and Trade of Vietnam, spoke.",
            set(),
            "Industry and Trade of Vietnam",
        ),
    ],
)
def test_structural_names_portfolio_is_no_organization(
    read, text: str, posts: set[tuple[str, str, str]], not_an_org: str
) -> None:
    found = read(text)
    assert not_an_org not in entities(found)
    worked = {
        (r.subject, r.object, r.qualifiers.role) for r in found.relations if r.label == "worksFor"
    }
    assert worked == posts


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # the gazetteer carries a place's name over a lower-case word
        (
            "Grace Mollel, an economist at the University of Dar es Salaam, spoke.",
            "University of Dar es Salaam",
            "Organization",
        ),
        # a title before a person's name: the person works at the organization after "of"
        ("Professor Zhou Ming of Anhui University gave a lecture.", "Zhou Ming", "Person"),
        (
            "Professor Zhou Ming of Anhui University gave a lecture.",
            "Anhui University",
            "Organization",
        ),
    ],
)
def test_structural_names_gazetteer_and_titled_people(
    read, text: str, name: str, kind: str
) -> None:
    found = entities(read(text))
    assert found.get(name) == kind
    assert not any(other != name and name in other and " of " in other for other in found)


def test_structural_names_lower_case_word_not_of_a_place_ends_the_name(read) -> None:
    found = entities(read("He met staff of the University of Lagos en route to Accra."))
    assert "University of Lagos" in found
    assert not any(name.startswith("University of Lagos en") for name in found)


def test_structural_names_a_unit_of_an_organization_keeps_the_whole_name(read) -> None:
    extraction = read(
        "Amina Njeri, a senior lecturer at the School of Law of the University of Kampala, "
        "spoke. Li Na, Director of the Department of Trade of the Ministry of Commerce, spoke."
    )
    found = entities(extraction)
    assert found.get("School of Law of the University of Kampala") == "Organization"
    rels = relations(extraction)
    assert (
        "School of Law of the University of Kampala",
        "partOf",
        "University of Kampala",
    ) in rels
    assert (
        "Department of Trade of the Ministry of Commerce",
        "partOf",
        "Ministry of Commerce",
    ) in rels


def test_structural_names_possessive_name_opening_a_sentence(read) -> None:
    extraction = read("The People's Government of Hainan Province hosted the fair.")
    name = "People's Government of Hainan Province"
    assert entities(extraction).get(name) == "Organization"
    assert (name, "locatedIn", "Hainan Province") in relations(extraction)


def test_structural_names_company_name_ends_with_its_legal_form(read) -> None:
    extraction = read("Guangxin signed an agreement with Weber Feinmechanik GmbH of Erlangen.")
    assert entities(extraction).get("Weber Feinmechanik GmbH") == "Organization"
    assert ("Weber Feinmechanik GmbH", "locatedIn", "Erlangen") in relations(extraction)
    # a head that is no legal form keeps the place in its name
    extraction = read("The Department of Commerce of Hubei sent a delegation.")
    assert entities(extraction).get("Department of Commerce of Hubei") == "Organization"


def test_structural_names_a_legal_form_after_a_comma_closes_a_name_with_particles(read) -> None:
    names = entities(
        read("Its wines are made by Sociedade Agrícola do Vale, Unipessoal Lda., near Porto.")
    )
    assert names.get("Sociedade Agrícola do Vale, Unipessoal Lda.") == "Organization"
    assert "Sociedade Agrícola" not in names


def test_structural_names_an_event_named_after_two_places_joined_by_a_dash(read) -> None:
    names = entities(
        read(
            "On 17 June 2025, the Yunnan–Austria Coffee and Plateau Specialty Products Matchmaking "
            "Session was held at Palais Ferstel in Vienna."
        )
    )
    assert (
        names.get("Yunnan–Austria Coffee and Plateau Specialty Products Matchmaking Session")
        == "Event"
    )


def test_structural_names_a_department_of_an_autonomous_region_keeps_it(read) -> None:
    found = read(
        "The fair is organised by the Department of Commerce of the Xizang Autonomous Region "
        "and the Federation of Nepalese Chambers of Commerce and Industry."
    )
    name = "Department of Commerce of the Xizang Autonomous Region"
    assert entities(found).get(name) == "Organization"
    assert (name, "locatedIn", "Xizang Autonomous Region") in relations(found)


def test_a_department_of_a_field_is_the_parent_of_its_bureau(read) -> None:
    rels = relations(
        read(
            "Kazakh Invest and the Investment Promotion Bureau of the Gansu Provincial Department "
            "of Commerce signed a memorandum.\n"
        )
    )
    assert (
        "Investment Promotion Bureau of the Gansu Provincial Department of Commerce",
        "partOf",
        "Gansu Provincial Department of Commerce",
    ) in rels


def test_a_long_body_name_after_of_is_the_parent(read) -> None:
    source = relations(
        read(
            "Headline\n\nSource: Foreign Affairs Office of Fujian Provincial People's Government\n"
        )
    )
    assert (
        "Foreign Affairs Office of Fujian Provincial People's Government",
        "partOf",
        "Fujian Provincial People's Government",
    ) in source
    rels = relations(
        read(
            "Headline\n\nFang Yuqing, director of the International Business Department of Hubei "
            "Changjiang Shipping Group, said trains would run.\n"
        )
    )
    assert (
        "International Business Department of Hubei Changjiang Shipping Group",
        "partOf",
        "Hubei Changjiang Shipping Group",
    ) in rels


def test_the_fields_of_a_ministry_are_no_parent(read) -> None:
    rels = relations(
        read(
            "Markus Feld, State Secretary at the Bavarian State Ministry of Economic Affairs, "
            "Regional Development and Energy, spoke.\n"
        )
    )
    assert not [r for r in rels if r[1] == "partOf"]
