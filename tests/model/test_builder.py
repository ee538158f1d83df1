"""The RDF model: each relation label and qualified fact is written as ONTOLOGY.md says."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef

from kgbuilder.config import ProjectSettings, Settings
from kgbuilder.errors import Problem
from kgbuilder.model.builder import build_graphs
from kgbuilder.model.bundle import GraphBundle
from kgbuilder.namespaces import SCHEMA, sparql_prefixes
from kgbuilder.resolve.resolver import resolve
from kgbuilder.sources.collect import read_data_folder
from kgbuilder.store.oxigraph import OxigraphStore

BASE = "https://example.org/kg/"

RECORDS = """\
source: {title: Fixture report, type: Report, published: 2022-03-04}
entities:
  - Ana Silva: Person
  - Bruno Costa: Person
  - Acme Holdings: Corporation
  - Acme Chile: Corporation
  - Beta Mining: Corporation
  - Gamma Port Authority: GovernmentOrganization
  - Santiago: City
  - Chile: Country
  - Mining Expo: {type: Event, start: 2022-03-01, end: 2022-03-03}
  - Northern Mining Cluster: IndustryCluster
  - Copper Bond: Product
relations:
  - [Ana Silva, worksFor, Acme Chile, Chief Executive]
  - [Bruno Costa, worksFor, Gamma Port Authority]
  - [Ana Silva, nationality, Chile]
  - [Acme Chile, partOf, Acme Holdings]
  - [Santiago, locatedIn, Chile]
  - [Acme Chile, locatedIn, Santiago]
  - [Acme Holdings, acquired, Beta Mining, {date: 2019-06, amount: 120, currency: USD}]
  - [Ana Silva, participatedIn, Mining Expo]
  - [Mining Expo, organizedBy, Gamma Port Authority]
  - [Acme Chile, operatesIn, Chile]
  - [Acme Holdings, investsIn, Northern Mining Cluster, 2021]
  - [Copper Bond, relatedTo, Acme Holdings]
figures:
  - {about: Acme Chile, measure: copper output, value: 2.5, unit: million tonnes, period: 2021, place: Chile}
  - {about: Acme Chile, rank: 3, scope: among exporters, place: Chile}
