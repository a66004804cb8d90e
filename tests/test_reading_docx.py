"""Word (.docx) reading: paragraphs and table cells in order, lines are paragraph numbers."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from attrib.reading import ReadError, read_bytes, read_path


def _save(document: object, path: Path) -> Path:
    document.save(str(path))  # type: ignore[attr-defined]
    return path


def test_docx_paragraphs_tables_and_positions(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("Talks \u201cstall\u201d", level=1)
    word.add_paragraph("Iran expert Beni Sabti said the talks had stalled.")
    word.add_paragraph("")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Sabti"
    table.cell(0, 1).text = "\u201cWe are not done.\u201d"
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "Merged cell."
    word.add_paragraph("\u201cThe door is open,\u201d said Nahum Barnea.")
    document = read_path(_save(word, tmp_path / "a.docx"))

    assert document.format == "docx"
    texts = document.text.split("\n\n")
    assert texts == [
        " " * len("Talks \u201cstall\u201d"),  # headings are blanked, still numbered
        "Iran expert Beni Sabti said the talks had stalled.",
        "",
        "Sabti",
        "\u201cWe are not done.\u201d",
        "Merged cell.",
        "\u201cThe door is open,\u201d said Nahum Barnea.",
    ]
    assert len(document.line_starts) == 7
    start = document.text.index("\u201cThe door")
    span = document.span(start, start + 18)
    assert (span.line, span.column, span.text) == (7, 1, "\u201cThe door is open,")
    start = document.text.index("not done")
    assert document.locate(start) == (5, 9)


def test_docx_line_breaks_stay_inside_their_paragraph(tmp_path: Path) -> None:
    word = docx.Document()
    paragraph = word.add_paragraph("First line")
    paragraph.add_run().add_break()
    paragraph.add_run("second line.")
    word.add_paragraph("Next paragraph.")
    document = read_path(_save(word, tmp_path / "b.docx"))
    assert document.text == "First line\nsecond line.\n\nNext paragraph."
    assert document.locate(document.text.index("second")) == (1, 12)
    assert document.locate(document.text.index("Next")) == (2, 1)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"this is not a zip file", "not a valid .docx file (not a zip archive)"),
        (b"PK\x03\x04 truncated zip", "not a valid .docx file (not a zip archive)"),
    ],
)
def test_bad_docx(data: bytes, message: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_bytes(data, "a.docx", "a.docx")
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_zip_that_is_not_a_docx() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "He said so.")
    with pytest.raises(ReadError, match=r"^not a valid \.docx file"):
        read_bytes(buffer.getvalue(), "a.docx", "a.docx")


def test_docx_with_broken_xml(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("He said so.")
    good = _save(word, tmp_path / "good.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    with pytest.raises(ReadError, match=r"^not a valid \.docx file \(broken XML\)$"):
        read_bytes(buffer.getvalue(), "a.docx", "a.docx")


def test_docx_without_text_is_empty(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("   ")
    with pytest.raises(ReadError, match=r"^empty file$"):
        read_path(_save(word, tmp_path / "empty.docx"))
