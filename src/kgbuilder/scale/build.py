"""A build at scale: documents read once (the extraction cache), named graphs written one at a
time, and only the graphs that changed rewritten.

Three steps, each streaming:

1. ``read_corpus``: find and hash the documents; read and extract only those the cache does not
   hold (here, in worker processes or on a Dask cluster); keep nothing but each document's entity
   declarations for resolution. Extractions live in the cache, not in memory.
2. ``BuildGraphs``: after resolution across all documents (``CorpusResolution``), the shared
   graphs (entities, records, RDF files, gazetteer) are built; each document's graph is built on
   demand from its cached extraction, and fingerprinted from its resolved input first, so the
   graph of an unchanged document whose entities resolve as before is never built.
3. ``write_graphs``: a first or fresh build streams every graph into a new store, swapped in when
   complete (with ``--jobs`` above one, worker processes build the documents' graphs:
   ``graph_workers``); a later build compares fingerprints with the last build's (``BuildState``) and
   changes only the graphs that differ, in one transaction (or a copy swapped in, ``[scale]
   store_update = "copy"``). A remote store gets the changed graphs (staged, then swapped).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef

from kgbuilder.atomic import install_file, staged_path
from kgbuilder.config import Settings
from kgbuilder.crashpoints import crash_point
from kgbuilder.datamodel import Document, EntityDeclaration, Extraction, Source
from kgbuilder.errors import Problem
from kgbuilder.export.rdf import write_rdf_files
from kgbuilder.extract.extractor import extractor_version
from kgbuilder.extract.nlp import choose_pipeline, installed_pipeline_version
from kgbuilder.extract.run import above_confidence, knowledge_base
from kgbuilder.iri import IriMinter
from kgbuilder.model.builder import build_graphs
from kgbuilder.model.bundle import Triple
from kgbuilder.namespaces import prefixes_for
from kgbuilder.resolve.mentions import resolve_document
from kgbuilder.resolve.resolver import CorpusResolution
from kgbuilder.scale.cache import CachedDocument, ExtractionCache, cache_key
from kgbuilder.scale.chunked_load import ChunkedLoader
from kgbuilder.scale.document_graph import GraphItem, cached_document, document_item, graph_quads
from kgbuilder.scale.document_prints import DOCUMENT_PRINTS_FILE, DocumentPrint, DocumentPrints
from kgbuilder.scale.extraction import ExtractionJob, Numbered, run_extraction
from kgbuilder.scale.fingerprint import content_fingerprint
from kgbuilder.scale.graph_workers import MIN_PARALLEL, DocumentRef, GraphJob, build_in_workers
from kgbuilder.scale.known_declarations import DECLARATIONS_FILE, KnownDeclarations
from kgbuilder.scale.sorted_graphs import SORTED_FOLDER, SortedGraphs, UnionKeys, union_keys
from kgbuilder.scale.state import BuildState, forget_state, model_code_digest
from kgbuilder.source_digest import code_digest
from kgbuilder.sources.collect import SourceInputs
from kgbuilder.sources.documents import DocumentFile, read_document
from kgbuilder.store.base import GraphStore
from kgbuilder.store.oxigraph import (
    GraphDelta,
    OxigraphStore,
    install_store,
    recover_store,
    staging_path,
    update_graphs_by_copy,
    update_graphs_in_place,
)
from kgbuilder.store.sparql import SparqlStore
from kgbuilder.store.union_change import UnionChange, union_change

#: under the output folder: the extraction cache and the state of the last build
CACHE_DIR = "cache"
#: the code between a cached extraction and a document's resolved input: a record of the last
#: build (``document_prints``) written by other code is not used
RESOLUTION_CODE = ("resolve", "scale", "datamodel.py", "extract/run.py")


# --- 1. the corpus: documents found, read when new, extracted, cached -----------------------------


@dataclass
class Corpus:
    """The documents of a build, each with its cache entry; their extractions stay on disk."""

    files: list[DocumentFile]
    keys: list[str]  # cache key of each file
    cache: ExtractionCache
    min_confidence: float
    extracted: int = 0  # documents read by the extractor in this build
    _declarations: list[list[EntityDeclaration]] = field(default_factory=list)
    _sources: list[Source] = field(default_factory=list)

    def document(self, index: int) -> CachedDocument:
        """A document's source and extraction, from the cache (filtered by confidence)."""
        file = self.files[index]
        return cached_document(
            self.cache, self.keys[index], file.path, file.shown, self.min_confidence
        )

    def declarations(self) -> Iterator[EntityDeclaration]:
        for names in self._declarations:
            yield from names

    def sources(self) -> list[Source]:
        return list(self._sources)

    def changes(self, previous: Mapping[str, str] | None) -> dict[str, Any]:
        """Documents added, changed and removed since the last build; how many were reused."""
        current = {f.shown: f.sha256 for f in self.files}
        before = dict(previous or {})
        return {
            "documents": {
                "added": sorted(p for p in current if p not in before),
                "changed": sorted(p for p in current if p in before and before[p] != current[p]),
                "removed": sorted(p for p in before if p not in current),
                "reused": len(self.files) - self.extracted,
                "extracted": self.extracted,
            }
        }

    def prune(self) -> None:
        """Drop the cache entries of documents this build no longer has."""
        self.cache.prune(self.keys)


