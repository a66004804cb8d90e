"""``table``: a table from 100 columns, blocks below; no colour unless asked; article text never
styles it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rich.cells import cell_len

from attrib.model import (
    Document,
    DocumentMeta,
    FileReport,
    Publication,
    Report,
    Speaker,
    Statement,
)
from attrib.render import render
from attrib.render.table import clean
from tests.test_render import RULES, TOOL, span_of, tricky_report


def table(report: Report | None = None, *, color: bool = False, width: int = 80) -> str:
    return render(report or tricky_report(), "table", rules=RULES, color=color, width=width)


def test_fits_80_columns() -> None:
    for line in table().splitlines():
        assert cell_len(line) <= 80, line


def test_no_escape_sequences_without_colour() -> None:
    assert "\x1b" not in table()


def test_colour_when_asked_with_severity_styles() -> None:
    output = table(color=True)
    assert "\x1b[" in output
    # anonymous-source is a warning: yellow (SGR 33).
    assert "\x1b[33manonymous" in output


def test_columns_and_content() -> None:
    output = table(width=160)
    header = next(line for line in output.splitlines() if line.startswith("#"))
    assert header.split() == ["#", "Line", "Kind", "Statement", "Speaker", "Outlet", "Cue", "Flags"]
    assert "Beni Sabti (Iran expert)" in output
    assert "The New York Times" in output
    assert "<script>alert(1)</script>" in output


def test_findings_sources_error_and_summary() -> None:
    output = table(width=120)
    assert "5:46 error unattributed Who says <b>this</b>?" in output
    assert "6:1 warning anonymous-source Unnamed source" in output
    assert "Sources" in output
    assert "missing|file.txt: error: cannot read: No such file or directory" in output
    assert output.splitlines()[-1] == (
        "2 files, 5 statements (1 failed): 1 error, 1 warning, 1 info, 1 suppressed"
    )


def test_long_statement_is_shortened_with_ellipsis() -> None:
    text = 'She said "' + "word " * 30 + 'end".\n'
    doc = Document.from_text("long.txt", text)
    quote = span_of(doc, '"' + "word " * 30 + 'end"')
    statement = Statement("s1", "direct", quote, span_of(doc, "said"), None)
    output = table(Report(TOOL, (FileReport("long.txt", statements=(statement,)),)), width=200)
    assert "word word…" in output
    assert "end" not in output


def test_markup_and_control_characters_in_text_are_inert() -> None:
    text = 'He said "[bold red]alarm[/bold red] \x1b[31mred\x1b[0m \u202eevil".\n'
    doc = Document.from_text("m.txt", text)
    quote = span_of(doc, text[text.index('"') : text.rindex('"') + 1])
    speaker = Speaker("[link=http://x]Smith[/link]", "person", None, None)
    statement = Statement("s1", "direct", quote, None, speaker)
    output = table(Report(TOOL, (FileReport("m.txt", statements=(statement,)),)), width=200)
    assert "[bold red]alarm[/bold red]" in output
    assert "[link=http://x]Smith[/link]" in output
    assert "\x1b" not in output
    assert "\u202e" not in output


def test_clean() -> None:
    assert clean("a\nb\tc\x1bd\u2066e") == "a b c\ufffdd\ufffde"


def test_summary_counts_plural() -> None:
    assert table(Report(TOOL, ())).strip() == (
        "0 files, 0 statements: 0 errors, 0 warnings, 0 info, 0 suppressed"
    )


def test_heading_shows_page_title_and_site() -> None:
    doc = replace(
        Document.from_text("page.html", "No quotes here.\n", format="html"),
        meta=DocumentMeta(title="Budget  talks\nstall", site_name="The Daily Example"),
    )
    plain = Document.from_text("plain.txt", "No quotes here.\n")
    files = (FileReport("page.html", document=doc), FileReport("plain.txt", document=plain))
    lines = table(Report(TOOL, files), width=120).splitlines()
    assert "page.html — Budget talks stall · The Daily Example: no statements found" in lines
    assert "plain.txt: no statements found" in lines


def test_heading_says_which_publication_and_whence() -> None:
    plain = Document.from_text("a.md", "No quotes here.\n", format="markdown")
    files = (
        FileReport("a.md", document=plain, publication=Publication("The Guardian", "front-matter")),
        FileReport("b.md", document=plain, publication=Publication("The Tribune", "config")),
    )
    lines = table(Report(TOOL, files), width=120).splitlines()
    assert "a.md · checked as The Guardian (from the front matter): no statements found" in lines
    assert "b.md · checked as The Tribune (configured): no statements found" in lines


HEADER = ["#", "Line", "Kind", "Statement", "Speaker", "Outlet", "Cue", "Flags"]


@pytest.mark.parametrize("width", [60, 80, 99])
def test_below_100_columns_each_statement_is_a_block(width: int) -> None:
    lines = [line.rstrip() for line in table(width=width).splitlines()]
    assert all(cell_len(line) <= width for line in lines)
    assert not any(line.split() == HEADER for line in lines)  # no squeezed table
    start = lines.index(" 2  line 3 · direct")
    assert lines[start + 1 : start + 5] == [
        # The statement keeps its words whole (at 80 columns the table gave it 13 characters).
        '    "::error file=x::pwned ::warning::again,"',
        "    speaker  Beni Sabti (Iran expert)",
        "    cue      added",
        "    flags    pronoun-only",
    ]
    start = lines.index(" 3  line 5 · indirect")
    assert lines[start + 1 : start + 5] == [
        "    [click](https://evil.example) was *safe*",
        "    speaker  The report <script>alert(1)</script>",
        "    outlet   The New York Times",
        "    cue      claimed",
    ]
    assert any(line.startswith("2 files, 5 statements (1 failed): 1 error,") for line in lines)


def test_below_100_columns_the_sources_are_a_line_each() -> None:
    lines = [line.rstrip() for line in table(width=80).splitlines()]
    start = lines.index("Sources")
    assert lines[start + 1 : start + 5] == [
        "Beni Sabti (Iran expert) · person · 2 statements",
        "The report <script>alert(1)</script> · document · 1 statement · The NYT",
        "an official · anonymous · 1 statement",
        "@critics (-opposition) · group · 1 statement",
    ]


def test_a_block_shows_more_of_a_long_statement_than_a_cell() -> None:
    text = 'She said "' + " ".join(f"word{n}" for n in range(30)) + '".\n'
    doc = Document.from_text("long.txt", text)
    quote = span_of(doc, text[text.index('"') : text.rindex('"') + 1])
    statement = Statement("s1", "direct", quote, span_of(doc, "said"), None)
    report = Report(TOOL, (FileReport("long.txt", statements=(statement,)),))
    narrow = table(report, width=80)
    assert "word16" in narrow and "word29" not in narrow  # 120 characters, then "…"
    assert "    speaker  —" in [line.rstrip() for line in narrow.splitlines()]


@pytest.mark.parametrize("width", [100, 140])
def test_from_100_columns_the_statements_are_a_table(width: int) -> None:
    lines = table(width=width).splitlines()
    assert any(line.split() == HEADER for line in lines)
    assert all(cell_len(line) <= width for line in lines)
    assert not any("line 3 · direct" in line for line in lines)
