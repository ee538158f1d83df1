"""Canonical order in bounded memory: the same statements, in the same order, however many are
sorted in memory at a time."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kgbuilder.export.ordered import ordered_statements, sort_key, sort_statements

G1, G2 = ox.NamedNode("http://example.org/g/1"), ox.NamedNode("http://example.org/g/2")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _quads() -> list[ox.Quad]:
    out = []
    for i in range(60):
        subject = ox.NamedNode(f"http://example.org/s/{i % 7}")
        objects = [
            ox.Literal(f'line\nbreak {i} "quoted" \x00 nul'),
            ox.Literal(str(i), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
            ox.Literal(f"São {i % 3}", language="pt"),
            ox.NamedNode(f"http://example.org/o/{i % 5}"),
        ]
        for graph in (G1, G2) if i % 2 else (G2,):
            out.append(
                ox.Quad(
                    subject, ox.NamedNode(f"http://example.org/p/{i % 4}"), objects[i % 4], graph
                )
            )
            out.append(ox.Quad(subject, TYPE, ox.NamedNode("http://example.org/C"), graph))
    return out


@pytest.mark.parametrize("union", [True, False])
@pytest.mark.parametrize("chunk", [1, 7, 1000])
def test_ordered_statements_sorts_and_merges_in_chunks(union: bool, chunk: int) -> None:
    quads = _quads()
    got = list(ordered_statements(reversed(quads), union=union, chunk=chunk))
    expected_keys = sorted({sort_key(q, union=union) for q in quads})
    got_keys = [
        sort_key(
            s if isinstance(s, ox.Quad) else ox.Quad(s.subject, s.predicate, s.object), union=union
        )
        for s in got
    ]
    assert got_keys == expected_keys
    assert all(isinstance(s, ox.Triple if union else ox.Quad) for s in got)
    if not union:
        assert set(got) == set(quads)


def test_sort_key_puts_rdf_type_first_within_a_subject() -> None:
    subject = ox.NamedNode("http://example.org/s")
    typed = ox.Quad(subject, TYPE, ox.NamedNode("http://example.org/Z"), G1)
    other = ox.Quad(subject, ox.NamedNode("http://example.org/a"), ox.Literal("x"), G1)
    assert sort_key(typed, union=True) < sort_key(other, union=True)


def test_sort_statements_gives_each_order_from_one_pass() -> None:
    quads = _quads()
    read = 0

    def counted() -> object:
        nonlocal read
        for quad in quads:
            read += 1
            yield quad

    dataset, union = sort_statements(counted(), orders=(False, True), chunk=5)  # type: ignore[arg-type]
    assert read == len(quads)
    assert list(dataset.statements()) == list(ordered_statements(quads, union=False))
    assert list(union.statements()) == list(ordered_statements(quads, union=True))
