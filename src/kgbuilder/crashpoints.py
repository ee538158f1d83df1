"""Named points where a build may be killed on purpose: a hook for the crash-safety tests only.

``KGBUILDER_CRASH_AT=<name>`` in the environment makes the process kill itself with SIGKILL, as
``kill -9`` would, when it reaches the point of that name: ``stage:<stage>`` as a build stage
starts (``kgbuilder.pipeline.STAGES``), ``replace:<file name>`` just before an atomic write
renames a finished file into place, ``install:aside`` while a new store is being swapped in (the
old one moved aside, the new one not yet in place), ``store:staged`` when a new store is written
but not yet swapped in. Tests use it to kill a build at exact places, besides at random times.
Nobody else should set it; unset, each point costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal

ENVIRONMENT_VARIABLE = "KGBUILDER_CRASH_AT"


def crash_point(name: str) -> None:
    """Die here, at once and without cleaning up, if the environment asks for this point."""
    if os.environ.get(ENVIRONMENT_VARIABLE) == name:
        os.kill(os.getpid(), signal.SIGKILL)
