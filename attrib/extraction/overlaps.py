"""Drafts that overlap, repeat or continue one another, and which of them stand as statements.

A hedge inside someone's reported words is theirs; a cue inside what someone else reports is
part of their words ("Smith said he thinks ..." is Smith's statement only, as PolNeAR annotates
it); two cues reporting the same content give one statement; a quote split by its cue (`"A,"
Smith said. "B."`) is one statement from A to B.
"""

from __future__ import annotations

import bisect

from attrib.extraction.drafts import Draft
from attrib.layout import Layout


def drop_nested_hedges(drafts: list[Draft]) -> list[Draft]:
    """A hedge inside someone's reported words is theirs ("Smith said they reportedly ...").

    Reported words stay in their cue's paragraph, so a hedge is compared only with the
    statements of its own paragraph.
    """
    by_paragraph: dict[int, list[Draft]] = {}
    for draft in drafts:
        if not draft.hedge:
            by_paragraph.setdefault(draft.paragraph, []).append(draft)

    def nested(hedge: Draft) -> bool:
        start, end = hedge.content
        return any(
            s.content[0] <= start and end <= s.content[1]
            for s in by_paragraph.get(hedge.paragraph, ())
        )

    return [d for d in drafts if not d.hedge or not nested(d)]


def drop_embedded(drafts: list[Draft]) -> list[Draft]:
    """A cue inside what someone else reports is part of their words, not a second attribution:
    "Smith said he thinks taxes will rise" is Smith's statement only (as PolNeAR annotates it).

    ``drafts`` are sorted by content. An enclosing span starts at or before what it encloses, so
    prefix maxima of the content end (the two widest, from different drafts) answer each draft
    with one bisect: no pairwise comparison.
    """
    sourced = [d for d in drafts if not d.hedge and d.cue is not None]
    starts = [d.content[0] for d in sourced]
    best: list[tuple[int, Draft | None]] = []  # widest so far
    second: list[tuple[int, Draft | None]] = []  # widest so far from another draft
    top: tuple[int, Draft | None] = (-1, None)
    runner: tuple[int, Draft | None] = (-1, None)
    for draft in sourced:
        if draft.content[1] > top[0]:
            top, runner = (draft.content[1], draft), top
        elif draft.content[1] > runner[0]:
            runner = (draft.content[1], draft)
        best.append(top)
        second.append(runner)
    kept: list[Draft] = []
    for draft in drafts:
        if draft.cue_token is not None and draft.cue_token.dep_ == "parataxis":
            kept.append(draft)  # "which, critics say, does not": the writer's aside, not theirs
            continue
        if draft.cue is not None and draft.cue_kind == "verb" and not draft.hedge:
            n = bisect.bisect_right(starts, min(draft.cue[0], draft.content[0]))
            if n > 0:
                end, widest = best[n - 1] if best[n - 1][1] is not draft else second[n - 1]
                if widest is not None and end >= draft.content[1]:
                    continue
        kept.append(draft)
    return kept


def dedupe(drafts: list[Draft]) -> list[Draft]:
    """Two cues reporting the same content (``said and added``) give one statement."""
    kept: list[Draft] = []
    for draft in drafts:
        if kept and kept[-1].content == draft.content:
            continue
        kept.append(draft)
    return kept


def merge_split_quotes(drafts: list[Draft], layout: Layout, text: str) -> list[Draft]:
    """`"A," Smith said. "B."`: a quote that carries on right after a direct quote and its cue is
    the rest of that statement (one attribution whose content runs from A to B), as PolNeAR and
    PARC annotate it."""
    merged: list[Draft] = []
    for draft in drafts:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and draft.cue is None
            and draft.continues is not None
            and draft.continues is (previous.continues or previous)
            and previous.kind == "direct"
            and previous.cue_kind == "verb"
            and previous.cue is not None
            and previous.content[1] <= previous.cue[0] < draft.content[0]
            and layout.paragraph_of(draft.content[0]) == layout.paragraph_of(previous.cue[0])
        ):
            previous.content = (previous.content[0], draft.content[1])
            previous.quotes.extend(draft.quotes)
            continue
        merged.append(draft)
    return merged
