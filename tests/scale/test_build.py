"""Incremental builds: a build after adding, changing or deleting documents equals a clean build of
the same inputs, byte for byte, and rewrites only the named graphs that changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import kgbuilder
from kgb_corpus import corpus
from kgbuilder.config import DEFAULT_BASE_IRI
from kgbuilder.export.rdf import write_rdf_files
from kgbuilder.namespaces import prefixes_for
from kgbuilder.scale import spliced_files
from kgbuilder.scale.build_counts import COUNTS_FILE
from kgbuilder.stats import graph_counts
from kgbuilder.store.oxigraph import OxigraphStore


def _build(data: Path, out: Path, **options: object) -> dict:  # type: ignore[type-arg]
    with kgbuilder.build(data, out, render=False, jobs=1, **options) as graph:  # type: ignore[arg-type]
        assert graph.report is not None
        return graph.report.to_dict()


def _same_as_clean(data: Path, out: Path, tmp_path: Path) -> None:
    """The files equal a clean build's, and an export of the store itself."""
    clean = tmp_path / f"clean-{len(list(tmp_path.iterdir()))}"
    _build(data, clean)
    direct = [(tmp_path / "direct.trig", "trig"), (tmp_path / "direct.ttl", "turtle")]
    store = OxigraphStore(out / "store", read_only=True)
    write_rdf_files(store, direct, prefixes_for(DEFAULT_BASE_IRI))
    store.close()
    for (path, _), name in zip(direct, ("graph.trig", "graph.ttl"), strict=True):
        assert (out / name).read_bytes() == (clean / name).read_bytes(), name
        assert (out / name).read_bytes() == path.read_bytes(), name


def _counts_are_exact(report: dict, out: Path) -> None:  # type: ignore[type-arg]
    """The report's counts (updated from the last build's) are those of the store itself."""
    store = OxigraphStore(out / "store", read_only=True)
    try:
        assert report["counts"] == graph_counts(store)
    finally:
        store.close()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    corpus(folder, 4)
    return folder


