"""Names found by their words: cluster heads and industry places, with the negative case."""

from __future__ import annotations

import pytest

from tests.extract.conftest import entities


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Engineers moved to the Software Valley of India in 2020.",
            "Software Valley of India",
            "IndustryCluster",
        ),
        (
            "Banks fund firms across the Xiamen-Fuzhou Greater Bay Area and beyond.",
            "Xiamen-Fuzhou Greater Bay Area",
            "IndustryCluster",
        ),
        # a valley named for no industry is a place, not a cluster
        ("Tourists crowded the Napa Valley in the summer.", "Napa Valley", "Place"),
    ],
)
def test_lexical_names_clusters(read, text: str, name: str, kind: str) -> None:
    found = entities(read(text))
    assert found.get(name) == kind
    assert not any(other != name and name in other for other in found)  # the whole name
