"""Extraction in worker processes and on a real Dask cluster gives the graph a single process
gives; so do document graphs built in worker processes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import kgbuilder
from kgb_corpus import article, corpus
from kgbuilder.datamodel import Document, Source, SourceKind
from kgbuilder.errors import ExtractionError
from kgbuilder.extract.extractor import Extractor, extractor_version
from kgbuilder.extract.nlp import choose_pipeline, installed_pipeline_version
from kgbuilder.scale import graph_workers
from kgbuilder.scale.extraction import (
    MIN_PARALLEL,
    ExtractionJob,
    batches,
    extract_batch,
    extract_here,
)

# enough for worker processes to start, for extraction and for the document graphs
DOCUMENTS = max(MIN_PARALLEL, graph_workers.MIN_PARALLEL) + 8


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    corpus(folder, DOCUMENTS)
    return folder


@pytest.fixture(scope="module")
def one_process(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("jobs1")
    with kgbuilder.build(data, out, render=False, jobs=1) as graph:
        assert graph.report is not None
        assert graph.report.changes["documents"]["extracted"] == DOCUMENTS
    return out


def _same_outputs(a: Path, b: Path) -> None:
    for name in ("graph.trig", "graph.ttl"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_build_jobs_2_equals_jobs_1(data: Path, one_process: Path, tmp_path: Path) -> None:
    with kgbuilder.build(data, tmp_path, render=False, jobs=2) as graph:
        assert graph.report is not None
        assert graph.report.changes["documents"]["extracted"] == DOCUMENTS
    _same_outputs(one_process, tmp_path)


@pytest.fixture(scope="module")
def dask_scheduler() -> Iterator[str]:
    distributed = pytest.importorskip("distributed", reason="needs the dask extra")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0"
    ) as cluster:
        yield cluster.scheduler_address


def test_build_on_dask_cluster_equals_local_build(
    data: Path, one_process: Path, tmp_path: Path, dask_scheduler: str
) -> None:
    with kgbuilder.build(data, tmp_path, render=False, dask_scheduler=dask_scheduler) as graph:
        assert graph.report is not None
        assert graph.report.changes["documents"]["extracted"] == DOCUMENTS
    _same_outputs(one_process, tmp_path)


def test_build_dask_scheduler_from_settings(
    data: Path, one_process: Path, tmp_path: Path, dask_scheduler: str
) -> None:
    folder = tmp_path / "data"
    corpus(folder, DOCUMENTS)
    (folder / "kgbuilder.toml").write_text(f'[scale]\ndask_scheduler = "{dask_scheduler}"\n')
    out = tmp_path / "out"
    with kgbuilder.build(folder, out, render=False) as graph:
        assert graph.report is not None
        assert graph.report.changes["documents"]["extracted"] == DOCUMENTS
    _same_outputs(one_process, out)


def test_build_unreachable_dask_scheduler_is_a_clear_error(data: Path, tmp_path: Path) -> None:
    from virtuoso_server import free_port

    address = f"tcp://127.0.0.1:{free_port()}"
    with pytest.raises(ExtractionError, match="cannot reach the Dask scheduler"):
        kgbuilder.build(data, tmp_path, render=False, dask_scheduler=address, fresh=True)


def _job() -> ExtractionJob:
    model = choose_pipeline("auto")
    return ExtractionJob(model, version=extractor_version(installed_pipeline_version(model)))


def test_extractor_version_is_known_before_the_pipeline_loads() -> None:
    assert _job().version == Extractor().version


def test_extract_batch_refuses_a_worker_with_another_extractor() -> None:
    job = ExtractionJob(choose_pipeline("auto"), version="0.0+rules0.x+other_model-1.0")
    document = Document(Source("sha256:aa", SourceKind.DOCUMENT), article(0))
    with pytest.raises(ExtractionError, match="install the same kgbuilder"):
        extract_batch(job, [(0, document)])


def test_extract_here_keeps_every_document_once_with_its_number() -> None:
    documents = [
        (i, Document(Source(f"sha256:{i:02d}", SourceKind.DOCUMENT), article(i))) for i in range(5)
    ]
    got = dict(extract_here(_job(), iter(documents)))
    assert sorted(got) == list(range(5))
    assert all(got[i].source_id == f"sha256:{i:02d}" for i in got)


@pytest.mark.parametrize(
    ("count", "size", "expected"), [(0, 4, []), (5, 2, [2, 2, 1]), (4, 4, [4])]
)
def test_batches_cut_a_stream_in_order(count: int, size: int, expected: list[int]) -> None:
    items = [(i, Document(Source(str(i), SourceKind.DOCUMENT), "x")) for i in range(count)]
    cut = list(batches(iter(items), size))
    assert [len(b) for b in cut] == expected
    assert [i for b in cut for i, _ in b] == list(range(count))
