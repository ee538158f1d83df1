"""Walking an input folder: links that lead nowhere, or to a folder, are reported, not followed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgbuilder.errors import Problem
from kgbuilder.sources.walk import walk_files


@pytest.mark.parametrize(
    ("name", "target", "words"),
    [
        ("loop.txt", "loop.txt", "a symbolic link loop"),
        ("pair.txt", "other.txt", "a symbolic link loop"),  # pair.txt -> other.txt -> pair.txt
        ("gone.txt", "missing/gone.txt", "a symbolic link to a missing file"),
        ("up", "..", "a symbolic link to a folder is not followed"),
    ],
)
def test_walk_files_reports_links_it_does_not_follow(
    tmp_path: Path, name: str, target: str, words: str
) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "real.txt").write_text("text")
    (folder / "linked.txt").symlink_to("real.txt")
    (folder / name).symlink_to(target)
    if name == "pair.txt":
        (folder / "other.txt").symlink_to("pair.txt")
    problems: list[Problem] = []
    found = sorted(p.name for p in walk_files(folder, lambda p: True, problems))
    assert found == ["linked.txt", "real.txt"]  # a link to a file is read like the file
    assert {(p.path, p.severity) for p in problems} >= {(str(folder / name), "warning")}
    assert all(words in p.message for p in problems)


def test_walk_files_leaves_out_hidden_files_and_asks_what_is_wanted(tmp_path: Path) -> None:
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "a.txt").write_text("x")
    (tmp_path / ".#lock.txt").symlink_to("nowhere")  # an editor's lock file: hidden, not reported
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "c.md").write_text("x")
    problems: list[Problem] = []
    found = list(walk_files(tmp_path, lambda p: p.suffix == ".txt", problems))
    assert found == [tmp_path / "b.txt"] and problems == []
