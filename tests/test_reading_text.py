"""Plain text reading and every bad-input case."""

from __future__ import annotations

import codecs
import errno
import os
from pathlib import Path
from typing import Any

import pytest

from attrib.reading import ReadError, format_of, read_bytes, read_path


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n  ", "empty file"),
        ("\u3000\n".encode(), "empty file"),
        (codecs.BOM_UTF8 + b" \n", "empty file"),
        (b"He said\x00 so.", "binary file"),
        (b"\x01\x02\x03\x04\x05\x06 said" * 50, "binary file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ],
)
@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.html"])
def test_bad_inputs(data: bytes, message: str, name: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_bytes(data, name, name)
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)


# Web pages declare or get their charset detected (tests/test_reading_charset.py); text and
# Markdown are UTF-8.
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"caf\xe9 au lait", "not valid UTF-8 (byte 0xe9 at offset 3)"),
        (codecs.BOM_UTF8 + b"ok \xff", "not valid UTF-8 (byte 0xff at offset 6)"),
        (b"truncated \xe2\x80", "not valid UTF-8 (byte 0xe2 at offset 10)"),
        (
            codecs.BOM_UTF16_LE + "hi".encode("utf-16-le"),
            "not valid UTF-8 (UTF-16 byte-order mark; save the file as UTF-8)",
        ),
    ],
)
@pytest.mark.parametrize("name", ["a.txt", "a.md"])
def test_bad_text_inputs(data: bytes, message: str, name: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_bytes(data, name, name)
    assert str(caught.value) == message
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"He said so.", "He said so."),
        (codecs.BOM_UTF8 + b"He said so.", "He said so."),
        (b"One.\r\nTwo.\r\n", "One.\r\nTwo.\r\n"),
        ("\u201cYes,\u201d she said.".encode(), "\u201cYes,\u201d she said."),
        (b"Tabs\tand form\x0cfeeds stay.", "Tabs\tand form\x0cfeeds stay."),
    ],
)
def test_text_is_decoded_and_nothing_else(data: bytes, text: str) -> None:
    document = read_bytes(data, "-", "<stdin>")
    assert document.text == text
    assert document.format == "text"
    assert document.path == "<stdin>"


def test_text_lines_and_columns_count_crlf_lines() -> None:
    document = read_bytes(b'First line.\r\nShe said "no".\r\n', "a.txt", "a.txt")
    start = document.text.index('"no"')
    span = document.span(start, start + 4)
    assert (span.line, span.column, span.text) == (2, 10, '"no"')


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("a.txt", "text"),
        ("a.text", "text"),
        ("a.rst", "text"),
        ("-", "text"),
        ("README", "text"),
        ("a.md", "markdown"),
        ("A.MARKDOWN", "markdown"),
        ("a.html", "html"),
        ("a.htm", "html"),
        ("a.docx", "docx"),
    ],
)
def test_format_chosen_by_suffix(name: str, fmt: str) -> None:
    assert format_of(name) == fmt


def test_read_path_keeps_the_path_as_given(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"He said so.")
    document = read_path(tmp_path / "a.txt")
    assert document.path == str(tmp_path / "a.txt")
    assert read_path(str(tmp_path / "a.txt"), display="shown.txt").path == "shown.txt"


def test_read_path_never_writes_to_its_input(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_bytes(b"# Head\r\n\r\nShe said **so**.\r\n")
    before = article.stat().st_mtime_ns
    read_path(article)
    assert article.read_bytes() == b"# Head\r\n\r\nShe said **so**.\r\n"
    assert article.stat().st_mtime_ns == before


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"^no such file or directory$"):
        read_path(tmp_path / "missing.txt")


def test_directory_given_as_file(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match=r"^is a directory$"):
        read_path(tmp_path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "secret.txt"
    article.write_bytes(b"He said so.")
    real_open = os.open

    def refuse(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(article):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)  # root may read anything: chmod would not do
    with pytest.raises(ReadError, match=r"^permission denied$"):
        read_path(article)


def test_binary_file_on_disk(tmp_path: Path) -> None:
    image = tmp_path / "photo.txt"
    image.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ReadError, match=r"^binary file$"):
        read_path(image)
