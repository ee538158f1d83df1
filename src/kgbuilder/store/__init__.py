"""store/: where the graph is kept. One interface (``GraphStore``), an embedded Oxigraph store,
and a remote SPARQL 1.1 server (``SparqlStore``).

Input: the named graphs of a ``GraphBundle``. Output: SPARQL answers (``QueryResult``) over the
union of the named graphs, and the quads for export.
"""

from __future__ import annotations

from pathlib import Path

from kgbuilder.config import Settings
from kgbuilder.errors import StoreError
from kgbuilder.store.base import GraphStore
from kgbuilder.store.oxigraph import OxigraphStore, recover_store
from kgbuilder.store.results import QueryResult
from kgbuilder.store.sparql import SparqlStore

__all__ = ["GraphStore", "OxigraphStore", "QueryResult", "SparqlStore", "open_store"]


def open_store(settings: Settings, out_dir: Path, *, read_only: bool = True) -> GraphStore:
    """Open the store a build wrote, as the settings describe it."""
    if settings.store.kind == "memory":
        raise StoreError(
            'the store is kept in memory only ([store] kind = "memory"): '
            "query the build's result, or load output/graph.trig"
        )
    if settings.store.kind == "sparql":
        return SparqlStore.from_settings(settings, read_only=read_only)
    path = out_dir / settings.store.path
    recover_store(path)
    if not path.exists():
        raise StoreError(f"no store at {path}: run `kgbuilder build` first")
    return OxigraphStore(path, read_only=read_only)
