"""Extraction throughput: the whole text -> graph path against bare ``nlp.pipe``, in one run.

Both sides read the same texts with the same spaCy pipeline in the same process. The bare side is
``list(nlp.pipe(texts))`` with spaCy's own components only (kgbuilder's sentence guard, which runs
before the parser, counts on its side); the kgbuilder side is what ``kgbuilder extract`` does after reading
files: extract every document (``nlp.pipe`` + rules), resolve within and across documents, link
places, and build the RDF named graphs with provenance. Texts: Re-DocRED dev documents (from
``../shared/eval``) if present, else the test fixtures repeated. Sides alternate over ``--rounds``
and the best time of each is kept, so a busy shared machine weighs on both alike.

    python bench/bench_extract.py --docs 200 --rounds 3
"""

from __future__ import annotations

import argparse
import hashlib
import json
import platform
import time
from pathlib import Path

from kgbuilder.config import Settings
from kgbuilder.datamodel import Document, Source, SourceKind
from kgbuilder.extract.extractor import Extractor
from kgbuilder.extract.nlp import SENTENCE_GUARD
from kgbuilder.model.builder import build_graphs
from kgbuilder.resolve.resolver import resolve
from kgbuilder.sources.collect import SourceInputs

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"


def _texts(limit: int) -> tuple[str, list[str]]:
    for eval_dir in (ROOT.parent / "shared" / "eval", ROOT.parents[1] / "shared" / "eval"):
        path = eval_dir / "redocred" / "dev_revised.json"
        if path.is_file():
            data = json.loads(path.read_text(encoding="utf-8"))[:limit]
            return "Re-DocRED dev", [" ".join(" ".join(s) for s in d["sents"]) for d in data]
    fixtures = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in fixtures]
    return "test fixtures", [f"{t}\n\nCopy {i}." for i in range(limit) for t in texts][:limit]


def _document(text: str) -> Document:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Document(Source(f"sha256:{digest}", SourceKind.DOCUMENT, sha256=digest), text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    corpus, texts = _texts(args.docs)
    documents = [_document(t) for t in texts]
    words = sum(len(t.split()) for t in texts)
    extractor = Extractor()
    nlp = extractor.nlp
    settings = Settings()
    list(nlp.pipe(texts[:5]))  # warm up both sides
    list(extractor.extract_all(documents[:5]))
    bare, full = [], []
    for _ in range(args.rounds):
        start = time.perf_counter()
        with nlp.select_pipes(disable=[SENTENCE_GUARD]):  # spaCy's own components only
            list(nlp.pipe(texts))
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        extractions = list(extractor.extract_all(documents))
        inputs = SourceInputs(documents=documents)
        graph_input = resolve(inputs, settings, [], extractions)
        bundle = build_graphs(graph_input, settings.base_iri)
        full.append(time.perf_counter() - start)
    bare_wps, full_wps = words / min(bare), words / min(full)
    result = {
        "benchmark": "extract-throughput",
        "corpus": corpus,
        "documents": len(texts),
        "words": words,
        "rounds": args.rounds,
        "model": extractor.model,
        "extractor": extractor.version,
        "bare_nlp_pipe_words_per_s": round(bare_wps, 1),
        "kgbuilder_words_per_s": round(full_wps, 1),
        "ratio": round(full_wps / bare_wps, 3),
        "target_ratio": 0.75,
        "triples": len(bundle),
        "python": platform.python_version(),
    }
    print(f"{'side':32} {'words/s':>10}")
    print(f"{'bare nlp.pipe':32} {bare_wps:10.0f}")
    print(f"{'kgbuilder text -> graph':32} {full_wps:10.0f}")
    print(
        f"ratio {result['ratio']:.3f} (target >= 0.75) on {len(texts)} {corpus} documents, {words} words"
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "extract_throughput.json").write_text(
        json.dumps(result, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
