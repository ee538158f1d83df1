"""What a huge document costs a build: a 20 MB text and a text of one 1 MB line, against the build
of the same small corpus without them, in the same run.

``[extract] max_chars`` (default 100 000) caps what the extractor reads of each text; the rest is
left out with a warning. This shows the cap holds a build with a 20 MB file to the cost of one
long article, not hours.

    .venv/bin/python bench/long_text.py               # default max_chars, a few minutes
    .venv/bin/python bench/long_text.py --max-chars 20000

Prints a table and writes bench/results/long_text.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import kgbuilder  # noqa: E402
from kgb_corpus import article, corpus  # noqa: E402

RESULTS = REPO / "bench" / "results"


def _huge(size: int) -> str:
    paragraphs = "".join(article(i) + "\n" for i in range(40))
    return (paragraphs * (size // len(paragraphs) + 1))[:size]


def _one_line(size: int) -> str:
    return ("Amara Okafor met Lucas Moreau in Oslo " * (size // 38 + 1))[:size]


def _build(folder: Path, extra: tuple[str, str] | None, max_chars: int | None) -> dict[str, object]:
    data = folder / "data"
    corpus(data, 2)
    if max_chars is not None:
        (data / "kgbuilder.toml").write_text(f"[extract]\nmax_chars = {max_chars}\n")
    if extra is not None:
        (data / "documents" / extra[0]).write_text(extra[1], encoding="utf-8")
    start = time.perf_counter()
    graph = kgbuilder.build(data, folder / "out", render=False, jobs=1)
    seconds = time.perf_counter() - start
    report = graph.report
    graph.close()
    assert report is not None
    return {
        "seconds": round(seconds, 2),
        "extract_seconds": report.timings.get("extract"),
        "triples": report.counts["triples"],
        "warnings": [str(p) for p in report.warnings],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-chars", type=int, default=None, help="[extract] max_chars")
    args = parser.parse_args()
    cases = {
        "two articles (baseline)": None,
        "+ a 20 MB text": ("huge.txt", _huge(20_000_000)),
        "+ one 1 MB line": ("one-line.txt", _one_line(1_000_000)),
    }
    with tempfile.TemporaryDirectory(prefix="kgb-long-text-") as tmp:
        _build(Path(tmp) / "warm-up", None, args.max_chars)  # the spaCy pipeline loads here
        rows = {
            name: _build(Path(tmp) / str(i), extra, args.max_chars)
            for i, (name, extra) in enumerate(cases.items())
        }
    base = float(rows["two articles (baseline)"]["seconds"])  # type: ignore[arg-type]
    print(f"{'build':28} {'seconds':>8} {'extract':>8} {'x baseline':>10} {'triples':>8}")
    for name, row in rows.items():
        ratio = float(row["seconds"]) / base  # type: ignore[arg-type]
        row["ratio"] = round(ratio, 2)
        print(
            f"{name:28} {row['seconds']:>8} {row['extract_seconds']:>8} {ratio:>10.2f} "
            f"{row['triples']:>8}"
        )
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "long_text.json"
    out.write_text(json.dumps({"max_chars": args.max_chars or 100_000, "builds": rows}, indent=2))
    print(f"written {out}")


if __name__ == "__main__":
    main()
