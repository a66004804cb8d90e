"""The same article as .txt, .md, .html and .docx reads as the same prose."""

from __future__ import annotations

import html
from pathlib import Path

import docx

from attrib.reading import read_bytes, read_path

HEADLINE = "Talks \u201cat an impasse\u201d, officials say"
PARAGRAPHS = [
    "Iran expert Beni Sabti said the talks had stalled.",
    "\u201cWe are not done,\u201d Sabti told Reuters. \u201cNobody is leaving.\u201d",
    "According to The Jerusalem Post, the deadline will pass & nobody expects a deal.",
]


def _normalised(text: str) -> str:
    # Blanked markup leaves spaces inside sentences ("Reuters .", an entity's padding after
    # "\u201c"), so compare the text with all whitespace taken out.
    return "".join(text.split())


def _write_all(folder: Path) -> list[Path]:
    txt = folder / "article.txt"
    txt.write_text("\n\n".join(PARAGRAPHS) + "\n", encoding="utf-8")

    md = folder / "article.md"
    md.write_text(
        "---\nauthor: Desk\n---\n"
        f"# {HEADLINE}\n\n"
        "Iran expert **Beni Sabti** said the talks had [stalled](https://example.org/a).\n\n"
        "\u201cWe are not done,\u201d Sabti told *Reuters*.\n\u201cNobody is leaving.\u201d\n\n"
        "<!-- reviewed by the desk -->\n"
        "According to The Jerusalem Post, the deadline will pass &amp; nobody expects a deal.\n",
        encoding="utf-8",
    )

    page = folder / "article.html"
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in PARAGRAPHS)
    body = body.replace("Beni Sabti", "<strong>Beni Sabti</strong>")
    body = body.replace("\u201cWe", "&ldquo;We").replace("Reuters", '<a href="/r">Reuters</a>')
    page.write_text(
        "<!DOCTYPE html><html><head><title>Talks</title></head><body>\n"
        "<nav><a href='/'>Home</a></nav>\n"
        f"<article><h1>{HEADLINE}</h1>\n{body}</article>\n"
        "<footer>\u00a9 The Desk</footer></body></html>\n",
        encoding="utf-8",
    )

    word = docx.Document()
    word.add_heading(HEADLINE, level=1)
    for paragraph in PARAGRAPHS:
        word.add_paragraph(paragraph)
    word.save(str(folder / "article.docx"))
    return [txt, md, page, folder / "article.docx"]


def test_same_article_in_every_format_reads_the_same(tmp_path: Path) -> None:
    expected = _normalised(" ".join(PARAGRAPHS))
    for path in _write_all(tmp_path):
        document = read_path(path)
        assert _normalised(document.text) == expected, path.suffix
        paragraphs = [p for p in document.text.split("\n\n") if p.strip()]
        assert len(paragraphs) == len(PARAGRAPHS), path.suffix


def test_stdin_name_picks_the_format(tmp_path: Path) -> None:
    for path in _write_all(tmp_path)[:3]:
        from_disk = read_path(path)
        from_stdin = read_bytes(path.read_bytes(), path.name, "<stdin>")
        assert from_stdin.text == from_disk.text
        assert from_stdin.format == from_disk.format
        assert from_stdin.path == "<stdin>"
