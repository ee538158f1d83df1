"""The projection of a graph built from sentences: evidence, qualifiers, figures, dates, sources."""

from __future__ import annotations

import networkx as nx

from conftest import SENTENCE_TEXT
from kgbuilder.config import DEFAULT_BASE_IRI as BASE


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
