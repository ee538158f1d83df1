"""kgbuilder: text and curated records in, a citable RDF knowledge graph out.

>>> import kgbuilder
>>> graph = kgbuilder.build("graph_data", "output")          # doctest: +SKIP
>>> graph.query("SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name }")  # doctest: +SKIP
"""

import logging

from kgbuilder._version import __version__
from kgbuilder.api import KnowledgeGraph, build, open
from kgbuilder.config import Settings, load_settings
from kgbuilder.errors import (
    ConfigError,
    EntityLookupError,
    ExtractionError,
    KgbuilderError,
    QueryError,
    RecordError,
    SourceError,
    StoreError,
    UnknownNameError,
)
from kgbuilder.store.results import QueryResult

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "ConfigError",
    "EntityLookupError",
    "ExtractionError",
    "KgbuilderError",
    "KnowledgeGraph",
    "QueryError",
    "QueryResult",
    "RecordError",
    "Settings",
    "SourceError",
    "StoreError",
    "UnknownNameError",
    "__version__",
    "build",
    "load_settings",
    "open",
]
