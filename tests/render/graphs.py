"""Small graphs for the render tests, built through the real model and store.

The seed graph has curated evidence only (records lines); these add documents whose facts carry
evidence sentences with their offsets, as the extractor records them, and a hostile document
whose names and sentences hold HTML and script.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kgbuilder.datamodel import (
    Document,
    Entity,
    Evidence,
    GraphInput,
    Provenance,
    Qualifiers,
    Relation,
    Source,
    SourceKind,
)
from kgbuilder.iri import entity_key
from kgbuilder.kinds import entity_type
from kgbuilder.model.builder import build_graphs
from kgbuilder.store import OxigraphStore

BASE = "https://example.org/kg/"


@dataclass(frozen=True)
class Fact:
    subject: str
    label: str
    object: str
    sentence: str
    role: str | None = None
    date: str | None = None


def graph_store(
    text: str,
    entities: dict[str, str],
    facts: list[Fact],
    *,
    title: str,
    url: str | None = "https://news.example.org/2024/story",
    published: str | None = "2024-11-06",
    aliases: dict[str, tuple[str, ...]] | None = None,
    same_as: dict[str, tuple[str, ...]] | None = None,
    path: Path | None = None,
) -> OxigraphStore:
    """A store (in memory, or on disk at ``path``) holding one document's entities and facts,
    each with its sentence."""
    source = Source(
        id="sha256:" + "ab" * 32,
        kind=SourceKind.DOCUMENT,
        title=title,
        path="documents/story.txt",
        url=url,
        published=published,
        work_type="NewsArticle",
    )
    document = Document(source, text)
    keys = {name: entity_key(entity_type(t).kind.segment, name) for name, t in entities.items()}
    graph_input = GraphInput(
        sources=[document.source],
        entities=[
            Entity(
                key=keys[name],
                name=name,
                type=entity_type(t),
                aliases=(aliases or {}).get(name, ()),
                same_as=(same_as or {}).get(name, ()),
            )
            for name, t in entities.items()
        ],
        relations=[
            Relation(
                subject=keys[fact.subject],
                label=fact.label,
                object=keys[fact.object],
                provenance=Provenance(
                    source_id=source.id,
                    method="extracted",
                    agent="tests.render",
                    agent_version="1",
                    confidence=0.85,
                    evidence=(
                        Evidence(
                            source.id,
                            start=text.index(fact.sentence),
                            end=text.index(fact.sentence) + len(fact.sentence),
                            text=fact.sentence,
                        ),
                    ),
                ),
                qualifiers=Qualifiers(role=fact.role, date=fact.date),
            )
            for fact in facts
        ],
        source_entities={source.id: set(keys.values())},
    )
    store = OxigraphStore(path)
    bundle = build_graphs(graph_input, BASE)
    for name in sorted(bundle.graphs):
        store.replace_graph(name, bundle.graphs[name])
    return store


ARTICLE = (
    "Ana Lima, chief engineer of Rio Verde Motors, opened the new line in Campinas. "
    "Rio Verde Motors bought Serra Glass in 2019, its supplier of windscreens."
)
ARTICLE_ENTITIES = {
    "Ana Lima": "Person",
    "Rio Verde Motors": "Corporation",
    "Serra Glass": "Corporation",
    "Campinas": "City",
}
ARTICLE_FACTS = [
    Fact(
        "Ana Lima",
        "worksFor",
        "Rio Verde Motors",
        "Ana Lima, chief engineer of Rio Verde Motors, opened the new line in Campinas.",
        role="chief engineer",
    ),
    Fact(
        "Rio Verde Motors",
        "locatedIn",
        "Campinas",
        "Ana Lima, chief engineer of Rio Verde Motors, opened the new line in Campinas.",
    ),
    Fact(
        "Rio Verde Motors",
        "acquired",
        "Serra Glass",
        "Rio Verde Motors bought Serra Glass in 2019, its supplier of windscreens.",
        date="2019",
    ),
]


def article_store() -> OxigraphStore:
    """A news article whose three facts each come with their evidence sentence."""
    return graph_store(
        ARTICLE,
        ARTICLE_ENTITIES,
        ARTICLE_FACTS,
        title="Rio Verde Motors opens a line in Campinas",
        aliases={"Rio Verde Motors": ("RVM",)},
        same_as={"Campinas": ("https://sws.geonames.org/3467865/",)},
    )


#: names and sentences that would run script if the page ever treated them as HTML
IMG = '<img src=x onerror="window.__pwned=1">'
SCRIPT = "<script>window.__pwned=2</script>"
HOSTILE_PERSON = f"Eve {IMG}"
HOSTILE_ORG = f"{SCRIPT}Acme"
HOSTILE_SENTENCE = f"{HOSTILE_PERSON} runs {HOSTILE_ORG} <b onmouseover=window.__pwned=3>now</b>."
HOSTILE_TEXT = "Intro. " + HOSTILE_SENTENCE


def hostile_store() -> OxigraphStore:
    """A document made to attack the page: HTML and script in names, aliases, sentence, title."""
    return graph_store(
        HOSTILE_TEXT,
        {HOSTILE_PERSON: "Person", HOSTILE_ORG: "Corporation"},
        [Fact(HOSTILE_PERSON, "worksFor", HOSTILE_ORG, HOSTILE_SENTENCE, role=IMG)],
        title=f"News {SCRIPT}",
        url="javascript:window.__pwned=5",
        published="2024-11-06",
        aliases={HOSTILE_PERSON: (f"</script>{SCRIPT}",)},
        same_as={HOSTILE_ORG: ("javascript:window.__pwned=4",)},
    )


#: more ways out of text into markup: attributes, raw-text elements, templates, script links
SVG = '"><svg onload="window.__pwned=6">'
TEMPLATE = "{{constructor.constructor('window.__pwned=7')()}}"
CLOSE = "</script><script>window.__pwned=8</script>"
LINK = "javascript:window.__pwned=9"
ATTACK_PLACE = f"Quito {SVG}{TEMPLATE}"
ATTACK_SENTENCE = f"{HOSTILE_ORG} is based in {ATTACK_PLACE} {CLOSE} [see]({LINK})."
ATTACK_TEXT = HOSTILE_TEXT + " " + ATTACK_SENTENCE
#: every payload of this module, for checks that the pages show them as written
PAYLOADS = (IMG, SCRIPT, SVG, TEMPLATE, CLOSE, LINK)


def attack_store(path: Path | None = None) -> OxigraphStore:
    """``hostile_store`` and more: every payload in a name, alias, role, title, URL or sentence."""
    return graph_store(
        ATTACK_TEXT,
        {HOSTILE_PERSON: "Person", HOSTILE_ORG: "Corporation", ATTACK_PLACE: "City"},
        [
            Fact(HOSTILE_PERSON, "worksFor", HOSTILE_ORG, HOSTILE_SENTENCE, role=f"{IMG}{SVG}"),
            Fact(HOSTILE_ORG, "locatedIn", ATTACK_PLACE, ATTACK_SENTENCE),
        ],
        title=f"News {SCRIPT}{SVG}{TEMPLATE}",
        url=LINK,
        aliases={HOSTILE_PERSON: (f"</script>{SCRIPT}",), ATTACK_PLACE: (TEMPLATE, SVG)},
        same_as={HOSTILE_ORG: ("javascript:window.__pwned=4",), ATTACK_PLACE: (LINK,)},
        path=path,
    )


def scale_free(n: int, *, seed: int = 1) -> nx.MultiDiGraph:
    """A projection-shaped Barabási-Albert graph of ``n`` entities, for big-graph mode."""
    kinds = ["Person", "Organization", "Place", "Event"]
    shape = nx.barabasi_albert_graph(n, 2, seed=seed)
    graph = nx.MultiDiGraph()
    for node in shape.nodes:
        graph.add_node(f"{BASE}e/{node}", label=f"Entity {node}", kind=kinds[node % 4])
    for u, v in shape.edges:
        graph.add_edge(f"{BASE}e/{u}", f"{BASE}e/{v}", key="relatedTo", label="relatedTo")
    return graph
