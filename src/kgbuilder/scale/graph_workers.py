"""Document graphs built in worker processes, for a build with ``--jobs`` above one.

Building a document's named graph (its resolved input, the model, the quads, the sorted
statement file) is Python work of some 15 ms per document, independent of every other document.
With several cores, worker processes do it and send each graph back as N-Quads; the build
process only streams them into the store's bulk load. The graphs are those ``document_item``
builds in the build process, so ``--jobs 1`` and ``--jobs N`` write the same store and files.

Input: a ``GraphJob`` (the entity table, the sources, where the cache is), sent once to each
worker, and batches of document numbers. Output: ``BuiltGraph`` records in document order; only
a bounded number of batches is in flight, so memory does not grow with the corpus.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from kgbuilder.collector import fewer_collections
from kgbuilder.datamodel import Source
from kgbuilder.resolve.entities import EntityTable
from kgbuilder.scale.cache import ExtractionCache
from kgbuilder.scale.document_graph import cached_document, document_item, graph_quads
from kgbuilder.scale.extraction import batches
from kgbuilder.scale.sorted_graphs import SortedGraphs
from kgbuilder.scale.spliced_files import header, prefixes_digest

#: documents per task: enough to amortise a task's overhead, few enough to balance the workers
BATCH_SIZE = 8
#: below this many documents the graphs are built in the build process (starting workers costs
#: about a second)
MIN_PARALLEL = 64
#: batches queued per worker beyond the one it works on
IN_FLIGHT_PER_WORKER = 2


@dataclass(frozen=True)
class DocumentRef:
    """Where a worker finds one document's extraction."""

    index: int
    key: str  # cache key
    path: Path
    shown: str


@dataclass(frozen=True)
class GraphJob:
    """What every worker needs to build the documents' graphs (sent once per worker)."""

    table: EntityTable
    sources: dict[str, Source]
    base_iri: str
    context: str  # what every graph's fingerprint depends on
    cache_dir: Path
    sorted_dir: Path
    min_confidence: float
    #: dataset formats whose per-graph pieces the workers make, and the prefixes they use
    piece_formats: tuple[str, ...] = ()
    prefixes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BuiltGraph:
    """One document's graph as a worker sends it back."""

    index: int
    name: str
    fingerprint: str
    nquads: bytes
    looked_up: tuple[str, ...]  # what its resolution read of the entity table (``GraphItem``)
    answers: str


_JOB: GraphJob | None = None


def _start_worker(job: GraphJob) -> None:
    global _JOB
    _JOB = job


@fewer_collections()
def build_batch(refs: list[DocumentRef]) -> list[BuiltGraph]:
    """Build and sort the graphs of a batch of documents (runs in a worker)."""
    job = _JOB
    if job is None:
        raise RuntimeError("graph worker started without its job")
    cache = ExtractionCache(job.cache_dir)
    sorted_graphs = SortedGraphs(job.sorted_dir)
    pieces = [
        (f, prefixes_digest(job.prefixes), header(f, job.prefixes)) for f in job.piece_formats
    ]
    out = []
    for ref in refs:
        entry = cached_document(cache, ref.key, ref.path, ref.shown, job.min_confidence)
        item = document_item(entry, job.table, job.sources, job.base_iri, job.context)
        quads = graph_quads(item.name, item.triples())
        data = sorted_graphs.write(str(item.name), item.fingerprint, quads)
        for format_name, tag, head in pieces:  # the export then splices instead of serializing
            sorted_graphs.graph_piece(
                str(item.name), item.fingerprint, format_name, job.prefixes, tag, head
            )
        out.append(
            BuiltGraph(
                ref.index, str(item.name), item.fingerprint, data, item.looked_up, item.answers
            )
        )
    return out


def build_in_workers(job: GraphJob, refs: Iterable[DocumentRef], jobs: int) -> Iterator[BuiltGraph]:
    """The graphs of ``refs``, built by ``jobs`` worker processes, in the order of ``refs``."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kgbuilder.scale.graph_workers"])
    limit = max(1, jobs) * (1 + IN_FLIGHT_PER_WORKER)
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=(job,)
    ) as pool:
        pending: dict[Future[list[BuiltGraph]], int] = {}
        finished: dict[int, list[BuiltGraph]] = {}
        source = batches(refs, BATCH_SIZE)
        submitted = emitted = 0
        exhausted = False
        while True:
            while not exhausted and len(pending) + len(finished) < limit:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                    break
                pending[pool.submit(build_batch, batch)] = submitted
                submitted += 1
            if emitted == submitted and exhausted:
                return
            if emitted not in finished:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    finished[pending.pop(future)] = future.result()
                continue
            yield from finished.pop(emitted)
            emitted += 1
