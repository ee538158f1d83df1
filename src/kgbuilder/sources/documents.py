"""Documents: texts the extractor reads (``.txt``, ``.md``, ``.html``), each a ``Document``.

Input: file paths. Output: ``Document`` objects whose ``source.id`` is ``sha256:<hex>`` of the
file's bytes, so the same text gets the same id (and IRI) wherever it lies and whatever it is
called, and a records file can point at it by hash. ``Document.text`` is the readable text that
offsets index into: the file itself for ``.txt``, the body without front matter and markup for
``.md``, the article's main text (menus, footers and scripts dropped by trafilatura) for ``.html``.

A file that is not UTF-8, is empty, cannot be read or repeats another file's bytes is reported as
a ``Problem`` and skipped; the other documents are read as usual. A text longer than
``max_chars`` (``[extract] max_chars``) is cut there, at the end of a paragraph, line, sentence or
word, and the cut is reported as a warning: the extractor's time grows faster than the text, and
one huge file must not hold a build for hours.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from kgbuilder.datamodel import Document, Source, SourceKind
from kgbuilder.errors import Problem
from kgbuilder.sources.values import parse_date
from kgbuilder.sources.walk import walk_files

DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
WORK_TYPES = ("CreativeWork", "Article", "NewsArticle", "Report", "PressRelease", "BlogPosting")


@dataclass(frozen=True)
class _Parsed:
    """What a reader found in a file: the text and whatever metadata the format carries."""

    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    work_type: str = "CreativeWork"


class _UnreadableError(Exception):
    """A reader's reason to skip a file (the message goes into the build report), and where."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def find_documents(paths: Iterable[Path], problems: list[Problem] | None = None) -> list[Path]:
    """Document files under the given files and folders, sorted, hidden files left out; links
    that lead nowhere are reported in ``problems`` when it is given (``walk_files``)."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(
                walk_files(path, lambda child: child.suffix.lower() in DOCUMENT_SUFFIXES, problems)
            )
        else:
            found.add(path)
    return sorted(found)


def read_document(
    path: Path,
    *,
    root: Path | None,
    problems: list[Problem],
    max_chars: int | None = None,
    report_cut: bool = True,
) -> Document | None:
    """Read one document; on any problem, report it and return None.

    A text longer than ``max_chars`` is cut (``cut_text``); the cut is reported unless
    ``report_cut`` is false (a build reports it when it scans the files, ``scan_documents``).
    """
    shown = str(path)
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        known = ", ".join(DOCUMENT_SUFFIXES)
        problems.append(Problem(f"not a document type kgbuilder reads (known: {known})", shown))
        return None
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(f"cannot read file: {exc.strerror or exc}", shown))
        return None
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - data.rfind(b"\n", 0, exc.start)  # in bytes: the text has no columns
        problems.append(
            Problem(
                f"not UTF-8 text ({exc.reason} at byte {exc.start}); skipped", shown, line, column
            )
        )
        return None
    try:
        parsed = reader(raw.removeprefix("\ufeff"))
    except _UnreadableError as exc:
        problems.append(Problem(f"{exc}; skipped", shown, exc.line, exc.column))
        return None
    text = _normalise_newlines(parsed.text)
    if not text.strip():
        problems.append(Problem("no text to read (the document is empty); skipped", shown))
        return None
    if max_chars is not None and len(text) > max_chars:
        kept = cut_text(text, max_chars)
        if report_cut:
            problems.append(_cut_problem(shown, suffix, len(text), kept, max_chars))
        text = kept
    digest = hashlib.sha256(data).hexdigest()
    relative = path.relative_to(root).as_posix() if root and path.is_relative_to(root) else shown
    source = Source(
        id=f"sha256:{digest}",
        kind=SourceKind.DOCUMENT,
        title=parsed.title,
        path=relative,
        url=parsed.url,
        published=parsed.published,
        publisher=parsed.publisher,
        sha256=digest,
        work_type=parsed.work_type,
    )
    return Document(source=source, text=text)


@dataclass(frozen=True)
class DocumentFile:
    """A document file found for a build, not yet read: where it is and the hash of its bytes.

    A build decides from ``sha256`` whether it has read this text before (the extraction cache);
    only the others are read (``read_document``) and given to the extractor.
    """

    path: Path
    shown: str  # the path as ``Source.path`` gives it (relative to the documents folder)
    sha256: str


def scan_documents(
    paths: Iterable[Path],
    *,
    root: Path | None,
    problems: list[Problem],
    max_chars: int | None = None,
) -> list[DocumentFile]:
    """The document files under ``paths``, hashed, in order; a file whose bytes repeat an earlier
    one is reported and left out, as ``read_documents`` does. Reads one file at a time.

    A text longer than ``max_chars`` is reported here, on every build, whether or not its
    extraction comes from the cache (a file has at least as many bytes as characters, so only
    the longer files are decoded).
    """
    files: list[DocumentFile] = []
    seen: dict[str, str] = {}
    for path in find_documents(paths, problems):
        shown = str(path)
        if path.suffix.lower() not in _READERS:
            known = ", ".join(DOCUMENT_SUFFIXES)
            problems.append(Problem(f"not a document type kgbuilder reads (known: {known})", shown))
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.append(Problem(f"cannot read file: {exc.strerror or exc}", shown))
            continue
        digest = hashlib.sha256(data).hexdigest()
        first = seen.get(digest)
        if first is not None:
            problems.append(
                Problem(f"the same text as {first}; read once", shown, severity="warning")
            )
            continue
        seen[digest] = shown
        if max_chars is not None and len(data) > max_chars:
            text = _readable_text(data, _READERS[path.suffix.lower()])
            if text is not None and len(text) > max_chars:
                kept = cut_text(text, max_chars)
                problems.append(
                    _cut_problem(shown, path.suffix.lower(), len(text), kept, max_chars)
                )
        relative = (
            path.relative_to(root).as_posix() if root and path.is_relative_to(root) else shown
        )
        files.append(DocumentFile(path, relative, digest))
    return files


def read_documents(
    paths: Iterable[Path],
    *,
    root: Path | None,
    problems: list[Problem],
    max_chars: int | None = None,
) -> list[Document]:
    """Read every document under ``paths``; a file whose bytes repeat an earlier one is skipped."""
    documents: list[Document] = []
    seen: dict[str, str] = {}
    for path in find_documents(paths, problems):
        document = read_document(path, root=root, problems=problems, max_chars=max_chars)
        if document is None:
            continue
        first = seen.get(document.source.id)
        if first is not None:
            problems.append(
                Problem(f"the same text as {first}; read once", str(path), severity="warning")
            )
            continue
        seen[document.source.id] = str(path)
        documents.append(document)
    return documents


def cut_text(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text`` at most, ending where a paragraph, a line, a
    sentence or a word ends if one does in the last tenth, so no name is cut in half."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    floor = limit - limit // 10
    for mark, keep in (("\n\n", 0), ("\n", 0), (". ", 1), (" ", 0)):
        at = head.rfind(mark, floor)
        if at >= 0:
            return head[: at + keep]
    return head


def _cut_problem(shown: str, suffix: str, length: int, kept: str, limit: int) -> Problem:
    """The warning for a text cut at ``limit``: where the cut is (line and column of the first
    character left out, for plain text, whose lines are the file's) and how much is left out."""
    line = column = None
    if suffix == ".txt":
        line = kept.count("\n") + 1
        column = len(kept) - kept.rfind("\n")
    return Problem(
        f"the text has {length:,} characters; the extractor reads the first {len(kept):,} "
        f"([extract] max_chars = {limit}) and leaves out the rest",
        shown,
        line,
        column,
        severity="warning",
    )


def _readable_text(data: bytes, reader: Callable[[str], _Parsed]) -> str | None:
    """The text a reader makes of a file's bytes, or None when it cannot (``read_document`` then
    reports why)."""
    try:
        return _normalise_newlines(reader(data.decode("utf-8").removeprefix("\ufeff")).text)
    except (UnicodeDecodeError, _UnreadableError):
        return None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_text(raw: str) -> _Parsed:
    return _Parsed(text=raw)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_MD_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")


def _read_markdown(raw: str) -> _Parsed:
    """Front matter (``title``, ``date``/``published``, ``url``/``source``, ``publisher``, ``type``)
    and the body with inline markup removed, so names are read as plain words."""
    meta: dict[str, object] = {}
    body = raw
    match = _FRONT_MATTER.match(raw)
    if match:
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            raise _front_matter_error(exc) from None
        if loaded is not None and not isinstance(loaded, dict):
            raise _UnreadableError("front matter must be a mapping of keys to values")
        meta = {str(k).casefold(): v for k, v in (loaded or {}).items()}
        body = raw[match.end() :]
    text = _MD_IMAGE.sub(r"\1", body)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_HTML_TAG.sub("", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    work_type = str(meta.get("type") or "CreativeWork")
    return _Parsed(
        text=text.strip("\n"),
        title=_str(meta.get("title")),
        published=_date(meta.get("published", meta.get("date"))),
        url=_url(meta.get("url", meta.get("source"))),
        publisher=_str(meta.get("publisher")),
        work_type=work_type if work_type in WORK_TYPES else "CreativeWork",
    )


def _front_matter_error(exc: yaml.YAMLError) -> _UnreadableError:
    """The YAML error at its place in the file (the front matter starts on line 2, after ``---``)."""
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        if mark is not None:
            return _UnreadableError(
                f"front matter is not valid YAML: {problem}", mark.line + 2, mark.column + 1
            )
        return _UnreadableError(f"front matter is not valid YAML: {problem}")
    return _UnreadableError(f"front matter is not valid YAML: {exc}")


def _read_html(raw: str) -> _Parsed:
    """The main text of an HTML page and its metadata, by trafilatura (offline, deterministic)."""
    import trafilatura

    if not raw.strip():
        return _Parsed(text="")
    try:
        found = trafilatura.bare_extraction(
            raw,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # lxml and trafilatura raise many types on broken markup
        raise _UnreadableError(f"cannot parse the HTML: {exc}") from None
    if found is None:
        return _Parsed(text="")
    data = found.as_dict() if hasattr(found, "as_dict") else dict(found)
    text = str(data.get("text") or "")
    # trafilatura ends each paragraph with one newline; a blank line keeps paragraphs apart
    text = "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
    return _Parsed(
        text=text,
        title=_str(data.get("title")),
        published=_date(data.get("date")),
        url=_url(data.get("url")),
        publisher=_str(data.get("sitename")),
        work_type="NewsArticle" if data.get("date") else "WebPage",
    )


def _str(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value: object) -> str | None:
    text = _str(value)
    if text is None:
        return None
    try:
        return parse_date(text[:10])
    except ValueError:
        return None


def _url(value: object) -> str | None:
    text = _str(value)
    if text is None or not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", text):
        return None
    return text


_READERS: dict[str, Callable[[str], _Parsed]] = {
    ".txt": _read_text,
    ".md": _read_markdown,
    ".markdown": _read_markdown,
    ".html": _read_html,
    ".htm": _read_html,
}
