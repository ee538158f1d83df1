"""``[store]`` settings for a remote SPARQL store: what is required, what is checked."""

from __future__ import annotations

from typing import Any

import pytest

from kgbuilder.config import settings_from_dict
from kgbuilder.errors import ConfigError

REMOTE = {
    "kind": "sparql",
    "query_url": "http://127.0.0.1:8890/sparql",
    "graph_store_url": "http://127.0.0.1:8890/sparql-graph-crud",
}


def test_config_sparql_store_reads_every_setting() -> None:
    store = settings_from_dict(
        {
            "store": {
                **REMOTE,
                "update_url": "https://example.org/update",
                "user_env": "KGB_USER",
                "password_env": "KGB_PASSWORD",
                "auth": "digest",
                "timeout": 5,
                "batch_size": 1000,
                "graph_prefix": "https://example.org/graphs/",
                "default_graph": "server",
                "staging": False,
            }
        }
    ).store
    assert (store.kind, store.auth, store.timeout, store.batch_size) == (
        "sparql",
        "digest",
        5.0,
        1000,
    )
    assert (store.default_graph, store.staging) == ("server", False)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"query_url": ""}, "needs query_url"),
        ({"graph_store_url": ""}, "needs graph_store_url"),
        ({"query_url": "ftp://host/sparql"}, "query_url must be an http"),
        ({"update_url": "http://host/a b"}, "update_url must be an http"),
        ({"auth": "bearer"}, "unknown auth scheme 'bearer'.*basic, digest"),
        ({"default_graph": "unoin"}, "did you mean 'union'"),
        ({"user_env": "KGB_USER"}, "user_env and password_env go together"),
        ({"timeout": 0}, "timeout must be a positive number"),
        ({"timeout": "10"}, "timeout must be a number"),
        ({"batch_size": 0}, "batch_size must be at least 1"),
        ({"swap_size": 0}, "swap_size must be at least 1"),
        ({"graph_prefix": "graphs/"}, "graph_prefix must be an absolute IRI"),
        ({"kind": "sparqle"}, "did you mean 'sparql'"),
    ],
)
def test_config_sparql_store_rejects_bad_settings(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        settings_from_dict({"store": {**REMOTE, **change}}, origin="kgbuilder.toml")


def test_config_embedded_store_ignores_remote_settings() -> None:
    assert (
        settings_from_dict({"store": {"kind": "oxigraph", "query_url": ""}}).store.kind
        == "oxigraph"
    )


def test_config_scale_reads_every_setting() -> None:
    scale = settings_from_dict(
        {
            "scale": {
                "jobs": 3,
                "dask_scheduler": "tcp://10.0.0.5:8786",
                "store_update": "copy",
            }
        }
    ).scale
    assert (scale.jobs, scale.dask_scheduler, scale.store_update) == (
        3,
        "tcp://10.0.0.5:8786",
        "copy",
    )


@pytest.mark.parametrize(
    ("scale", "message"),
    [
        ({"jobs": -1}, "jobs must be 0"),
        ({"jobs": "all"}, "jobs must be a whole number"),
        ({"store_update": "inplcae"}, "did you mean 'inplace'"),
        ({"dask_scheduler": "my cluster"}, "dask_scheduler must be a scheduler address"),
        ({"workers": 2}, "unknown setting 'workers'"),
    ],
)
def test_config_scale_rejects_bad_settings(scale: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        settings_from_dict({"scale": scale}, origin="kgbuilder.toml")
