"""``kgbuilder eval``: extract each gold file's text (or read a given graph), score it, report.

The eval folder is ``../shared/eval`` beside the project when it exists (or the one given): every
``*.gold.yaml`` under it is scored, and ``redocred/dev_revised.json`` if present. The graph of a
gold text is made exactly as ``kgbuilder extract`` makes it: from the text alone, with no curated
records and no curation file.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kgbuilder.atomic import write_atomic
from kgbuilder.config import Settings
from kgbuilder.errors import ConfigError
from kgbuilder.evaluate.gold import find_gold_files, load_gold
from kgbuilder.evaluate.redocred import RedocredScore, evaluate_redocred
from kgbuilder.evaluate.score import Score, read_graph, score

REDOCRED_FILE = Path("redocred") / "dev_revised.json"


def default_eval_dir(start: Path | None = None) -> Path | None:
    """``../shared/eval`` from the working folder (or ``start``), if it exists."""
    base = (start or Path.cwd()).resolve()
    for folder in (base, *base.parents[:2]):
        candidate = folder.parent / "shared" / "eval"
        if candidate.is_dir():
            return candidate
    return None


@dataclass
class EvalReport:
    """Scores of every gold file (and Re-DocRED) in one run."""

    scores: list[Score] = field(default_factory=list)
    redocred: RedocredScore | None = None
    extractor: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "extractor": self.extractor,
            "gold": [s.to_dict() for s in self.scores],
            "redocred": self.redocred.to_dict() if self.redocred else None,
        }

    def write(self, path: Path) -> None:
        write_atomic(path, json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n")


def run_eval(
    eval_dir: Path | None = None,
    *,
    graph: Path | None = None,
    gold: Path | None = None,
    redocred: bool = True,
    redocred_limit: int | None = None,
    settings: Settings | None = None,
) -> EvalReport:
    """Score gold files (extracting their texts, or reading ``graph``) and Re-DocRED."""
    from kgbuilder.extract.extractor import Extractor
    from kgbuilder.pipeline import run_extract

    settings = settings or Settings()
    if gold is not None:
        if not gold.exists():
            raise ConfigError(f"{gold}: no such gold file or folder")
        gold_files = [gold] if gold.is_file() else find_gold_files(gold)
        if not gold_files:
            raise ConfigError(f"{gold}: no *.gold.yaml files in this folder")
    else:
        folder = eval_dir or default_eval_dir()
        if folder is None:
            raise ConfigError("no eval folder: give --gold FILE|DIR (../shared/eval is absent)")
        eval_dir = folder
        gold_files = find_gold_files(folder)
    report = EvalReport()
    extractor = Extractor(settings.extract.model)
    report.extractor = {
        "name": "kgbuilder.extract",
        "version": extractor.version,
        "model": extractor.model,
    }
    for path in gold_files:
        item = load_gold(path)
        if graph is not None:
            report.scores.append(score(read_graph(graph), item))
            continue
        text = item.text_path
        if text is None or not text.is_file():
            raise ConfigError(
                f"{path}: its text {item.text!r} is missing; give --graph to score a graph"
            )
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "graph.ttl"
            run_extract([text], out, settings=settings)
            report.scores.append(score(read_graph(out), item))
    if redocred and graph is None and eval_dir is not None and (eval_dir / REDOCRED_FILE).is_file():
        report.redocred = evaluate_redocred(
            eval_dir / REDOCRED_FILE, limit=redocred_limit, model=settings.extract.model
        )
    return report
