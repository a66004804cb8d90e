"""Property-based: any text, stray quotation marks and Unicode never crash attrib, and every span's
offsets slice the text to exactly its ``text``."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attrib.api import analyze
from attrib.extraction.quotes import find_quotes
from attrib.model import Span

PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "„",
        "«",
        "»",
        "'",
        "’",
        " said ",
        " says ",
        "according to ",
        "reportedly ",
        "He ",
        "She ",
        "they ",
        "Smith",
        "Jane Doe",
        " told Reuters ",
        ": ",
        ", ",
        ". ",
        "\n",
        "\n\n",
        "\r\n",
        "Ünïcödé ",
        "日本語 ",
        "🙂",
        "\u200b",
        "the Post ",
        "a report ",
        "\t",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join)


def spans_of(report_statements: tuple[object, ...]) -> list[Span]:
    spans: list[Span] = []
    for statement in report_statements:
        content, cue = statement.content, statement.cue  # type: ignore[attr-defined]
        speaker, outlet = statement.speaker, statement.outlet  # type: ignore[attr-defined]
        spans.append(content)
        if cue is not None:
            spans.append(cue)
        if speaker is not None and speaker.mention is not None:
            spans.append(speaker.mention)
        if outlet is not None and outlet.mention is not None:
            spans.append(outlet.mention)
    return spans


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_analyze_never_crashes_and_spans_slice_the_text(text: str) -> None:
    report = analyze(text)
    for span in spans_of(report.statements):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for finding in report.findings:
        assert text[finding.span.start : finding.span.end] == finding.span.text


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_quotes_are_balanced_ordered_and_disjoint(text: str) -> None:
    quotes = find_quotes(text)
    for quote in quotes:
        assert text[quote.start] in '"“„«'
        # A quote ends with a closing mark (a single one when the source mixed its marks), or
        # runs to the end of its paragraph when it was left open (see find_quotes).
        rest = text[quote.end :]
        assert text[quote.end - 1] in "\"”»“'’" or not rest.split("\n", 1)[0].strip()
    for first, second in itertools.pairwise(quotes):
        assert first.end <= second.start
