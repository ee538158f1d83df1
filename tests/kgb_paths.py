"""Where the tests find the repository, its data folder and the shared evaluation data."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "graph_data"


def _shared_eval() -> Path:
    """``../shared/eval`` beside the checkout (a git worktree may sit one folder deeper)."""
    for parent in (REPO.parent, REPO.parent.parent):
        candidate = parent / "shared" / "eval"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "eval"


SHARED_EVAL = _shared_eval()
