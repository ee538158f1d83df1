"""The extraction cache on disk: keyed by content and extractor version, safe to read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgb_corpus import article
from kgbuilder.datamodel import Document, Source, SourceKind
from kgbuilder.extract.extractor import Extractor
from kgbuilder.scale.cache import ExtractionCache, cache_key


@pytest.fixture(scope="module")
def entry() -> tuple[Source, object]:
    source = Source(
        id="sha256:" + "cd" * 32, kind=SourceKind.DOCUMENT, path="a.txt", sha256="cd" * 32
    )
    return source, Extractor().extract(Document(source, article(1)))


def test_cache_key_depends_on_content_and_version() -> None:
    keys = {
        cache_key(h, v)
        for h in ("a", "b")
        for v in ("1+en_core_web_sm-3.8.0", "1+en_core_web_lg-3.8.0")
    }
    assert len(keys) == 4


def test_cache_gives_back_what_was_put_with_the_current_path(tmp_path: Path, entry) -> None:  # type: ignore[no-untyped-def]
    source, extraction = entry
    cache = ExtractionCache(tmp_path)
    cache.put("k" * 64, source, extraction)
    got = cache.get("k" * 64, path="moved/b.txt")
    assert got is not None
    assert got.extraction == extraction
    assert got.source.path == "moved/b.txt"
    assert got.source.id == source.id
    assert cache.keys() == {"k" * 64}


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),  # cut short by a crash
        lambda p: p.write_text("[1, 2, 3]"),
        lambda p: p.write_text(p.read_text().replace('"format":1', '"format":99')),
        lambda p: p.write_bytes(b"\x80\x04\x95 pickle, not JSON"),
    ],
)
def test_cache_reads_a_damaged_entry_as_a_miss(tmp_path: Path, entry, damage) -> None:  # type: ignore[no-untyped-def]
    cache = ExtractionCache(tmp_path)
    cache.put("e" * 64, *entry)
    damage(cache.path("e" * 64))
    assert cache.get("e" * 64) is None


def test_cache_entry_moved_to_another_key_is_a_miss(tmp_path: Path, entry) -> None:  # type: ignore[no-untyped-def]
    cache = ExtractionCache(tmp_path)
    cache.put("a" * 64, *entry)
    target = cache.path("b" * 64)
    target.parent.mkdir(parents=True)
    cache.path("a" * 64).rename(target)
    assert cache.get("b" * 64) is None


def test_cache_prune_keeps_only_the_given_keys(tmp_path: Path, entry) -> None:  # type: ignore[no-untyped-def]
    cache = ExtractionCache(tmp_path)
    for key in ("a" * 64, "b" * 64, "c" * 64):
        cache.put(key, *entry)
    (cache.path("a" * 64).parent / ".stray.tmp").write_text("half")
    assert cache.prune({"b" * 64}) == 2
    assert cache.keys() == {"b" * 64}
    assert not list(tmp_path.glob("*/*.tmp"))
