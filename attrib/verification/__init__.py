"""Quote verification: every direct quote of a draft checked against the source material.

The stage sits between attribution and the rules (``read -> parse -> extract -> attribute ->
verify -> flag -> render``): `verify_statements` returns the statements with their
``verification`` filled, and the rules ``misquote``, ``misattributed-quote``, ``spliced-quote``
and ``unverified-quote`` read it.

- `load_index` reads the sources (any format attrib reads, plus PDF, SubRip and WebVTT) and
  indexes their words once per run and process;
- `match_quote` gives the verdict on one run of quoted words (archive look-ups use it too);
- `verify_statements` checks each quoted segment of each statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from attrib.layout import Layout, scan
from attrib.model import Document, Statement, Verification
from attrib.reading.limits import DEFAULT_MAX_FILE_SIZE
from attrib.verification.index import SourceIndex, build_index
from attrib.verification.matching import match_quote, match_segments
from attrib.verification.paraphrase import match_paraphrase
from attrib.verification.sources import SourceText, read_source, read_sources

__all__ = [
    "SourceIndex",
    "SourceText",
    "build_index",
    "load_index",
    "match_paraphrase",
    "match_quote",
    "read_source",
    "read_sources",
    "verify_statements",
]

# Worst first: the verdict a statement with several segments shows is its worst segment's.
STATUS_ORDER: tuple[str, ...] = ("altered", "spliced", "not-found", "elided", "verbatim")

_INDEXES: dict[tuple[str | int, ...], SourceIndex] = {}


def load_index(
    paths: Sequence[str | Path], max_file_size: int = DEFAULT_MAX_FILE_SIZE
) -> SourceIndex:
    """Read and index the sources ``paths`` name (files, folders, globs), once per process.

    Sources that cannot be read (also: larger than ``max_file_size`` bytes, a device or FIFO)
    are listed in ``SourceIndex.errors`` with a one-line message.
    """
    key: tuple[str | int, ...] = (*(str(p) for p in paths), max_file_size)
    if key not in _INDEXES:
        sources, errors = read_sources(list(paths), max_file_size)
        _INDEXES[key] = build_index(sources, errors)
    return _INDEXES[key]


def verify_statements(
    statements: Sequence[Statement],
    document: Document,
    index: SourceIndex,
    layout: Layout | None = None,
    *,
    paraphrase: bool = False,
) -> tuple[Statement, ...]:
    """The statements with ``verification`` filled: quotes always, reported statements when
    ``paraphrase`` is set. ``layout`` is the document's (scanned here when not given)."""
    layout = layout or scan(document.text)
    out = []
    for statement in statements:
        verification: Verification | None = None
        if statement.kind in ("direct", "mixed"):
            verification = _quote(statement, document, layout, index)
        elif paraphrase:
            verification = match_paraphrase(statement.content.text, index)
        out.append(replace(statement, verification=verification))
    return tuple(out)


def segments_in(layout: Layout, start: int, end: int) -> list[tuple[int, int]]:
    """The words inside each outermost pair of quotation marks in ``[start, end)`` (the
    layout's quotes); the whole range when it holds none (a quote's content without marks)."""
    found: list[tuple[int, int]] = []
    for quote in layout.quotes_within(start, end):
        if found and quote.start < found[-1][1]:
            continue  # a quote inside a quote belongs to the outer segment
        found.append((quote.start + 1, quote.end - 1))
    return found or [(start, end)]


def _quote(
    statement: Statement, document: Document, layout: Layout, index: SourceIndex
) -> Verification | None:
    speaker = statement.speaker.name if statement.speaker is not None else None
    text = document.text
    content = statement.content
    segments = segments_in(layout, content.start, content.end)
    results = [
        replace(found, segment=document.span(start, end))
        for start, end, found in match_segments(text, segments, index, speaker)
    ]
    if not results:
        return None
    if len(results) == 1:
        return results[0]
    worst = min(results, key=lambda v: STATUS_ORDER.index(v.status))
    return replace(worst, segments=tuple(results))
