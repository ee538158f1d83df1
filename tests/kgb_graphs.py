"""A small graph whose relations carry evidence sentences (what text extraction produces),
built through the model stage into a store: shared by the analyze, export and render tests."""

from __future__ import annotations

from decimal import Decimal

from kgbuilder.config import DEFAULT_BASE_IRI
from kgbuilder.datamodel import (
    Attribute,
    Entity,
    Evidence,
    Figure,
    GraphInput,
    Provenance,
    Qualifiers,
    Relation,
    Source,
    SourceKind,
)
from kgbuilder.kinds import entity_type
from kgbuilder.model.builder import build_graphs
from kgbuilder.store.oxigraph import OxigraphStore

SENTENCE_TEXT = (
    "Ana Souza, general manager of Acme Peru, opened the Acme Fair. "
    "The Acme Fair took place in Lima from 5 to 8 November 2024. "
    "Rui Souza chairs Acme. "
    "Beta bought Acme Peru in 2011 for 5 million dollars."
)


def sentence_graph_input() -> GraphInput:
    """People, organizations, places and an event, each relation read from a sentence of one text.

    "Souza" is an alias of two people, so a lookup by it is ambiguous.
    """
    doc = Source(
        id="sha256:" + "ab" * 32,
        kind=SourceKind.DOCUMENT,
        title="Acme news",
        path="documents/acme.txt",
        published="2024-11",
        work_type="NewsArticle",
    )

    def said(sentence: str, confidence: float = 0.9) -> Provenance:
        start = SENTENCE_TEXT.index(sentence)
        evidence = Evidence(doc.id, start=start, end=start + len(sentence), text=sentence)
        return Provenance(
            doc.id, "extracted", "kgbuilder.extract.test", "1", confidence, (evidence,)
        )

    opened, fair, chairs, bought = (
        "Ana Souza, general manager of Acme Peru, opened the Acme Fair.",
        "The Acme Fair took place in Lima from 5 to 8 November 2024.",
        "Rui Souza chairs Acme.",
        "Beta bought Acme Peru in 2011 for 5 million dollars.",
    )
    entities = [
        Entity("person/ana-souza", "Ana Souza", entity_type("Person"), aliases=("Souza",)),
        Entity("person/rui-souza", "Rui Souza", entity_type("Person"), aliases=("Souza",)),
        Entity("organization/acme", "Acme", entity_type("Corporation")),
        Entity("organization/acme-peru", "Acme Peru", entity_type("Corporation")),
        Entity("organization/beta", "Beta", entity_type("Corporation")),
        Entity("place/lima", "Lima", entity_type("City")),
        Entity("place/peru", "Peru", entity_type("Country")),
        Entity(
            "event/acme-fair", "Acme Fair", entity_type("ExhibitionEvent"), aliases=("the fair",)
        ),
        Entity("thing/acme-song", "Acme song", entity_type("CreativeWork")),
    ]
    relations = [
        Relation(
            "person/ana-souza",
            "worksFor",
            "organization/acme-peru",
            said(opened),
            Qualifiers(role="General Manager"),
        ),
        Relation("person/ana-souza", "participatedIn", "event/acme-fair", said(opened)),
        Relation("event/acme-fair", "locatedIn", "place/lima", said(fair, 0.8)),
        Relation(
            "person/rui-souza",
            "worksFor",
            "organization/acme",
            said(chairs),
            Qualifiers(role="Chairman"),
        ),
        Relation("organization/acme-peru", "partOf", "organization/acme", said(opened, 0.7)),
        Relation("organization/acme-peru", "locatedIn", "place/lima", said(opened, 0.7)),
        Relation("place/lima", "locatedIn", "place/peru", said(fair, 0.6)),
        Relation(
            "organization/beta",
            "acquired",
            "organization/acme-peru",
            said(bought),
            Qualifiers(date="2011", amount=Decimal(5000000), currency="USD"),
        ),
    ]
    figures = [
        Figure(
            "organization/acme",
            "rank",
            Decimal(1),
            said(chairs),
            period="2024",
            place="place/peru",
            scope="among fair exhibitors",
        ),
    ]
    attributes = [
        Attribute("event/acme-fair", "startDate", "2024-11-05", said(fair)),
        Attribute("event/acme-fair", "endDate", "2024-11-08", said(fair)),
    ]
    return GraphInput(
        sources=[doc],
        entities=entities,
        relations=relations,
        figures=figures,
        attributes=attributes,
        source_entities={doc.id: {e.key for e in entities if e.key != "thing/acme-song"}},
    )


def store_of(graph_input: GraphInput, base_iri: str = DEFAULT_BASE_IRI) -> OxigraphStore:
    """The model stage and an in-memory Oxigraph store, as a build runs them."""
    bundle = build_graphs(graph_input, base_iri)
    store = OxigraphStore()
    for name in sorted(bundle.graphs):
        store.replace_graph(name, bundle.graphs[name])
    return store