@dataclass(frozen=True)
class Kept:
    """What a build keeps in memory of a document it extracted: the entity declarations its
    resolution needs, and the digest of its cache entry."""

    declarations: list[EntityDeclaration]
    digest: str | None  # None: the entry is gone (nothing is remembered for the next build)


@dataclass(frozen=True)
class KeepInCache:
    """Run where a document was extracted (``run_extraction``'s ``finish``): its extraction put in
    the cache, its declarations made; only those and the entry's digest go back to the build."""

    folder: Path
    version: str  # the cache key's extractor part (``cache_key``)
    min_confidence: float

    def __call__(self, document: Document, extraction: Extraction) -> Kept:
        if document.source.sha256 is None:  # never: a build's documents are hashed when found
            raise ValueError(f"{document.source.path}: no content hash to name its cache entry")
        key = cache_key(document.source.sha256, self.version)
        return keep(
            ExtractionCache(self.folder), key, document.source, extraction, self.min_confidence
        )


def keep(
    cache: ExtractionCache, key: str, source: Source, extraction: Extraction, min_confidence: float
) -> Kept:
    """Put a document's extraction in the cache; what the build keeps of it."""
    return Kept(declared(extraction, min_confidence), cache.put(key, source, extraction))


def declared(extraction: Extraction, min_confidence: float) -> list[EntityDeclaration]:
    """The entity declarations of a document's extraction, above the confidence floor."""
    if min_confidence > 0:
        extraction = above_confidence(extraction, min_confidence)
    return resolve_document(extraction).declarations


def extraction_job(inputs: SourceInputs, settings: Settings) -> ExtractionJob:
    """How this build reads documents: the spaCy pipeline, the knowledge base from the curated
    records and curation file, and the extractor version they make (part of the cache key)."""
    knowledge = knowledge_base(inputs)
    model = choose_pipeline(settings.extract.model)
    version = extractor_version(installed_pipeline_version(model), knowledge=knowledge)
    return ExtractionJob(model=model, knowledge=knowledge, version=version)


