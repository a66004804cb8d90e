"""Renderer dispatch, atomic writing, and the report factory the render tests share."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from attrib.model import (
    Document,
    FileReport,
    Finding,
    Outlet,
    Report,
    Source,
    Span,
    Speaker,
    Statement,
    ToolInfo,
)
from attrib.render import FORMATS, RuleInfo, render, write_atomic

TOOL = ToolInfo(name="attrib", version="0.1.0", model="en_core_web_sm 3.8.0")

# Article text written for these tests: every line carries something a renderer must escape.
TRICKY = (
    'Iran expert Beni Sabti said "the talks | will fail".\n'
    "\n"
    '"::error file=x::pwned\n::warning::again," he added.\n'
    "The report <script>alert(1)</script> claimed [click](https://evil.example) was *safe*.\n"
    "\"=cmd|' /C calc'!A0,\" said an official.\n"
    'Critics argued =HYPERLINK("http://evil.example","x") instead.\n'
)

RULES = {
    "anonymous-source": RuleInfo(
        "anonymous-source",
        "warning",
        "Statement attributed to an unnamed source",
        "## What it flags\nA statement whose speaker is not named.\n\n`an official said`",
    ),
    "pronoun-only": RuleInfo(
        "pronoun-only", "info", "Speaker named only by a pronoun", "Name the speaker."
    ),
    "unattributed": RuleInfo(
        "unattributed", "error", "Claim with no speaker", "Say who made the claim."
    ),
}


def span_of(document: Document, needle: str, occurrence: int = 0) -> Span:
    """The span of the ``occurrence``-th ``needle`` in the document."""
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(needle, start + 1)
    return document.span(start, start + len(needle))


def tricky_file(text: str = TRICKY, path: str = "news/tricky.txt") -> FileReport:
    """A hand-built report on ``TRICKY`` (or a text that holds the same sentences)."""
    doc = Document.from_text(path, text)
    sabti = Speaker("Beni Sabti", "person", "Iran expert", span_of(doc, "Beni Sabti"))
    q1 = span_of(doc, '"the talks | will fail"')
    q2 = span_of(doc, '"::error file=x::pwned\n::warning::again,"')
    q3 = span_of(doc, "[click](https://evil.example) was *safe*")
    q4 = span_of(doc, "\"=cmd|' /C calc'!A0,\"")
    statements = (
        Statement("s1", "direct", q1, span_of(doc, "said"), sabti),
        Statement(
            "s2",
            "direct",
            q2,
            span_of(doc, "added"),
            Speaker("Beni Sabti", "person", "Iran expert", span_of(doc, "he", 1)),
            flags=("pronoun-only",),
        ),
        Statement(
            "s3",
            "indirect",
            q3,
            span_of(doc, "claimed"),
            Speaker("The report <script>alert(1)</script>", "document", None, None),
            Outlet("The New York Times", None),
        ),
        Statement(
            "s4",
            "direct",
            q4,
            span_of(doc, "said", 1),
            Speaker("an official", "anonymous", None, span_of(doc, "an official")),
            flags=("anonymous-source",),
        ),
        Statement(
            "s5",
            "indirect",
            span_of(doc, '=HYPERLINK("http://evil.example","x")'),
            span_of(doc, "argued"),
            Speaker("@critics", "group", "-opposition", span_of(doc, "Critics")),
        ),
    )
    findings = (
        Finding("pronoun-only", "info", f"Speaker of {q2.text} named only as 'he'", "s2", q2),
        Finding("unattributed", "error", "Who says <b>this</b>?", None, q3),
        Finding("anonymous-source", "warning", 'Unnamed source "an official"', "s4", q4),
    )
    sources = (
        Source("Beni Sabti", "person", "Iran expert", 2, ()),
        Source("The report <script>alert(1)</script>", "document", None, 1, ("The NYT",)),
        Source("an official", "anonymous", None, 1, ()),
        Source("@critics", "group", "-opposition", 1, ()),
    )
    return FileReport(path, None, statements, findings, sources, suppressed=1, document=doc)


def tricky_report(*extra: FileReport) -> Report:
    """The tricky file, a file that could not be read, and any ``extra`` files."""
    broken = FileReport("missing|file.txt", error="cannot read: No such file or directory")
    return Report(TOOL, (tricky_file(), broken, *extra))


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_a_string(fmt: str) -> None:
    output = render(tricky_report(), fmt, rules=RULES, width=80)
    assert isinstance(output, str)
    assert output.endswith("\n")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_an_empty_report(fmt: str) -> None:
    assert isinstance(render(Report(TOOL, ()), fmt), str)


def test_unknown_format_names_the_choices() -> None:
    with pytest.raises(ValueError, match="sarif"):
        render(tricky_report(), "xml")


def test_write_atomic_writes_utf8(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    write_atomic(target, "Sabti „quoted“ 🙂\n")
    assert target.read_bytes() == "Sabti „quoted“ 🙂\n".encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


def test_write_atomic_gets_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    write_atomic(target, "x")
    umask = os.umask(0o022)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_old_file_intact_when_rendering_raises(tmp_path: Path) -> None:
    target = tmp_path / "report.sarif"
    target.write_text("old report\n", encoding="utf-8")
    with pytest.raises(ValueError):
        write_atomic(target, render(tricky_report(), "no-such-format"))
    assert target.read_text(encoding="utf-8") == "old report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.sarif"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_old_file_intact_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "report.json"
    target.write_text("old report\n", encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, fail)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, "new report\n" * 1000)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "old report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_write_atomic_replaces_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_write_atomic_writes_through_a_symlink(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    write_atomic(link, "new")
    assert link.is_symlink()  # the link is kept, its target written
    assert target.read_text(encoding="utf-8") == "new"


def test_write_atomic_writes_into_a_fifo(tmp_path: Path) -> None:
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(
        target=lambda: received.append(fifo.read_text(encoding="utf-8")), daemon=True
    )
    reader.start()
    write_atomic(fifo, "report\n")
    reader.join(timeout=10)
    assert received == ["report\n"]
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a FIFO, not replaced by a file
