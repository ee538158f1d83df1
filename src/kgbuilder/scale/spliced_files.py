"""The RDF files of a build, spliced from serialized pieces kept from the last build.

pyoxigraph's serializers keep no state across a named graph (TriG, N-Quads) or across a subject
(Turtle, N-Triples) beyond the prefix lines they write first, so a file is its prefix lines
followed by the serialization of each graph (dataset formats) or of each run of whole subjects
(graph formats, which merge the graphs), cut anywhere between two of those. The tests check
that the spliced bytes equal a serialization of the whole.

So each graph's piece is kept beside its sorted statements (``SortedGraphs``), named by the
graph's fingerprint, and the union's sorted statements are kept in chunks of whole subjects
(``OUT/cache/sorted/union/``), each with its pieces. A build writes the pieces of the graphs it
changed and of the union chunks its change reaches (``UnionChange``: the statements that came
into or left the union), and copies the rest. Without a chunk list made for the last build's
graphs, or without the union's change, every chunk is made again from the graphs' files.

Pieces and chunks are cache files, written by a rename without waiting for the disk
(``atomic.write_unflushed``); each says whether it is whole: a piece ends with its length
(``FOOTER``), a chunk is named by the hash of its keys. One that is not whole (a power cut
before the disk had it) is made again, or the file is serialized from the statements instead.
"""

from __future__ import annotations

import bisect
import hashlib
import io
import json
import struct
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from kgbuilder.atomic import atomic_path, write_atomic, write_unflushed
from kgbuilder.export.ordered import statements_of_keys
from kgbuilder.export.rdf import rdf_format

#: statements of the union per chunk: small enough that a change rewrites little of the file
CHUNK_KEYS = 2_000
#: the formats written statement after statement (JSON-LD and RDF/XML close what they open)
SPLICED_FORMATS = ("trig", "nquads", "turtle", "ntriples")
MANIFEST_FORMAT = 1
_PROBE = ox.NamedNode("urn:x-kgbuilder:probe")
#: what ends every piece: a mark and the length of the serialization before it
FOOTER = struct.Struct("<8sQ")
_MARK = b"kgbpiece"


class SpliceError(Exception):
    """The serializer does not write a file as its pieces (a pyoxigraph that works otherwise)."""


def header(format_name: str, prefixes: dict[str, str]) -> bytes:
    """The bytes a serialization starts with whatever it holds: its prefix lines."""
    if format_name not in SPLICED_FORMATS:
        raise SpliceError(f"{format_name} files are not written as pieces")
    fmt, datasets = rdf_format(format_name)
    probe = cast(
        "list[ox.Quad]",
        [
            ox.Quad(_PROBE, _PROBE, _PROBE, _PROBE)
            if datasets
            else ox.Triple(_PROBE, _PROBE, _PROBE)
        ],
    )  # a triple for graph formats
    with_prefixes = ox.serialize(probe, format=fmt, prefixes=prefixes) or b""
    bare = ox.serialize(probe, format=fmt) or b""
    if not with_prefixes.endswith(bare):
        raise SpliceError(f"{format_name}: the prefix lines are not written apart")
    return with_prefixes[: len(with_prefixes) - len(bare)]


def piece(keys: Iterable[str], format_name: str, prefixes: dict[str, str], head: bytes) -> bytes:
    """The serialization of some sorted statement keys, without the prefix lines."""
    fmt, datasets = rdf_format(format_name)
    out = io.BytesIO()
    statements = statements_of_keys(iter(keys), union=not datasets)
    ox.serialize(statements, out, format=fmt, prefixes=prefixes)
    data = out.getvalue()
    if not data:
        return b""
    if not data.startswith(head):
        raise SpliceError(f"{format_name}: a piece does not start with the prefix lines")
    return data[len(head) :]


def prefixes_digest(prefixes: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(prefixes, sort_keys=True).encode()).hexdigest()[:12]


def write_spliced(target: Path, head: bytes, pieces: Iterable[Path]) -> None:
    """The file: the prefix lines, then each piece's bytes in order, written atomically."""
    with atomic_path(target) as temp, open(temp, "wb") as out:
        out.write(head)
        for path in pieces:
            size = piece_size(path)
            if size is None:
                raise SpliceError(f"{path} is not whole")
            with path.open("rb") as part:
                while size > 0 and (block := part.read(min(size, 1 << 20))):
                    out.write(block)
                    size -= len(block)


def piece_size(path: Path) -> int | None:
    """The length of a piece's serialization, if the piece is whole (its footer says so)."""
    try:
        with path.open("rb") as part:
            total = part.seek(0, 2)
            if total < FOOTER.size:
                return None
            part.seek(total - FOOTER.size)
            mark, size = FOOTER.unpack(part.read(FOOTER.size))
    except OSError:
        return None
    return size if mark == _MARK and size == total - FOOTER.size else None


# --- the union's chunks ---------------------------------------------------------------------------