def read_corpus(
    inputs: SourceInputs,
    settings: Settings,
    cache_dir: Path,
    problems: list[Problem],
    *,
    jobs: int = 1,
    dask_scheduler: str = "",
    fresh: bool = False,
) -> Corpus:
    """Extract the documents the cache does not hold (all with ``fresh``); collect declarations."""
    cache = ExtractionCache(cache_dir / "extractions")
    files = inputs.document_files
    corpus = Corpus([], [], cache, settings.extract.min_confidence)
    if not files:
        return corpus
    job = extraction_job(inputs, settings)
    limit = settings.extract.max_chars
    # what is read of a text depends on the cut as well as on the bytes and the extractor
    version = f"{job.version}+max{limit}"
    keys = [cache_key(f.sha256, version) for f in files]
    declarations: dict[int, list[EntityDeclaration]] = {}
    found: dict[int, Source] = {}
    known = KnownDeclarations(cache_dir / DECLARATIONS_FILE, code_digest(*RESOLUTION_CODE))

    def known_key(index: int) -> str:
        return DocumentPrints.key(keys[index], files[index].shown, corpus.min_confidence)

    def take(index: int, source: Source, extraction: Extraction) -> None:
        kept = Kept(declared(extraction, corpus.min_confidence), cache.digest(keys[index]))
        take_kept(index, source, kept)

    def take_kept(index: int, source: Source, kept: Kept) -> None:
        declarations[index] = kept.declarations
        found[index] = source
        known.keep(known_key(index), kept.digest, source, kept.declarations)

    todo = []
    for index, file in enumerate(files):
        remembered = None if fresh else known.get(known_key(index), cache.digest(keys[index]))
        if remembered is not None:  # its declarations, without reading the extraction
            found[index], declarations[index] = remembered
            continue
        entry = None if fresh else cache.get(keys[index], path=file.shown)
        if entry is None:
            todo.append(index)
        else:
            take(index, entry.source, entry.extraction)
    reading: dict[int, Source] = {}

    def texts() -> Iterator[Numbered]:
        for index in todo:
            file = files[index]
            document = read_document(
                file.path, root=None, problems=problems, max_chars=limit, report_cut=False
            )
            if document is None:
                continue
            if document.source.sha256 != file.sha256:
                problems.append(Problem("changed while the build read it; skipped", str(file.path)))
                continue
            source = replace(document.source, path=file.shown)
            reading[index] = source
            yield index, Document(source=source, text=document.text)

    # put in the cache where extracted (a worker), unless on a Dask cluster (another machine's disk)
    finish = None if dask_scheduler else KeepInCache(cache.folder, version, corpus.min_confidence)
    for index, done in run_extraction(
        job, texts(), count=len(todo), jobs=jobs, dask_scheduler=dask_scheduler, finish=finish
    ):
        source = reading.pop(index)
        if finish is None:
            done = keep(cache, keys[index], source, done, corpus.min_confidence)
        take_kept(index, source, done)
        corpus.extracted += 1
    known.save()
    for index in sorted(found):
        corpus.files.append(files[index])
        corpus.keys.append(keys[index])
        corpus._declarations.append(declarations.pop(index))
        corpus._sources.append(found[index])
    return corpus


# --- 2. the graphs of the build ---------------------------------------------------------------------


