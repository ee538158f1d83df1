"""Entities and facts to RDF (ONTOLOGY.md): entity descriptions, direct triples, qualified facts.

Direct triples are reified once (``rdf:Statement`` named by a hash of S, P, O) so each source can
hang its derivation on them; posts, acquisitions, investments and figures are n-ary nodes named by
a hash of what they state. Nothing is a blank node, so the output is the same on every build.
"""

from __future__ import annotations

from collections.abc import Mapping

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.term import Node

from kgbuilder.datamodel import (
    Attribute,
    Entity,
    Figure,
    GraphInput,
    RdfFile,
    Relation,
    Source,
    SourceKind,
)
from kgbuilder.iri import IriMinter
from kgbuilder.model.bundle import GraphBundle
from kgbuilder.model.literals import date_literal, number_literal, text
from kgbuilder.model.provenance import ProvenanceWriter
from kgbuilder.namespaces import KGB, ORG, OWL, RDF, RDFS, SCHEMA, SKOS
from kgbuilder.relations import LABELS
from kgbuilder.store.terms import from_oxigraph

# the terms written for every entity and statement, looked up once (a closed namespace's
# attribute lookup checks its member list every time)
_TYPE, _LABEL, _ALT_LABEL, _SAME_AS = RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs
_STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = RDF.Statement, RDF.subject, RDF.predicate, RDF.object

#: n-ary node classes for labels whose facts carry a date or an amount
_QUALIFIED_CLASS = {"acquired": KGB.Acquisition, "investsIn": KGB.Investment}
_QUALIFIED_PATH = {"acquired": "acquisition", "investsIn": "investment"}


def build_graphs(
    data: GraphInput,
    base_iri: str,
    *,
    entities: Mapping[str, Entity] | None = None,
    sources: Mapping[str, Source] | None = None,
) -> GraphBundle:
    """Turn resolved inputs into the named graphs of one build.

    A build made in parts (one document's graph at a time) gives ``entities`` and ``sources``:
    every entity and source of the build, looked up by key and id (``data.entities`` are the ones
    described in this part, ``data.sources`` the ones that get a graph here).
    """
    return _Builder(data, IriMinter(base_iri), entities=entities, sources=sources).build()


