"""The Python API: ``build`` a graph or ``open`` a built one, then query, walk or project it."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

import networkx as nx
from rdflib import Dataset

from kgbuilder.config import Settings, load_settings
from kgbuilder.model.validate import ValidationResult
from kgbuilder.pipeline import StageCallback, run_build
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

    def validate(self) -> ValidationResult:
        """Check the whole graph (the union of its named graphs) against the SHACL shapes."""
        from rdflib import Graph

        from kgbuilder.model.validate import validate_graph

        union = Graph()
        for s, p, o, _ in self.store.quads():
            union.add((s, p, o))
        return validate_graph(union)

    def render(self, path: str | Path | None = None) -> nx.MultiDiGraph:
        """Write the HTML network view (default ``graph.html`` in the output folder).

        Returns the projection that was drawn.
        """
        from kgbuilder.render.html import write_html

        projection = self.to_networkx()
        physics = projection.number_of_nodes() <= self.settings.render.physics_max_nodes
        target = Path(path) if path is not None else self.out_dir / "graph.html"
        write_html(projection, target, title=self.settings.project.name, physics=physics)
        return projection

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
) -> KnowledgeGraph:
    """Build the graph of a data folder; outputs go to ``out_dir`` (store, TriG, Turtle, HTML, report).

    Problems with inputs do not raise: they are listed in ``result.report.problems``.
    """
    output = run_build(
        Path(data_dir), Path(out_dir), settings=settings, render=render, on_stage=on_stage
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