class BuildGraphs:
    """Every named graph of a build, built when asked (see the module docstring)."""

    def __init__(self, corpus: Corpus, resolution: CorpusResolution, base_iri: str) -> None:
        self.corpus = corpus
        self.resolution = resolution
        self.base_iri = base_iri
        self.iris = IriMinter(base_iri)
        self.context = f"{base_iri}\x1f{model_code_digest()}"
        shared = build_graphs(resolution.shared_input(), base_iri, sources=resolution.sources)
        self.shared = shared.graphs
        self.shared_prints = {name: content_fingerprint(t) for name, t in self.shared.items()}
        self.document_graphs = {
            self.iris.graph(source.id): index for index, source in enumerate(corpus.sources())
        }
        self.document_prints = DocumentPrints(
            corpus.cache.folder.parent / DOCUMENT_PRINTS_FILE,
            f"{self.context}\x1f{code_digest(*RESOLUTION_CODE)}",
        )
        self.resolved = 0  # documents resolved against the table (the others: by their record)

    def names(self) -> list[URIRef]:
        return sorted({*self.shared, *self.document_graphs})

    def items(self) -> Iterator[GraphItem]:
        """Every graph: the shared ones, then each document's in document order."""
        yield from self.shared_items()
        for index in range(len(self.corpus.files)):
            yield self._document_item(index)

    def shared_items(self) -> Iterator[GraphItem]:
        for name in sorted(self.shared):
            yield GraphItem(name, self.shared_prints[name], lambda name=name: self.shared[name])  # type: ignore[misc]

    def worker_job(self, sorted_dir: Path) -> GraphJob:
        """What worker processes need to build the documents' graphs (``graph_workers``)."""
        resolution, corpus = self.resolution, self.corpus
        return GraphJob(
            resolution.table,
            resolution.sources,
            self.base_iri,
            self.context,
            corpus.cache.folder,
            sorted_dir,
            corpus.min_confidence,
            # with workers, the build writes graph.trig in the background from these pieces
            # (``start_background_export``); each worker serializes its own graphs' share
            piece_formats=("trig",),
            prefixes=prefixes_for(self.base_iri),
        )

    def document_refs(self) -> Iterator[DocumentRef]:
        for index, (file, key) in enumerate(zip(self.corpus.files, self.corpus.keys, strict=True)):
            yield DocumentRef(index, key, file.path, file.shown)

    def triples(self, name: URIRef) -> set[Triple]:
        if name in self.shared:
            return self.shared[name]
        return self._built_item(self.document_graphs[name]).triples()

    def _document_item(self, index: int) -> GraphItem:
        """A document's graph; from the last build's record when the entity table answers what
        the document looked up alike (``document_prints``), without reading its extraction."""
        key = self._print_key(index)
        known = self.document_prints.reuse(key, self.resolution.table)
        if known is not None:
            return GraphItem(
                URIRef(known.graph),
                known.fingerprint,
                lambda: self._built_item(index).triples(),
                known.looked_up,
                known.answers,
            )
        item = self._built_item(index)
        self.keep_print(index, str(item.name), item.fingerprint, item.looked_up, item.answers)
        return item

    def keep_print(
        self, index: int, name: str, fingerprint: str, looked_up: tuple[str, ...], answers: str
    ) -> None:
        """Record a document's graph, resolved in this build, for the next (``document_prints``)."""
        self.resolved += 1
        record = DocumentPrint(name, fingerprint, looked_up, answers)
        self.document_prints.keep(self._print_key(index), record)

    def _print_key(self, index: int) -> str:
        corpus = self.corpus
        return DocumentPrints.key(
            corpus.keys[index], corpus.files[index].shown, corpus.min_confidence
        )

    def _built_item(self, index: int) -> GraphItem:
        entry = self.corpus.document(index)
        table, sources = self.resolution.table, self.resolution.sources
        return document_item(entry, table, sources, self.base_iri, self.context)


# --- 3. the store ---------------------------------------------------------------------------------------


@dataclass
class Written:
    """How the store was brought up to date."""

    mode: str  # "full" (a new store) or "incremental"
    written: list[str] = field(default_factory=list)  # graphs written (new or changed)
    removed: list[str] = field(default_factory=list)
    kept: int = 0
    previous_documents: dict[str, str] | None = None
    prints: dict[str, str] = field(default_factory=dict)  # every graph -> fingerprint
    #: the graphs' fingerprints before this build, when it changed them in place
    previous_prints: dict[str, str] | None = None
    #: what an incremental build changed in the union of the graphs (None: a new store, or unknown)
    union: UnionChange | None = None

    def summary(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "written": len(self.written),
            "removed": len(self.removed),
            "kept": self.kept,
        }


#: told every graph's fingerprint (IRI -> fingerprint) once a new store's graphs are all made
GraphsMade = Callable[[dict[str, str]], None]


