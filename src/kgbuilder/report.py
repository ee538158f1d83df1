"""The build report (``output/report.json``): what went in, what came out, what was wrong, how long."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kgbuilder._version import __version__
from kgbuilder.atomic import write_atomic
from kgbuilder.errors import Problem
from kgbuilder.model.validate import ValidationResult


@dataclass
class BuildReport:
    """Collected during a build; ``to_dict`` is what ``report.json`` holds."""

    inputs: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    counts: dict[str, Any] = field(default_factory=dict)
    validation: ValidationResult | None = None
    outputs: dict[str, str] = field(default_factory=dict)
    #: what this build did anew: documents added/changed/removed/reused, graphs written/kept
    changes: dict[str, Any] = field(default_factory=dict)

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = round(
                self.timings.get(stage, 0.0) + time.perf_counter() - start, 4
            )

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kgbuilder": __version__,
            "inputs": self.inputs,
            "counts": self.counts,
            "changes": self.changes,
            "validation": self.validation.to_dict() if self.validation else None,
            "problems": [p.to_dict() for p in self.problems],
            "timings_seconds": self.timings,
            "outputs": self.outputs,
        }

    def write(self, path: Path) -> None:
        write_atomic(path, json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n")
