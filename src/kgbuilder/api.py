"""The Python API: ``build`` a graph or ``open`` a built one, then query, walk or project it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import networkx as nx
from rdflib import Dataset

from kgbuilder.config import Settings, load_settings
from kgbuilder.model.validate import ValidationResult
from kgbuilder.pipeline import ExtractOutput, StageCallback, run_build, run_extract
from kgbuilder.report import BuildReport
from kgbuilder.store import open_store
from kgbuilder.store.base import GraphStore
from kgbuilder.store.results import QueryResult

if TYPE_CHECKING:
    import pandas as pd
    from rdflib.term import Node

    from kgbuilder.query.library import SavedQuery
    from kgbuilder.render.view import RenderedView


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
        data_dir: Path | None = None,
    ) -> None:
        self.store = store
        self.settings = settings
        self.out_dir = out_dir
        self.report = report
        self.data_dir = data_dir

    def query(
        self,
        sparql: str,
        *,
        params: Mapping[str, str | Node] | None = None,
        saved: SavedQuery | None = None,
    ) -> QueryResult:
        """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over the whole graph.

        The model's prefixes (``schema:``, ``org:``, ``prov:``, ``kgb:``...) are declared for you.
        ``params`` binds variables to values (rdflib terms, or text such as ``person:marta-quispe``
        or ``"Marta Quispe"``) with a ``VALUES`` block, never by editing the query text.
        """
        from kgbuilder.query.run import run_query

        return run_query(self.store, sparql, self.settings.base_iri, params=params, saved=saved)

    def saved_queries(self) -> dict[str, SavedQuery]:
        """The library of saved queries: kgbuilder's own and the data folder's ``queries/``."""
        from kgbuilder.query.library import load_library

        extra = [self.data_dir / "queries"] if self.data_dir is not None else []
        return load_library(extra)

    def run_saved(self, name: str, params: Mapping[str, str | Node] | None = None) -> QueryResult:
        """Run a saved query by name (``kgbuilder query --list`` shows them)."""
        from kgbuilder.query.library import find_saved_query

        saved = find_saved_query(name, self.saved_queries())
        return self.query(saved.text, params=params, saved=saved)

    def query_frame(
        self, sparql: str, *, params: Mapping[str, str | Node] | None = None
    ) -> pd.DataFrame:
        """Like ``query``, as a pandas DataFrame (needs the ``kgbuilder[pandas]`` extra)."""
        from kgbuilder.query.frame import to_dataframe

        return to_dataframe(self.query(sparql, params=params))

    @property
    def graph(self) -> Dataset:
        """The graph as an rdflib ``Dataset`` whose default graph is the union of the named graphs."""
        return self.store.dataset

    def to_networkx(self) -> nx.MultiDiGraph:
        """Entities as nodes, direct relations as edges (see ``kgbuilder.analyze.to_networkx``)."""
        from kgbuilder.analyze.projection import to_networkx

        return to_networkx(self.store)

    def validate(self, *, engine: str | None = None) -> ValidationResult:
        """Check the whole graph (the union of its named graphs) against the SHACL shapes.

        ``engine`` is ``"sparql"`` or ``"pyshacl"`` (default: the ``[validate]`` setting).
        """
        from kgbuilder.model.validate import validate_store

        return validate_store(self.store, engine=engine or self.settings.validate.engine)

    def render(
        self,
        path: str | Path | None = None,
        *,
        focus: str | None = None,
        depth: int = 1,
        query: str | None = None,
        kinds: Sequence[str] = (),
        relations: Sequence[str] = (),
        size_by: str = "auto",
        title: str | None = None,
    ) -> RenderedView:
        """Write the interactive HTML network (default ``OUT/graph.html``): all of it or a part.

        ``focus`` (an entity's name, alias or IRI) with ``depth`` shows a neighbourhood; ``query``
        (SPARQL text or a ``.rq`` file: a CONSTRUCT, or a SELECT of entity pairs) shows its
        answer; ``kinds`` and ``relations`` keep only those. See ``kgbuilder.render``.
        """
        from kgbuilder.query.run import read_query
        from kgbuilder.render.view import ViewRequest, write_view

        result = None
        if query is not None:
            result = self.query(read_query(query))
        request = ViewRequest(
            focus=focus,
            depth=depth,
            kinds=tuple(kinds),
            relations=tuple(relations),
            query=result,
            query_name=Path(query).name
            if query is not None and query.endswith((".rq", ".sparql"))
            else None,
        )
        return write_view(
            self.store,
            Path(path) if path is not None else self.out_dir / "graph.html",
            request=request,
            title=title or self.settings.project.name,
            size_by=size_by,
            big_above=self.settings.render.physics_max_nodes,
        )

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
        output.store,
        settings=output.settings,
        out_dir=output.out_dir,
        report=output.report,
        data_dir=Path(data_dir),
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
    return KnowledgeGraph(
        store,
        settings=settings,
        out_dir=Path(out_dir),
        data_dir=Path(data_dir) if data_dir is not None else None,
    )


def extract(
    paths: list[str | Path], out: str | Path, *, settings: Settings | None = None
) -> ExtractOutput:
    """The graph of some texts alone (no curated records, no curation file) as Turtle at ``out``."""
    return run_extract([Path(p) for p in paths], Path(out), settings=settings)