def write_graphs(
    graphs: BuildGraphs,
    settings: Settings,
    out_dir: Path,
    *,
    fresh: bool = False,
    jobs: int = 1,
    on_made: GraphsMade | None = None,
) -> tuple[GraphStore, Written]:
    """Bring the store up to date with this build's graphs; the open store and what was done.
    A new store's document graphs are built by ``jobs`` processes; once the last is made (and
    its sorted file written), ``on_made`` is told every graph's fingerprint while the store
    still loads."""
    state_path = out_dir / CACHE_DIR / "state.json"
    identity = _store_identity(settings, out_dir)
    loaded = BuildState.load(state_path)  # what the last build read, for the report
    code = model_code_digest()
    previous = loaded
    if fresh or (previous is not None and (previous.store != identity or previous.code != code)):
        previous = None
    documents = {f.shown: f.sha256 for f in graphs.corpus.files}
    kind = settings.store.kind
    sorted_graphs = SortedGraphs(out_dir / CACHE_DIR / SORTED_FOLDER)
    if kind == "memory":
        store = OxigraphStore()
        prints = _fill(store, graphs, sorted_graphs, jobs, on_made)
        written = Written("full", sorted(prints), previous_documents=_docs(loaded))
        written.prints = prints
        BuildState(identity, code, prints, documents).save(state_path)  # for the next report
        return store, written
    forget_state(state_path)
    if kind == "sparql":
        store_remote = SparqlStore.from_settings(settings)
        done = _write_remote(store_remote, graphs, previous, sorted_graphs)
        result: GraphStore = store_remote
    else:
        final = out_dir / settings.store.path
        recover_store(final)
        if previous is not None and not final.is_dir():
            previous = None
        update = settings.scale.store_update
        done = _write_embedded(final, graphs, previous, update, sorted_graphs, jobs, on_made)
        result = OxigraphStore(final)
    graphs.document_prints.save()
    new_prints: dict[str, str] = done.pop("prints")  # type: ignore[assignment]
    state = BuildState(identity, code, new_prints, documents)
    state.save(state_path)
    outcome: Written = done["written"]  # type: ignore[assignment]
    outcome.previous_documents = _docs(loaded)
    outcome.prints = new_prints
    return result, outcome


def _docs(state: BuildState | None) -> dict[str, str] | None:
    return dict(state.documents) if state is not None else None


def _store_identity(settings: Settings, out_dir: Path) -> str:
    if settings.store.kind == "sparql":
        prefix = settings.store.graph_prefix or settings.base_iri + "graph/"
        return f"sparql:{settings.store.query_url} {prefix}"
    return f"{settings.store.kind}:{(out_dir / settings.store.path).resolve()}"


def _fill(
    store: OxigraphStore,
    graphs: BuildGraphs,
    sorted_graphs: SortedGraphs,
    jobs: int = 1,
    on_made: GraphsMade | None = None,
) -> dict[str, str]:
    """Load every graph into an empty store with bulk loads; the fingerprints. With ``jobs``
    above one (and enough documents) worker processes build the documents' graphs. Graphs go to
    the loader as N-Quads (never as Python objects one statement at a time), and it loads them a
    chunk at a time while the next ones are made (``scale.chunked_load``)."""
    prints: dict[str, str] = {}
    in_workers = jobs > 1 and len(graphs.corpus.files) >= MIN_PARALLEL
    with ChunkedLoader(store.oxigraph) as loader:
        for item in graphs.shared_items() if in_workers else graphs.items():
            prints[str(item.name)] = item.fingerprint
            made = graph_quads(item.name, item.triples())
            loader.add(sorted_graphs.write(str(item.name), item.fingerprint, made))
        if in_workers:
            job = graphs.worker_job(sorted_graphs.folder)
            for built in build_in_workers(job, graphs.document_refs(), jobs):
                prints[built.name] = built.fingerprint
                graphs.keep_print(
                    built.index, built.name, built.fingerprint, built.looked_up, built.answers
                )
                loader.add(built.nquads)
        if on_made is not None:  # the loader's last chunks are still to load
            on_made(dict(prints))
    for name in prints:  # empty graphs exist too, as in any store of a build
        store.oxigraph.add_graph(ox.NamedNode(name))
    return prints


