"""A hash of kgbuilder's own source, for caches that must not outlive the code that filled them.

Cached extractions, resolved declarations and built graphs are keyed by what made them; a
changed rule or model module must make them stale even when the version number stayed the same
(a checkout between releases, an edited rule).
"""

from __future__ import annotations

import functools
import hashlib
from importlib import resources

from kgbuilder._version import __version__


@functools.cache
def code_digest(*names: str) -> str:
    """A hash of kgbuilder's version and the source of these modules, data files and packages
    (the ``.py`` files directly in a package folder), named relative to the package."""
    digest = hashlib.sha256(__version__.encode())
    package = resources.files("kgbuilder")
    for name in names:
        node = package.joinpath(name)
        files = (
            sorted((f for f in node.iterdir() if f.name.endswith(".py")), key=lambda f: f.name)
            if node.is_dir()
            else [node]
        )
        for file in files:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]
