"""Running SPARQL for people: the model's prefixes declared, queries read from text or files."""

from __future__ import annotations

import re
from pathlib import Path

from kgbuilder.errors import QueryError
from kgbuilder.namespaces import prefixes_for

_PREFIX_DECL = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE | re.MULTILINE)


def with_prefixes(sparql: str, base_iri: str) -> str:
    """The query with the model's prefixes declared before it, except those it declares itself."""
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(sparql)}
    lines = [
        f"PREFIX {name}: <{iri}>"
        for name, iri in prefixes_for(base_iri).items()
        if name not in declared
    ]
    return "\n".join(lines) + "\n" + sparql


def read_query(text_or_path: str) -> str:
    """A query given on the command line: the text itself, or the path of a ``.rq`` file."""
    candidate = Path(text_or_path)
    if text_or_path.endswith((".rq", ".sparql")) or (
        len(text_or_path) < 4096 and "\n" not in text_or_path and candidate.is_file()
    ):
        try:
            return candidate.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise QueryError(f"query file {text_or_path} does not exist") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read query file {text_or_path}: {exc}") from None
    return text_or_path
