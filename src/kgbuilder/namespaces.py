"""The RDF vocabularies of the model (ONTOLOGY.md) and the prefixes used when writing RDF."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
OA = Namespace("http://www.w3.org/ns/oa#")
#: The project's own terms: only what the standard vocabularies lack.
KGB = Namespace("https://w3id.org/kgbuilder/ns#")
GEONAMES = Namespace("https://sws.geonames.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")

__all__ = [
    "DCTERMS",
    "GEONAMES",
    "INSTANCE_PREFIXES",
    "KGB",
    "OA",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "WIKIDATA",
    "XSD",
    "prefixes_for",
    "sparql_prefixes",
]

#: Prefixes written in Turtle/TriG output and offered to SPARQL users, in this order.
PREFIXES: dict[str, str] = {
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "schema": str(SCHEMA),
    "org": str(ORG),
    "prov": str(PROV),
    "oa": str(OA),
    "kgb": str(KGB),
    "geonames": str(GEONAMES),
    "wd": str(WIKIDATA),
}


#: Prefixes for the instance IRIs of a build, by path: ``person:marta-quispe`` for
#: ``{base}person/marta-quispe``. Entity kinds first, then the nodes that carry facts.
INSTANCE_PREFIXES = (
    "person",
    "organization",
    "place",
    "event",
    "cluster",
    "thing",
    "membership",
    "role",
    "acquisition",
    "investment",
    "observation",
    "measure",
    "statement",
    "derivation",
    "annotation",
)


def prefixes_for(base_iri: str) -> dict[str, str]:
    """The standard prefixes plus one per kind of instance IRI of a build (``person:``...)."""
    return {**PREFIXES, **{name: f"{base_iri}{name}/" for name in INSTANCE_PREFIXES}}


def sparql_prefixes(prefixes: dict[str, str] | None = None) -> str:
    """``PREFIX`` lines for a SPARQL query (the model's prefixes unless others are given)."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in (prefixes or PREFIXES).items())