def subject_of(key: str) -> str:
    return key[: key.index("\x00")]


class UnionChunks:
    """The union's sorted statements in chunks of whole subjects, with a manifest that says which
    graphs (by fingerprint) they are the union of."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.manifest = folder / "manifest.json"

    def load(self, describes: str) -> list[tuple[str, str]] | None:
        """The chunks (first subject, name), if they were made for ``describes``."""
        try:
            data = json.loads(self.manifest.read_bytes())
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
            return None
        if data.get("describes") != describes:
            return None
        chunks = data.get("chunks")
        if not isinstance(chunks, list) or not all(
            isinstance(c, list) and len(c) == 2 and all(isinstance(x, str) for x in c)
            for c in chunks
        ):
            return None
        found = [(first, name) for first, name in chunks]
        if not all(self.keys_path(name).is_file() for _, name in found):
            return None
        return found

    def save(self, describes: str, chunks: list[tuple[str, str]]) -> None:
        data = {"format": MANIFEST_FORMAT, "describes": describes, "chunks": chunks}
        write_atomic(self.manifest, json.dumps(data) + "\n")

    def keys_path(self, name: str) -> Path:
        return self.folder / f"{name}.keys"

    def piece_path(self, name: str, format_name: str, prefixes: str) -> Path:
        return self.folder / f"{name}-{format_name}-{prefixes}.piece"

    def read(self, name: str) -> list[str]:
        """A chunk's keys; SpliceError (and the file removed) when they are not those it was
        named for."""
        path = self.keys_path(name)
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest()[:40] != name:
            path.unlink(missing_ok=True)  # the next build makes the chunks again
            raise SpliceError(f"{path} is not whole")
        return data.decode("utf-8").split("\n")[:-1]

    def write(self, keys: list[str]) -> str:
        """Keep one chunk's keys; its name (a hash of them)."""
        text = "".join(key + "\n" for key in keys)
        name = hashlib.sha256(text.encode()).hexdigest()[:40]
        path = self.keys_path(name)
        if not path.is_file():
            write_unflushed(path, text)
        return name

    def rebuild(self, keys: Iterator[str]) -> list[tuple[str, str]]:
        """Chunks of all the union's keys (sorted, unique)."""
        return [(subject_of(chunk[0]), self.write(chunk)) for chunk in _cut(keys)]

    def update(
        self, chunks: list[tuple[str, str]], entered: list[str], left: list[str]
    ) -> list[tuple[str, str]]:
        """The chunks after the union's change: only the chunks it reaches are made again."""
        firsts = [first for first, _ in chunks]
        reached: dict[int, tuple[set[str], set[str]]] = {}
        for keys, side in ((entered, 0), (left, 1)):
            for key in keys:
                index = max(0, bisect.bisect_right(firsts, subject_of(key)) - 1)
                reached.setdefault(index, (set(), set()))[side].add(key)
        result: list[tuple[str, str]] = []
        for index, chunk in enumerate(chunks):
            if index not in reached:
                result.append(chunk)
                continue
            came, went = reached[index]
            keys = sorted((set(self.read(chunk[1])) - went) | came)
            if not keys:
                continue
            # cut again only once it has doubled: cutting a chunk that grew by a few statements
            # would leave a chunk of those few, and a long watch of edits a folder of slivers
            pieces = list(_cut(iter(keys))) if len(keys) >= 2 * CHUNK_KEYS else [keys]
            if len(pieces) > 1 and len(pieces[-1]) < CHUNK_KEYS // 2:  # no sliver at the end
                pieces[-2].extend(pieces.pop())
            result.extend((subject_of(c[0]), self.write(c)) for c in pieces)
        return result

    def prune(self, chunks: list[tuple[str, str]]) -> None:
        """Delete the files of chunks the list no longer has."""
        names = {name for _, name in chunks}
        if not self.folder.is_dir():
            return
        for entry in self.folder.iterdir():
            stem = entry.name.split("-", 1)[0].split(".", 1)[0]
            if entry != self.manifest and stem not in names:
                entry.unlink(missing_ok=True)


def _cut(keys: Iterator[str]) -> Iterator[list[str]]:
    """Sorted keys in chunks of about ``CHUNK_KEYS``, each ending at the end of a subject."""
    chunk: list[str] = []
    last = ""
    for key in keys:
        subject = subject_of(key)
        if len(chunk) >= CHUNK_KEYS and subject != last:
            yield chunk
            chunk = []
        chunk.append(key)
        last = subject
    if chunk:
        yield chunk


def ensure_piece(
    path: Path,
    keys: Callable[[], Iterable[str]],
    format_name: str,
    prefixes: dict[str, str],
    head: bytes,
) -> Path:
    """The piece at ``path``, serialized from ``keys`` when it is not there yet (or not whole)."""
    if piece_size(path) is None:
        data = piece(keys(), format_name, prefixes, head)
        write_unflushed(path, data + FOOTER.pack(_MARK, len(data)))
    return path