class _Builder:
    def __init__(
        self,
        data: GraphInput,
        iris: IriMinter,
        *,
        entities: Mapping[str, Entity] | None = None,
        sources: Mapping[str, Source] | None = None,
    ) -> None:
        self.data = data
        self.iris = iris
        self.bundle = GraphBundle()
        self.sources: Mapping[str, Source] = (
            sources if sources is not None else {s.id: s for s in data.sources}
        )
        self.prov = ProvenanceWriter(iris, self.bundle, self.sources)
        self.entities: Mapping[str, Entity] = (
            entities if entities is not None else {e.key: e for e in data.entities}
        )

    def build(self) -> GraphBundle:
        for source in self.data.sources:
            if source.kind is SourceKind.CITED:
                continue  # described in the graph of the records that cite it
            graph = self.iris.graph(source.id)
            self.bundle.graphs.setdefault(graph, set())
            node = self.prov.source_node(source, graph)
            for cited in source.cites:
                if cited in self.sources:
                    self.prov.source_node(self.sources[cited], graph)
            for key in sorted(self.data.source_entities.get(source.id, ())):
                self.bundle.add(graph, (node, SCHEMA.mentions, self.iris.entity(key)))
        for entity in self.data.entities:
            self._entity(entity)
        for mention in self.data.mentions:
            agent = (mention.agent, mention.agent_version)
            self.prov.annotation(mention, self.iris.entity(mention.entity), agent)
            self.bundle.add(
                self.iris.graph(mention.source_id),
                (
                    self.iris.source(mention.source_id),
                    SCHEMA.mentions,
                    self.iris.entity(mention.entity),
                ),
            )
        for relation in self.data.relations:
            self._relation(relation)
        for figure in self.data.figures:
            self._figure(figure)
        for attribute in self.data.attributes:
            self._attribute(attribute)
        for rdf_file in self.data.rdf_files:
            self._rdf_file(rdf_file)
        self.prov.finish()
        return self.bundle

    def _entity(self, entity: Entity) -> None:
        graph = self.iris.entities_graph
        node = self.iris.entity(entity.key)
        for cls in entity.type.classes:
            self.bundle.add(graph, (node, _TYPE, cls))
        self.bundle.add(graph, (node, _LABEL, text(entity.name)))
        for alias in entity.aliases:
            self.bundle.add(graph, (node, _ALT_LABEL, text(alias)))
        for iri in entity.same_as:
            self.bundle.add(graph, (node, _SAME_AS, URIRef(iri)))
        if entity.description:
            self.bundle.add(graph, (node, SCHEMA.description, text(entity.description)))

    def _statement(self, s: URIRef, p: URIRef, o: Node, relation: Relation | Attribute) -> None:
        """The direct triple, its reification, and this source's derivation of it."""
        graph = self.iris.graph(relation.provenance.source_id)
        statement = self.iris.node("statement", str(s), str(p), o.n3())
        for triple in [
            (s, p, o),
            (statement, _TYPE, _STATEMENT),
            (statement, _SUBJECT, s),
            (statement, _PREDICATE, p),
            (statement, _OBJECT, o),
        ]:
            self.bundle.add(graph, triple)
        self.prov.derivation(statement, relation.provenance)

    def _relation(self, relation: Relation) -> None:
        subject, obj = self.entities[relation.subject], self.entities[relation.object]
        label = LABELS[relation.label]
        s, o = self.iris.entity(subject.key), self.iris.entity(obj.key)
        p = label.predicate_for(subject.kind)
        self._statement(s, p, o, relation)
        graph = self.iris.graph(relation.provenance.source_id)
        q = relation.qualifiers
        if relation.label == "worksFor" and q.role:
            role = self.iris.role(q.role)
            membership = self.iris.node("membership", str(s), str(o), q.role)
            post: list[tuple[Node, Node, Node]] = [
                (membership, RDF.type, ORG.Membership),
                (membership, ORG.member, s),
                (membership, ORG.organization, o),
                (membership, ORG.role, role),
                (role, RDF.type, ORG.Role),
                (role, SKOS.prefLabel, text(q.role)),
            ]
            for triple in post:
                self.bundle.add(graph, triple)
            self.prov.derivation(membership, relation.provenance)
        elif relation.label in _QUALIFIED_CLASS:
            cls = _QUALIFIED_CLASS[relation.label]
            node = self.iris.node(_QUALIFIED_PATH[relation.label], str(s), str(o), q.date or "")
            triples: list[tuple[Node, Node, Node]] = [
                (node, RDF.type, cls),
                (node, SCHEMA.agent, s),
                (node, SCHEMA.object, o),
            ]
            if q.date:
                triples.append((node, SCHEMA.startDate, date_literal(q.date)))
            if q.amount is not None:
                triples.append((node, SCHEMA.amount, number_literal(q.amount)))
            if q.currency:
                triples.append((node, SCHEMA.currency, text(q.currency)))
            for triple in triples:
                self.bundle.add(graph, triple)
            self.prov.derivation(node, relation.provenance)

    def _figure(self, figure: Figure) -> None:
        graph = self.iris.graph(figure.provenance.source_id)
        about = self.iris.entity(figure.about)
        measure = KGB.rank if figure.measure == "rank" else self.iris.measure(figure.measure)
        identity = [
            str(about),
            str(measure),
            str(figure.value),
            figure.unit or "",
            figure.period or "",
        ]
        identity += [figure.place or "", figure.scope or ""]
        node = self.iris.node("observation", *identity)
        triples: list[tuple[Node, Node, Node]] = [
            (node, RDF.type, SCHEMA.Observation),
            (node, SCHEMA.observationAbout, about),
            (node, SCHEMA.measuredProperty, measure),
            (node, SCHEMA.value, number_literal(figure.value)),
        ]
        if measure != KGB.rank:
            triples += [
                (measure, RDF.type, RDF.Property),
                (measure, RDFS.label, text(figure.measure)),
            ]
        if figure.unit:
            triples.append((node, SCHEMA.unitText, text(figure.unit)))
        if figure.period:
            triples.append((node, SCHEMA.observationPeriod, text(figure.period)))
        if figure.place:
            triples.append((node, SCHEMA.location, self.iris.entity(figure.place)))
        if figure.scope:
            triples.append((node, KGB.scope, text(figure.scope)))
        for triple in triples:
            self.bundle.add(graph, triple)
        self.prov.derivation(node, figure.provenance)

    def _attribute(self, attribute: Attribute) -> None:
        subject = self.iris.entity(attribute.subject)
        self._statement(subject, SCHEMA[attribute.name], date_literal(attribute.value), attribute)

    def _rdf_file(self, rdf_file: RdfFile) -> None:
        graph = self.iris.graph(rdf_file.source_id)
        base = str(self.iris.source(rdf_file.source_id)) + "/"
        fmt = ox.RdfFormat.from_extension(rdf_file.format)
        if fmt is None:
            return
        skolem: dict[str, URIRef] = {}  # blank nodes get IRIs numbered in file order: stable output

        def term(value: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
            if isinstance(value, ox.BlankNode):
                return skolem.setdefault(value.value, URIRef(f"{base}genid/{len(skolem) + 1}"))
            return from_oxigraph(value)

        for triple in ox.parse(rdf_file.data, format=fmt, base_iri=base):
            self.bundle.add(
                graph, (term(triple.subject), term(triple.predicate), term(triple.object))
            )
