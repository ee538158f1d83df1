"""RDF files merged from each graph's sorted statements have the bytes an export of the store has."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef
from rdflib.namespace import RDF, RDFS

from kgb_graphs import sentence_graph_input
from kgbuilder.config import DEFAULT_BASE_IRI
from kgbuilder.export.ordered import sort_key
from kgbuilder.export.rdf import write_rdf_files
from kgbuilder.model.builder import build_graphs
from kgbuilder.namespaces import prefixes_for
from kgbuilder.scale import sorted_graphs, spliced_files
from kgbuilder.scale.sorted_graphs import SortedGraphs, union_keys
from kgbuilder.store.oxigraph import OxigraphStore, update_graphs_in_place
from kgbuilder.store.terms import to_oxigraph
from kgbuilder.store.union_change import union_change

PREFIXES = prefixes_for(DEFAULT_BASE_IRI)


@pytest.fixture(scope="module")
def graphs() -> dict[str, list[ox.Quad]]:
    """The graphs of a small build, and copies of its document graph under other names (the same
    statements in several graphs: the Turtle file merges them)."""
    bundle = build_graphs(sentence_graph_input(), DEFAULT_BASE_IRI)
    named = dict(bundle.graphs)
    document = next(name for name in named if "/graph/doc/" in str(name))
    for copy in ("a", "b", "c", "d/e"):
        named[URIRef(f"{document}-{copy}")] = set(list(named[document])[: 40 * len(copy)])
    out = {}
    for name, triples in named.items():
        graph = ox.NamedNode(str(name))
        out[str(name)] = [
            ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), graph)  # type: ignore[arg-type]
            for s, p, o in triples
        ]
    return out


@pytest.mark.parametrize("width", [2, 3, 200])
def test_sorted_graphs_files_equal_an_export_of_the_store(
    graphs: dict[str, list[ox.Quad]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    assert len(graphs) > 3  # several graphs, merged in rounds when width is small
    monkeypatch.setattr(sorted_graphs, "MERGE_WIDTH", width)
    # small groups: sorted in memory a few graphs at a time, spilled, merged in rounds
    monkeypatch.setattr(sorted_graphs, "RUN_KEYS", 20 if width < 200 else 200_000)
    assert width == 200 or sum(len(q) for q in graphs.values()) > 20 * 2 * width
    store = OxigraphStore()
    store.oxigraph.extend(q for quads in graphs.values() for q in quads)
    expected = [(tmp_path / "store.trig", "trig"), (tmp_path / "store.ttl", "turtle")]
    write_rdf_files(store, expected, PREFIXES)
    kept = SortedGraphs(tmp_path / "sorted")
    for name, quads in graphs.items():
        kept.write(name, "f1", reversed(quads))
    got = [(tmp_path / "kept.trig", "trig"), (tmp_path / "kept.ttl", "turtle")]
    kept.write_files(dict.fromkeys(graphs, "f1"), got, PREFIXES)
    for (want, _), (have, _) in zip(expected, got, strict=True):
        assert have.read_bytes() == want.read_bytes()


def test_graph_pieces_made_ahead_are_spliced_into_the_export(
    graphs: dict[str, list[ox.Quad]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Graph workers serialize their graphs' TriG pieces; the export then only splices them, and
    the file is the one an export of the store gives."""
    store = OxigraphStore()
    store.oxigraph.extend(q for quads in graphs.values() for q in quads)
    want = tmp_path / "store.trig"
    write_rdf_files(store, [(want, "trig")], PREFIXES)
    kept = SortedGraphs(tmp_path / "sorted")
    for name, quads in graphs.items():
        kept.write(name, "f1", quads)
        assert kept.graph_piece(name, "f1", "trig", PREFIXES).is_file()

    def no_serializing(*args: object) -> bytes:
        raise AssertionError("a piece made ahead was serialized again")

    monkeypatch.setattr(spliced_files, "piece", no_serializing)
    have = tmp_path / "kept.trig"
    kept.write_files(dict.fromkeys(graphs, "f1"), [(have, "trig")], PREFIXES)
    assert have.read_bytes() == want.read_bytes()


def test_sorted_graphs_prune_keeps_the_current_fingerprints(
    graphs: dict[str, list[ox.Quad]], tmp_path: Path
) -> None:
    kept = SortedGraphs(tmp_path)
    name = next(iter(graphs))
    kept.write(name, "old", graphs[name])
    kept.write(name, "new", graphs[name])
    kept.prune({name: "new"})
    assert kept.has(name, "new") and not kept.has(name, "old")


