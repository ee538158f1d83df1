"""Provenance in RDF: source nodes, evidence spans, mention annotations, qualified derivations.

Every fact node (a reified direct triple, a post, an acquisition, an observation) is derived from
one or more sources. For each source it gets, in that source's named graph::

    <fact> prov:wasDerivedFrom <source> ;
           prov:qualifiedDerivation <derivation> .
    <derivation> a prov:Derivation ; prov:entity <source> ;
           kgb:method "extracted" ; kgb:confidence 0.850 ;
           prov:hadActivity <activity> ;          # the extractor (name, version)
           kgb:evidence <span> .                   # the sentence: oa:SpecificResource
    <span> a oa:SpecificResource ; oa:hasSource <document> ;
           oa:hasSelector <span/position>, <span/quote> .

so removing one source's graph removes exactly what that source contributed.
"""

from __future__ import annotations

from collections.abc import Mapping

from rdflib import URIRef

from kgbuilder.datamodel import Evidence, Mention, Provenance, Source, SourceKind
from kgbuilder.iri import IriMinter, slugify
from kgbuilder.model.bundle import GraphBundle
from kgbuilder.model.literals import confidence_literal, date_literal, integer, text
from kgbuilder.namespaces import DCTERMS, KGB, OA, PROV, RDF, RDFS, SCHEMA

RFC5147 = URIRef("http://tools.ietf.org/rfc/rfc5147")
# Terms of the per-mention triples, looked up once: rdflib builds a new URIRef on every
# ``Namespace`` attribute access, which dominated the cost of writing many annotations.
_TYPE, _ANNOTATION, _MOTIVATED_BY, _IDENTIFYING = (
    RDF.type,
    OA.Annotation,
    OA.motivatedBy,
    OA.identifying,
)
_HAS_BODY, _HAS_TARGET, _HAS_SOURCE, _HAS_SELECTOR = (
    OA.hasBody,
    OA.hasTarget,
    OA.hasSource,
    OA.hasSelector,
)
_SPECIFIC, _POSITION, _QUOTE = OA.SpecificResource, OA.TextPositionSelector, OA.TextQuoteSelector
_START, _END, _EXACT = OA.start, OA.end, OA.exact
_CONFIDENCE, _GENERATED_BY = KGB.confidence, PROV.wasGeneratedBy


