"""The projection tables a build keeps and brings up to date: after added, changed and deleted
documents they equal a fresh read of the store, and ``graph.html`` is a clean build's."""

from __future__ import annotations

import pickle
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

import kgbuilder
from kgb_corpus import corpus
from kgbuilder.analyze.projection import project, to_networkx
from kgbuilder.analyze.projection_input import ProjectionInput
from kgbuilder.scale.build_projection import _WRITER, PROJECTION_FILE, _load
from kgbuilder.store.oxigraph import OxigraphStore, update_graphs_in_place
from kgbuilder.store.union_change import union_change


def _build(data: Path, out: Path) -> dict:  # type: ignore[type-arg]
    with kgbuilder.build(data, out, render=True, jobs=1) as graph:
        assert graph.report is not None
        return graph.report.to_dict()


def _saved_tables_are_the_stores(out: Path) -> None:
    loaded = _load(out / "cache" / PROJECTION_FILE)
    assert loaded is not None
    store = OxigraphStore(out / "store", read_only=True)
    try:
        fresh = ProjectionInput.read(store)
        assert loaded[1].tables == fresh.tables
        projected = project(loaded[1])
        direct = to_networkx(store)
        assert list(projected.nodes(data=True)) == list(direct.nodes(data=True))
        assert list(projected.edges(keys=True, data=True)) == list(
            direct.edges(keys=True, data=True)
        )
    finally:
        store.close()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    corpus(folder, 4)
    return folder


def test_projection_tables_follow_added_changed_and_deleted_documents(
    data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _build(data, out)
    _saved_tables_are_the_stores(out)
    corpus(data, 1, start=4)  # added
    changed = data / "documents" / "article-001.txt"
    changed.write_text(changed.read_text() + "\nJonas Keller joined Bluefin Foods in 2021.\n")
    (data / "documents" / "article-002.txt").unlink()  # deleted
    report = _build(data, out)
    assert report["changes"]["graphs"]["mode"] == "incremental"
    _saved_tables_are_the_stores(out)
    clean = tmp_path / "clean"
    _build(data, clean)
    assert (out / "graph.html").read_bytes() == (clean / "graph.html").read_bytes()
    # a title that changes the kind of nothing but a post's role, then the post leaves
    changed.write_text(changed.read_text().replace("chairman", "vice chairman"))
    _build(data, out)
    _saved_tables_are_the_stores(out)
    changed.unlink()
    _build(data, out)
    _saved_tables_are_the_stores(out)


def test_projection_tables_of_other_graphs_are_not_used(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(data, out)
    saved = out / "cache" / PROJECTION_FILE
    loaded = _load(saved)
    assert loaded is not None
    tables = loaded[1].tables
    tables["https://schema.org/worksFor"] = {"urn:x:ghost": ["urn:x:nowhere"]}
    with saved.open("wb") as file:
        pickle.dump({"writer": _WRITER, "digest": "0" * 64, "tables": tables}, file)
    (data / "documents" / "article-003.txt").unlink()
    _build(data, out)
    _saved_tables_are_the_stores(out)


class _Planted:
    """What a hostile pickle would name: the unpickler must not import or call it."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (print, ("ran code from a pickle",))


def test_projection_file_that_names_code_is_refused(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(data, out)
    saved = out / "cache" / PROJECTION_FILE
    with saved.open("wb") as file:
        pickle.dump({"writer": _WRITER, "planted": _Planted()}, file)
    assert _load(saved) is None
    (data / "documents" / "article-003.txt").unlink()
    _build(data, out)  # reads every table again
    _saved_tables_are_the_stores(out)


_KGB, _OA, _PROV = (
    "https://w3id.org/kgbuilder/ns#",
    "http://www.w3.org/ns/oa#",
    "http://www.w3.org/ns/prov#",
)


def _quad(s: str, p: str, o: str, graph: str) -> ox.Quad:
    value: ox.NamedNode | ox.Literal = ox.NamedNode(o) if o.startswith("urn:") else ox.Literal(o)
    return ox.Quad(ox.NamedNode(s), ox.NamedNode(p), value, ox.NamedNode(graph))


def test_guarded_tables_hold_evidence_only_and_follow_their_guards() -> None:
    """Selectors and confidences are read for evidence spans and derivations only; a guard
    statement that comes or goes alone brings its rows in or out, as a fresh read would."""
    a, b = "urn:g:a", "urn:g:b"
    quads = [
        _quad("urn:x:stmt", _PROV + "qualifiedDerivation", "urn:x:derivation", a),
        _quad("urn:x:derivation", _KGB + "confidence", "0.9", a),
        _quad("urn:x:derivation", _KGB + "evidence", "urn:x:span", a),
        _quad("urn:x:span", _OA + "hasSelector", "urn:x:sel", a),
        _quad("urn:x:sel", _OA + "exact", "Ana Ruiz joined Bluefin.", a),
        _quad("urn:x:sel", _OA + "start", "10", a),
        # a mention's annotation: a confidence and a selector the projection does not need
        _quad("urn:x:mention", _KGB + "confidence", "0.8", a),
        _quad("urn:x:target", _OA + "hasSelector", "urn:x:msel", a),
        _quad("urn:x:msel", _OA + "exact", "Bluefin", a),
    ]
    store = OxigraphStore()
    store.oxigraph.extend(quads)
    tables = ProjectionInput.read(store)
    assert tables.table(_OA + "exact") == {"urn:x:sel": ["Ana Ruiz joined Bluefin."]}
    assert tables.table(_OA + "hasSelector") == {"urn:x:span": ["urn:x:sel"]}
    assert tables.table(_KGB + "confidence") == {"urn:x:derivation": ["0.9"]}
    # graph b makes the mention's target an evidence span: its selector's text is read now
    guard = _quad("urn:x:derivation", _KGB + "evidence", "urn:x:target", b)
    for new in ([guard], None):
        delta = update_graphs_in_place(store, {URIRef(b): new})
        tables.update(store, union_change(store, delta))
        assert tables.tables == ProjectionInput.read(store).tables
        assert ("urn:x:msel" in tables.table(_OA + "exact")) is (new is not None)
    # the derivation's link to its statement leaves: its confidence leaves the table
    delta = update_graphs_in_place(
        store,
        {URIRef(a): [q for q in quads if "qualifiedDerivation" not in str(q)]},
    )
    tables.update(store, union_change(store, delta))
    assert tables.tables == ProjectionInput.read(store).tables
    assert _KGB + "confidence" not in tables.tables
