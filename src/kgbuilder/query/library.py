"""Saved queries: ``.rq`` files whose comment header says what they answer and what they take.

The header is the file's leading comment lines::

    # title: People and their posts
    # answers: Who holds which post (the title as written) in which organization.
    #   Continuation lines are indented.
    # param person (string, optional): a person's name or alias; everyone when not given

A parameter names a variable of the query; its type (``any``, ``iri``, ``string``, ``integer``,
``decimal``, ``date``, ``boolean``) decides how a value typed by a person is read. Queries come
from the library shipped with kgbuilder and from a data folder's own ``queries/`` (which win on
equal names).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rdflib.term import Node

from kgbuilder.errors import QueryError, UnknownNameError
from kgbuilder.kinds import unknown_name_message
from kgbuilder.query.terms import PARAM_TYPES, parse_value

_FIELD = re.compile(r"#\s?([a-z]+):\s*(.*)")
_PARAM = re.compile(r"#\s?param\s+\??([\w]+)\s*(?:\(([^)]*)\))?\s*:\s*(.*)")
_CONTINUATION = re.compile(r"#\s{2,}(\S.*)")


@dataclass(frozen=True)
class Parameter:
    """A parameter a saved query declares in its header."""

    name: str
    type: str = "any"
    optional: bool = False
    description: str = ""


@dataclass(frozen=True)
class SavedQuery:
    """A query of the library: its name (the file's stem), header and text."""

    name: str
    title: str
    answers: str
    parameters: tuple[Parameter, ...]
    text: str
    path: Path

    def parameter(self, name: str) -> Parameter:
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        known = ", ".join(p.name for p in self.parameters) or "none"
        raise QueryError(
            f"saved query {self.name!r} takes no parameter {name!r} (its parameters: {known})"
        )

    def bindings(self, values: Mapping[str, str], prefixes: dict[str, str]) -> dict[str, Node]:
        """Values typed by a person, read as the header declares (unknown names are an error)."""
        return {
            name: parse_value(value, prefixes, self.parameter(name).type)
            for name, value in values.items()
        }


def parse_saved_query(text: str, path: Path) -> SavedQuery:
    """Read a saved query's header; a file without a title is an error that names it."""
    fields: dict[str, str] = {}
    parameters: list[Parameter] = []
    last: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip():
            continue
        if not line.lstrip().startswith("#"):
            break
        line = line.lstrip()
        param = _PARAM.fullmatch(line)
        continuation = _CONTINUATION.fullmatch(line)
        field = _FIELD.fullmatch(line)
        if param:
            name, options, description = param.groups()
            words = [w.strip() for w in (options or "").split(",") if w.strip()]
            kind = next((w for w in words if w in PARAM_TYPES), "any")
            unknown = [w for w in words if w not in PARAM_TYPES and w != "optional"]
            if unknown:
                raise QueryError(
                    f"{path}:{number}: unknown parameter option {unknown[0]!r} "
                    f"(types: {', '.join(PARAM_TYPES)}; or 'optional')"
                )
            parameters.append(Parameter(name, kind, "optional" in words, description.strip()))
            last = "param"
        elif continuation and last is not None:
            if last == "param":
                p = parameters[-1]
                parameters[-1] = Parameter(
                    p.name, p.type, p.optional, f"{p.description} {continuation.group(1)}".strip()
                )
            else:
                fields[last] = f"{fields[last]} {continuation.group(1)}".strip()
        elif field:
            last = field.group(1)
            fields[last] = field.group(2).strip()
    if "title" not in fields:
        raise QueryError(f"{path}: a saved query starts with a '# title: ...' comment line")
    return SavedQuery(
        name=path.stem,
        title=fields["title"],
        answers=fields.get("answers", ""),
        parameters=tuple(parameters),
        text=text,
        path=path,
    )


@cache
def builtin_dir() -> Path | None:
    """The folder of the library shipped with kgbuilder (inside the wheel, or the source checkout)."""
    packaged = resources.files("kgbuilder").joinpath("queries")
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[3] / "queries"
    return checkout if checkout.is_dir() else None


def load_library(extra_dirs: Iterable[Path] = ()) -> dict[str, SavedQuery]:
    """Every saved query by name: the shipped library, then each folder of ``extra_dirs``."""
    folders = [d for d in (builtin_dir(), *extra_dirs) if d is not None and d.is_dir()]
    library: dict[str, SavedQuery] = {}
    for folder in folders:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".rq"):
                library[name[:-3]] = _read_saved_query(folder / name)
    return dict(sorted(library.items()))


#: parsed files by path, with the (modification time, size) they were read at
_PARSED: dict[Path, tuple[tuple[int, int], SavedQuery]] = {}


def _read_saved_query(path: Path) -> SavedQuery:
    """A saved query file, parsed again only when it changed (a library is read per query run)."""
    stat = path.stat()
    version = (stat.st_mtime_ns, stat.st_size)
    known = _PARSED.get(path)
    if known is not None and known[0] == version:
        return known[1]
    saved = parse_saved_query(path.read_text(encoding="utf-8"), path)
    _PARSED[path] = (version, saved)
    return saved


def find_saved_query(name: str, library: Mapping[str, SavedQuery]) -> SavedQuery:
    """A saved query by name; an unknown name lists the known ones."""
    try:
        return library[name]
    except KeyError:
        raise UnknownNameError(unknown_name_message("saved query", name, library)) from None
