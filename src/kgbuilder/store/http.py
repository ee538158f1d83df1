"""HTTP for the remote store: every request with a timeout, credentials, and errors that name the URL.

Uses the standard library's ``urllib`` (no extra dependency). A failure becomes a ``StoreError``
(server down, refusing, timing out, rejecting credentials) or, for a request the server answers
with an error about the SPARQL itself, a ``QueryError``; both messages carry the URL and the
server's own words.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.client import HTTPException, HTTPResponse

from kgbuilder.errors import QueryError, StoreError

#: how much of an error body goes into a message
_ERROR_BODY_CHARS = 600

Params = Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Credentials:
    """A user name and password, sent as HTTP Basic (up front) or Digest (on the server's challenge)."""

    user: str
    password: str = field(repr=False)
    scheme: str = "basic"  # "basic" or "digest"


@dataclass
class Response:
    """A complete answer: status, headers (lower-case names), body."""

    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class HttpClient:
    """Sends requests with one timeout (seconds, for connecting and for each read) and credentials."""

    def __init__(self, *, timeout: float, credentials: Credentials | None = None) -> None:
        self.timeout = timeout
        handlers: list[urllib.request.BaseHandler] = []
        self._basic_header: str | None = None
        self._credentials = credentials
        self._passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        if credentials is not None and credentials.scheme == "digest":
            handlers.append(urllib.request.HTTPDigestAuthHandler(self._passwords))
        elif credentials is not None:
            import base64

            token = f"{credentials.user}:{credentials.password}".encode()
            self._basic_header = "Basic " + base64.b64encode(token).decode("ascii")
        self._opener = urllib.request.build_opener(*handlers)

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Params = (),
        data: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        ok: Sequence[int] = (),
        what: str = "request",
    ) -> Response:
        """Send a request and read the whole answer; statuses in ``ok`` are not errors."""
        with self.stream(
            method, url, params=params, data=data, headers=headers, ok=ok, what=what
        ) as answer:
            try:
                body = answer.read()
            except TimeoutError:
                raise StoreError(self._timeout_message(url, what)) from None
            except (OSError, HTTPException) as exc:
                raise StoreError(
                    f"the SPARQL server at {url} broke off the answer: {exc}"
                ) from None
            return Response(answer.status, _lower(answer.headers.items()), body)

    @contextmanager
    def stream(
        self,
        method: str,
        url: str,
        *,
        params: Params = (),
        data: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        ok: Sequence[int] = (),
        what: str = "request",
    ) -> Iterator[HTTPResponse]:
        """Send a request; yield the open response to read from (closed afterwards)."""
        full_url = url + ("?" + urllib.parse.urlencode(params) if params else "")
        request = urllib.request.Request(full_url, data=data, method=method)  # noqa: S310
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        if self._basic_header is not None:
            request.add_header("Authorization", self._basic_header)
        elif self._credentials is not None:  # digest: answered when the server asks
            self._passwords.add_password(
                None,
                url,
                self._credentials.user,
                self._credentials.password,
            )
        try:
            response = self._opener.open(request, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            if exc.code in ok:
                with exc:
                    yield exc  # type: ignore[misc]
                return
            raise self._http_error(url, exc, what) from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError | socket.timeout):
                raise StoreError(self._timeout_message(url, what)) from None
            raise StoreError(_unreachable(url, exc.reason)) from None
        except TimeoutError:
            raise StoreError(self._timeout_message(url, what)) from None
        except (OSError, HTTPException) as exc:
            raise StoreError(_unreachable(url, exc)) from None
        with response:
            yield response

    def _timeout_message(self, url: str, what: str) -> str:
        return (
            f"the SPARQL server at {url} did not answer the {what} within {self.timeout:g} s "
            "([store] timeout)"
        )

    def _http_error(self, url: str, exc: urllib.error.HTTPError, what: str) -> Exception:
        try:
            body = exc.read().decode("utf-8", "replace")
        except (OSError, HTTPException):
            body = ""
        # Virtuoso repeats the whole query after its message: keep the message
        body = body.split("SPARQL query:", 1)[0]
        detail = " ".join(body.split())[:_ERROR_BODY_CHARS] or exc.reason
        if exc.code in (401, 403):
            return StoreError(
                f"the SPARQL server at {url} refused the {what} (HTTP {exc.code}): {detail}; "
                "check the credentials ([store] user_env, password_env, auth) and the account's rights"
            )
        if exc.code in (400, 422) and what in ("query", "update"):
            return QueryError(f"the SPARQL server at {url} rejected the {what}: {detail}")
        return StoreError(
            f"the SPARQL server at {url} failed the {what} (HTTP {exc.code}): {detail}"
        )


def _unreachable(url: str, reason: object) -> str:
    if isinstance(reason, ConnectionRefusedError):
        why = "connection refused (is the server running, on this port?)"
    elif isinstance(reason, socket.gaierror):
        why = f"unknown host ({reason.strerror})"
    else:
        why = str(reason)
    return f"cannot reach the SPARQL server at {url}: {why}"


def _lower(items: object) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in items}  # type: ignore[attr-defined]
