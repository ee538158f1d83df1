"""Re-DocRED scoring on a tiny file written here (same format, own sentences)."""

from __future__ import annotations

import json
from pathlib import Path

from kgbuilder.evaluate.redocred import evaluate_redocred, load_redocred

DOC = {
    "title": "Lena Ortiz",
    "sents": [
        [
            "Lena",
            "Ortiz",
            "works",
            "for",
            "the",
            "Andes",
            "Trade",
            "Office",
            "in",
            "Quito",
            ",",
            "Ecuador",
            ".",
        ],
        ["Ortiz", "was", "born", "in", "1970", "."],
    ],
    "vertexSet": [
        [
            {"name": "Lena Ortiz", "pos": [0, 2], "sent_id": 0, "type": "PER"},
            {"name": "Ortiz", "pos": [0, 1], "sent_id": 1, "type": "PER"},
        ],
        [{"name": "Andes Trade Office", "pos": [5, 8], "sent_id": 0, "type": "ORG"}],
        [{"name": "Quito", "pos": [9, 10], "sent_id": 0, "type": "LOC"}],
        [{"name": "Ecuador", "pos": [11, 12], "sent_id": 0, "type": "LOC"}],
        [{"name": "1970", "pos": [4, 5], "sent_id": 1, "type": "TIME"}],
    ],
    "labels": [
        {"h": 0, "t": 1, "r": "P108", "evidence": [0]},
        {"h": 2, "t": 3, "r": "P17", "evidence": [0]},
        {"h": 0, "t": 4, "r": "P569", "evidence": [1]},
    ],
}


def test_load_redocred_offsets_and_mapped_relations(tmp_path: Path) -> None:
    path = tmp_path / "dev.json"
    path.write_text(json.dumps([DOC]), encoding="utf-8")
    (item,) = load_redocred(path)
    text = item.document.text
    assert {text[s:e] for s, e, _ in item.mentions} == {
        "Lena Ortiz",
        "Ortiz",
        "Andes Trade Office",
        "Quito",
        "Ecuador",
    }
    assert item.relations == {(0, "worksFor", 1), (2, "locatedIn", 3)}


def test_evaluate_redocred_scores_mentions_relations_and_baseline(tmp_path: Path) -> None:
    path = tmp_path / "dev.json"
    path.write_text(json.dumps([DOC]), encoding="utf-8")
    result = evaluate_redocred(path)
    assert result.documents == 1
    assert result.mentions.tp >= 3
    assert result.mentions.tp + result.mentions.fn == 5
    assert result.baseline_mentions.tp + result.baseline_mentions.fn == 5
    assert result.relations.tp >= 1
