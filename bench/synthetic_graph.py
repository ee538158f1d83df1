"""A synthetic graph in kgbuilder's model, as text extraction would produce it, of a chosen size.

News-like documents, each a dozen sentences; every sentence states one relation between two
entities (a post with its title, a seat, a venue, a market, a parent company, an acquisition with
its date...), mentions both (Web Annotations) and is the evidence of the relation. Documents are
about one country each and mostly name that country's people, companies, cities and events, so the
network has regions that community detection can find. Some companies have ranks in a country;
events have dates.

The result is a ``GraphInput``: the model stage (``kgbuilder.model.build_graphs``) turns it into the
same named graphs, reified statements, derivations and evidence spans as a real build. Seeded: the
same arguments give the same graph.

    python bench/synthetic_graph.py --triples 100000     # prints the counts
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from kgbuilder.datamodel import (
    Attribute,
    Entity,
    Evidence,
    Figure,
    GraphInput,
    Mention,
    Provenance,
    Qualifiers,
    Relation,
    Source,
    SourceKind,
)
from kgbuilder.iri import entity_key, slugify
from kgbuilder.kinds import EntityType, entity_type
from kgbuilder.model.builder import build_graphs


def _words(text: str) -> list[str]:
    """Word lists read best as text."""
    return text.split()


FIRST = _words(
    "Ana Bruno Carla Diego Elena Fabio Gloria Hugo Ines Joao Karin Luis Marta Nuno Olga "
    "Pablo Rosa Sergio Tania Ugo Vera Walter Xenia Yuri Zoe Amir Bea Chen Dara Emre Farah "
    "Goran Hana Ivan Jin Kofi Lena Mei Nadia Omar"
)
LAST = _words(
    "Almeida Barros Castro Duarte Esteves Ferraz Gomes Horta Ibarra Jardim Klein Lobo Moura "
    "Neves Ortiz Pinto Quiroga Ramos Salas Teixeira Urbina Vidal Wagner Xavier Yanez Zamora "
    "Abe Bauer Chang Dimitrov Eriksen Fujita Haddad Ivanova Jensen Kowalski Lindqvist Moreau "
    "Novak Okafor"
)
PLACE_SYLLABLES = _words("ba ca da fa ga la ma na pa ra sa ta va za lo mo no ri ve qui tor san mar")
COMPANY_WORDS = _words(
    "Andes Pacific Atlas Boreal Condor Delta Equator Fenix Granite Horizon Iris Jaguar "
    "Keystone Lumen Meridian Nimbus Orion Puma Quartz Rio Sierra Titan Umbra Vega Willow "
    "Xeno Yucca Zenith"
)
SECTORS = _words("Motors Glass Fiber Foods Textiles Logistics Energy Pharma Steel Mining Software")
ROLES = ("General Manager", "Director", "Chairman", "Vice President", "Founder", "Professor")
EVENTS = ("Trade Fair", "Investment Forum", "Brand Week", "Expo", "Summit", "Festival")

PER_DOCUMENT = 12  # sentences, hence relations, per document
AGENT = ("kgbuilder.extract.synthetic", "1.0")


@dataclass
class _Region:
    country: str
    cities: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)


class _Names:
    """Unique names (hence unique IRIs) from word lists; a counter suffix once the lists run out."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def make(self, build: Callable[[], str]) -> str:
        for _ in range(20):
            name = build()
            if slugify(name) not in self.used:
                self.used.add(slugify(name))
                return name
        name = f"{build()} {len(self.used)}"
        self.used.add(slugify(name))
        return name


