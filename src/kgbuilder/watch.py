"""Build the graph again whenever its inputs change, in one process that stays warm.

A build in a new process spends more than a second before it reads a changed document: Python's
imports, spaCy's, the pipeline's load, the export process's start. ``kgbuilder watch`` pays that
once. It builds, loads the extractor, then looks at the inputs every ``interval`` seconds (the
size and modification time of each file: no file-system events, so no extra dependency and the
same behaviour on every platform and on network folders) and, when something changed and a
second look ``settle`` seconds later finds nothing newer, builds again in the same process.

Every build is the incremental build of ``kgbuilder build``: the same outputs, byte for byte, as
a full build of the same inputs. A file that changes while a build runs is seen by the next look.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from kgbuilder.config import load_settings
from kgbuilder.errors import ConfigError, KgbuilderError
from kgbuilder.pipeline import BuildOutput, run_build
from kgbuilder.scale.build import ExportWorker, extraction_job
from kgbuilder.scale.extraction import extractor_for
from kgbuilder.sources.collect import read_data_folder

#: path -> (size, modification and change times in ns, inode) of every watched file: a file
#: replaced by another of the same size and time (``cp -p``, an editor's rename) still differs
Snapshot = dict[str, tuple[int, ...]]


def input_snapshot(roots: Iterable[Path], *, skip: Iterable[Path] = ()) -> Snapshot:
    """Size and modification time of every file under ``roots`` (files or folders).

    Hidden files and folders (an editor's ``.swp``), backups (``name~``, ``#name#``) and the
    folders in ``skip`` (the output folder, when it is inside the data folder) are left out.
    """
    skipped = {os.path.realpath(path) for path in skip}
    found: Snapshot = {}

    def add(path: str) -> None:
        try:
            stat = os.stat(path)
        except OSError:  # removed between the listing and the look
            return
        found[path] = (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino)

    for root in roots:
        if root.is_file():
            add(str(root))
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(
                d
                for d in dirs
                if not d.startswith(".")
                and os.path.realpath(os.path.join(folder, d)) not in skipped
            )
            for name in sorted(files):
                if not (name.startswith(".") or name.endswith("~") or _autosave(name)):
                    add(os.path.join(folder, name))
    return found


def _autosave(name: str) -> bool:
    """An editor's auto-save file ("#notes.md#"), not a document."""
    return len(name) > 1 and name.startswith("#") and name.endswith("#")


def changed_paths(before: Snapshot, after: Snapshot) -> list[str]:
    """The files added, changed or removed between two snapshots, sorted."""
    return sorted(
        path for path in before.keys() | after.keys() if before.get(path) != after.get(path)
    )


@dataclass
class WatchedBuild:
    """One build of a watch: what set it off, how long it took, and its result or error."""

    number: int
    changed: list[str]  # the files that changed since the last build (empty for the first)
    seconds: float
    started: float  # when it started (seconds since the epoch)
    output: BuildOutput | None = None
    error: str | None = None  # a user error (bad settings, a missing folder): fix it and save


class Watcher:
    """Builds ``data_dir`` into ``out_dir`` now and after every change, keeping what it can warm.

    ``documents`` (files or folders) replaces the data folder's documents folder, as for
    ``run_build``; they are watched along with the data folder.
    """

    def __init__(
        self,
        data_dir: Path,
        out_dir: Path,
        *,
        documents: list[Path] | None = None,
        jobs: int | None = None,
        render: bool | None = None,
        interval: float = 0.5,
        settle: float = 0.1,
    ) -> None:
        if interval <= 0 or settle < 0:
            raise ConfigError(
                "the watch interval must be above 0 s and the settle time 0 s or more"
            )
        self.data_dir = data_dir
        self.out_dir = out_dir
        self.documents = documents
        self.jobs = jobs
        self.render = render
        self.interval = interval
        self.settle = settle
        self.builds = 0
        self._export = ExportWorker()

    def snapshot(self) -> Snapshot:
        """The watched files as they are now."""
        return input_snapshot([self.data_dir, *(self.documents or [])], skip=[self.out_dir])

    def build(self, changed: list[str]) -> WatchedBuild:
        """One incremental build now; its store is closed (a watch does not answer queries).

        A user's error (bad settings), a full disk or a lost export process fails this build
        with its message; the next change builds again (with a new export process)."""
        self.builds += 1
        clock, started = time.time(), time.perf_counter()
        try:
            output = run_build(
                self.data_dir,
                self.out_dir,
                render=self.render,
                documents=self.documents,
                jobs=self.jobs,
                export_worker=self._export,
            )
        except (KgbuilderError, OSError, BrokenProcessPool) as exc:
            if not isinstance(exc, KgbuilderError):
                self._export.close()
            error = str(exc) or type(exc).__name__
            return WatchedBuild(
                self.builds, changed, time.perf_counter() - started, clock, error=error
            )
        output.store.close()
        return WatchedBuild(
            self.builds, changed, time.perf_counter() - started, clock, output=output
        )

    def warm_up(self) -> None:
        """Load the extractor the next build will use (spaCy, gazetteer, knowledge base), so that
        the first change is read as fast as the ones after it. Nothing to load without documents
        or when a Dask cluster reads them."""
        try:
            settings = load_settings(self.data_dir)
            if settings.scale.dask_scheduler:
                return
            inputs = read_data_folder(
                self.data_dir, settings, [], documents=self.documents, read_texts=False
            )
            if inputs.document_files:
                extractor_for(extraction_job(inputs, settings))
        except KgbuilderError:
            return  # the build reports it

    def run(
        self,
        on_build: Callable[[WatchedBuild], None],
        *,
        stop: threading.Event | None = None,
        max_builds: int | None = None,
    ) -> None:
        """Build, then build again after each change until ``stop`` is set (or Ctrl-C), or
        ``max_builds`` builds were made. The first build is announced once the extractor is
        loaded: from then on, a change is read at once."""
        stop = stop or threading.Event()
        baseline = self.snapshot()
        first = self.build([])
        self.warm_up()
        on_build(first)
        while not stop.is_set() and (max_builds is None or self.builds < max_builds):
            if stop.wait(self.interval):
                break
            now = self.snapshot()
            if now == baseline:
                continue
            waited, longest = 0.0, max(2.0, 20 * self.settle)
            while not stop.wait(self.settle):  # until a look finds nothing newer, or long enough
                later = self.snapshot()
                waited += self.settle
                if later == now or waited >= longest:  # a folder written to without end
                    now = later
                    break
                now = later
            if stop.is_set():
                break
            changed = changed_paths(baseline, now)
            baseline = now  # what changes from here on, even during the build, is seen next
            on_build(self.build(changed))

    def close(self) -> None:
        """Stop the export process."""
        self._export.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
