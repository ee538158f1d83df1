"""Extraction quality: ``kgbuilder eval`` on the seed article and Re-DocRED dev, as JSON and a table.

The seed graph is made exactly as ``kgbuilder extract`` makes it (text only, no curated records,
no curation file); see ``kgbuilder.evaluate.redocred`` for the Re-DocRED mapping.

    python bench/bench_eval.py            # all 500 Re-DocRED dev documents
    python bench/bench_eval.py --limit 100
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from kgbuilder.evaluate.runner import default_eval_dir, run_eval
from kgbuilder.evaluate.table import print_report

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="Re-DocRED documents to score")
    parser.add_argument("--eval-dir", type=Path, default=None)
    args = parser.parse_args()
    eval_dir = args.eval_dir or default_eval_dir(ROOT) or default_eval_dir(ROOT.parent)
    if eval_dir is None:
        raise SystemExit("no ../shared/eval folder: give --eval-dir")
    report = run_eval(eval_dir, redocred_limit=args.limit)
    print_report(report, Console())
    RESULTS.mkdir(parents=True, exist_ok=True)
    report.write(RESULTS / "eval_scores.json")


if __name__ == "__main__":
    main()
