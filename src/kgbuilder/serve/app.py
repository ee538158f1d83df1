"""The HTTP endpoint: SPARQL 1.1 Protocol at /sparql, Update at /update, Graph Store at /store.

Requests are parsed and checked here (size, media type, what the query may reach, who may write);
the queries themselves run in worker processes (``pool``) so a timeout really stops them. Errors
have one shape: ``{"status": 400, "error": "message"}``.
"""

from __future__ import annotations

import hmac
import json
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import request_response

from kgbuilder._version import __version__
from kgbuilder.errors import KgbuilderError
from kgbuilder.query.library import SavedQuery, find_saved_query, load_library
from kgbuilder.query.params import split_param
from kgbuilder.query.run import bind_params
from kgbuilder.serve import negotiate
from kgbuilder.serve.limits import MAX_NESTING
from kgbuilder.serve.pool import OverloadedError, TimedOutError, WorkerFailedError, WorkerPool
from kgbuilder.serve.worker import StoreSpec
from kgbuilder.sparqltext import check_iri, shape, with_dataset

access_log = logging.getLogger("kgbuilder.serve.access")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[
    [Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]
]


@dataclass(frozen=True)
class ServeSettings:
    """What ``kgbuilder serve`` was told: where the graph is, limits, and what is allowed."""

    out_dir: Path
    data_dir: Path | None = None
    base_iri: str = "https://w3id.org/kgbuilder/id/"
    timeout: float = 30.0
    row_cap: int = 100_000
    body_cap: int = 1 << 20
    workers: int = 2
    allow_update: bool = False
    token: str | None = None
    allow_federation: bool = False
    cors: tuple[str, ...] = field(default_factory=tuple)


class HttpError(Exception):
    """An answer other than 200, with the message the client reads."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"status": status, "error": message}, status_code=status, headers=headers)


class AccessLog:
    """One JSON line per request on the ``kgbuilder.serve.access`` logger (pure ASGI: cheap)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(
        self,
        scope: Scope,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http" or not access_log.isEnabledFor(logging.INFO):
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        size = 0

        async def sending(message: Message) -> None:
            nonlocal status, size
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                size += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            client = scope.get("client") or ("", 0)
            access_log.info(
                json.dumps(
                    {
                        "time": round(time.time(), 3),
                        "client": client[0],
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": status,
                        "bytes": size,
                        "ms": round((time.perf_counter() - started) * 1000, 2),
                    }
                )
            )


class SparqlFastPath:
    """Sends ``GET``/``POST /sparql`` straight to its handler (pure ASGI), everything else on.

    Placed inside the access log and CORS middleware, outside FastAPI's exception handling and
    routing, which a SPARQL request does not need (its handler answers its own errors).
    """

    def __init__(self, app: ASGIApp, endpoint: ASGIApp) -> None:
        self.app = app
        self.endpoint = endpoint

    async def __call__(
        self,
        scope: Scope,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        if (
            scope["type"] == "http"
            and scope["path"] == "/sparql"
            and scope["method"] in ("GET", "POST")
        ):
            await self.endpoint(scope, receive, send)
        else:
            await self.app(scope, receive, send)


#: the one shape of every error answer
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"status": {"type": "integer"}, "error": {"type": "string"}},
    "required": ["status", "error"],
}

#: what each error status means, wherever it may come
_ERRORS = {
    "400": "A malformed request, query or body (the parser's message).",
    "401": "No bearer token, or a wrong one.",
    "403": "Read-only endpoint, or the request would reach other servers (SERVICE, LOAD).",
    "404": "No such graph.",
    "406": "No acceptable result format.",
    "413": "The request body is over the limit.",
    "415": "A body of a media type this operation does not read.",
    "503": "Every worker is busy, or one failed: try again (Retry-After).",
    "504": "The query ran past the timeout and was stopped.",
}


def responses_doc(ok: dict[str, Any], *errors: str) -> dict[str, Any]:
    """OpenAPI ``responses``: the successes as given, then these error statuses (JSON)."""
    doc = dict(ok)
    for status in errors:
        doc[status] = {
            "description": _ERRORS[status],
            "content": {"application/json": {"schema": ERROR_SCHEMA}},
        }
    return doc


