from __future__ import annotations

import networkx as nx
import pytest

from kgbuilder.analyze.lookup import candidates, find_entity, fold
from kgbuilder.config import DEFAULT_BASE_IRI as BASE
from kgbuilder.errors import EntityLookupError


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ana Souza", "person/ana-souza"),
        ("  ana   SOUZA ", "person/ana-souza"),
        ("the fair", "event/acme-fair"),
        ("THE FAIR", "event/acme-fair"),
        ("event/acme-fair", "event/acme-fair"),
        ("event:acme-fair", "event/acme-fair"),
        (BASE + "place/lima", "place/lima"),
    ],
)
def test_find_entity_by_label_alias_key_or_iri(
    sentence_projection: nx.MultiDiGraph, name: str, key: str
) -> None:
    assert find_entity(sentence_projection, name) == BASE + key


def test_find_entity_folds_accents(seed_projection: nx.MultiDiGraph) -> None:
    assert find_entity(seed_projection, "Sao Paulo") == BASE + "place/sao-paulo"
    assert fold("São Paulo") == fold("SAO PAULO")


def test_find_entity_ambiguous_lists_the_candidates(sentence_projection: nx.MultiDiGraph) -> None:
    with pytest.raises(EntityLookupError) as raised:
        find_entity(sentence_projection, "Souza")
    assert raised.value.candidates == ("person/ana-souza", "person/rui-souza")
    message = str(raised.value)
    assert "Ana Souza (Person, person/ana-souza)" in message
    assert "Rui Souza (Person, person/rui-souza)" in message
    # each listed key picks one entity
    for key in raised.value.candidates:
        assert find_entity(sentence_projection, key) == BASE + key


def test_find_entity_unknown_suggests_close_names(sentence_projection: nx.MultiDiGraph) -> None:
    with pytest.raises(EntityLookupError, match="did you mean 'Acme Fair'") as raised:
        find_entity(sentence_projection, "Acme Fiar")
    assert raised.value.candidates == ()
    with pytest.raises(EntityLookupError, match=r"^no entity is named 'zzz'$"):
        find_entity(sentence_projection, "zzz")


def test_candidates_exact_label_wins_over_alias() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("x/place/lima", label="Lima", kind="Place", aliases=[])
    graph.add_node("x/person/ana", label="Ana Lima", kind="Person", aliases=["Lima"])
    graph.add_node("x/person/rui", label="Rui", kind="Person", aliases=["Ana Lima"])
    assert [c.node for c in candidates(graph, "Lima")] == ["x/place/lima"]
    assert [c.node for c in candidates(graph, "Ana Lima")] == ["x/person/ana"]
    assert candidates(graph, "Rio") == []
