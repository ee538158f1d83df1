"""``python -m kgbuilder``: the same as the ``kgbuilder`` command."""

from kgbuilder.cli import main

main()
