"""``python -m kgbuilder.serve.worker_main FD SPEC``: a query worker process (see ``worker``).

A module of its own, imported by nothing, so that running it does not import it twice.
"""

import sys

from kgbuilder.serve.worker import main

if __name__ == "__main__":
    main(sys.argv[1:])