FORMATS = ["trig", "turtle", "nquads", "ntriples", "jsonld"]


def _expected(quads: list[ox.Quad], folder: Path) -> list[tuple[Path, str]]:
    store = OxigraphStore()
    store.oxigraph.extend(quads)
    folder.mkdir(parents=True, exist_ok=True)
    expected = [(folder / f"store.{f}", f) for f in FORMATS]
    write_rdf_files(store, expected, PREFIXES)
    return expected


@pytest.mark.parametrize("chunk", [1, 5, 2000])
def test_sorted_graphs_files_after_a_change_equal_an_export_of_the_store(
    graphs: dict[str, list[ox.Quad]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """The files are spliced from pieces: those of unchanged graphs and union chunks are kept,
    the union chunks a change reaches are updated, and the bytes stay those of a whole export."""
    monkeypatch.setattr(spliced_files, "CHUNK_KEYS", chunk)
    store = OxigraphStore()
    store.oxigraph.extend(q for quads in graphs.values() for q in quads)
    kept = SortedGraphs(tmp_path / "sorted")
    prints = dict.fromkeys(graphs, "f1")
    for name, quads in graphs.items():
        kept.write(name, "f1", quads)
    got = [(tmp_path / f"kept.{f}", f) for f in FORMATS]
    kept.write_files(prints, got, PREFIXES)
    # one graph loses half its statements and gains one, one goes, one is new
    names = sorted(graphs, key=lambda n: -len(graphs[n]))
    changed, gone = names[0], names[1]  # the document's graph and the biggest of the others
    graph = ox.NamedNode(changed)
    subject = ox.NamedNode(DEFAULT_BASE_IRI + "organization/new-one")
    new_quads = [
        *graphs[changed][::2],
        ox.Quad(subject, ox.NamedNode(str(RDFS.label)), ox.Literal("New One"), graph),
    ]
    fresh = ox.NamedNode(DEFAULT_BASE_IRI + "graph/fresh")
    fresh_quads = [ox.Quad(q.subject, q.predicate, q.object, fresh) for q in graphs[names[2]][:9]]
    delta = update_graphs_in_place(
        store, {URIRef(changed): new_quads, URIRef(gone): None, URIRef(fresh.value): fresh_quads}
    )
    change = union_keys(union_change(store, delta))
    assert change[0] and change[1]
    previous = dict(prints)
    del prints[gone]
    prints[changed] = "f2"
    prints[fresh.value] = "f1"
    kept.write(changed, "f2", new_quads)
    kept.write(fresh.value, "f1", fresh_quads)
    kept.write_files(prints, got, PREFIXES, previous=previous, change=change)
    kept.prune(prints)
    expected = _expected(
        list(store.oxigraph.quads_for_pattern(None, None, None, None)), tmp_path / "x"
    )
    for (want, name), (have, _) in zip(expected, got, strict=True):
        assert have.read_bytes() == want.read_bytes(), name
    # the same files again, every piece read back and none made
    pieces = sorted(p.name for p in (tmp_path / "sorted").rglob("*.piece"))
    kept.write_files(prints, got, PREFIXES, previous=prints, change=([], []))
    assert sorted(p.name for p in (tmp_path / "sorted").rglob("*.piece")) == pieces
    for (want, name), (have, _) in zip(expected, got, strict=True):
        assert have.read_bytes() == want.read_bytes(), name


def test_union_chunks_updated_again_and_again_stay_about_their_size(tmp_path: Path) -> None:
    """A chunk that grows a little keeps its statements together; one that doubles is cut."""
    union = spliced_files.UnionChunks(tmp_path / "union")
    size = spliced_files.CHUNK_KEYS

    def key(subject: int, n: int) -> str:
        return f"<https://example.org/s{subject:06d}>\x00<p>\x00<o{n}>"

    keys = sorted(key(s, n) for s in range(0, 4 * size, 2) for n in range(2))
    chunks = union.rebuild(iter(keys))
    assert len(chunks) == 4
    for round_no in range(50):  # each round, one new subject in every chunk
        firsts = [int(first[-7:-1]) for first, _ in chunks]  # "<...s000123>"
        entered = [key(first + 1, round_no) for first in firsts]
        chunks = union.update(chunks, entered, [])
    assert len(chunks) == 4
    doubled = [key(s, n) for s in range(1, size, 2) for n in (-1, -2)]  # all in the first chunk
    grown = union.update(chunks, doubled, [])
    assert len(grown) == 5 and all(len(union.read(name)) >= size for _, name in grown)
    everything = sorted(k for _, name in grown for k in union.read(name))
    assert everything == sorted(set(everything)) and len(everything) == len(keys) + 50 * 4 + size
    emptied = union.update(grown, [], union.read(grown[0][1]))
    assert len(emptied) == len(grown) - 1


def test_pieces_and_chunks_a_power_cut_left_short_are_made_again(
    graphs: dict[str, list[ox.Quad]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pieces and union chunks are written without waiting for the disk: one left empty or cut
    short is seen as such (a piece's footer, a chunk's hash) and made again; the files keep the
    bytes of a whole export."""
    monkeypatch.setattr(spliced_files, "CHUNK_KEYS", 5)
    store = OxigraphStore()
    store.oxigraph.extend(q for quads in graphs.values() for q in quads)
    quads = list(store.oxigraph.quads_for_pattern(None, None, None, None))
    expected = _expected(quads, tmp_path)[:2]  # TriG, Turtle
    kept = SortedGraphs(tmp_path / "sorted")
    prints = dict.fromkeys(graphs, "f1")
    for name, quads in graphs.items():
        kept.write(name, "f1", quads)
    got = [(tmp_path / f"kept.{f}", f) for f in ("trig", "turtle")]
    kept.write_files(prints, got, PREFIXES)
    pieces = sorted((tmp_path / "sorted").rglob("*.piece"))
    assert len(pieces) > 4 and all(spliced_files.piece_size(p) is not None for p in pieces)
    pieces[0].write_bytes(b"")  # what a power cut before the disk had it can leave
    pieces[1].write_bytes(pieces[1].read_bytes()[:-3])
    pieces[2].write_bytes(pieces[2].read_bytes() + b"x")
    for path, _ in got:
        path.unlink()
    kept.write_files(prints, got, PREFIXES, previous=prints, change=([], []))
    assert all(spliced_files.piece_size(p) is not None for p in pieces[:3])
    for (want, _), (have, _) in zip(expected, got, strict=True):
        assert have.read_bytes() == want.read_bytes()
    # a union chunk whose keys are not those it is named for is refused and removed; the next
    # build makes the chunks again
    chunk = next((tmp_path / "sorted" / "union").glob("*.keys"))
    chunk.write_bytes(chunk.read_bytes()[: len(chunk.read_bytes()) // 2])
    keys = chunk.read_text(encoding="utf-8").splitlines()
    with pytest.raises(spliced_files.SpliceError):
        spliced_files.UnionChunks(chunk.parent).read(chunk.stem)
    assert not chunk.exists() and keys
    for path, _ in got:
        path.unlink()
    kept.write_files(prints, got, PREFIXES)
    for (want, _), (have, _) in zip(expected, got, strict=True):
        assert have.read_bytes() == want.read_bytes()


def test_keys_cut_from_a_dump_are_the_keys_of_its_terms() -> None:
    """The sorted files' keys are cut from the N-Quads Oxigraph writes; they must be the keys
    ``sort_key`` makes of the terms, whatever a literal holds (spaces, line and paragraph
    separators, quotes, control characters, a language, a datatype) and for blank nodes."""
    graph, subject = ox.NamedNode("http://example.org/g"), ox.NamedNode("http://example.org/s")
    predicate = ox.NamedNode("http://example.org/p")
    values = [
        ox.Literal('a b\u2028c\u0085d\x1ce\tf\r\ng"h\\i'),
        ox.Literal("x y", language="en-GB"),
        ox.Literal("0.900", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")),
        ox.Literal("é 漢字 \U0001f600 \x00\x01\x7f"),
        ox.BlankNode("b1"),
        ox.NamedNode("http://example.org/a%20b"),
    ]
    store = ox.Store()
    store.extend(ox.Quad(subject, predicate, value, graph) for value in values)
    store.add(ox.Quad(ox.BlankNode("x"), ox.NamedNode(str(RDF.type)), subject, graph))
    expected = sorted(
        sort_key(q, union=False) for q in store.quads_for_pattern(None, None, None, None)
    )
    data = store.dump(format=ox.RdfFormat.N_QUADS)
    assert data is not None
    assert sorted(sorted_graphs.dump_keys(data)) == expected
