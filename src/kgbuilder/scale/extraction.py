"""Extraction of many documents: in this process, in local worker processes, or on a Dask cluster.

Input: documents (a stream, read one at a time) and an ``ExtractionJob`` (the pipeline, the
curated names, the confidence floor). Output: ``(index, Extraction)`` pairs, in the order they
finish; the caller puts them back in document order. Whatever runs it, a document's extraction
is the same: ``Extractor.extract_all`` on batches of ``batch_size`` consecutive documents, so
``--jobs 1``, ``--jobs N`` and a Dask cluster give the same graph.

Only a bounded number of batches is in flight at a time (two per worker), so a corpus of any size
is never held in memory: documents are read as workers become free.

A ``finish`` function, when given, runs where the document was read, on its extraction, and its
answer is what comes back instead of the extraction: a build puts the extraction in its cache
there and gets back only the little it keeps in memory (``scale.build.KeepInCache``), so that the
build process, which shares the cores with the workers, neither receives nor writes the
extractions.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from kgbuilder.collector import fewer_collections
from kgbuilder.datamodel import Document, Extraction
from kgbuilder.errors import ExtractionError
from kgbuilder.extract.entities import KnowledgeBase
from kgbuilder.extract.run import above_confidence

#: documents per task sent to a worker: big enough for ``nlp.pipe``, small enough to balance
BATCH_SIZE = 16
#: below this many documents to read, local workers are not started
MIN_PARALLEL = 2 * BATCH_SIZE
#: batches queued per worker beyond the one it works on
IN_FLIGHT_PER_WORKER = 2

Numbered = tuple[int, Document]
T = TypeVar("T")


class Finish(Protocol):
    """What to do with a document's extraction where it was made (picklable: it travels to the
    worker processes)."""

    def __call__(self, document: Document, extraction: Extraction) -> Any: ...


@dataclass(frozen=True)
class ExtractionJob:
    """What every worker needs to read documents as this build does (picklable, small)."""

    model: str  # a spaCy pipeline package name (never "auto": the build chose it)
    knowledge: KnowledgeBase = field(default_factory=KnowledgeBase)
    min_confidence: float = 0.0
    version: str = ""  # the extractor version the build expects (checked by each worker)


@fewer_collections()
def extract_batch(
    job: ExtractionJob, batch: list[Numbered], finish: Finish | None = None
) -> list[tuple[int, Any]]:
    """Read one batch of documents (runs in a worker: local process or Dask worker); each
    document's extraction, or what ``finish`` made of it."""
    extractor = extractor_for(job)
    documents = [document for _, document in batch]
    out = []
    for (index, document), extraction in zip(batch, extractor.extract_all(documents), strict=True):
        if job.min_confidence > 0:
            extraction = above_confidence(extraction, job.min_confidence)
        out.append((index, extraction if finish is None else finish(document, extraction)))
    return out


#: the extractor of the last job this process ran: (model, version, knowledge digest) -> extractor
_EXTRACTORS: dict[tuple[str, str, str], Any] = {}


def extractor_for(job: ExtractionJob) -> Any:
    """One extractor per job and process: the pipeline is loaded once per worker (or once per
    ``kgbuilder watch``, which asks for it before the first change)."""
    from kgbuilder.extract.extractor import Extractor

    key = (job.model, job.version, job.knowledge.digest)
    extractor = _EXTRACTORS.get(key)
    if extractor is None:
        extractor = Extractor(job.model, knowledge=job.knowledge)
        if job.version and extractor.version != job.version:
            raise ExtractionError(
                f"this worker's extractor is {extractor.version}, the build expects "
                f"{job.version}: install the same kgbuilder and spaCy pipeline on every worker"
            )
        _EXTRACTORS.clear()
        _EXTRACTORS[key] = extractor
    return extractor


