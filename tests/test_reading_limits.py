"""Bounded reading: file size, devices and FIFOs, stdin, .docx bombs (issue 14, item 1)."""

from __future__ import annotations

import io
import json
import os
import threading
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from attrib.reading import ReadError, read_bytes, read_path
from attrib.reading.limits import DOCX_MAX_ENTRIES, format_size, parse_size

GOOD = '"We will win this fight," Jane Smith said on Monday.\n'


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("20MB", 20_000_000),
        ("20 MB", 20_000_000),
        ("500kB", 500_000),
        ("1.5GB", 1_500_000_000),
        ("64MiB", 64 * 1024 * 1024),
        ("2KiB", 2048),
        ("1000", 1000),
        ("1000b", 1000),
    ],
)
def test_sizes(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "big", "20 furlongs", "-5MB", "0", "0.1", "MB", "1e9"])
def test_bad_sizes(text: str) -> None:
    with pytest.raises(ValueError, match="expected a size"):
        parse_size(text)


@pytest.mark.parametrize(
    ("size", "shown"),
    [(20_000_000, "20 MB"), (1_500_000, "1.5 MB"), (512_000, "512 kB"), (999, "999 B")],
)
def test_sizes_are_shown_with_their_unit(size: int, shown: str) -> None:
    assert format_size(size) == shown


def test_a_file_past_the_limit_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "long.txt"
    article.write_text(GOOD * 40, encoding="utf-8")
    with pytest.raises(ReadError, match=r"^larger than the maximum file size of 1 kB \(raise"):
        read_path(article, max_file_size=1_000)
    assert read_path(article, max_file_size=len(GOOD) * 40).text == GOOD * 40


def test_a_character_device_is_refused_before_it_is_read() -> None:
    # The small limit bounds the read should the device check ever go: never an endless read.
    with pytest.raises(ReadError, match=r"^not a regular file \(a character device\)$"):
        read_path("/dev/zero", max_file_size=1_000)


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def writer() -> None:  # were the FIFO opened, it would read this text, not hang
        with open(fifo, "w", encoding="utf-8") as handle:
            handle.write(GOOD)

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    try:
        with pytest.raises(ReadError, match=r"^not a regular file \(a FIFO \(named pipe\)\)$"):
            read_path(fifo)
    finally:
        reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # lets the writer finish
        thread.join()
        os.close(reader)


def _docx(document_xml: bytes | None = None, extra_parts: int = 0) -> bytes:
    """A real .docx (python-docx's template, one paragraph), its body replaced by
    ``document_xml`` and ``extra_parts`` empty parts added."""
    import docx

    word = docx.Document()
    word.add_paragraph(GOOD.strip())
    original = io.BytesIO()
    word.save(original)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(original) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml" and document_xml is not None:
                data = document_xml
            target.writestr(item, data)
        for n in range(extra_parts):
            target.writestr(f"extra/part{n}.xml", b"")
    return out.getvalue()


def _bomb(paragraphs: int) -> bytes:
    """word/document.xml of ``paragraphs`` empty paragraphs: tiny zipped, large inflated."""
    body = b"<w:p/>" * paragraphs
    return _docx(
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body>" + body + b"</w:body></w:document>"
    )


def test_a_docx_that_inflates_past_its_cap_is_refused_before_parsing() -> None:
    bomb = _bomb(200_000)  # 1.2 MB of XML, zipped within the limit
    assert len(bomb) < 100_000
    with pytest.raises(
        ReadError, match=r"^the \.docx would inflate to \d\.\d+ MB \(more than 1 MB, 10 times"
    ):
        read_bytes(bomb, "bomb.docx", "bomb.docx", max_file_size=100_000)


def test_a_docx_with_too_many_parts_is_refused() -> None:
    crowded = _docx(extra_parts=DOCX_MAX_ENTRIES)
    with pytest.raises(ReadError, match=r"^the \.docx holds 2,0\d\d parts \(at most 2,000\)$"):
        read_bytes(crowded, "crowded.docx", "crowded.docx")


