"""The exceptions kgbuilder raises: one base class, one subclass per kind of failure.

Every message says what failed, the offending value, and what is allowed, so that the CLI can
print it as a single line and a caller can catch a precise class.
"""

from __future__ import annotations

from dataclasses import dataclass


class KgbuilderError(Exception):
    """Base class of every error kgbuilder raises on purpose."""


class ConfigError(KgbuilderError):
    """The settings file or a command-line option is wrong."""


class UnknownNameError(ConfigError, LookupError):
    """A name looked up in a registry (a reader, exporter, format...) does not exist."""


class SourceError(KgbuilderError):
    """An input file cannot be read or does not follow its format.

    Carries the file and the place (line, column) so messages point at the problem.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.column = column
        super().__init__(format_location(path, line, column) + message)


class RecordError(SourceError):
    """A curated record (entity, relation, figure) is malformed or refers to something unknown."""


class ExtractionError(KgbuilderError):
    """The NLP pipeline cannot be loaded or fails on a document."""


class StoreError(KgbuilderError):
    """The graph store cannot be opened, read or written."""


class QueryError(KgbuilderError):
    """A SPARQL query or update is malformed or fails to run."""


class EntityLookupError(KgbuilderError, LookupError):
    """A name given for an entity matches no entity, or several (``candidates`` lists them)."""

    def __init__(self, message: str, *, name: str, candidates: tuple[str, ...] = ()) -> None:
        self.name = name
        self.candidates = candidates
        super().__init__(message)


def format_location(path: str | None, line: int | None = None, column: int | None = None) -> str:
    """Return ``path:line:column: `` (the parts that are known), the prefix compilers use."""
    if path is None:
        return ""
    place = path
    if line is not None:
        place += f":{line}"
        if column is not None:
            place += f":{column}"
    return place + ": "


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the inputs, reported in the build report instead of aborting the build."""

    message: str
    path: str | None = None
    line: int | None = None
    column: int | None = None
    severity: str = "error"  # "error": something was skipped; "warning": kept, but suspicious

    def __str__(self) -> str:
        return (
            f"{format_location(self.path, self.line, self.column)}{self.severity}: {self.message}"
        )

    @classmethod
    def from_error(cls, error: SourceError, severity: str = "error") -> Problem:
        return cls(error.message, error.path, error.line, error.column, severity)

    def to_dict(self) -> dict[str, object]:
        return {
            "severity": self.severity,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "message": self.message,
        }