#: above this share of a store's graphs changed, an incremental build writes a new store instead
FULL_REWRITE_SHARE = 0.25


def _diff(
    graphs: BuildGraphs, previous: BuildState
) -> tuple[dict[str, str], list[URIRef], list[URIRef], int]:
    """Fingerprints of this build, the graphs that are new or differ, those gone, how many kept."""
    prints: dict[str, str] = {}
    changed: list[URIRef] = []
    kept = 0
    for item in graphs.items():
        prints[str(item.name)] = item.fingerprint
        if previous.graphs.get(str(item.name)) == item.fingerprint:
            kept += 1
        else:
            changed.append(item.name)
    gone = [URIRef(name) for name in sorted(set(previous.graphs) - set(prints))]
    return prints, changed, gone, kept


def _too_many(changed: list[URIRef], gone: list[URIRef], total: int) -> bool:
    return len(changed) + len(gone) > max(50, FULL_REWRITE_SHARE * total)


def _write_embedded(
    final: Path,
    graphs: BuildGraphs,
    previous: BuildState | None,
    update: str,
    sorted_graphs: SortedGraphs,
    jobs: int = 1,
    on_made: GraphsMade | None = None,
) -> dict[str, object]:
    if previous is not None:
        prints, changed, gone, kept = _diff(graphs, previous)
        if not _too_many(changed, gone, len(prints)):
            changes: dict[URIRef, list[ox.Quad] | None] = {}
            for name in changed:
                changes[name] = made = graph_quads(name, graphs.triples(name))
                sorted_graphs.write(str(name), prints[str(name)], made)
            changes.update(dict.fromkeys(gone))
            delta = GraphDelta()
            if changes and update == "copy":
                delta = update_graphs_by_copy(final, changes)
            store = OxigraphStore(final)
            try:
                if changes and update != "copy":
                    delta = update_graphs_in_place(store, changes)
                union = union_change(store, delta)
            finally:
                store.close()
            written = Written(
                "incremental", sorted(map(str, changed)), sorted(map(str, gone)), kept
            )
            written.previous_prints = dict(previous.graphs)
            written.union = union
            return {"prints": prints, "written": written}
    staged = staging_path(final)
    staging = OxigraphStore(staged)
    prints = _fill(staging, graphs, sorted_graphs, jobs, on_made)
    staging.close()
    crash_point("store:staged")
    install_store(staged, final)
    return {"prints": prints, "written": Written("full", sorted(prints))}


class _LazyGraphs(Mapping[URIRef, set[Triple]]):
    """The graphs of a build as a mapping whose values are built when read."""

    def __init__(
        self,
        graphs: BuildGraphs,
        names: list[URIRef],
        sorted_graphs: SortedGraphs,
        prints: dict[str, str],
    ) -> None:
        self.graphs = graphs
        self._names = names
        self.sorted_graphs = sorted_graphs
        self.prints = prints

    def __getitem__(self, name: URIRef) -> set[Triple]:
        triples = self.graphs.triples(name)
        self.sorted_graphs.write(str(name), self.prints[str(name)], graph_quads(name, triples))
        return triples

    def __iter__(self) -> Iterator[URIRef]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def _write_remote(
    store: SparqlStore,
    graphs: BuildGraphs,
    previous: BuildState | None,
    sorted_graphs: SortedGraphs,
) -> dict[str, object]:
    if previous is not None and set(map(str, store.graph_names())) != set(previous.graphs):
        previous = None  # the server's graphs are not the ones we left: write them all
    if previous is not None:
        prints, changed, gone, kept = _diff(graphs, previous)
        if not _too_many(changed, gone, len(prints)):
            if changed:
                store.replace_graphs(_LazyGraphs(graphs, changed, sorted_graphs, prints))
            for name in gone:
                store.remove_graph(name)
            written = Written(
                "incremental", sorted(map(str, changed)), sorted(map(str, gone)), kept
            )
            return {"prints": prints, "written": written}
    prints = {str(item.name): item.fingerprint for item in graphs.items()}
    store.replace_graphs(
        _LazyGraphs(graphs, graphs.names(), sorted_graphs, prints), remove_others=True
    )
    return {"prints": prints, "written": Written("full", sorted(prints))}