def test_a_docx_within_its_caps_is_read() -> None:
    document = read_bytes(_docx(), "fine.docx", "fine.docx", max_file_size=100_000)
    assert document.text.strip() == GOOD.strip()


runner = CliRunner()


def _check(*args: str, stdin: str | None = None) -> tuple[int, dict[str, str | None], str]:
    result = runner.invoke(app, ["check", "--format", "json", *args], input=stdin)
    files = {f["path"]: f["error"] for f in json.loads(result.stdout)["files"]}
    return result.exit_code, files, result.stderr


def test_cli_refuses_large_files_devices_and_fifos_and_checks_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    long = tmp_path / "long.txt"
    long.write_text(GOOD * 1_100, encoding="utf-8")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(_bomb(200_000))
    code, files, err = _check(
        "--max-file-size", "50kB", "/dev/zero", str(fifo), str(long), str(bomb), str(good)
    )
    assert code == 2
    assert files == {
        "/dev/zero": "not a regular file (a character device)",
        str(fifo): "not a regular file (a FIFO (named pipe))",
        str(long): "larger than the maximum file size of 50 kB (raise it with --max-file-size "
        "or the config's max-file-size)",
        str(bomb): files[str(bomb)],
        str(good): None,
    }
    assert str(files[str(bomb)]).startswith("the .docx would inflate to ")
    assert str(files[str(bomb)]).endswith("(more than 500 kB, 10 times the maximum file size)")
    assert len(err.strip().splitlines()) == 4  # one line per refused input


def test_cli_bounds_stdin_and_the_config_sets_the_limit(tmp_path: Path) -> None:
    (tmp_path / "attrib.toml").write_text('max-file-size = "1kB"\n', encoding="utf-8")
    long = tmp_path / "long.txt"
    long.write_text(GOOD * 40, encoding="utf-8")
    code, files, _ = _check(str(long), "-", stdin=GOOD * 40)
    assert code == 2
    assert files[str(long)] == files["-"]
    assert str(files["-"]).startswith("larger than the maximum file size of 1 kB")
    code, files, _ = _check(
        str(long), "-", "--max-file-size", "1MB", "--fail-on", "never", stdin=GOOD * 40
    )
    assert (code, files) == (0, {str(long): None, "-": None})


def test_cli_rejects_a_bad_size() -> None:
    result = runner.invoke(app, ["check", "--max-file-size", "huge", "x.txt"])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "attrib: --max-file-size: expected a size such as 20MB, 500kB or 1GB, got 'huge'"
    )


def test_a_run_of_refused_inputs_loads_no_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """`attrib check /dev/zero` ends at once: nothing to parse, so spaCy is never loaded."""
    from attrib import api, nlp

    def no_loading(requested: str | None = None) -> None:
        raise AssertionError("the pipeline was loaded")

    monkeypatch.setattr(nlp, "load", no_loading)
    monkeypatch.setattr(api, "load", no_loading)
    result = runner.invoke(app, ["check", "--format", "json", "/dev/zero"])
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["tool"]["model"] == ""
    assert data["files"][0]["error"] == "not a regular file (a character device)"
    assert result.stderr == "attrib: /dev/zero: not a regular file (a character device)\n"


def test_sources_are_bounded_like_inputs(tmp_path: Path) -> None:
    """--sources: a FIFO is refused without waiting, and --max-file-size bounds sources too."""
    draft = tmp_path / "draft.txt"
    draft.write_text(GOOD, encoding="utf-8")
    fifo = tmp_path / "talk.srt"
    os.mkfifo(fifo)
    transcript = tmp_path / "talk.txt"
    transcript.write_text("JANE SMITH: We will win this fight.\n" * 40, encoding="utf-8")
    result = runner.invoke(
        app,
        ["check", str(draft), "--sources", str(fifo), "--sources", str(transcript),
         "--max-file-size", "1kB", "--format", "json", "--fail-on", "never"],
    )  # fmt: skip
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"attrib: {fifo}: not a regular file (a FIFO (named pipe)) (source skipped)",
        f"attrib: {transcript}: larger than the maximum file size of 1 kB (raise it with "
        "--max-file-size or the config's max-file-size) (source skipped)",
    ]
