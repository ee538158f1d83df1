"""A realistic synthetic graph in kgbuilder's model, built through the real model stage.

Organizations (with parents), people (with posts), places (cities in countries), events (dates,
venues, participants), acquisitions, figures and ranks, and documents whose sentences are the
evidence of every fact and whose mentions are annotations: datamodel objects ->
``kgbuilder.model.builder.build_graphs`` -> an on-disk Oxigraph store in ``OUT/store``, as a build
writes it (so ``kgbuilder query --out OUT`` and ``kgbuilder serve --out OUT`` work on it).

    .venv/bin/python bench/synthetic.py --triples 1000000 --out bench/data/synthetic-1m
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import time
from decimal import Decimal
from pathlib import Path

from kgbuilder.config import DEFAULT_BASE_IRI
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
from kgbuilder.kinds import entity_type
from kgbuilder.model.builder import build_graphs
from kgbuilder.store import OxigraphStore

BASE = DEFAULT_BASE_IRI
ROLES = ["Director", "General Manager", "Vice President", "professor", "Chief Engineer", "Analyst"]
CALIBRATION = 200  # organizations in the trial build that measures quads per organization


def synthetic_input(organizations: int, seed: int = 7) -> GraphInput:
    """The inputs of a build with this many organizations (about 222 quads each)."""
    rng = random.Random(seed)
    data = GraphInput()
    countries = [f"country-{i}" for i in range(max(5, organizations // 200))]
    cities = [f"city-{i}" for i in range(max(20, organizations // 20))]
    for key in countries:
        data.entities.append(
            Entity(f"place/{key}", key.replace("-", " ").title(), entity_type("Country"))
        )
    for key in cities:
        data.entities.append(
            Entity(f"place/{key}", key.replace("-", " ").title(), entity_type("City"))
        )
    # documents are named by the sha256 of their text, as a build names them
    documents = [
        f"sha256:{hashlib.sha256(f'report {i}'.encode()).hexdigest()}"
        for i in range(max(1, organizations // 4))
    ]
    for i, doc in enumerate(documents):
        data.sources.append(
            Source(
                doc,
                SourceKind.DOCUMENT,
                title=f"Report {i}",
                published="2024-11",
                work_type="NewsArticle",
            )
        )
    cursor = dict.fromkeys(documents, 0)

    def evidence(doc: str, sentence: str) -> Provenance:
        start = cursor[doc]
        cursor[doc] = start + len(sentence) + 1
        span = Evidence(doc, start, start + len(sentence), sentence)
        return Provenance(doc, "extracted", "kgbuilder.extract.rules", "0.1.0", 0.85, (span,))

    def mention(doc: str, key: str, name: str) -> None:
        start = cursor[doc]
        data.mentions.append(
            Mention(
                doc,
                start,
                start + len(name),
                name,
                key,
                agent="kgbuilder.extract",
                agent_version="0.1.0",
            )
        )
        data.source_entities.setdefault(doc, set()).add(key)

    def relate(
        doc: str, s: str, label: str, o: str, sentence: str, q: Qualifiers | None = None
    ) -> None:
        data.relations.append(Relation(s, label, o, evidence(doc, sentence), q or Qualifiers()))

    for i in range(organizations):
        doc = documents[i % len(documents)]
        org, name = f"organization/org-{i}", f"Org {i} Holdings"
        data.entities.append(Entity(org, name, entity_type("Corporation"), aliases=(f"O{i}",)))
        mention(doc, org, name)
        city = rng.choice(cities)
        relate(doc, org, "locatedIn", f"place/{city}", f"{name} is based in {city}.")
        if i % 3 and i > 10:
            parent = f"organization/org-{rng.randrange(0, i // 2)}"
            relate(doc, org, "partOf", parent, f"{name} belongs to {parent}.")
        if i % 7 == 0 and i > 10:
            target = f"organization/org-{rng.randrange(0, i)}"
            relate(
                doc,
                org,
                "acquired",
                target,
                f"{name} bought {target}.",
                Qualifiers(date=str(2000 + i % 24)),
            )
        data.figures.append(
            Figure(
                org,
                "sales",
                Decimal(rng.randrange(100, 100000)),
                evidence(doc, f"{name} sold units."),
                unit="units",
                period="2024-01/2024-09",
                place=f"place/{city}",
            )
        )
        if i % 2 == 0:
            data.figures.append(
                Figure(
                    org,
                    "rank",
                    Decimal(rng.randrange(1, 20)),
                    evidence(doc, f"{name} ranks."),
                    place=f"place/{city}",
                    scope="in its market",
                )
            )
        for j in range(3):
            person, pname = f"person/person-{i}-{j}", f"Person {i} {j}"
            data.entities.append(
                Entity(person, pname, entity_type("Person"), aliases=(f"P{i}x{j}",))
            )
            mention(doc, person, pname)
            relate(
                doc,
                person,
                "worksFor",
                org,
                f"{pname} works at {name}.",
                Qualifiers(role=rng.choice(ROLES)),
            )
        if i % 5 == 0:
            event, ename = f"event/event-{i}", f"Forum {i}"
            data.entities.append(Entity(event, ename, entity_type("Event")))
            mention(doc, event, ename)
            relate(doc, event, "locatedIn", f"place/{city}", f"{ename} took place in {city}.")
            data.attributes.append(
                Attribute(
                    event,
                    "startDate",
                    f"2024-{1 + i % 12:02d}-05",
                    evidence(doc, f"{ename} opened."),
                )
            )
            for j in range(3):
                relate(
                    doc,
                    f"person/person-{i}-{j}",
                    "participatedIn",
                    event,
                    f"Person {i} {j} attended {ename}.",
                )
    for city in cities:
        doc = documents[0]
        relate(
            doc,
            f"place/{city}",
            "locatedIn",
            f"place/{rng.choice(countries)}",
            f"{city} is a city.",
        )
    return data


def organizations_for(triples: int) -> int:
    """How many organizations make about ``triples`` quads (measured on a small trial build)."""
    trial = build_graphs(synthetic_input(CALIBRATION), BASE)
    per_org = sum(len(t) for t in trial.graphs.values()) / CALIBRATION
    return max(10, math.ceil(triples / per_org))


def write_store(organizations: int, out: Path) -> int:
    """Build the synthetic graph into ``out`` (the store's folder); returns the number of quads."""
    bundle = build_graphs(synthetic_input(organizations), BASE)
    store = OxigraphStore(out)
    for name, triples in bundle.graphs.items():
        store.replace_graph(name, triples)
    count = len(store)
    store.close()
    return count


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path("bench/data/synthetic"))
    args = parser.parse_args()
    if args.out.exists():
        raise SystemExit(f"{args.out} exists: remove it first")
    started = time.perf_counter()
    args.out.mkdir(parents=True)
    quads = write_store(organizations_for(args.triples), args.out / "store")
    print(f"wrote {quads} quads to {args.out} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
