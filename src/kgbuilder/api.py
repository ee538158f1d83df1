"""The Python API: ``build`` a graph or ``open`` a built one, then query, walk or project it."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

import networkx as nx
from rdflib import Dataset

from kgbuilder.config import Settings, load_settings
from kgbuilder.pipeline import ExtractOutput, StageCallback, run_build, run_extract
from kgbuilder.report import BuildReport
from kgbuilder.store import open_store
from kgbuilder.store.base import GraphStore
from kgbuilder.store.results import QueryResult


class KnowledgeGraph:
    """A built graph: SPARQL over the union of its named graphs, the rdflib view, networkx.

    Use it as a context manager (or call ``close``) to release the store.
    """

    def __init__(
        self,
        store: GraphStore,
        *,
        settings: Settings,
        out_dir: Path,
        report: BuildReport | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.out_dir = out_dir
        self.report = report

    def query(self, sparql: str) -> QueryResult:
        """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the whole graph.

        The model's prefixes (``schema:``, ``org:``, ``prov:``, ``kgb:``...) are declared for you.
        """
        from kgbuilder.query.run import with_prefixes

        return self.store.query(with_prefixes(sparql, self.settings.base_iri))

    @property
    def graph(self) -> Dataset:
        """The graph as an rdflib ``Dataset`` whose default graph is the union of the named graphs."""
        return self.store.dataset

    def to_networkx(self) -> nx.MultiDiGraph:
        """Entities as nodes, direct relations as edges (see ``kgbuilder.analyze.to_networkx``)."""
        from kgbuilder.analyze.projection import to_networkx

        return to_networkx(self.store)

    def __len__(self) -> int:
        return len(self.store)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def build(
    data_dir: str | Path = "graph_data",
    out_dir: str | Path = "output",
    *,
    settings: Settings | None = None,
    render: bool | None = None,
    on_stage: StageCallback | None = None,
    documents: list[str | Path] | None = None,
) -> KnowledgeGraph:
    """Build the graph of a data folder; outputs go to ``out_dir`` (store, TriG, Turtle, HTML, report).

    ``documents`` (files or folders) are read instead of the data folder's ``documents/``.
    Problems with inputs do not raise: they are listed in ``result.report.problems``.
    """
    output = run_build(
        Path(data_dir),
        Path(out_dir),
        settings=settings,
        render=render,
        on_stage=on_stage,
        documents=[Path(d) for d in documents] if documents is not None else None,
    )
    return KnowledgeGraph(
        output.store, settings=output.settings, out_dir=output.out_dir, report=output.report
    )


def open(
    out_dir: str | Path = "output",
    *,
    data_dir: str | Path | None = None,
    read_only: bool = True,
) -> KnowledgeGraph:
    """Open a graph built earlier. ``data_dir`` supplies its settings (else the defaults)."""
    settings = load_settings(Path(data_dir)) if data_dir is not None else Settings()
    store = open_store(settings, Path(out_dir), read_only=read_only)
    return KnowledgeGraph(store, settings=settings, out_dir=Path(out_dir))


def extract(
    paths: list[str | Path], out: str | Path, *, settings: Settings | None = None
) -> ExtractOutput:
    """The graph of some texts alone (no curated records, no curation file) as Turtle at ``out``."""
    return run_extract([Path(p) for p in paths], Path(out), settings=settings)
