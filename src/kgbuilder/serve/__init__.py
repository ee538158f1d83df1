"""serve/: the HTTP SPARQL endpoint (SPARQL 1.1 Protocol, Update, Graph Store) over a built graph.

Input: a built store (any ``GraphStore``, opened by worker processes). Output: HTTP answers.
Needs the ``kgbuilder[serve]`` extra (FastAPI, Starlette, uvicorn).
"""

from kgbuilder.serve.app import HttpError, ServeSettings, create_app, run_server

__all__ = ["HttpError", "ServeSettings", "create_app", "run_server"]
