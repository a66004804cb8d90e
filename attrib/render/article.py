"""The article cut into paragraphs and segments for the HTML report.

A *segment* is a stretch of one paragraph covered by the same set of statements, so statements
that nest or overlap ("reportedly, many officials said ...") become properly nested elements: each
segment opens its statements' elements and closes them again. A statement that runs over several
paragraphs (a multi-paragraph quote) gets one piece per paragraph, all with its id. A finding is a
*marker* placed before the segment where its span starts.

Paragraphs are the document's `Layout` paragraphs (`attrib.layout.scan`, the one place that
splits a text into paragraphs), so the report shows the paragraphs attrib reasoned about.
Everything here is plain data; escaping is the template's.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from attrib.layout import scan
from attrib.model import Document, Finding, Statement

# Readers of Markdown and HTML blank markup out to spaces to keep offsets; a run of such blanks
# before punctuation ("[Maria Lopez](https://...), the") would show as "Maria Lopez , the".
# How far after a statement's start a finding may begin and still be marked before the statement
# (an opening quotation mark, a space).
_MARK_ROOM = 3
_BLANKED_BEFORE_PUNCTUATION = re.compile(r"[ \t]{2,}(?=[,.;:!?)\]])")


@dataclass(frozen=True)
class Marker:
    """A finding at its place in the text; ``number`` is 1-based within the file."""

    number: int
    finding: Finding


@dataclass(frozen=True)
class Piece:
    """A statement's part of one segment; ``first`` on the piece that opens the statement."""

    statement: Statement
    first: bool


@dataclass(frozen=True)
class Segment:
    """``text`` covered by ``pieces`` (outermost first), after the ``markers`` placed here."""

    text: str
    pieces: tuple[Piece, ...]
    markers: tuple[Marker, ...]


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: where it starts, its segments and the findings placed in it."""

    start: int
    line: int
    segments: tuple[Segment, ...]
    markers: tuple[Marker, ...]


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph that holds more than whitespace."""
    found = scan(text)
    return [
        (start, end)
        for start, end in zip(found.paragraph_starts, found.paragraph_ends, strict=True)
        if text[start:end].strip()
    ]


def layout(
    document: Document, statements: Sequence[Statement], findings: Sequence[Finding]
) -> list[Paragraph]:
    """The document's paragraphs with every statement and finding in place."""
    text = document.text
    ranges = paragraph_ranges(text)
    if not ranges:
        return []
    starts = [start for start, _ in ranges]

    def index_of(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    by_paragraph: list[list[Statement]] = [[] for _ in ranges]
    for statement in statements:
        content = statement.content
        if content.end <= content.start:
            continue
        first, last = index_of(content.start), index_of(content.end - 1)
        for index in range(first, last + 1):
            start, end = ranges[index]
            if content.start < end and content.end > start:
                by_paragraph[index].append(statement)
    markers: list[list[Marker]] = [[] for _ in ranges]
    for number, finding in enumerate(findings, 1):
        markers[index_of(finding.span.start)].append(Marker(number, finding))

    opened: set[str] = set()
    paragraphs = []
    blanked = document.format in {"markdown", "html"}
    for (start, end), own, placed in zip(ranges, by_paragraph, markers, strict=True):
        segments = _segments(text, start, end, own, placed, opened)
        if blanked:
            segments = tuple(
                Segment(_BLANKED_BEFORE_PUNCTUATION.sub("", s.text), s.pieces, s.markers)
                for s in segments
            )
        line = document.locate(start)[0]
        paragraphs.append(Paragraph(start, line, segments, tuple(placed)))
    return paragraphs


def _segments(
    text: str,
    start: int,
    end: int,
    statements: list[Statement],
    markers: list[Marker],
    opened: set[str],
) -> tuple[Segment, ...]:
    """Cut ``text[start:end]`` wherever a statement begins or ends or a marker stands."""

    def clamp(offset: int) -> int:
        return min(max(offset, start), end)

    # A sweep over the cut points: statements enter where they start and leave where they end,
    # so the work grows with the segments times the nesting depth, never with all pairs.
    entering: dict[int, list[Statement]] = {}
    leaving: dict[int, list[str]] = {}
    for statement in statements:
        left, right = clamp(statement.content.start), clamp(statement.content.end)
        if left < right:
            entering.setdefault(left, []).append(statement)
            leaving.setdefault(right, []).append(statement.id)
    at: dict[int, list[Marker]] = {}
    starts = sorted(entering)
    for marker in markers:
        at.setdefault(_before_marks(text, clamp(marker.finding.span.start), starts), []).append(
            marker
        )
    points = sorted({start, end, *entering, *leaving, *at})
    active: dict[str, Statement] = {}
    segments = []
    for left, right in itertools.pairwise(points):
        for gone in leaving.get(left, ()):
            active.pop(gone, None)
        for statement in entering.get(left, ()):
            active[statement.id] = statement
        pieces = []
        # Outermost first: earlier start, then later end; the id breaks ties so output is stable.
        for statement in sorted(active.values(), key=_outer_first):
            pieces.append(Piece(statement, statement.id not in opened))
            opened.add(statement.id)
        segments.append(Segment(text[left:right], tuple(pieces), tuple(at.get(left, ()))))
    if end in at:
        segments.append(Segment("", (), tuple(at[end])))
    return tuple(segments)


def _before_marks(text: str, offset: int, starts: list[int]) -> int:
    """Where a marker at ``offset`` stands: before a statement that opens with nothing but a
    quotation mark or spaces ahead of it, so a marker never splits a quote from its mark."""
    index = bisect.bisect_left(starts, offset - _MARK_ROOM)
    if (
        index < len(starts)
        and starts[index] < offset
        and not any(char.isalnum() for char in text[starts[index] : offset])
    ):
        return starts[index]
    return offset


def _outer_first(statement: Statement) -> tuple[int, int, str]:
    return statement.content.start, -statement.content.end, statement.id


def statements_only(
    statements: Sequence[Statement], findings: Sequence[Finding]
) -> list[Paragraph]:
    """Without the document's text: each statement as a paragraph of its own, its findings with
    it, and findings about no statement in a last paragraph."""
    numbered = [Marker(number, finding) for number, finding in enumerate(findings, 1)]
    by_statement: dict[str | None, list[Marker]] = {}
    known = {statement.id for statement in statements}
    for marker in numbered:
        owner = marker.finding.statement
        by_statement.setdefault(owner if owner in known else None, []).append(marker)
    paragraphs = []
    for statement in statements:
        markers = tuple(by_statement.get(statement.id, ()))
        segment = Segment(statement.content.text, (Piece(statement, True),), markers)
        paragraphs.append(
            Paragraph(statement.content.start, statement.content.line, (segment,), markers)
        )
    rest = tuple(by_statement.get(None, ()))
    if rest:
        paragraphs.append(Paragraph(0, rest[0].finding.span.line, (Segment("", (), rest),), rest))
    return paragraphs