def export_graphs(
    store: GraphStore,
    written: Written,
    out_dir: Path,
    targets: list[tuple[Path, str]],
    prefixes: dict[str, str],
) -> None:
    """Write the build's RDF files from each graph's sorted statements (``SortedGraphs``): the
    bytes an export of the store gives, without reading the store back. Should a graph's file be
    missing, the store is exported instead. Files of graphs the build no longer has go."""
    sorted_graphs = SortedGraphs(out_dir / CACHE_DIR / SORTED_FOLDER)
    if _all_sorted(sorted_graphs, written):
        sorted_graphs.write_files(
            written.prints,
            targets,
            prefixes,
            previous=written.previous_prints,
            change=_keys(written),
        )
    else:
        write_rdf_files(store, targets, prefixes)
    sorted_graphs.prune(written.prints)


def _keys(written: Written) -> UnionKeys | None:
    return union_keys(written.union) if written.union is not None else None


def _all_sorted(sorted_graphs: SortedGraphs, written: Written) -> bool:
    return bool(written.prints) and all(sorted_graphs.has(g, f) for g, f in written.prints.items())


#: below this many named graphs the RDF files are written in the build process
BACKGROUND_EXPORT_MIN_GRAPHS = 64


class ExportWorker:
    """One process that writes the RDF files, started once and kept for the builds of a
    long-lived process (``kgbuilder watch``): a build then waits for no interpreter to start."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def pool(self) -> ProcessPoolExecutor:
        """The kept process's pool; a new one when the last died (killed, out of memory)."""
        if self._pool is not None and getattr(self._pool, "_broken", False):
            self.close()
        if self._pool is None:
            self._pool = _export_pool()
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def kill(self) -> None:
        """Stop the process at once (its work is thrown away); the next build starts another."""
        if self._pool is not None:
            _kill_pool(self._pool)
            self._pool = None


def _kill_pool(pool: ProcessPoolExecutor) -> None:
    """Kill a pool's processes and let it go: what they were writing is not wanted."""
    processes = getattr(pool, "_processes", None) or {}  # (no public way to stop one)
    for process in list(processes.values()):
        process.kill()
    for process in list(processes.values()):
        process.join(timeout=10)  # gone before its files are removed
    pool.shutdown(wait=False, cancel_futures=True)


def _export_pool() -> ProcessPoolExecutor:
    context = multiprocessing.get_context("forkserver")
    # nothing preloaded: the server imports its preloads before this process may go on (a
    # second with kgbuilder's imports), while the one child imports them as it starts,
    # beside validation and rendering
    context.set_forkserver_preload([])
    return ProcessPoolExecutor(max_workers=1, mp_context=context, initializer=_start_exporter)


