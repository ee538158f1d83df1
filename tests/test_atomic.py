from __future__ import annotations

import os
from pathlib import Path

from kgbuilder.atomic import write_atomic


def test_write_atomic_new_file_gets_the_umask_mode(tmp_path: Path) -> None:
    mask = os.umask(0o027)
    try:
        write_atomic(tmp_path / "a.txt", "x")
    finally:
        os.umask(mask)
    assert (tmp_path / "a.txt").stat().st_mode & 0o777 == 0o640


def test_write_atomic_keeps_the_mode_of_the_file_it_replaces(tmp_path: Path) -> None:
    target = tmp_path / "b.txt"
    target.write_text("old")
    target.chmod(0o604)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o604
    assert [p.name for p in tmp_path.iterdir()] == ["b.txt"]


def test_remove_stale_temps_only_those_of_dead_writers(tmp_path: Path) -> None:
    import subprocess
    import sys

    from kgbuilder.atomic import remove_stale_temps, temp_prefix

    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead = int(ended.stdout)
    (tmp_path / "sub").mkdir()
    stale = tmp_path / "sub" / f".graph.trig.{dead}.abc_12.tmp"
    live = tmp_path / f"{temp_prefix('graph.ttl')}xyz.tmp"
    other = tmp_path / ".notes.tmp"  # not one of ours: no writer's id in its name
    for path in (stale, live, other):
        path.write_text("half")
    assert remove_stale_temps(tmp_path) == 1
    assert not stale.exists() and live.exists() and other.exists()


def test_atomic_path_temp_name_carries_the_process_id(tmp_path: Path) -> None:
    from kgbuilder.atomic import atomic_path

    with atomic_path(tmp_path / "out.txt") as temp:
        assert temp.name.startswith(f".out.txt.{os.getpid()}.") and temp.name.endswith(".tmp")
        temp.write_text("whole")
    assert (tmp_path / "out.txt").read_text() == "whole"
    assert list(tmp_path.glob("*.tmp")) == list(tmp_path.glob(".*.tmp")) == []


def test_staged_file_is_a_temp_of_this_process_until_installed(tmp_path: Path) -> None:
    from kgbuilder.atomic import atomic_path, install_file, remove_stale_temps, staged_path

    target = tmp_path / "graph.trig"
    target.write_text("old")
    staged = staged_path(target)
    assert staged.parent == tmp_path and staged.name.startswith(f".graph.trig.{os.getpid()}.")
    with atomic_path(staged) as temp:  # as another process writes it
        temp.write_text("new")
    assert target.read_text() == "old" and staged.read_text() == "new"
    assert remove_stale_temps(tmp_path) == 0  # its writer (this process) is alive
    install_file(staged, target)
    assert target.read_text() == "new" and not staged.exists()
    assert list(tmp_path.glob(".*.tmp")) == []


def test_staged_file_of_a_dead_build_is_removed_as_stale(tmp_path: Path) -> None:
    import subprocess
    import sys

    from kgbuilder.atomic import remove_stale_temps

    ended = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from kgbuilder.atomic import staged_path; "
            "p = staged_path(Path(sys.argv[1])); p.write_text('half'); print(p)",
            str(tmp_path / "graph.ttl"),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    left = Path(ended.stdout.strip())
    assert left.exists()
    assert remove_stale_temps(tmp_path) == 1
    assert not left.exists()