def test_build_unchanged_corpus_reuses_every_document_and_graph(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = _build(data, out)
    assert first["changes"]["documents"]["added"] == [f"article-00{i}.txt" for i in range(4)]
    assert first["changes"]["graphs"]["mode"] == "full"
    assert first["changes"]["graphs"]["documents_resolved"] == 4
    trig = (out / "graph.trig").read_bytes()
    second = _build(data, out)
    assert second["changes"]["documents"] == {
        "added": [],
        "changed": [],
        "removed": [],
        "reused": 4,
        "extracted": 0,
    }
    assert second["changes"]["graphs"] == {
        "mode": "incremental",
        "written": 0,
        "removed": 0,
        "kept": first["changes"]["graphs"]["written"],
        "documents_resolved": 0,  # each graph known unchanged from its record, no extraction read
    }
    assert (out / "graph.trig").read_bytes() == trig


def test_build_added_changed_and_deleted_documents_equal_a_clean_build(
    data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _build(data, out)
    corpus(data, 1, start=4)  # added
    changed = data / "documents" / "article-001.txt"
    changed.write_text(changed.read_text() + "\nJonas Keller joined Bluefin Foods in 2021.\n")
    (data / "documents" / "article-002.txt").unlink()  # deleted
    report = _build(data, out)
    docs = report["changes"]["documents"]
    assert docs["added"] == ["article-004.txt"]
    assert docs["changed"] == ["article-001.txt"]
    assert docs["removed"] == ["article-002.txt"]
    assert (docs["reused"], docs["extracted"]) == (2, 2)
    assert report["changes"]["graphs"]["mode"] == "incremental"
    _same_as_clean(data, out, tmp_path)
    trig = (out / "graph.trig").read_text()
    assert "article-002.txt" not in trig
    # validation looked again only at what the change reached, and found what a clean build finds
    assert report["changes"]["validation"]["mode"] == "incremental"
    assert report["changes"]["validation"]["nodes_checked"] > 0
    clean = _build(data, tmp_path / "clean-report")
    assert report["validation"] == clean["validation"]
    assert report["counts"] == clean["counts"]
    _counts_are_exact(report, out)
    # the validation kept for the next build holds the statements the counts give (it does not
    # count them itself), after the full validation and after the incremental one
    for folder, built in ((tmp_path / "clean-report", clean), (out, report)):
        kept = json.loads((folder / "cache" / "validation.json").read_text())
        assert kept["triples"] == built["counts"]["triples"] == _store_triples(folder)


def test_build_counts_saved_for_other_graphs_are_not_used(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(data, out)
    saved = out / "cache" / COUNTS_FILE
    counts = json.loads(saved.read_text())
    counts["triples"] += 1000  # what a store the saved counts do not describe would give
    counts["digest"] = "0" * 64
    saved.write_text(json.dumps(counts))
    corpus(data, 1, start=4)
    report = _build(data, out)
    assert report["changes"]["graphs"]["mode"] == "incremental"
    _counts_are_exact(report, out)
    # and when they describe the store, they are what an update starts from
    counts = json.loads(saved.read_text())
    counts["triples"] += 1000
    saved.write_text(json.dumps(counts))
    (data / "documents" / "article-004.txt").unlink()
    assert _build(data, out)["counts"]["triples"] == _store_triples(out) + 1000


def _store_triples(out: Path) -> int:
    store = OxigraphStore(out / "store", read_only=True)
    try:
        return int(graph_counts(store)["triples"])
    finally:
        store.close()


def test_build_resolves_again_only_documents_whose_names_changed(
    data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _build(data, out)
    changed = data / "documents" / "article-001.txt"
    changed.write_text(changed.read_text() + "\nThe company said the plan was final.\n")
    report = _build(data, out)
    assert report["changes"]["graphs"]["documents_resolved"] == 1
    _same_as_clean(data, out, tmp_path)
    # a new document naming a company by an acronym that another document introduced: the
    # documents that look that name up are resolved again, the others are not
    (data / "documents" / "article-009.txt").write_text(
        "Ingrid Larsen visited Silverline Robotics in Oslo, Norway.\n"
    )
    report = _build(data, out)
    assert 1 <= report["changes"]["graphs"]["documents_resolved"] < 5
    _same_as_clean(data, out, tmp_path)


def test_build_alias_from_a_new_document_rewrites_an_old_documents_graph(tmp_path: Path) -> None:
    data = tmp_path / "data"
    docs = data / "documents"
    docs.mkdir(parents=True)
    (docs / "old.txt").write_text(
        "NLG opened a warehouse in Lima on Monday. Maria Costa, the chief executive of NLG, "
        "said the company would hire 300 people in Peru.\n"
    )
    out = tmp_path / "out"
    _build(data, out)
    assert "northwind" not in (out / "graph.trig").read_text()
    (docs / "new.txt").write_text(
        "Northwind Logistics Group (NLG) signed a contract with the port of Callao. "
        "Northwind Logistics Group is based in Rotterdam.\n"
    )
    report = _build(data, out)
    assert report["changes"]["documents"]["reused"] == 1
    with kgbuilder.open(out) as graph:
        rows = graph.query(
            """SELECT DISTINCT ?entity WHERE {
                 ?doc kgb:sourcePath "old.txt" .
                 ?a oa:hasBody ?entity ; oa:hasTarget/oa:hasSource ?doc ;
                    oa:hasTarget/oa:hasSelector/oa:exact "NLG" }"""
        ).rows
    assert [str(e).rsplit("/", 1)[-1] for (e,) in rows] == ["northwind-logistics-group"]
    _same_as_clean(data, out, tmp_path)
    _counts_are_exact(report, out)


def test_build_store_update_by_copy_equals_in_place(data: Path, tmp_path: Path) -> None:
    outs = {}
    for mode in ("inplace", "copy"):
        folder = tmp_path / mode
        shutil.copytree(data, folder)
        (folder / "kgbuilder.toml").write_text(f'[scale]\nstore_update = "{mode}"\n')
        out = tmp_path / f"out-{mode}"
        _build(folder, out)
        corpus(folder, 1, start=9)
        (folder / "documents" / "article-000.txt").unlink()
        report = _build(folder, out)
        assert report["changes"]["graphs"]["mode"] == "incremental"
        _counts_are_exact(report, out)
        outs[mode] = out
    assert (outs["inplace"] / "graph.trig").read_bytes() == (
        outs["copy"] / "graph.trig"
    ).read_bytes()
    _same_as_clean(tmp_path / "copy", outs["copy"], tmp_path)


def test_build_fresh_writes_everything_again(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(data, out)
    report = _build(data, out, fresh=True)
    assert report["changes"]["documents"]["extracted"] == 4
    assert report["changes"]["graphs"]["mode"] == "full"


def test_build_without_state_writes_the_whole_store(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(data, out)
    (out / "cache" / "state.json").unlink()  # as a build killed while changing the store leaves it
    (data / "documents" / "article-003.txt").unlink()
    report = _build(data, out)
    assert report["changes"]["graphs"]["mode"] == "full"
    assert report["changes"]["documents"]["extracted"] == 0
    _same_as_clean(data, out, tmp_path)


def test_build_damaged_cache_entry_is_read_again(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(data, out)
    entry = next((out / "cache" / "extractions").glob("*/*.json"))
    entry.write_text('{"format": 1, "key": "cut sh')
    report = _build(data, out)
    assert report["changes"]["documents"]["extracted"] == 1
    _same_as_clean(data, out, tmp_path)


def test_build_state_records_documents_and_graphs(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _build(data, out)
    state = json.loads((out / "cache" / "state.json").read_text())
    assert sorted(state["documents"]) == [f"article-00{i}.txt" for i in range(4)]
    store = OxigraphStore(out / "store", read_only=True)
    assert sorted(state["graphs"]) == [str(g) for g in store.graph_names()]


def test_build_spliced_files_after_changes_equal_a_clean_build(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With union chunks of a few statements, the chunks a change reaches are made again and
    the others kept: build after build, the files are a clean build's."""
    monkeypatch.setattr(spliced_files, "CHUNK_KEYS", 5)
    out = tmp_path / "out"
    _build(data, out)
    chunks = len(list((out / "cache" / "sorted" / "union").glob("*.keys")))
    assert chunks > 20
    changed = data / "documents" / "article-001.txt"
    changed.write_text(changed.read_text() + "\nJonas Keller joined Bluefin Foods in 2021.\n")
    _build(data, out)
    _same_as_clean(data, out, tmp_path)
    (data / "documents" / "article-003.txt").unlink()
    _build(data, out)
    _same_as_clean(data, out, tmp_path)
    kept = {
        p.name.split("-", 1)[0].split(".", 1)[0]
        for p in (out / "cache" / "sorted" / "union").iterdir()
    }
    manifest = json.loads((out / "cache" / "sorted" / "union" / "manifest.json").read_text())
    assert kept == {name for _, name in manifest["chunks"]} | {"manifest"}  # old chunks went


def test_full_count_takes_the_unions_size_from_the_exports_chunks(
    data: Path, tmp_path: Path
) -> None:
    """Counting a whole store reads the union's distinct statements off the sorted union chunks
    the export wrote for the same graphs (no DISTINCT over the store): a chunk with one line
    more shows in the report, and without the chunks the store is counted."""
    out = tmp_path / "out"
    _counts_are_exact(_build(data, out), out)
    union = out / "cache" / "sorted" / "union"
    chunk = sorted(union.glob("*.keys"))[0]
    with chunk.open("a", encoding="utf-8") as keys:
        keys.write("<urn:x>\x00<urn:y> <urn:z>\n")
    (out / "cache" / COUNTS_FILE).unlink()
    assert _build(data, out)["counts"]["triples"] == _store_triples(out) + 1
    (out / "cache" / COUNTS_FILE).unlink()
    shutil.rmtree(union)  # no chunks (the export makes them again, from the graphs' files)
    _counts_are_exact(_build(data, out), out)
