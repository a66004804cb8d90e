"""A draft's quotes looked up among the archive's earlier quotes by the same speaker.

For each direct or mixed statement whose speaker is named, the archive's direct and mixed
statements by the same person (names compared as quote verification compares them: "Ruiz" is
"Ana Ruiz") become the source material of quote verification's matcher
(`attrib.verification.match_parts`); each quoted segment of the draft gets the verdict of its
best earlier passage. Kept: ``verbatim`` and ``elided`` (the same words appeared before) and
``altered`` (an earlier version differs). The passage's position is the earlier article's own
path, line and column. The rule ``earlier-quote`` reads the result (``Statement.earlier``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from attrib.archive.records import speaker_key
from attrib.archive.schema import connect
from attrib.layout import Layout, scan
from attrib.model import Document, Passage, Statement, Verification
from attrib.verification import SourceText, build_index, segments_in
from attrib.verification.matching import match_segments
from attrib.verification.people import name_words, same_person

# Verdicts worth telling the writer about: the same words before, or a differing version.
KEPT = frozenset({"verbatim", "elided", "altered"})
# Speakers whose earlier words say nothing about this one: no name, or only a pronoun.
_NAMELESS = frozenset({"anonymous", "unknown"})


@dataclass(frozen=True)
class EarlierQuote:
    """One earlier quote: where it stands and what it says."""

    path: str
    start: int
    line: int
    column: int
    text: str
    speaker: str


def look_up(
    statements: Sequence[Statement], document: Document, db: Path, layout: Layout | None = None
) -> tuple[Statement, ...]:
    """The statements with ``earlier`` filled from the sources database ``db``. ``layout`` is the
    document's (scanned here when not given)."""
    quotes = [st for st in statements if _askable(st)]
    if not quotes:
        return tuple(statements)
    earlier = _earlier_quotes(db, {st.speaker.name for st in quotes if st.speaker}, document)
    layout = layout or scan(document.text)
    found: dict[str, tuple[Verification, ...]] = {}
    for st in quotes:
        found[st.id] = compare(st, document, earlier, layout)
    return tuple(replace(st, earlier=found[st.id]) if found.get(st.id) else st for st in statements)


def _askable(statement: Statement) -> bool:
    speaker = statement.speaker
    return (
        statement.kind in ("direct", "mixed")
        and speaker is not None
        and speaker.kind not in _NAMELESS
        and bool(name_words(speaker.name))
    )


def _earlier_quotes(db: Path, names: set[str], document: Document) -> list[EarlierQuote]:
    """Direct and mixed statements in ``db`` whose speaker shares a word of a name in
    ``names`` (same_person decides afterwards), leaving out the draft itself if indexed."""
    surnames = sorted({speaker_key(words[-1]) for n in names if (words := name_words(n))})
    con = connect(db)
    try:
        rows = con.execute(
            """SELECT a.path, s.char_start, s.line, s.col, s.text, s.speaker
               FROM statements s JOIN articles a USING (article_id)
               WHERE s.kind IN ('direct', 'mixed') AND a.path <> ?
                 AND list_has_any(string_split(s.speaker_key, ' '), ?)
               ORDER BY a.published NULLS LAST, a.path, s.char_start""",
            [os.path.abspath(document.path), surnames],
        ).fetchall()
    finally:
        con.close()
    return [
        EarlierQuote(path, int(start), int(line), int(col), text, who)
        for path, start, line, col, text, who in rows
    ]


def compare(
    statement: Statement, document: Document, earlier: Sequence[EarlierQuote], layout: Layout
) -> tuple[Verification, ...]:
    """The verdict on each quoted segment of ``statement`` (its quotes in the document's
    ``layout``) against the ``earlier`` quotes by the same person (kept when the same words or a
    differing version were found), placed in the archive."""
    name = statement.speaker.name if statement.speaker is not None else ""
    earlier = [e for e in earlier if same_person(name, e.speaker)]
    if not earlier:
        return ()
    # Each earlier quote is one source; its document's path is its position in ``earlier``,
    # mapped back to the archive's own path and position below.
    sources = [
        SourceText.build(Document.from_text(str(i), e.text), e.text) for i, e in enumerate(earlier)
    ]
    index = build_index(sources)
    text, content = document.text, statement.content
    verdicts = []
    segments = segments_in(layout, content.start, content.end)
    for start, end, verdict in match_segments(text, segments, index, name):
        if verdict.status in KEPT and verdict.source is not None:
            passage = _in_archive(verdict.source, earlier[int(verdict.source.path)])
            verdicts.append(
                replace(
                    verdict,
                    source=passage,
                    speaker=earlier[int(verdict.source.path)].speaker,
                    segment=document.span(start, end),
                    parts=(),
                )
            )
    return tuple(verdicts)


def _in_archive(passage: Passage, quote: EarlierQuote) -> Passage:
    """A passage found in an earlier quote's text, placed in that quote's article."""
    before = quote.text[: passage.start]
    if "\n" in before:
        line, column = quote.line + before.count("\n"), passage.column
    else:
        line, column = quote.line, quote.column + passage.start
    offset = quote.start
    start, end = offset + passage.start, offset + passage.end
    return Passage(start, end, line, column, passage.text, path=quote.path)
