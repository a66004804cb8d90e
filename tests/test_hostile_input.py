"""Hostile input, end to end (issue 14): random documents full of quotation marks, markup,
suppression comments and control characters, in every input format and through every output
format. Whatever comes in: no exception, every span slices the text exactly, no speaker name
carries edge whitespace or a suppression comment, and no output line is a workflow command taken
from the article or its file name.

The reproducers of each item live with their subject (`test_reading_limits`, `test_suppress`,
`test_speaker_whitespace`, `test_render_workflow_commands`, ...); this module holds the
properties over random input. Few examples each: the suite stays fast, and hypothesis keeps the
failures it finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import attrib.nlp
from attrib import api
from attrib.api import analyze_documents
from attrib.model import Document, FileReport, Report, Span, ToolInfo
from attrib.reading import ATTRIB_COMMENT, ReadError, read_bytes
from attrib.render import FORMATS, render
from tests.test_render import RULES

PIECES = st.sampled_from(
    [
        *"\"“”„«»‘’'",
        " said ",
        " told reporters ",
        "according to ",
        "reportedly ",
        "Sources said ",
        "Experts said the plan failed. ",
        "The mayor ",
        "Jane Doe, a spokeswoman, ",
        "she ",
        ". ",
        ", ",
        ": ",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        " ",
        "\t",
        # Markup and attrib's own comments, closed and left open.
        "<!-- attrib: ignore all -->",
        "<!-- attrib: disable vague-source -->",
        "<!-- attrib: enable all -->",
        "<!--",
        "-->",
        "<p>",
        "</p>",
        "<q>",
        "<script>alert(1)</script>",
        "**",
        "# ",
        "> ",
        "```",
        "---\n",
        "[link](http://x)",
        "&amp;",
        "&#8220;",
        # Control characters, bidi overrides, zero-width and odd spaces.
        "\x1b[31m",
        "\x07",
        "\x0b",
        "\x0c",
        "\x85",
        "\u202e",
        "\u2066",
        "\u200b",
        "\u00a0",
        "\u2028",
        "\ufeff",
        # What a CI runner would run at the start of a line.
        "::warning::x",
        "::error file=a::b",
        "🙂",
        "日本語",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=6)), min_size=1, max_size=40).map("".join)
NAMES = st.sampled_from(
    ["a", "::error file=x::y", " ::notice::n", "a\u202eb", "new\nline", "a\r::notice::b"]
)
SUFFIXES = st.sampled_from([".txt", ".md", ".html"])
TOOL = ToolInfo("attrib", "0", "model")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_RUNNER_LINES = re.compile(r"\r\n?|\n")


def _spans(file: FileReport) -> Iterator[Span]:
    for statement in file.statements:
        yield statement.content
        yield from (s for s in (statement.cue,) if s is not None)
        for part in (statement.speaker, statement.outlet):
            if part is not None and part.mention is not None:
                yield part.mention
    for finding in file.findings:
        yield finding.span


def _read(text: str, name: str) -> Document | None:
    try:
        return read_bytes(text.encode("utf-8"), name, name)
    except ReadError:  # a binary-looking or empty document: a one-line error, nothing to check
        return None


def _check_report(document: Document, file: FileReport) -> None:
    assert file.error is None
    for span in _spans(file):
        assert 0 <= span.start <= span.end <= len(document.text)
        assert document.text[span.start : span.end] == span.text
    for statement in file.statements:
        speaker = statement.speaker
        if speaker is not None:
            assert speaker.name == speaker.name.strip(), speaker
            # A suppression comment is not prose (an unclosed "<!--" is just text).
            assert ATTRIB_COMMENT.search(speaker.name) is None, speaker


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, NAMES, SUFFIXES)
def test_any_document_in_any_format_checks_with_exact_spans(
    text: str, name: str, suffix: str
) -> None:
    document = _read(text, name + suffix)
    if document is None:
        return
    (file,) = analyze_documents([document])
    _check_report(document, file)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, NAMES)
@example("\x0b::warning::x", "a")  # mid-line for the runner: after "<p>" in the HTML report
@example("\n\x0b::warning::x\n", "a")  # at a line start: defused
@example('He said "x\r::warning::x" today.\n', "a\r::notice::b")  # a lone CR ends a line
def test_no_output_format_runs_a_workflow_command_from_the_input(text: str, name: str) -> None:
    document = _read(text, name + ".txt")
    if document is None:
        return
    (file,) = analyze_documents([document])
    report = Report(TOOL, (file, FileReport(path=name + ".md", error="binary file")))
    for fmt in FORMATS:
        for width in (60, 120):
            output = render(report, fmt, rules=RULES, width=width, color=width == 60)
            if fmt == "github":
                continue  # its commands are the point; their values are escaped there
            # The runner's lines end at \n or \r only (str.splitlines would also cut at \x0b,
            # \x85, U+2028, ...); it strips whitespace, as str.strip does, before "::".
            lines = _RUNNER_LINES.split(_ANSI.sub("", output))
            assert not [line for line in lines if line.strip().startswith("::")], fmt


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Texts cut into pieces of at most 300 characters, parsed one at a time."""
    monkeypatch.setattr(api, "chunk_bounds", lambda t: attrib.nlp.chunk_bounds(t, 300))
    monkeypatch.setattr(attrib.nlp, "BATCH_CHARS", 300)


@settings(
    max_examples=10,
    deadline=None,
    # The fixture only narrows the pieces; every example may share it.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(TEXTS, min_size=3, max_size=5).map("\n\n".join))
def test_long_texts_stay_exact_across_piece_boundaries(small_pieces: None, text: str) -> None:
    document = _read(text, "long.txt")
    if document is None:
        return
    (file,) = analyze_documents([document])
    _check_report(document, file)
