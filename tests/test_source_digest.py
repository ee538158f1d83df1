"""The hash of kgbuilder's own source that keys its caches."""

from __future__ import annotations

from kgbuilder.extract.extractor import RULES_CODE, extractor_version
from kgbuilder.source_digest import code_digest


def test_digest_is_the_files_hash_not_a_remembered_value() -> None:
    assert code_digest("names.py") == code_digest.__wrapped__("names.py")
    assert len(code_digest("names.py")) == 16


def test_digest_depends_on_which_files() -> None:
    assert code_digest("names.py") != code_digest("kinds.py")
    assert code_digest("extract") != code_digest("extract", "gazetteer.py")


def test_extractor_version_carries_the_rules_digest() -> None:
    rules = code_digest(*RULES_CODE)[:8]
    assert f"-{rules}." in extractor_version("some_model-1.0")
