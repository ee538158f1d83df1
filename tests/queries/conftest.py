"""The gold annotation of the seed article, which the saved queries are checked against."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
GOLD_NAME = "eval/seed/chongqing-brands-latam.gold.yaml"


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    """The seed gold file from shared/ beside the checkout (or beside the worktrees folder)."""
    for shared in (REPO.parent / "shared", REPO.parent.parent / "shared"):
        path = shared / GOLD_NAME
        if path.is_file():
            data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
            return data
    pytest.skip(f"the seed gold file shared/{GOLD_NAME} is not beside this checkout")
