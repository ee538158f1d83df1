"""The remote store as an rdflib ``Dataset``: rdflib's ``SPARQLUpdateStore`` over kgbuilder's HTTP.

rdflib's own SPARQL connector sends requests without a timeout, knows only Basic credentials, and
lets the server pick the default graph (on Virtuoso: every graph it holds, its system graphs
included). This subclass keeps rdflib's store (its triple-pattern queries, ``INSERT DATA`` for
``add``, result parsing) and replaces only the two methods that talk to the server, so the view
has kgbuilder's timeouts, credentials, error messages, and the union of our graphs as default
graph. What rdflib itself still does differently from ``SparqlStore.query``: it parses results
without kgbuilder's normalisation (Virtuoso's blank nodes keep their ``nodeID://`` names), and
each triple pattern is one request, so walk big graphs with SPARQL instead.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore
from rdflib.query import Result

if TYPE_CHECKING:
    from kgbuilder.store.sparql import SparqlStore


class _KgbuilderSparqlStore(SPARQLUpdateStore):
    """``SPARQLUpdateStore`` whose requests go through a ``SparqlStore``."""

    def __init__(self, remote: SparqlStore) -> None:
        super().__init__(
            query_endpoint=remote.query_url,
            update_endpoint=remote.update_url,
            returnFormat="json",
        )
        self._remote = remote

    def _query(self, query: str, default_graph: str | None = None, **_: Any) -> Result:
        self._queries += 1
        if default_graph is not None:
            dataset = [("default-graph-uri", str(default_graph))]
        elif self._remote.default_graph == "union":
            dataset = self._remote._dataset_params()
        else:
            dataset = []
        remote = self._remote
        response = remote.client.request(
            "POST",
            remote.query_url,
            data=urlencode([("query", query), *dataset]).encode("ascii"),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": self.response_mime_types(),
            },
            what="query",
        )
        return Result.parse(BytesIO(response.body), content_type=response.content_type)

    def add_graph(self, graph: Graph) -> None:
        """``CREATE SILENT``: ``Dataset.graph(name)`` of an existing graph must not fail (rdflib
        sends ``CREATE GRAPH``, an error on servers that keep graphs)."""
        if graph.identifier != DATASET_DEFAULT_GRAPH_ID:
            self.update(f"CREATE SILENT GRAPH {self.node_to_sparql(graph.identifier)}")

    def _update(self, update: str) -> None:
        self._updates += 1
        self._remote.update(update)


def remote_dataset(remote: SparqlStore) -> Dataset:
    """An rdflib ``Dataset`` on the server; its default graph is the union of our graphs."""
    return Dataset(store=_KgbuilderSparqlStore(remote), default_union=True)
