"""The projection of a graph built from sentences: evidence, qualifiers, figures, dates, sources."""

from __future__ import annotations

from dataclasses import replace

import networkx as nx

from kgb_graphs import SENTENCE_TEXT, sentence_graph_input, store_of
from kgbuilder.analyze import to_networkx
from kgbuilder.config import DEFAULT_BASE_IRI as BASE
from kgbuilder.datamodel import Evidence, Provenance, Qualifiers, Source, SourceKind


def test_to_networkx_edges_carry_their_sentences(sentence_projection: nx.MultiDiGraph) -> None:
    edges = list(sentence_projection.edges(keys=True, data=True))
    assert len(edges) == 8
    for _, _, _, data in edges:
        (evidence,) = data["evidence"]
        assert evidence["sentence"] == SENTENCE_TEXT[evidence["start"] : evidence["end"]]
        assert evidence["title"] == "Acme news"
        assert evidence["method"] == "extracted"
        assert evidence["line"] is None


def test_to_networkx_edges_carry_qualifiers(sentence_projection: nx.MultiDiGraph) -> None:
    works = sentence_projection.edges[
        BASE + "person/ana-souza", BASE + "organization/acme-peru", "worksFor"
    ]
    assert works["qualifiers"] == {"roles": ["General Manager"]}
    bought = sentence_projection.edges[
        BASE + "organization/beta", BASE + "organization/acme-peru", "acquired"
    ]
    assert bought["qualifiers"]["date"] == "2011"
    assert bought["qualifiers"]["currency"] == "USD"
    assert float(bought["qualifiers"]["amount"]) == 5_000_000


def test_to_networkx_nodes_carry_dates_figures_sources(
    sentence_projection: nx.MultiDiGraph,
) -> None:
    fair = sentence_projection.nodes[BASE + "event/acme-fair"]
    assert fair["kind"] == "Event"
    assert fair["aliases"] == ["the fair"]
    assert fair["dates"] == {"startDate": "2024-11-05", "endDate": "2024-11-08"}
    assert fair["sources"] == [BASE + "doc/" + "ab" * 8]
    (rank,) = sentence_projection.nodes[BASE + "organization/acme"]["figures"]
    assert rank["measure"] == "rank"
    assert rank["place"] == BASE + "place/peru"
    assert sentence_projection.nodes[BASE + "thing/acme-song"]["sources"] == []


def test_to_networkx_merges_what_several_sources_state() -> None:
    """A fact in two sources' graphs appears once; conflicting qualifiers resolve the same way."""
    data = sentence_graph_input()
    first = data.sources[0]
    second = Source(id="sha256:" + "cd" * 32, kind=SourceKind.DOCUMENT, title="Later news")
    data.sources.append(second)
    works, _, _, _, _, _, _, bought = data.relations
    text = "Ana Souza, the general manager, spoke."
    again = Provenance(
        second.id, "extracted", "t", "1", 0.6, (Evidence(second.id, 0, len(text), text),)
    )
    twice = Provenance(  # the first document states the acquisition a second time, more surely
        first.id,
        "extracted",
        "kgbuilder.extract.test",
        "1",
        0.95,
        (Evidence(first.id, 0, 21, SENTENCE_TEXT[:21]),),
    )
    data.relations += [
        replace(works, provenance=again),
        replace(bought, provenance=again, qualifiers=Qualifiers(date="2009")),
        replace(bought, provenance=twice),
    ]
    data.figures.append(replace(data.figures[0], provenance=again))
    graph = to_networkx(store_of(data))
    ana, acme_peru = BASE + "person/ana-souza", BASE + "organization/acme-peru"
    works_edge = graph.edges[ana, acme_peru, "worksFor"]
    assert works_edge["qualifiers"] == {"roles": ["General Manager"]}
    assert {e["title"] for e in works_edge["evidence"]} == {"Acme news", "Later news"}
    assert len(graph.nodes[BASE + "organization/acme"]["figures"]) == 1
    bought_edge = graph.edges[BASE + "organization/beta", acme_peru, "acquired"]
    assert bought_edge["qualifiers"]["date"] == "2009"  # the earliest of the dates stated
    from_first = [e for e in bought_edge["evidence"] if e["title"] == "Acme news"]
    assert sorted(e["start"] for e in from_first) == [0, SENTENCE_TEXT.index("Beta")]
    assert {e["confidence"] for e in from_first} == {0.95}  # one derivation: its highest confidence
