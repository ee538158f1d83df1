"""Finding input files under a folder, with the links that lead nowhere reported, not ignored.

A symbolic link that loops or whose target is missing would otherwise vanish from a build without
a word; a link to a folder is not followed (a link back up the tree would make the walk endless),
and is reported so the user knows its files were not read.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from pathlib import Path

from kgbuilder.errors import Problem


def walk_files(
    folder: Path, wanted: Callable[[Path], bool], problems: list[Problem] | None
) -> Iterator[Path]:
    """The regular files under ``folder`` (at any depth) that ``wanted`` accepts, in no set order.

    Hidden files and folders (names starting with ``.``) are left out. Links that cannot be
    followed, and links to folders, are reported in ``problems`` (warnings) when it is given.
    """
    for child in folder.rglob("*"):
        if any(part.startswith(".") for part in child.relative_to(folder).parts):
            continue
        if child.is_symlink():
            why = link_problem(child)
            if why is not None:
                if problems is not None:
                    problems.append(Problem(why, str(child), severity="warning"))
                continue
        if child.is_file() and wanted(child):
            yield child


def link_problem(path: Path) -> str | None:
    """Why a symbolic link is skipped (a loop, a missing target, a folder), or None to read it."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "a symbolic link loop (the link leads back to itself); skipped"
        if exc.errno == errno.ENOENT:
            return "a symbolic link to a missing file; skipped"
        return f"a symbolic link that cannot be followed ({exc.strerror or exc}); skipped"
    if path.is_dir():
        return "a symbolic link to a folder is not followed (its files are not read)"
    return None
