"""Where the tests find the repository, its data folder and the shared evaluation data."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "graph_data"


def _shared_eval() -> Path:
    """``shared/eval`` beside the checkout or beside any folder above it (a git worktree or a CI
    clone may sit deeper than the repository), else where it would be beside the checkout."""
    for parent in REPO.parents:
        candidate = parent / "shared" / "eval"
        if (candidate / "seed").is_dir():
            return candidate
    return REPO.parent / "shared" / "eval"


SHARED_EVAL = _shared_eval()
