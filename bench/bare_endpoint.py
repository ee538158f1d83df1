"""The endpoint benchmark's baseline: a bare Starlette handler in front of pyoxigraph.

``GET /sparql?query=...`` runs the query on the store (union default graph) and answers with
pyoxigraph's own SPARQL JSON: no checks, no limits, no timeout, no workers, no log. It runs under
uvicorn with the settings ``kgbuilder serve`` uses, so the two differ only in what kgbuilder adds.

    .venv/bin/python bench/bare_endpoint.py --store bench/data/synthetic-1m/store --port 8001
"""

from __future__ import annotations

import argparse

import pyoxigraph as ox
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


def create_app(store_path: str) -> Starlette:
    store = ox.Store.read_only(store_path)

    async def sparql(request: Request) -> Response:
        result = store.query(request.query_params["query"], use_default_graph_as_union=True)
        assert not isinstance(result, ox.QueryTriples)
        return Response(
            result.serialize(format=ox.QueryResultsFormat.JSON),
            media_type="application/sparql-results+json",
        )

    return Starlette(routes=[Route("/sparql", sparql)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    uvicorn.run(
        create_app(args.store),
        host="127.0.0.1",
        port=args.port,
        access_log=False,
        log_level="warning",
    )


if __name__ == "__main__":
    main()
