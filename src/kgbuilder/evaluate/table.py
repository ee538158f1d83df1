"""The eval report as terminal tables (rich): scores per gold file, kind and label, then misses."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from kgbuilder.evaluate.runner import EvalReport
from kgbuilder.evaluate.score import Counts


def _row(table: Table, name: str, counts: Counts) -> None:
    table.add_row(
        name,
        str(counts.tp),
        str(counts.fp),
        str(counts.fn),
        f"{counts.precision:.3f}",
        f"{counts.recall:.3f}",
        f"{counts.f1:.3f}",
    )


def _table(title: str) -> Table:
    table = Table(title=title, show_edge=False, highlight=False)
    for column in ("", "tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(column, justify="left" if not column else "right")
    return table


def print_report(report: EvalReport, console: Console) -> None:
    """Print every score of ``report``."""
    if report.extractor:
        console.print(
            f"extractor {report.extractor['version']} (spaCy {report.extractor['model']})",
            highlight=False,
        )
    for score in report.scores:
        table = _table(f"{score.gold_id}: entities and relations (relatedTo excluded)")
        _row(table, "entities", score.entities)
        for kind, counts in score.entities_by_kind.items():
            _row(table, f"  {kind}", counts)
        _row(table, "relations", score.relations)
        for label, counts in sorted(score.relations_by_label.items()):
            _row(table, f"  {label}", counts)
        console.print(table)
        for title, items in (
            ("missed entities", score.missed_entities),
            ("spurious entities", score.spurious_entities),
            ("missed relations", score.missed_relations),
            ("spurious relations", score.spurious_relations),
        ):
            if items:
                console.print(f"{title}:", highlight=False)
                for item in items:
                    console.print(f"  - {item}", highlight=False, markup=False)
    if report.redocred is not None:
        r = report.redocred
        table = _table(f"Re-DocRED dev ({r.documents} documents, {r.words} words)")
        _row(table, "mentions (typed)", r.mentions)
        for kind, counts in sorted(r.mentions_by_type.items()):
            _row(table, f"  {kind}", counts)
        _row(table, "mentions (span only)", r.mentions_untyped)
        _row(table, "bare spaCy mentions (typed)", r.baseline_mentions)
        _row(table, "bare spaCy mentions (span only)", r.baseline_untyped)
        _row(table, "mapped relations", r.relations)
        for label, counts in sorted(r.relations_by_label.items()):
            _row(table, f"  {label}", counts)
        console.print(table)
