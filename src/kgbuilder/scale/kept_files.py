"""JSON files a build keeps for the next one (``OUT/cache/*.json``): read only when they are in
this code's format and say they describe what the caller expects, else as if missing.

A kept file is a shortcut, never a source of truth: a damaged, foreign or stale one only makes
the next build do the work again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kgbuilder.atomic import write_atomic


def read_kept(path: Path, fmt: int, **expected: object) -> dict[str, Any] | None:
    """The file's fields if it parses, is in format ``fmt`` and has each ``expected`` field as
    given (the code or store it describes); None otherwise."""
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != fmt:
        return None
    if any(data.get(key) != value for key, value in expected.items()):
        return None
    return data


def write_kept(path: Path, fmt: int, **fields: object) -> None:
    """Write the fields (and the format) atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, json.dumps({"format": fmt, **fields}, sort_keys=True) + "\n")
