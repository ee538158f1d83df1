"""GeoNames linking: ids, precise classes, ambiguous names settled by co-mentioned countries."""

from __future__ import annotations

from kgbuilder.datamodel import EntityDeclaration
from kgbuilder.gazetteer import default_gazetteer
from kgbuilder.kinds import ENTITY_TYPES
from kgbuilder.resolve.entities import RECORDS, EntityTable
from kgbuilder.resolve.places import link_places
from kgbuilder.sources.curation import Curation


def table(*places: tuple[str, str]) -> EntityTable:
    declarations = [(RECORDS, EntityDeclaration(name, ENTITY_TYPES[kind])) for name, kind in places]
    return EntityTable.resolve(declarations, Curation(), [])


def test_places_get_geonames_iris_and_country_containment() -> None:
    entities = table(("Lima", "City"), ("Peru", "Country"), ("Latin America", "Place"))
    relations = link_places(entities, default_gazetteer())
    assert entities.entities["place/lima"].same_as == ("https://sws.geonames.org/3936456/",)
    assert entities.entities["place/peru"].same_as == ("https://sws.geonames.org/3932488/",)
    assert (
        entities.entities["place/latin-america"].same_as == ()
    )  # a region, not in GeoNames' lists
    assert [(r.subject, r.label, r.object, r.provenance.method) for r in relations] == [
        ("place/lima", "locatedIn", "place/peru", "gazetteer")
    ]


def test_places_ambiguous_city_follows_the_country_mentioned() -> None:
    # Lima, Ohio (United States) rather than Lima, Peru, when the United States is what is mentioned
    entities = table(("Lima", "City"), ("United States", "Country"))
    relations = link_places(entities, default_gazetteer())
    assert entities.entities["place/lima"].same_as == ("https://sws.geonames.org/5160783/",)
    assert relations[0].object == "place/united-states"


def test_places_generic_place_gets_a_precise_class() -> None:
    entities = table(("Brazil", "Place"), ("Sao Paulo", "Place"))
    link_places(entities, default_gazetteer())
    assert entities.entities["place/brazil"].type.name == "Country"
    assert entities.entities["place/sao-paulo"].type.name == "City"


def test_places_unknown_small_place_is_left_alone() -> None:
    entities = table(("Nowhere Junction", "City"))
    assert link_places(entities, default_gazetteer()) == []
    assert entities.entities["place/nowhere-junction"].same_as == ()


def test_places_declared_geonames_id_wins() -> None:
    declarations = [(RECORDS, EntityDeclaration("Lima", ENTITY_TYPES["City"], geonames_id=5160783))]
    entities = EntityTable.resolve(declarations, Curation(), [])
    link_places(entities, default_gazetteer())
    assert entities.entities["place/lima"].same_as == ("https://sws.geonames.org/5160783/",)


def test_places_city_is_in_its_named_province_and_the_province_in_its_country() -> None:
    entities = table(
        ("Wuhan", "City"), ("Hubei", "Place"), ("China", "Country"), ("Shanghai", "City")
    )
    relations = link_places(entities, default_gazetteer())
    assert entities.entities["place/hubei"].type.name == "AdministrativeArea"
    assert entities.entities["place/hubei"].same_as == ()  # no GeoNames id for divisions offline
    assert sorted((r.subject, r.object) for r in relations) == [
        ("place/hubei", "place/china"),
        ("place/shanghai", "place/china"),  # its division is not named: the country
        ("place/wuhan", "place/hubei"),  # not also Wuhan -> China
    ]


def test_places_division_named_with_its_kind_word_is_linked() -> None:
    entities = table(("Guangdong Province", "AdministrativeArea"), ("Shenzhen", "City"))
    relations = link_places(entities, default_gazetteer())
    assert [(r.subject, r.object) for r in relations] == [
        ("place/shenzhen", "place/guangdong-province")
    ]


def test_places_an_autonomous_region_is_the_division_geonames_names_shorter() -> None:
    entities = table(
        ("Nanning", "City"), ("Guangxi Zhuang Autonomous Region", "AdministrativeArea"),
        ("China", "Country"),
    )  # fmt: skip
    relations = link_places(entities, default_gazetteer())
    contained = {(r.subject, r.object) for r in relations}
    assert ("place/nanning", "place/guangxi-zhuang-autonomous-region") in contained


def test_places_a_country_is_in_its_continent_and_the_world_regions_named() -> None:
    entities = table(
        ("Thailand", "Country"),
        ("Kenya", "Country"),
        ("Southeast Asia", "Place"),
        ("East Africa", "Place"),
        ("Africa", "Continent"),
    )
    relations = {(r.subject, r.object) for r in link_places(entities, default_gazetteer())}
    assert ("place/thailand", "place/southeast-asia") in relations
    assert ("place/kenya", "place/east-africa") in relations
    assert ("place/kenya", "place/africa") in relations
    # a country is in no region it is not part of, nor in a continent the text does not name
    assert ("place/thailand", "place/east-africa") not in relations
    assert not [r for r in relations if r[0] == "place/thailand" and r[1] == "place/africa"]