def batches(items: Iterable[T], size: int = BATCH_SIZE) -> Iterator[list[T]]:
    """Consecutive items in lists of ``size`` (the last may be shorter)."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# --- runners ---------------------------------------------------------------------------------------


def extract_here(
    job: ExtractionJob, documents: Iterable[Numbered], finish: Finish | None = None
) -> Iterator[tuple[int, Any]]:
    """In this process, batch after batch."""
    for batch in batches(documents):
        yield from extract_batch(job, batch, finish)


def extract_in_processes(
    job: ExtractionJob, documents: Iterable[Numbered], jobs: int, finish: Finish | None = None
) -> Iterator[tuple[int, Any]]:
    """In ``jobs`` local worker processes, started from a fresh server process (``forkserver``):
    spaCy is imported there once and each worker forks from it, so none inherits this process's
    threads or open store."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kgbuilder.scale.extraction", "spacy"])
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        yield from _bounded(
            lambda batch: pool.submit(extract_batch, job, batch, finish), documents, jobs
        )


def extract_on_dask(
    job: ExtractionJob, documents: Iterable[Numbered], scheduler: str
) -> Iterator[tuple[int, Extraction]]:
    """On the ``dask.distributed`` cluster whose scheduler is at ``scheduler``: each batch is one
    task; the workers need kgbuilder and the same spaCy pipeline installed, nothing else (the
    texts travel with the tasks)."""
    try:
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        raise ExtractionError(
            "--dask needs the dask extra: pip install 'kgbuilder[dask]'"
        ) from None
    try:
        client = distributed.Client(scheduler, timeout="30s")
    except (OSError, TimeoutError) as exc:
        raise ExtractionError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    with client:
        workers = max(1, sum(client.nthreads().values()))
        job_future = client.scatter(job, broadcast=True)

        def submit(batch: list[Numbered]) -> Any:
            # pure=False: a batch is never answered from another build's result
            return client.submit(extract_batch, job_future, batch, pure=False)

        yield from _bounded(submit, documents, workers)


def _bounded(
    submit: Callable[[list[Numbered]], Any], documents: Iterable[Numbered], workers: int
) -> Iterator[tuple[int, Any]]:
    """Keep about ``workers * (1 + IN_FLIGHT_PER_WORKER)`` batches submitted; yield as they end."""
    limit = max(1, workers) * (1 + IN_FLIGHT_PER_WORKER)
    pending: set[Any] = set()
    source = batches(documents)
    exhausted = False
    while True:
        while not exhausted and len(pending) < limit:
            batch = next(source, None)
            if batch is None:
                exhausted = True
                break
            pending.add(submit(batch))
        if not pending:
            return
        done, pending = _wait_any(pending)
        for future in done:
            yield from future.result()


def _wait_any(pending: set[Any]) -> tuple[set[Any], set[Any]]:
    """The finished futures and the others (``concurrent.futures`` or ``distributed``)."""
    sample = next(iter(pending))
    if isinstance(sample, Future):
        done, rest = wait(pending, return_when=FIRST_COMPLETED)
        return set(done), set(rest)
    distributed: Any = importlib.import_module("distributed")
    result = distributed.wait(list(pending), return_when="FIRST_COMPLETED")
    return set(result.done), set(result.not_done)


def run_extraction(
    job: ExtractionJob,
    documents: Iterable[Numbered],
    *,
    count: int,
    jobs: int = 1,
    dask_scheduler: str = "",
    finish: Finish | None = None,
) -> Iterator[tuple[int, Any]]:
    """Extractions of the ``count`` numbered documents, where the settings say, as they finish
    (or what ``finish`` made of each, in this process or its workers; not on a Dask cluster,
    whose workers may not see this machine's files).

    Fewer than ``MIN_PARALLEL`` documents are read in this process: starting workers (each loads
    the spaCy pipeline) costs more than they would save.
    """
    if dask_scheduler:
        if finish is not None:
            raise ValueError("a Dask cluster sends back extractions: finish them here")
        return extract_on_dask(job, documents, dask_scheduler)
    if jobs > 1 and count >= MIN_PARALLEL:
        return extract_in_processes(job, documents, jobs, finish)
    return extract_here(job, documents, finish)
