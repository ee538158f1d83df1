"""The gold annotation of the seed article, which the saved queries are checked against."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from kgb_paths import SHARED_EVAL

GOLD = SHARED_EVAL / "seed" / "chongqing-brands-latam.gold.yaml"


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    """The seed gold file from shared/eval beside the checkout (or beside a folder above it)."""
    if not GOLD.is_file():
        pytest.skip(f"the seed gold file is not at {GOLD}")
    data: dict[str, Any] = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    return data