def test_places_regions_whose_extent_is_usage_contain_no_country() -> None:
    entities = table(("Oman", "Country"), ("Middle East", "Place"), ("Peru", "Country"))
    entities_more = table(("Peru", "Country"), ("Latin America", "Place"))
    relations = link_places(entities, default_gazetteer())
    relations += link_places(entities_more, default_gazetteer())
    assert not [r for r in relations if r.object in ("place/middle-east", "place/latin-america")]


def test_places_a_town_named_with_the_word_city_is_the_town() -> None:
    entities = table(("Zigong city", "Place"), ("Sichuan", "Place"), ("China", "Country"))
    relations = {(r.subject, r.object) for r in link_places(entities, default_gazetteer())}
    assert entities.entities["place/zigong-city"].type.name == "City"
    assert ("place/zigong-city", "place/sichuan") in relations
    # a district's short name is not read as a town of that name
    districts = table(("Chaoyang District", "Place"), ("Liaoning", "Place"))
    assert link_places(districts, default_gazetteer()) == []


def test_places_a_city_is_in_the_namesake_city_of_its_division() -> None:
    # "Ribeirão Preto" beside "São Paulo": the state is named only by its namesake city
    entities = table(("Ribeirão Preto", "Place"), ("São Paulo", "Place"), ("Brazil", "Country"))
    relations = {(r.subject, r.object) for r in link_places(entities, default_gazetteer())}
    assert ("place/ribeirao-preto", "place/sao-paulo") in relations
    assert ("place/sao-paulo", "place/brazil") in relations
    # a city of another division stays in its country
    other = table(("Curitiba", "Place"), ("São Paulo", "Place"), ("Brazil", "Country"))
    relations = {(r.subject, r.object) for r in link_places(other, default_gazetteer())}
    assert ("place/curitiba", "place/brazil") in relations
    assert ("place/curitiba", "place/sao-paulo") not in relations


def test_places_a_city_named_with_city_is_never_the_country_or_state_of_that_name() -> None:
    entities = table(("Kuwait City", "Place"), ("Iowa City", "Place"))
    link_places(entities, default_gazetteer())
    assert entities.entities["place/kuwait-city"].type.name != "Country"
    assert entities.entities["place/iowa-city"].type.name != "AdministrativeArea"


def test_places_a_bigger_city_is_not_put_in_a_smaller_namesake_of_its_division() -> None:
    entities = table(("Ciudad Juárez", "Place"), ("Chihuahua", "Place"), ("Mexico", "Country"))
    relations = {(r.subject, r.object) for r in link_places(entities, default_gazetteer())}
    assert ("place/ciudad-juarez", "place/chihuahua") not in relations


def test_places_a_province_is_not_a_small_town_of_its_name_in_the_same_country() -> None:
    # GeoNames has a town "Jiangxi" of 27,000 in Gansu; beside China the name is the province
    entities = table(("Jiangxi", "Place"), ("Jingdezhen", "Place"), ("China", "Country"))
    relations = {(r.subject, r.object) for r in link_places(entities, default_gazetteer())}
    assert entities.entities["place/jiangxi"].type.name == "AdministrativeArea"
    assert ("place/jingdezhen", "place/jiangxi") in relations
    assert ("place/jingdezhen", "place/china") not in relations


def test_places_washington_beside_the_united_states_stays_the_capital() -> None:
    # the capital is not a hundred times smaller than the state: the town rule does not fire
    entities = table(("Washington", "Place"), ("United States", "Country"))
    link_places(entities, default_gazetteer())
    assert entities.entities["place/washington"].type.name == "City"


def test_places_a_state_whose_towns_are_named_beats_a_foreign_city_of_its_name() -> None:
    # Paraná is an Argentine city and a Brazilian state; both countries are named, and so are
    # three towns of the state
    entities = table(
        ("Paraná", "Place"),
        ("Curitiba", "Place"),
        ("Cascavel", "Place"),
        ("Ponta Grossa", "Place"),
        ("Brazil", "Country"),
        ("Argentina", "Country"),
    )
    relations = {(r.subject, r.object) for r in link_places(entities, default_gazetteer())}
    assert entities.entities["place/parana"].type.name == "AdministrativeArea"
    assert ("place/curitiba", "place/parana") in relations
    assert ("place/parana", "place/brazil") in relations


def test_places_the_argentine_city_stays_a_city_beside_its_own_towns() -> None:
    entities = table(("Paraná", "Place"), ("Santa Fe", "Place"), ("Argentina", "Country"))
    link_places(entities, default_gazetteer())
    assert entities.entities["place/parana"].type.name == "City"


def test_places_a_state_far_bigger_than_a_foreign_city_of_its_name_is_the_state() -> None:
    # no country named: Paraná (nine million) is the Brazilian state, not the Argentine city
    entities = table(("Paraná", "Place"))
    link_places(entities, default_gazetteer())
    assert entities.entities["place/parana"].type.name == "AdministrativeArea"


def test_places_a_town_by_its_own_name_beats_one_by_another_of_its_names() -> None:
    # "Niš" with Serbia and France named: the Serbian town, not Nice (whose other names have "Nis")
    entities = table(("Niš", "Place"), ("Serbia", "Country"), ("France", "Country"))
    relations = {(r.subject, r.object) for r in link_places(entities, default_gazetteer())}
    assert ("place/nis", "place/serbia") in relations