class ProvenanceWriter:
    """Writes provenance triples for one build into a bundle."""

    def __init__(self, iris: IriMinter, bundle: GraphBundle, sources: Mapping[str, Source]) -> None:
        self.iris = iris
        self.bundle = bundle
        self.sources = sources
        self._activities: dict[tuple[URIRef, str, str], URIRef] = {}
        self._confidence: dict[URIRef, tuple[URIRef, float]] = {}  # derivation -> (graph, best)

    def graph_of(self, source_id: str) -> URIRef:
        return self.iris.graph(source_id)

    def source_node(self, source: Source, graph: URIRef) -> URIRef:
        """Describe a source (document, cited work, records file, RDF file, gazetteer) in a graph."""
        node = self.iris.source(source.id)
        add = self._adder(graph)
        if source.kind is SourceKind.RECORDS:
            add(node, RDF.type, KGB.RecordSet)
        elif source.kind in (SourceKind.RDF, SourceKind.GAZETTEER):
            add(node, RDF.type, SCHEMA.Dataset)
        else:
            add(node, RDF.type, SCHEMA[source.work_type])
            if source.work_type != "CreativeWork":
                add(node, RDF.type, SCHEMA.CreativeWork)
        add(node, RDF.type, PROV.Entity)
        if source.title:
            add(node, DCTERMS.title, text(source.title))
        if source.published:
            add(node, SCHEMA.datePublished, date_literal(source.published))
        if source.publisher:
            add(node, DCTERMS.publisher, text(source.publisher))
        if source.url:
            add(node, SCHEMA.url, URIRef(source.url))
        if source.path:
            add(node, KGB.sourcePath, text(source.path))
        if source.sha256:
            add(node, KGB.sha256, text(source.sha256))
        for cited in source.cites:
            add(node, PROV.hadPrimarySource, self.iris.source(cited))
        return node

    def annotation(self, mention: Mention, entity: URIRef, agent: tuple[str, str]) -> None:
        """A mention as a W3C Web Annotation: body the entity, target the exact span of text."""
        graph = self.graph_of(mention.source_id)
        add = self._adder(graph)
        node = self.iris.node(
            "annotation", mention.source_id, str(mention.start), str(mention.end), str(entity)
        )
        target = self.span(graph, mention.source_id, mention.start, mention.end, mention.text)
        add(node, _TYPE, _ANNOTATION)
        add(node, _MOTIVATED_BY, _IDENTIFYING)
        add(node, _HAS_BODY, entity)
        add(node, _HAS_TARGET, target)
        add(node, _CONFIDENCE, confidence_literal(mention.confidence))
        add(node, _GENERATED_BY, self.activity(graph, *agent))

    def span(self, graph: URIRef, source_id: str, start: int, end: int, exact: str) -> URIRef:
        """A span of a document's text, with position and quote selectors."""
        node = URIRef(f"{self.iris.source(source_id)}/char/{start}-{end}")
        position, quote = URIRef(f"{node}/position"), URIRef(f"{node}/quote")
        add = self._adder(graph)
        add(node, _TYPE, _SPECIFIC)
        add(node, _HAS_SOURCE, self.iris.source(source_id))
        add(node, _HAS_SELECTOR, position)
        add(node, _HAS_SELECTOR, quote)
        add(position, _TYPE, _POSITION)
        add(position, _START, integer(start))
        add(position, _END, integer(end))
        add(quote, _TYPE, _QUOTE)
        add(quote, _EXACT, text(exact))
        return node

    def record_line(self, graph: URIRef, source_id: str, line: int) -> URIRef:
        """A line of a records file, as an RFC 5147 fragment selector (``line=12``)."""
        node = URIRef(f"{self.iris.source(source_id)}/line/{line}")
        selector = URIRef(f"{node}/fragment")
        add = self._adder(graph)
        add(node, RDF.type, OA.SpecificResource)
        add(node, OA.hasSource, self.iris.source(source_id))
        add(node, OA.hasSelector, selector)
        add(selector, RDF.type, OA.FragmentSelector)
        add(selector, DCTERMS.conformsTo, RFC5147)
        add(selector, RDF.value, text(f"line={line - 1}"))  # RFC 5147 counts lines from 0
        return node

    def activity(self, graph: URIRef, agent: str, version: str) -> URIRef:
        """The run of a piece of software (extractor, records reader, gazetteer) that made facts."""
        known = self._activities.get((graph, agent, version))
        if known is not None:  # described in this graph already
            return known
        activity = URIRef(f"{self.iris.base}activity/{slugify(agent)}/{slugify(version)}")
        agent_node = self.iris.agent(agent, version)
        add = self._adder(graph)
        add(activity, RDF.type, PROV.Activity)
        add(activity, PROV.wasAssociatedWith, agent_node)
        add(agent_node, RDF.type, PROV.SoftwareAgent)
        add(agent_node, RDFS.label, text(agent))
        add(agent_node, SCHEMA.softwareVersion, text(version))
        self._activities[(graph, agent, version)] = activity
        return activity

    def derivation(self, fact: URIRef, provenance: Provenance) -> None:
        """Record that ``fact`` was derived from ``provenance.source_id``, how, and on what evidence."""
        graph = self.graph_of(provenance.source_id)
        add = self._adder(graph)
        source = self.iris.source(provenance.source_id)
        node = self.iris.node(
            "derivation",
            provenance.source_id,
            str(fact),
            provenance.agent,
            provenance.agent_version,
        )
        add(fact, PROV.wasDerivedFrom, source)
        add(fact, PROV.qualifiedDerivation, node)
        add(node, RDF.type, PROV.Derivation)
        add(node, PROV.entity, source)
        add(node, KGB.method, text(provenance.method))
        # a source may state one fact several times (two sentences): one derivation, every
        # evidence span, and the highest confidence, written by ``finish``
        seen = self._confidence.get(node)
        if seen is None or provenance.confidence > seen[1]:
            self._confidence[node] = (graph, provenance.confidence)
        add(
            node, PROV.hadActivity, self.activity(graph, provenance.agent, provenance.agent_version)
        )
        for primary in provenance.primary_sources:
            add(fact, PROV.hadPrimarySource, self.iris.source(primary))
            add(node, PROV.hadPrimarySource, self.iris.source(primary))
        for evidence in provenance.evidence:
            add(node, KGB.evidence, self.evidence(graph, evidence))

    def finish(self) -> None:
        """Write what could only be known once every fact was seen: derivation confidences."""
        for node, (graph, confidence) in self._confidence.items():
            self.bundle.add(graph, (node, KGB.confidence, confidence_literal(confidence)))
        self._confidence.clear()

    def evidence(self, graph: URIRef, evidence: Evidence) -> URIRef:
        if evidence.start is not None and evidence.end is not None:
            return self.span(
                graph, evidence.source_id, evidence.start, evidence.end, evidence.text or ""
            )
        if evidence.line is not None:
            return self.record_line(graph, evidence.source_id, evidence.line)
        return self.iris.source(evidence.source_id)

    def _adder(self, graph: URIRef):  # type: ignore[no-untyped-def]
        triples = self.bundle.graphs.setdefault(graph, set())
        return lambda s, p, o: triples.add((s, p, o))
