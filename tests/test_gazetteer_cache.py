"""The gazetteer kept between processes: written once, read back the same, rebuilt when the file
is damaged, and never written when the cache is turned off."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kgbuilder.gazetteer_cache import load_gazetteer, tables_digest

NAMES = ("Hubei", "Wuhan", "Sao Paulo", "Lima", "Peru", "Bavaria")


def _answers(gazetteer: object) -> list[object]:
    return [gazetteer.lookup(name) for name in NAMES]  # type: ignore[attr-defined]


def test_gazetteer_is_kept_and_read_back_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KGBUILDER_CACHE_DIR", str(tmp_path / "cache"))
    built = load_gazetteer()
    kept = tmp_path / "cache" / f"gazetteer-{tables_digest()}.pickle"
    assert kept.is_file()
    stamp = kept.stat().st_mtime_ns
    read = load_gazetteer()
    assert read is not built and _answers(read) == _answers(built)
    assert all(_answers(read))
    assert kept.stat().st_mtime_ns == stamp  # read, not written again


def test_gazetteer_damaged_file_is_built_again_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KGBUILDER_CACHE_DIR", str(tmp_path))
    kept = tmp_path / f"gazetteer-{tables_digest()}.pickle"
    kept.write_bytes(b"\x80\x05not a pickle")
    (tmp_path / "gazetteer-0000.pickle").write_bytes(b"an older version's tables")
    assert all(_answers(load_gazetteer()))
    assert kept.read_bytes()[:1] == b"\x80" and len(kept.read_bytes()) > 100_000
    assert [p.name for p in tmp_path.iterdir()] == [kept.name]  # the stale file went


def test_gazetteer_cache_turned_off_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KGBUILDER_CACHE_DIR", "")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert all(_answers(load_gazetteer()))
    assert list(tmp_path.iterdir()) == []


def test_gazetteer_cache_unwritable_folder_still_gives_the_tables(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    code = (
        "from kgbuilder.gazetteer import default_gazetteer;"
        "print(default_gazetteer().lookup('Wuhan').country_code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={"KGBUILDER_CACHE_DIR": str(blocker / "cache"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "CN"
