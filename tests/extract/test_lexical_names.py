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
        # an apostrophe inside a place's name joins its syllables and stays in the name
        (
            "Investors toured the Huai'an Salt Chemical Industrial Park on Monday.",
            "Huai'an Salt Chemical Industrial Park",
            "IndustryCluster",
        ),
        (
            "Firms moved to the Lu’an Economic Development Zone last year.",
            "Lu’an Economic Development Zone",
            "IndustryCluster",
        ),
    ],
)
def test_lexical_names_clusters(read, text: str, name: str, kind: str) -> None:
    found = entities(read(text))
    assert found.get(name) == kind
    assert not any(other != name and name in other for other in found)  # the whole name


def test_lexical_names_possessive_opens_no_cluster_name(read) -> None:
    found = entities(read("Sun Li praised China's Special Economic Zone in a speech."))
    assert found.get("Special Economic Zone") == "IndustryCluster"
    assert not any("China's" in name for name in found)