def synthetic_input(documents: int, *, seed: int = 7) -> GraphInput:
    """``documents`` synthetic news documents about 40 countries, as a ``GraphInput``."""
    rng = random.Random(seed)
    names = _Names(rng)
    data = GraphInput()
    types: dict[str, EntityType] = {}

    def entity(name: str, type_name: str, aliases: tuple[str, ...] = ()) -> str:
        kind = entity_type(type_name)
        key = entity_key(kind.kind.segment, name)
        if key not in types:
            types[key] = kind
            data.entities.append(Entity(key, name, kind, aliases=aliases))
        return key

    def place_name() -> str:
        return "".join(rng.choice(PLACE_SYLLABLES) for _ in range(rng.randint(2, 3))).title()

    regions = [_Region(entity(names.make(place_name) + "ia", "Country")) for _ in range(40)]
    for index in range(max(documents * 3, 40)):
        region = regions[index % len(regions)]
        region.people.append(
            entity(names.make(lambda: f"{rng.choice(FIRST)} {rng.choice(LAST)}"), "Person")
        )
        if index % 3 == 0:
            company = names.make(lambda: f"{rng.choice(COMPANY_WORDS)} {rng.choice(SECTORS)}")
            short = company.split()[0]
            region.companies.append(entity(company, "Corporation", aliases=(short,)))
        if index % 4 == 0:
            region.cities.append(entity(names.make(place_name), "City"))
        if index % 30 == 0:
            event = names.make(lambda: f"{place_name()} {rng.choice(EVENTS)}")
            region.events.append(entity(event, "ExhibitionEvent"))
    for region in regions:
        region.cities = region.cities or [entity(names.make(place_name), "City")]
        region.companies = region.companies or [
            entity(names.make(place_name) + " Group", "Corporation")
        ]
        region.events = region.events or [
            entity(names.make(place_name) + " Fair", "ExhibitionEvent")
        ]
    label = {e.key: e.name for e in data.entities}

    for number in range(documents):
        region = regions[number % len(regions)]
        other = rng.choice(regions)  # one sentence in six reaches abroad
        doc_id = f"sha256:{rng.getrandbits(256):064x}"
        source = Source(
            id=doc_id,
            kind=SourceKind.DOCUMENT,
            title=f"Business news {number}",
            path=f"documents/news-{number:06d}.txt",
            published=f"{2015 + number % 10}-{1 + number % 12:02d}",
            work_type="NewsArticle",
        )
        data.sources.append(source)
        text = ""
        mentioned: set[str] = set()
        for sentence_number in range(PER_DOCUMENT):
            where = other if sentence_number % 6 == 5 else region
            choice = _sentence(rng, region, where, label)
            sentence, subject, relation_label, obj, qualifiers = choice
            start = len(text)
            text += sentence + " "
            evidence = Evidence(doc_id, start=start, end=start + len(sentence), text=sentence)
            provenance = Provenance(
                doc_id, "extracted", *AGENT, round(rng.uniform(0.5, 0.99), 3), (evidence,)
            )
            data.relations.append(Relation(subject, relation_label, obj, provenance, qualifiers))
            for key in (subject, obj):
                offset = sentence.find(label[key])
                if offset >= 0:
                    data.mentions.append(
                        Mention(
                            doc_id,
                            start + offset,
                            start + offset + len(label[key]),
                            label[key],
                            key,
                            None,
                            0.9,
                            *AGENT,
                        )
                    )
                mentioned.add(key)
        if number % 5 == 0:
            company = rng.choice(region.companies)
            rank = Provenance(doc_id, "extracted", *AGENT, 0.8, ())
            data.figures.append(
                Figure(
                    company,
                    "rank",
                    Decimal(rng.randint(1, 10)),
                    rank,
                    period=str(2015 + number % 10),
                    place=region.country,
                    scope="among foreign brands",
                )
            )
        data.source_entities[doc_id] = mentioned
    for region in regions:
        for event in region.events:
            day = rng.randint(1, 20)
            when = Provenance(data.sources[0].id, "extracted", *AGENT, 0.9, ())
            data.attributes.append(Attribute(event, "startDate", f"2024-05-{day:02d}", when))
            data.attributes.append(Attribute(event, "endDate", f"2024-05-{day + 3:02d}", when))
    return data


def _sentence(
    rng: random.Random, home: _Region, where: _Region, label: dict[str, str]
) -> tuple[str, str, str, str, Qualifiers]:
    kind = rng.randrange(8)
    person, company = rng.choice(home.people), rng.choice(home.companies)
    city, event = rng.choice(where.cities), rng.choice(where.events)
    if kind == 0:
        role = rng.choice(ROLES)
        text = f"{label[person]}, {role.lower()} of {label[company]}, spoke to reporters."
        return text, person, "worksFor", company, Qualifiers(role=role)
    if kind == 1:
        return (
            f"{label[company]} is based in {label[city]}.",
            company,
            "locatedIn",
            city,
            Qualifiers(),
        )
    if kind == 2:
        text = f"{label[person]} attended the {label[event]}."
        return text, person, "participatedIn", event, Qualifiers()
    if kind == 3:
        return (
            f"The {label[event]} was held in {label[city]}.",
            event,
            "locatedIn",
            city,
            Qualifiers(),
        )
    if kind == 4:
        country = where.country
        text = f"{label[company]} sells its products in {label[country]}."
        return text, company, "operatesIn", country, Qualifiers()
    if kind == 5:
        parent = rng.choice(where.companies)
        if parent == company:
            return _sentence(rng, home, where, label)
        text = f"{label[company]} is a subsidiary of {label[parent]}."
        return text, company, "partOf", parent, Qualifiers()
    if kind == 6:
        target = rng.choice(where.companies)
        if target == company:
            return _sentence(rng, home, where, label)
        year = str(rng.randint(1995, 2024))
        text = f"{label[company]} acquired {label[target]} in {year}."
        return text, company, "acquired", target, Qualifiers(date=year)
    text = f"{label[city]} lies in {label[where.country]}."
    return text, city, "locatedIn", where.country, Qualifiers()


def documents_for(triples: int, *, seed: int = 7) -> int:
    """How many documents give about ``triples`` triples (measured on a small sample)."""
    sample = 200
    per_document = (
        len(build_graphs(synthetic_input(sample, seed=seed), "https://example.org/id/")) / sample
    )
    return max(1, round(triples / per_document))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    documents = documents_for(args.triples, seed=args.seed)
    data = synthetic_input(documents, seed=args.seed)
    bundle = build_graphs(data, "https://example.org/id/")
    print(
        f"{documents} documents, {len(data.entities)} entities, {len(data.relations)} relations, "
        f"{len(data.mentions)} mentions: {len(bundle)} triples in {len(bundle.graphs)} named graphs"
    )


if __name__ == "__main__":
    main()
