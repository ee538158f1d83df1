"""Bulk loads in chunks on the loader's thread: everything arrives, errors reach the build."""

from __future__ import annotations

import threading

import pyoxigraph as ox
import pytest

from kgbuilder.scale.chunked_load import ChunkedLoader


def _graph(number: int, statements: int) -> bytes:
    lines = [
        f'<urn:x:s{number}-{i}> <urn:x:p> "value {i}" <urn:x:g{number}> .\n'
        for i in range(statements)
    ]
    return "".join(lines).encode()


def _loader_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "kgbuilder-bulk-load"]


def test_every_graph_is_loaded_across_chunks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = ox.Store(str(tmp_path / "store"))
    graphs = [_graph(n, 40) for n in range(25)]
    with ChunkedLoader(store, chunk_bytes=1000) as loader:  # a chunk every few graphs
        for nquads in graphs:
            loader.add(nquads)
        loader.add(b"")
    direct = ox.Store()
    direct.load(b"".join(graphs), format=ox.RdfFormat.N_QUADS)
    assert len(store) == 25 * 40
    assert set(store) == set(direct)
    assert not _loader_threads()


def _load_with_a_bad_graph(store: ox.Store) -> None:
    with ChunkedLoader(store, chunk_bytes=10) as loader:
        loader.add(_graph(1, 3))
        loader.add(b"<urn:x:s> <urn:x:p> not a term .\n")
        for n in range(2, 50):  # the error comes back at a later add, or at the end
            loader.add(_graph(n, 3))


def test_a_load_error_reaches_the_build(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = ox.Store(str(tmp_path / "store"))
    with pytest.raises(SyntaxError):
        _load_with_a_bad_graph(store)
    assert not _loader_threads()


def _fail_while_loading(store: ox.Store) -> None:
    with ChunkedLoader(store) as loader:
        loader.add(_graph(1, 5))  # below a chunk: still waiting when the build fails
        raise RuntimeError("graph failed")


def test_a_failing_build_stops_the_loader_without_loading_the_rest(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = ox.Store(str(tmp_path / "store"))
    with pytest.raises(RuntimeError, match="graph failed"):
        _fail_while_loading(store)
    assert len(store) == 0
    assert not _loader_threads()