def _start_exporter() -> None:
    """In the export process: Ctrl-C and SIGTERM are for the build, which stops it in order (a
    signal to the whole process group must not kill the files half written); a build killed
    outright takes the export with it (on Linux), so none writes on for a build that is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    die_with_parent()


#: Linux ``prctl`` option: the signal a process gets when its parent ends
_PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent ends. Its parent is the forkserver, which
    ends when the build does (the build held the other end of its pipe), killed or not."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL) != 0:
        return  # not allowed here (a sandbox): the export then ends on its own
    if os.getppid() != parent:  # the parent ended before the request was made
        os._exit(1)


class BackgroundExport:
    """The RDF files written by another process from the sorted statement files, while this one
    validates and renders from the store (the files need no store, so nothing is shared).

    The other process writes each file beside its target (``staged_path``); this one puts them
    in place (``wait``), after the store is. So the export may start as soon as the graphs'
    sorted files are made, while the store still loads, and the files are never newer than the
    store: a build killed before then leaves the last build's files."""

    def __init__(
        self,
        written: Written,
        out_dir: Path,
        targets: list[tuple[Path, str]],
        prefixes: dict[str, str],
        worker: ExportWorker | None = None,
    ) -> None:
        self.folder = out_dir / CACHE_DIR / SORTED_FOLDER
        self.prints = dict(written.prints)
        self.staged = [(staged_path(path), path) for path, _ in targets]
        self._worker = worker  # None: a process of its own, stopped when the files are written
        self._pool = _export_pool() if worker is None else worker.pool()
        try:
            self._future = self._submit(written, targets, prefixes)
        except BaseException:
            if worker is None:
                self._pool.shutdown(wait=False, cancel_futures=True)
            raise

    def _submit(
        self, written: Written, targets: list[tuple[Path, str]], prefixes: dict[str, str]
    ) -> Future[float]:
        return self._pool.submit(
            _write_files,
            self.folder,
            self.prints,
            [(staged, fmt) for (staged, _), (_, fmt) in zip(self.staged, targets, strict=True)],
            dict(prefixes),
            written.previous_prints,
            _keys(written),
        )

    def wait(self) -> float:
        """Wait for the files (errors are raised here) and put them in place; how long the
        export itself took. Call it once the store is in place."""
        try:
            seconds = self._future.result()
        except BrokenProcessPool:
            if self._worker is not None:  # the next build starts a new process
                self._worker.close()
            self._remove_staged()
            raise
        except BaseException:
            self._remove_staged()
            raise
        finally:
            if self._worker is None:
                self._pool.shutdown()
        for staged, target in self.staged:
            install_file(staged, target)
        SortedGraphs(self.folder).prune(self.prints)
        return seconds

    def cancel(self) -> None:
        """Stop the export without waiting for it (the build failed or was interrupted), and
        remove what it wrote."""
        if not self._future.cancel():
            if self._worker is None:
                _kill_pool(self._pool)
            else:  # a kept worker: killed, the next build starts another
                self._worker.kill()
        elif self._worker is None:
            self._pool.shutdown(wait=False)
        self._remove_staged()

    def _remove_staged(self) -> None:
        for staged, _ in self.staged:
            staged.unlink(missing_ok=True)
            for temp in staged.parent.glob(f".{staged.name}.*.tmp"):  # its writer's, half made
                temp.unlink(missing_ok=True)


def start_background_export(
    written: Written,
    out_dir: Path,
    targets: list[tuple[Path, str]],
    prefixes: dict[str, str],
    worker: ExportWorker | None = None,
) -> BackgroundExport | None:
    """Start the export in another process (``worker``'s, or one of its own); None when a
    graph's sorted file is missing (export the store) or when there are too few graphs for a
    second process to pay."""
    if len(written.prints) < BACKGROUND_EXPORT_MIN_GRAPHS:
        return None
    if not _all_sorted(SortedGraphs(out_dir / CACHE_DIR / SORTED_FOLDER), written):
        return None
    return BackgroundExport(written, out_dir, targets, prefixes, worker)


def _write_files(
    folder: Path,
    prints: dict[str, str],
    targets: list[tuple[Path, str]],
    prefixes: dict[str, str],
    previous: dict[str, str] | None,
    change: UnionKeys | None,
) -> float:
    start = time.perf_counter()
    SortedGraphs(folder).write_files(prints, targets, prefixes, previous=previous, change=change)
    return time.perf_counter() - start
