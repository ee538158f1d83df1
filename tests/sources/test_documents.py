"""Reading documents: formats, metadata, content-hash ids, bad files reported and skipped."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kgbuilder.errors import Problem
from kgbuilder.sources.documents import read_document, read_documents, scan_documents

ARTICLE = "Lena Ortiz, Director of the Andes Trade Office, opened the fair in Quito.\n"


def test_read_document_txt_id_is_the_content_hash(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    document = read_document(path, root=tmp_path, problems=[])
    assert document is not None
    digest = hashlib.sha256(ARTICLE.encode()).hexdigest()
    assert document.source.id == f"sha256:{digest}"
    assert document.source.path == "a.txt"
    assert document.text == ARTICLE


def test_read_document_markdown_front_matter_and_markup(tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_text(
        "---\ntitle: Trade fair opens\ndate: 2024-05-02\nurl: https://example.org/fair\n"
        "type: NewsArticle\n---\n# Fair\n\n**Lena Ortiz** opened the [fair](https://x.org) in Quito.\n",
        encoding="utf-8",
    )
    document = read_document(path, root=tmp_path, problems=[])
    assert document is not None
    assert document.source.title == "Trade fair opens"
    assert document.source.published == "2024-05-02"
    assert document.source.url == "https://example.org/fair"
    assert document.source.work_type == "NewsArticle"
    assert document.text == "Fair\n\nLena Ortiz opened the fair in Quito."


def test_read_document_html_main_text_without_menus(tmp_path: Path) -> None:
    path = tmp_path / "c.html"
    paragraph = (
        "Lena Ortiz, Director of the Andes Trade Office, said the fair in Quito drew buyers "
        "from many countries and that new contracts were signed on the first day."
    )
    path.write_text(
        "<html><head><title>Fair opens</title><meta name='date' content='2024-05-02'></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></nav>"
        f"<article><h1>Fair opens</h1><p>{paragraph}</p><p>{paragraph}</p></article>"
        "<footer>Copyright and contact menu</footer><script>alert('x')</script></body></html>",
        encoding="utf-8",
    )
    document = read_document(path, root=tmp_path, problems=[])
    assert document is not None
    assert paragraph in document.text
    assert "Home" not in document.text
    assert "alert" not in document.text
    assert document.source.title == "Fair opens"
    assert document.source.published == "2024-05-02"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("latin1.txt", "Sao Paulo \xe9t\xe9".encode("latin-1"), "not UTF-8"),
        ("empty.txt", b"  \n\n", "empty"),
        ("bad.md", b"---\ntitle: [unclosed\n---\ntext", "front matter"),
    ],
)
def test_read_documents_bad_files_are_reported_and_skipped(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    problems: list[Problem] = []
    documents = read_documents([tmp_path], root=tmp_path, problems=problems)
    assert [d.source.path for d in documents] == ["good.txt"]
    assert len(problems) == 1
    assert message in problems[0].message
    assert problems[0].path is not None
    assert problems[0].path.endswith(name)


def test_read_documents_same_bytes_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    problems: list[Problem] = []
    documents = read_documents([tmp_path], root=tmp_path, problems=problems)
    assert len(documents) == 1
    assert [p.severity for p in problems] == ["warning"]


def test_read_document_unreadable_file(tmp_path: Path) -> None:
    problems: list[Problem] = []
    assert read_document(tmp_path / "missing.txt", root=tmp_path, problems=problems) is None
    assert "cannot read" in problems[0].message


def test_scan_documents_hashes_in_order_and_reports_repeats(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second text.")
    (tmp_path / "a.md").write_text("First text.")
    (tmp_path / "c.txt").write_text("Second text.")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    problems: list[Problem] = []
    files = scan_documents([tmp_path, tmp_path / "notes.pdf"], root=tmp_path, problems=problems)
    assert [f.shown for f in files] == ["a.md", "b.txt"]
    assert files[1].sha256 == hashlib.sha256(b"Second text.").hexdigest()
    assert [p.message.split(";")[0] for p in problems] == [
        "the same text as " + str(tmp_path / "b.txt"),
        "not a document type kgbuilder reads (known: .txt, .md, .markdown, .html, .htm)",
    ]


@pytest.mark.parametrize(
    ("text", "limit", "kept"),
    [
        ("short", 10, "short"),
        ("a" * 950 + ".\n\n" + "b " * 100, 1000, "a" * 950 + "."),  # a paragraph end first
        ("a" * 950 + ".\n" + "b " * 100, 1000, "a" * 950 + "."),  # then a line end
        ("word " * 300, 1000, ("word " * 200)[:-1]),  # else a word end
        ("x" * 2000, 1000, "x" * 1000),  # no place to cut: at the limit
        ("Ends. " + "y" * 1200, 1100, ("Ends. " + "y" * 1200)[:1100]),  # too far back
    ],
)
def test_cut_text_ends_at_a_word_within_the_limit(text: str, limit: int, kept: str) -> None:
    from kgbuilder.sources.documents import cut_text

    assert cut_text(text, limit) == kept
    assert len(cut_text(text, limit)) <= limit


def test_read_document_cuts_a_long_text_and_says_where(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("first line\n" + "alpha beta " * 200, encoding="utf-8")
    problems: list[Problem] = []
    document = read_document(path, root=tmp_path, problems=problems, max_chars=1000)
    assert document is not None and 900 <= len(document.text) <= 1000
    assert document.text.endswith(("alpha", "beta"))
    (problem,) = problems
    assert problem.severity == "warning" and problem.line == 2
    assert problem.column == len(document.text) - len("first line\n") + 1
    quiet: list[Problem] = []
    assert read_document(path, root=tmp_path, problems=quiet, max_chars=1000, report_cut=False)
    assert quiet == []
