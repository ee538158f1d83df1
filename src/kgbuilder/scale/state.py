"""What the last build left in the store: each named graph's fingerprint, each document's hash.

Input: the fingerprints of this build's graphs. Output: ``OUT/cache/state.json``, which the next
build compares against to rewrite only the graphs whose content changed. The file is removed
before a build starts changing the store and written (atomically) only once the store holds the
new graphs, so it never describes a store it does not match: after a crash the next build finds
no state and writes the whole store again (it still reuses every cached extraction).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kgbuilder.atomic import write_atomic
from kgbuilder.source_digest import code_digest

STATE_FORMAT = 1
#: the modules whose code decides what a graph holds, given the resolved inputs
_MODEL_CODE = ("model", "iri.py", "namespaces.py", "relations.py", "kinds.py")


@dataclass
class BuildState:
    """The graphs a build wrote to one store, and the documents it read."""

    store: str  # which store: "oxigraph:<folder>" or "sparql:<query URL> <graph prefix>"
    code: str  # ``model_code_digest()`` of the kgbuilder that wrote it
    graphs: dict[str, str] = field(default_factory=dict)  # graph IRI -> fingerprint
    documents: dict[str, str] = field(default_factory=dict)  # document path -> sha256

    def to_json(self) -> dict[str, Any]:
        return {
            "format": STATE_FORMAT,
            "store": self.store,
            "code": self.code,
            "graphs": dict(sorted(self.graphs.items())),
            "documents": dict(sorted(self.documents.items())),
        }

    @classmethod
    def load(cls, path: Path) -> BuildState | None:
        """The state at ``path``; None when there is none or it is not one this version wrote."""
        try:
            data = json.loads(path.read_bytes())
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("format") != STATE_FORMAT:
            return None
        store, code = data.get("store"), data.get("code")
        graphs, documents = data.get("graphs"), data.get("documents")
        if not (isinstance(store, str) and isinstance(code, str)):
            return None
        if not (_str_map(graphs) and _str_map(documents)):
            return None
        assert isinstance(graphs, dict)
        assert isinstance(documents, dict)
        return cls(store, code, dict(graphs), dict(documents))

    def save(self, path: Path) -> None:
        write_atomic(path, json.dumps(self.to_json(), indent=0, sort_keys=False) + "\n")


def forget_state(path: Path) -> None:
    """Remove the state before the store changes (see the module docstring)."""
    path.unlink(missing_ok=True)


def _str_map(value: object) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    )


def model_code_digest() -> str:
    """A hash of kgbuilder's version and the source of the modules that turn resolved inputs into
    triples: a state written by other code never decides what this code would write."""
    return code_digest(*_MODEL_CODE)