"""


@pytest.fixture(scope="module")
def fixture_graph(tmp_path_factory: pytest.TempPathFactory) -> tuple[GraphBundle, OxigraphStore]:
    data = tmp_path_factory.mktemp("data")
    (data / "records").mkdir()
    (data / "records" / "fixture.yaml").write_text(RECORDS, encoding="utf-8")
    settings = Settings(project=ProjectSettings(base_iri=BASE))
    problems: list[Problem] = []
    inputs = read_data_folder(Path(data), settings, problems)
    bundle = build_graphs(resolve(inputs, settings, problems), BASE)
    assert problems == []
    store = OxigraphStore()
    for name, triples in bundle.graphs.items():
        store.replace_graph(name, triples)
    return bundle, store


def ask(store: OxigraphStore, pattern: str) -> bool:
    result = store.query(sparql_prefixes() + f"PREFIX e: <{BASE}>\nASK {{ {pattern} }}")
    return bool(result)


@pytest.mark.parametrize(
    "pattern",
    [
        "<{b}person/ana-silva> schema:worksFor <{b}organization/acme-chile>",
        "<{b}person/bruno-costa> schema:worksFor <{b}organization/gamma-port-authority>",
        "<{b}person/ana-silva> schema:nationality <{b}place/chile>",
        "<{b}organization/acme-chile> schema:parentOrganization <{b}organization/acme-holdings>",
        "<{b}place/santiago> schema:containedInPlace <{b}place/chile>",
        "<{b}organization/acme-chile> schema:location <{b}place/santiago>",
        "<{b}organization/acme-holdings> kgb:acquired <{b}organization/beta-mining>",
        "<{b}person/ana-silva> kgb:participatedIn <{b}event/mining-expo>",
        "<{b}event/mining-expo> schema:organizer <{b}organization/gamma-port-authority>",
        "<{b}organization/acme-chile> schema:areaServed <{b}place/chile>",
        "<{b}organization/acme-holdings> kgb:investsIn <{b}cluster/northern-mining-cluster>",
        "<{b}thing/copper-bond> kgb:relatedTo <{b}organization/acme-holdings>",
    ],
)
def test_model_direct_relation_has_its_predicate_and_provenance(
    fixture_graph, pattern: str
) -> None:
    _, store = fixture_graph
    triple = pattern.format(b=BASE)
    assert ask(store, triple + " .")
    s, p, o = triple.split(" ")
    assert ask(
        store,
        f"?st a rdf:Statement ; rdf:subject {s} ; rdf:predicate {p} ; rdf:object {o} ; "
        "prov:wasDerivedFrom ?src ; prov:qualifiedDerivation ?d . "
        "?d prov:entity ?src ; kgb:method 'curated' ; kgb:confidence 1.000 ; "
        "prov:hadActivity/prov:wasAssociatedWith/schema:softwareVersion ?v ; "
        "kgb:evidence/oa:hasSelector ?sel . ?sel a oa:FragmentSelector ; rdf:value ?line . "
        "?src a kgb:RecordSet ; prov:hadPrimarySource ?work . ?work a schema:Report ; dcterms:title 'Fixture report'",
    )


def test_model_entities_have_one_label_classes_and_aliases(fixture_graph) -> None:
    _, store = fixture_graph
    assert ask(
        store, f"<{BASE}place/santiago> a schema:Place, schema:City ; rdfs:label 'Santiago' ."
    )
    assert ask(store, f"<{BASE}cluster/northern-mining-cluster> a kgb:IndustryCluster .")
    assert ask(store, f"<{BASE}thing/copper-bond> a schema:Thing, schema:Product .")
    assert ask(store, f"<{BASE}place/chile> owl:sameAs <https://sws.geonames.org/3895114/> .")
    rows = store.query(
        sparql_prefixes()
        + "SELECT ?e (COUNT(?l) AS ?n) { ?e rdfs:label ?l } GROUP BY ?e HAVING (COUNT(?l) > 1)"
    )
    assert rows.rows == []


def test_model_post_is_an_org_membership_with_its_role(fixture_graph) -> None:
    _, store = fixture_graph
    assert ask(
        store,
        f"?m a org:Membership ; org:member <{BASE}person/ana-silva> ; org:organization <{BASE}organization/acme-chile> ; "
        "org:role ?r ; prov:qualifiedDerivation ?d . ?r a org:Role ; skos:prefLabel 'Chief Executive' .",
    )
    # a post stated without a title is only the direct triple
    assert not ask(store, f"?m org:member <{BASE}person/bruno-costa> .")


def test_model_acquisition_and_investment_nodes(fixture_graph) -> None:
    _, store = fixture_graph
    assert ask(
        store,
        f"?a a kgb:Acquisition ; schema:agent <{BASE}organization/acme-holdings> ; schema:object <{BASE}organization/beta-mining> ; "
        "schema:startDate '2019-06'^^xsd:gYearMonth ; schema:amount 120 ; schema:currency 'USD' ; prov:qualifiedDerivation ?d .",
    )
    assert ask(store, "?i a kgb:Investment ; schema:startDate '2021'^^xsd:gYear .")


def test_model_figures_and_ranks_are_observations(fixture_graph) -> None:
    _, store = fixture_graph
    assert ask(
        store,
        f"?o a schema:Observation ; schema:observationAbout <{BASE}organization/acme-chile> ; schema:measuredProperty ?m ; "
        "schema:value 2.5 ; schema:unitText 'million tonnes' ; schema:observationPeriod '2021' ; "
        f"schema:location <{BASE}place/chile> . ?m rdfs:label 'copper output' .",
    )
    assert ask(
        store,
        "?o a schema:Observation ; schema:measuredProperty kgb:rank ; schema:value 3 ; kgb:scope 'among exporters' .",
    )


def test_model_event_dates_are_typed_and_sourced(fixture_graph) -> None:
    _, store = fixture_graph
    event = f"<{BASE}event/mining-expo>"
    assert ask(
        store,
        f"{event} schema:startDate '2022-03-01'^^xsd:date ; schema:endDate '2022-03-03'^^xsd:date .",
    )
    assert ask(
        store,
        f"?st rdf:subject {event} ; rdf:predicate schema:startDate ; prov:wasDerivedFrom ?src .",
    )


def test_model_named_graph_per_source_and_entities_graph(fixture_graph) -> None:
    bundle, _ = fixture_graph
    assert sorted(bundle.graphs) == [
        URIRef(BASE + "graph/entities"),
        URIRef(BASE + "graph/gazetteer/geonames"),
        URIRef(BASE + "graph/records/fixture"),
    ]
    records_graph = bundle.graphs[URIRef(BASE + "graph/records/fixture")]
    assert (
        URIRef(BASE + "person/ana-silva"),
        SCHEMA.worksFor,
        URIRef(BASE + "organization/acme-chile"),
    ) in records_graph


def test_model_has_no_blank_nodes_and_only_typed_values(fixture_graph) -> None:
    bundle, _ = fixture_graph
    for s, p, o, _ in bundle.quads():
        assert not isinstance(s, BNode) and not isinstance(o, BNode)
        if isinstance(o, Literal) and p == SCHEMA.value:
            assert o.datatype is not None


def test_model_a_fact_stated_twice_by_one_source_has_one_derivation() -> None:
    from kgbuilder.datamodel import (
        Entity,
        Evidence,
        GraphInput,
        Provenance,
        Relation,
        Source,
        SourceKind,
    )
    from kgbuilder.kinds import ENTITY_TYPES
    from kgbuilder.model.validate import validate_store
    from kgbuilder.namespaces import KGB, PROV

    doc = Source("sha256:" + "c" * 64, SourceKind.DOCUMENT, title="Twice")
    text = "Ana Silva works for Acme. Acme employs Ana Silva."

    def said(start: int, end: int, confidence: float) -> Provenance:
        evidence = Evidence(doc.id, start=start, end=end, text=text[start:end])
        return Provenance(doc.id, "extracted", "test.extractor", "1", confidence, (evidence,))

    data = GraphInput(
        sources=[doc],
        entities=[
            Entity("person/ana-silva", "Ana Silva", ENTITY_TYPES["Person"]),
            Entity("organization/acme", "Acme", ENTITY_TYPES["Corporation"]),
        ],
        relations=[
            Relation("person/ana-silva", "worksFor", "organization/acme", said(0, 25, 0.6)),
            Relation("person/ana-silva", "worksFor", "organization/acme", said(26, 49, 0.9)),
        ],
    )
    bundle = build_graphs(data, BASE)
    derivations = {s for s, p, o, _ in bundle.quads() if o == PROV.Derivation}
    assert len(derivations) == 1
    (derivation,) = derivations
    quads = list(bundle.quads())
    assert [str(o) for s, p, o, _ in quads if s == derivation and p == KGB.confidence] == ["0.900"]
    assert len([o for s, p, o, _ in quads if s == derivation and p == KGB.evidence]) == 2
    store = OxigraphStore()
    store.add_graphs(bundle.graphs)
    result = validate_store(store)
    assert result.conforms, [str(v) for v in result.violations]
