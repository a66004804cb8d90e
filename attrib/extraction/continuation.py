"""Which earlier statement a quote with no cue of its own continues.

News prose lets a speaker go on without a new cue: a quote paragraph after the speaker's words
is theirs (`"...," she said.` / `"..."`). This module holds the drafts of a chunk indexed by
the paragraphs they touch, so that each quote looks only at its neighbourhood, and finds the
statement a quote continues: the latest earlier one with a speaker in the quote's paragraph or
the one before, or further back past one-line headings (a subhead, a caption, an embedded
post's credit line) that stand between the paragraphs of one statement.

Examples::

    "We will win," Lee said. / "The bridge is falling down."          -> continues Lee
    Lee said: "We will win. / Club statement / "The bridge is ..."     -> continues Lee
    "We will win," Lee said. / The club was founded in 1901. / "..."   -> continues no one
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.extraction.headlines import is_headline

if TYPE_CHECKING:
    from attrib.extraction.drafts import Draft
    from attrib.extraction.quotes import Quote
    from attrib.layout import Layout


class ByParagraph:
    """Drafts indexed by the paragraphs their content, cue or quotes touch, so that each quote looks
    only at its own neighbourhood (no pass over the whole document per quote)."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.index: dict[int, list[Draft]] = {}

    def _paragraphs(self, draft: Draft) -> range:
        first, last = draft.content
        if draft.cue is not None:
            first, last = min(first, draft.cue[0]), max(last, draft.cue[1])
        # A quote the draft took may run on over paragraphs past its cue's clause.
        last = max([last, *(q.end for q in draft.quotes)])
        lo = self.layout.paragraph_of(first)
        return range(lo, self.layout.paragraph_of(max(first, last - 1)) + 1)

    def add(self, draft: Draft) -> None:
        for paragraph in self._paragraphs(draft):
            drafts = self.index.setdefault(paragraph, [])
            if not any(d is draft for d in drafts):
                drafts.append(draft)

    def remove(self, draft: Draft) -> None:
        for paragraph in self._paragraphs(draft):
            drafts = self.index.get(paragraph, [])
            if draft in drafts:
                drafts.remove(draft)

    def around(self, first: int, last: int) -> list[Draft]:
        """Drafts in paragraphs ``first`` to ``last``, each once, in the order they were added."""
        seen: dict[int, Draft] = {}
        for paragraph in range(first, last + 1):
            for draft in self.index.get(paragraph, ()):
                seen.setdefault(id(draft), draft)
        return list(seen.values())


# How many heading-like paragraphs a continued quote may reach back over.
_HEADINGS_SKIPPED = 3


def past_headings(layout: Layout, text: str, paragraph: int) -> int:
    """The paragraph before ``paragraph``, past any one-line paragraphs with no closing full
    stop between them (a subhead, a caption, an embedded post's credit line): a quote running
    on after them still continues the speaker before them."""
    back = max(paragraph - 1, 0)
    while back > 0 and paragraph - back <= _HEADINGS_SKIPPED:
        start, end = layout.paragraph_starts[back], layout.paragraph_ends[back]
        if layout.quotes_between(start, end) or not is_headline(text, start, end):
            break
        back -= 1
    return back


def previous_speaker(
    drafts: list[Draft], quote: Quote, layout: Layout, back: int | None = None
) -> Draft | None:
    """The latest earlier statement with a speaker in this paragraph or the one before (or
    in paragraph ``back``, when only headings stand between)."""
    paragraph = layout.paragraph_of(quote.start)
    earlier = [
        d
        for d in drafts
        if d.content[0] < quote.start
        and not d.hedge
        and (d.subject is not None or d.continues is not None)
    ]
    if not earlier:
        return None
    last = max(earlier, key=lambda d: d.content[1])
    reach = 1 if back is None else max(paragraph - back, 1)
    # Where the statement's words end: its quotes may run on past its cue's clause.
    end = max([last.content[1], *(q.end for q in last.quotes)])
    if paragraph - layout.paragraph_of(end - 1) > reach:
        return None
    return last.continues or last