def create_app(settings: ServeSettings) -> FastAPI:
    """The endpoint as an ASGI application; its workers start and stop with the app's lifespan."""
    spec = StoreSpec(
        str(settings.out_dir),
        str(settings.data_dir) if settings.data_dir is not None else None,
    )
    pool = WorkerPool(spec, readers=settings.workers, writer=settings.allow_update)
    library = load_library([settings.data_dir / "queries"] if settings.data_dir else [])

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await pool.start()
        try:
            yield
        finally:
            await pool.close()

    app = FastAPI(
        title="kgbuilder SPARQL endpoint",
        version=__version__,
        description="SPARQL 1.1 Protocol over a kgbuilder graph (the model's prefixes are predeclared).",
        docs_url=None,  # the interactive docs load scripts from a CDN: the page at / is offline
        redoc_url=None,
        # no OpenTelemetry: the access log is kgbuilder's own (and nothing may call out)
        telemetry={"tracing": False, "metrics": False, "logs": False},
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.settings = settings

    @app.exception_handler(HttpError)
    async def _http_error(_: Request, exc: HttpError) -> Response:
        return _error(exc.status, exc.message, exc.headers)

    @app.exception_handler(KgbuilderError)
    async def _kgbuilder_error(_: Request, exc: KgbuilderError) -> Response:
        return _error(400, str(exc))

    async def body_of(request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > settings.body_cap:
            raise HttpError(413, f"the request body is over the {settings.body_cap}-byte limit")
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > settings.body_cap:
                raise HttpError(413, f"the request body is over the {settings.body_cap}-byte limit")
            chunks.append(chunk)
        return b"".join(chunks)

    async def form_of(request: Request, kind: str) -> tuple[list[tuple[str, str]], str | None]:
        """The request's parameters (URL and form) and, for a direct POST, the body as text."""
        params = list(request.query_params.multi_items())
        if request.method == "GET":
            return params, None
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await body_of(request)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise HttpError(400, "the request body is not UTF-8") from None
        if media == "application/x-www-form-urlencoded":
            return params + parse_qsl(text, keep_blank_values=True), None
        if media == f"application/sparql-{kind}":
            return params, text
        raise HttpError(
            415,
            f"POST a {kind} as application/x-www-form-urlencoded or application/sparql-{kind}, "
            f"not {media or 'no Content-Type'}",
        )

    def one(params: list[tuple[str, str]], name: str) -> str | None:
        values = [v for k, v in params if k == name]
        if len(values) > 1:
            raise HttpError(400, f"more than one '{name}' parameter")
        return values[0] if values else None

    def graphs(params: list[tuple[str, str]], name: str) -> list[str]:
        out = []
        for key, value in params:
            if key == name:
                try:
                    out.append(check_iri(value))
                except ValueError as exc:
                    raise HttpError(400, f"{name}: {exc}") from None
        return out

    def guard(text: str, *, update: bool) -> None:
        info = shape(text)
        if info.depth > MAX_NESTING:
            raise HttpError(
                400,
                f"the {'update' if update else 'query'} nests brackets {info.depth} deep; "
                f"this endpoint reads at most {MAX_NESTING}",
            )
        if update and info.form not in ("UPDATE",):
            raise HttpError(400, "send queries to /sparql, not to /update")
        if not update and info.form in ("UPDATE",):
            raise HttpError(
                400, "send updates to /update (and start the endpoint with --allow-update)"
            )
        if info.reaches_out and not settings.allow_federation:
            raise HttpError(
                403,
                f"{' and '.join(info.reaches_out)} would reach other servers: this endpoint "
                "does not (start it with --allow-federation to let it)",
            )

    def check_token(request: Request) -> None:
        if not settings.allow_update:
            raise HttpError(403, "this endpoint is read-only (start it with --allow-update)")
        given = request.headers.get("authorization", "")
        scheme, _, token = given.partition(" ")
        expected = settings.token or ""
        if (
            scheme.lower() != "bearer"
            or not expected
            or not hmac.compare_digest(token.strip().encode(), expected.encode())
        ):
            raise HttpError(
                401, "a valid bearer token is needed to write", {"WWW-Authenticate": "Bearer"}
            )

    async def run(text: str, accept: str | None) -> Response:
        info = shape(text)
        chosen = negotiate.choose(accept, info.is_graph_result)
        if chosen is None:
            offers = ", ".join(negotiate.offered(info.is_graph_result))
            raise HttpError(406, f"cannot answer in any accepted type; offered: {offers}")
        format_name, content_type = chosen
        deadline = time.monotonic() + settings.timeout
        try:
            header, data = await pool.query(text, format_name, settings.row_cap, deadline)
        except TimedOutError:
            raise HttpError(
                504, f"the query ran past the {settings.timeout:g} s timeout and was stopped"
            ) from None
        except OverloadedError:
            raise HttpError(
                503, "every query worker is busy; try again", {"Retry-After": "1"}
            ) from None
        except WorkerFailedError as exc:
            raise HttpError(503, str(exc), {"Retry-After": "1"}) from None
        if header["status"] == "bad":
            raise HttpError(400, header["message"])
        if header["status"] != "ok":
            raise HttpError(500, header.get("message", "the query failed"))
        headers = {"Vary": "Accept"}
        if header.get("truncated"):
            headers["X-Kgbuilder-Truncated"] = f"rows={settings.row_cap}"
        return Response(data, media_type=content_type, headers=headers)

    def query_text(params: list[tuple[str, str]], body: str | None) -> str:
        """The query to run: the request's, or a saved one; parameters and dataset applied."""
        query = body if body is not None else one(params, "query")
        saved_name = one(params, "saved")
        saved: SavedQuery | None = None
        if query is None and saved_name is not None:
            saved = find_saved_query(saved_name, library)
            query = saved.text
        if query is None:
            raise HttpError(400, "no query: give a 'query' parameter (or POST one)")
        if one(params, "update") is not None:
            raise HttpError(400, "an 'update' parameter belongs on /update")
        values = dict(split_param(v) for k, v in params if k == "param")
        # the workers declare the model's prefixes (the engine takes them as a table)
        text = bind_params(query, settings.base_iri, params=values, saved=saved)
        default, named = graphs(params, "default-graph-uri"), graphs(params, "named-graph-uri")
        if default or named:
            text = with_dataset(text, default, named)
        return text

    sparql_doc: dict[str, Any] = {
        "parameters": [
            {
                "name": "query",
                "in": "query",
                "schema": {"type": "string"},
                "description": "A SPARQL query.",
            },
            {
                "name": "default-graph-uri",
                "in": "query",
                "schema": {"type": "array", "items": {"type": "string"}},
            },
            {
                "name": "named-graph-uri",
                "in": "query",
                "schema": {"type": "array", "items": {"type": "string"}},
            },
            {
                "name": "saved",
                "in": "query",
                "schema": {"type": "string"},
                "description": "Run a saved query by name instead.",
            },
            {
                "name": "param",
                "in": "query",
                "schema": {"type": "array", "items": {"type": "string"}},
                "description": "name=value: bind a variable.",
            },
        ],
        "responses": responses_doc(
            {
                "200": {
                    "description": "Results in the negotiated format.",
                    "content": {
                        m: {} for m, _ in negotiate.SOLUTION_OFFERS + negotiate.GRAPH_OFFERS
                    },
                },
                "303": {"description": "No parameters and HTML accepted: see the query page."},
            },
            *("400", "403", "406", "413", "415", "503", "504"),
        ),
    }
    post_doc = {
        **sparql_doc,
        "requestBody": {
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {"type": "object", "properties": {"query": {"type": "string"}}}
                },
                "application/sparql-query": {"schema": {"type": "string"}},
            }
        },
    }

    async def sparql(request: Request) -> Response:
        params, body = await form_of(request, "query")
        if (
            request.method == "GET"
            and not params
            and "text/html" in request.headers.get("accept", "")
        ):
            return RedirectToPage()  # a person typed the URL
        text = query_text(params, body)
        guard(text, update=False)
        return await run(text, request.headers.get("accept"))

    # Declared to FastAPI for the OpenAPI description, but served by SparqlFastPath below: the
    # protocol's hot path needs none of FastAPI's routing and per-request dependency solving.
    app.add_api_route(
        "/sparql", sparql, methods=["GET"], openapi_extra=sparql_doc, summary="SPARQL query (GET)"
    )
    app.add_api_route(
        "/sparql", sparql, methods=["POST"], openapi_extra=post_doc, summary="SPARQL query (POST)"
    )

    async def sparql_answer(request: Request) -> Response:
        try:
            return await sparql(request)
        except HttpError as exc:
            return _error(exc.status, exc.message, exc.headers)
        except KgbuilderError as exc:
            return _error(400, str(exc))

    app.add_middleware(SparqlFastPath, endpoint=request_response(sparql_answer))

    @app.post(
        "/update",
        summary="SPARQL update (needs --allow-update and the bearer token)",
        openapi_extra={
            "requestBody": {
                "content": {
                    "application/x-www-form-urlencoded": {
                        "schema": {"type": "object", "properties": {"update": {"type": "string"}}}
                    },
                    "application/sparql-update": {"schema": {"type": "string"}},
                }
            },
            "responses": responses_doc(
                {"204": {"description": "Done."}},
                *("400", "401", "403", "413", "415", "503", "504"),
            ),
        },
    )
    async def update(request: Request) -> Response:
        check_token(request)
        params, body = await form_of(request, "update")
        text = body if body is not None else one(params, "update")
        if text is None:
            raise HttpError(400, "no update: give an 'update' parameter (or POST one)")
        if any(k in ("using-graph-uri", "using-named-graph-uri") for k, _ in params):
            raise HttpError(400, "using-graph-uri and using-named-graph-uri are not supported")
        from kgbuilder.query.run import with_prefixes

        text = with_prefixes(text, settings.base_iri)
        guard(text, update=True)
        await write({"op": "update", "text": text}, b"")
        return Response(status_code=204)

    async def write(header: dict[str, Any], body: bytes) -> dict[str, Any]:
        deadline = time.monotonic() + settings.timeout
        try:
            reply, _ = await pool.write(header, body, deadline)
        except TimedOutError:
            raise HttpError(
                504, f"the write ran past the {settings.timeout:g} s timeout and was stopped"
            ) from None
        except (OverloadedError, WorkerFailedError) as exc:
            raise HttpError(503, str(exc) or "the writer is busy", {"Retry-After": "1"}) from None
        if reply["status"] == "bad":
            raise HttpError(400, reply["message"])
        if reply["status"] != "ok":
            raise HttpError(500, reply.get("message", "the write failed"))
        return reply

    def target_graph(request: Request) -> str | None:
        params = list(request.query_params.multi_items())
        graph = one(params, "graph")
        default = any(k == "default" for k, _ in params)
        if (graph is None) == (not default):
            raise HttpError(400, "name one graph: ?graph=IRI or ?default")
        if graph is None:
            return None
        try:
            return check_iri(graph)
        except ValueError as exc:
            raise HttpError(400, f"graph: {exc}") from None

    async def store(request: Request) -> Response:
        graph = target_graph(request)
        if request.method in ("GET", "HEAD"):
            if graph is None:
                text = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
            else:
                exists = await run(
                    f"ASK {{ GRAPH <{graph}> {{ }} }}", "application/sparql-results+json"
                )
                if not json.loads(bytes(exists.body))["boolean"]:
                    raise HttpError(404, f"no graph {graph}")
                text = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
            response = await run(text, request.headers.get("accept"))
            if request.method == "HEAD":
                return Response(status_code=200, headers=dict(response.headers))
            return response
        check_token(request)
        if graph is None:
            raise HttpError(
                400, "kgbuilder keeps every triple in a named graph: write to ?graph=IRI"
            )
        if request.method == "DELETE":
            reply = await write({"op": "delete", "graph": graph}, b"")
            if not reply.get("existed"):
                raise HttpError(404, f"no graph {graph}")
            return Response(status_code=204)
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = await body_of(request)
        reply = await write(
            {"op": request.method.lower(), "graph": graph, "media_type": media}, body
        )
        return Response(status_code=204 if reply.get("existed") else 201)

    def store_doc(method: str) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "parameters": [
                {
                    "name": "graph",
                    "in": "query",
                    "schema": {"type": "string"},
                    "description": "The graph's IRI (or give ?default).",
                },
                {"name": "default", "in": "query", "schema": {"type": "string"}},
            ]
        }
        if method in ("GET", "HEAD"):
            graph_types: dict[str, Any] = {m: {} for m, _ in negotiate.GRAPH_OFFERS}
            ok = {"200": {"description": "The graph's triples.", "content": graph_types}}
            doc["responses"] = responses_doc(ok, "400", "404", "406", "503", "504")
        elif method == "DELETE":
            ok = {"204": {"description": "The graph was removed."}}
            doc["responses"] = responses_doc(ok, "400", "401", "403", "404", "503", "504")
        else:
            ok = {
                "201": {"description": "The graph was created."},
                "204": {"description": "The graph was replaced (PUT) or added to (POST)."},
            }
            doc["responses"] = responses_doc(ok, "400", "401", "403", "413", "503", "504")
            rdf = {"schema": {"type": "string"}}
            doc["requestBody"] = {
                "content": dict.fromkeys(("text/turtle", "application/n-triples"), rdf)
            }
        return doc

    for method in ("GET", "HEAD", "PUT", "POST", "DELETE"):
        app.add_api_route(
            "/store",
            store,
            methods=[method],
            operation_id=f"store_{method.lower()}",
            summary=f"Graph Store Protocol {method}"
            + (
                " (needs --allow-update and the token)"
                if method in ("PUT", "POST", "DELETE")
                else ""
            ),
            openapi_extra=store_doc(method),
        )

    health_schema = {
        "type": "object",
        "properties": {
            "status": {"enum": ["ok", "down"]},
            "workers": {"type": "integer"},
            "version": {"type": "string"},
        },
        "required": ["status", "workers", "version"],
    }

    @app.get(
        "/health",
        summary="Liveness: the workers and the version",
        responses={
            200: {"content": {"application/json": {"schema": health_schema}}},
            503: {
                "description": "No worker is alive.",
                "content": {"application/json": {"schema": health_schema}},
            },
        },
    )
    async def health() -> Response:
        alive = sum(1 for w in pool.readers.all if w.process.returncode is None)
        status = 200 if alive else 503
        return JSONResponse(
            {"status": "ok" if alive else "down", "workers": alive, "version": __version__},
            status_code=status,
        )

    saved_schema = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "title": {"type": "string"},
                "answers": {"type": "string"},
                "parameters": {"type": "array", "items": {"type": "object"}},
                "text": {"type": "string"},
            },
            "required": ["name", "title", "answers", "parameters", "text"],
        },
    }

    @app.get(
        "/queries",
        summary="The saved queries (the query page's examples)",
        responses={200: {"content": {"application/json": {"schema": saved_schema}}}},
    )
    async def queries() -> Response:
        return JSONResponse(
            [
                {
                    "name": q.name,
                    "title": q.title,
                    "answers": q.answers,
                    "parameters": [
                        {
                            "name": p.name,
                            "type": p.type,
                            "optional": p.optional,
                            "description": p.description,
                        }
                        for p in q.parameters
                    ],
                    "text": q.text,
                }
                for q in library.values()
            ]
        )

    @app.post(
        "/network",
        summary="A CONSTRUCT result drawn as a network (HTML)",
        openapi_extra={
            "requestBody": post_doc["requestBody"],
            "responses": responses_doc(
                {"200": {"description": "The network page.", "content": {"text/html": {}}}},
                *("400", "403", "413", "415", "503", "504"),
            ),
        },
    )
    async def network(request: Request) -> Response:
        params, body = await form_of(request, "query")
        text = query_text(params, body)
        guard(text, update=False)
        if not shape(text).is_graph_result:
            raise HttpError(400, "only CONSTRUCT and DESCRIBE results can be drawn as a network")
        from kgbuilder.serve.page import network_page

        graph_result = await run(text, "application/n-triples")
        triples = bytes(graph_result.body)
        lookup = await _describe_nodes(triples)
        return HTMLResponse(network_page(triples, lookup), headers=PAGE_HEADERS)

    async def _describe_nodes(ntriples: bytes) -> bytes:
        from kgbuilder.serve.page import node_lookup_query

        lookup = node_lookup_query(ntriples)
        if lookup is None:
            return b""
        response = await run(lookup, "application/sparql-results+json")
        return bytes(response.body)

    @app.get("/", include_in_schema=False)
    async def page() -> Response:
        from kgbuilder.serve.page import query_page

        return HTMLResponse(query_page(), headers=PAGE_HEADERS)

    if settings.cors:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors),
            allow_methods=["GET", "POST", "PUT", "DELETE", "HEAD"],
            allow_headers=["Authorization", "Content-Type", "Accept"],
        )
    app.add_middleware(AccessLog)
    return app


class RedirectToPage(Response):
    """``GET /sparql`` with no parameters: people typing the URL get the query page."""

    def __init__(self) -> None:
        super().__init__(status_code=303, headers={"Location": "/"})


#: the pages hold only inline script and style and talk only to this endpoint
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
        "img-src data: blob:; connect-src 'self'; frame-src 'self' blob: data:; "
        "form-action 'self'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def run_server(settings: ServeSettings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until interrupted (uvicorn; the access log goes to stderr as JSON lines)."""
    import uvicorn

    # one log record per request: skip what the access log never shows (the logging HOWTO's
    # "Optimization" settings; this process is the server's own)
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    logging._srcfile = None  # no caller lookup (a walk up the stack) per record
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(message)s"))
    access_log.addHandler(handler)
    access_log.setLevel(logging.INFO)
    access_log.propagate = False
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        access_log=False,
        log_level="warning",
        timeout_graceful_shutdown=5,
    )
