"""Single quotation marks as a house style: find 'quotes' and tell them from apostrophes.

British, Irish, Australian and Indian copy (and tabloids everywhere) quote speech in single marks:
``Mr Parish said: 'The Lords picked up the baton.'``. The same characters are apostrophes, so a
mark opens a quote only where a word can start after it and no elision begins there, and closes
one only where a word has just ended and none continues:

- opening: ``'`` or ``‘`` after the start of the text, a space, a bracket, a dash, a colon or a
  double mark, and before a character that is not a space; not an elision (``'90s``, ``rock 'n'
  roll``, ``'tis``, ``'em``, ``'til``, ``'cause``); a doubled mark ``''`` is neither (some archives
  write double quotation marks that way);
- closing: ``'`` or ``’`` after a character that is not a space, and before the end, a space or
  punctuation (``don't``, ``O'Neill`` never close: a letter follows). A plural possessive
  (``the players' union``, ``Jones' car``) looks like a closing mark followed by a word, so such
  a mark closes only when no better one follows in the paragraph.

A quote left open at the end of a paragraph continues when the next paragraph opens with a
single mark (the multi-paragraph convention); otherwise it closes at its last possessive-looking
mark, if any, or is dropped as unbalanced.

Whether a document uses single marks for speech is decided from its own marks
(`uses_single_quotes`): single quotes of three words or more outside double quotes must be at
more than double quotes of three words or more (a pair of doubled marks ``''`` counts as a
double quote). Inside double quotes, single marks are
nested quotation and stay part of the outer quote.

Examples::

    >>> text = "She said: 'The players' union will not sign.' Then she left."
    >>> [text[q[0]:q[1]] for q in find_single_quotes(text, [])]
    ["'The players' union will not sign.'"]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

OPEN_SINGLE = frozenset("'‘")
CLOSE_SINGLE = frozenset("'’")
_SINGLE = re.compile(r"['‘’]")
# What may stand right before an opening mark.
_BEFORE_OPEN = frozenset('([{—–-/:"“')
# What may stand right after a closing mark (besides a space or the end).
_AFTER_CLOSE = frozenset('.,;:!?)]}—–-"”…')
# Elisions that start with an apostrophe: not the start of a quote.
_ELISION = re.compile(
    r"['‘](?:\d0s|\d\ds?\b|n['’]|nd\b|em\b|til\b|cause\b|cos\b|tis\b|twas\b|bout\b|round\b"
    r"|kay\b|ello\b)",
    re.IGNORECASE,
)
# Minimum words for a quote to count as evidence of the house style.
_EVIDENCE_WORDS = 3
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_DOUBLED = re.compile(r"''|‘‘|’’")

Interval = tuple[int, int]


def _opens(text: str, pos: int) -> bool:
    if text[pos] not in OPEN_SINGLE:
        return False
    if pos > 0 and not (text[pos - 1].isspace() or text[pos - 1] in _BEFORE_OPEN):
        return False
    if pos + 1 >= len(text) or text[pos + 1].isspace() or text[pos + 1] in CLOSE_SINGLE:
        return False  # a doubled mark ('') stands for a double quotation mark
    return _ELISION.match(text, pos) is None


def _closes(text: str, pos: int) -> bool:
    """A mark that can close a quote: after a non-space, before a space, punctuation or the end."""
    if text[pos] not in CLOSE_SINGLE or pos == 0 or text[pos - 1].isspace():
        return False
    if text[pos - 1] in OPEN_SINGLE or (pos + 1 < len(text) and text[pos + 1] in CLOSE_SINGLE):
        return False  # one of a doubled mark ('')
    return pos + 1 >= len(text) or text[pos + 1].isspace() or text[pos + 1] in _AFTER_CLOSE


def _possessive(text: str, pos: int) -> bool:
    """``players' union``: an s, the mark, a space and a word: a possessive more likely."""
    after = text[pos + 1 : pos + 3]
    return text[pos - 1] in "sSzZ" and len(after) == 2 and after[0] == " " and after[1].isalnum()


def _opener_next(text: str, pos: int, end: int) -> bool:
    """Whether the next single mark after ``pos`` (before ``end``) opens a quote: then the mark
    at ``pos`` closed one ("'raised the stakes' because 'now ...'")."""
    for match in _SINGLE.finditer(text, pos + 1, end):
        if _opens(text, match.start()):
            return True
        if _closes(text, match.start()):
            return False
    return False


def _paragraph_opens_with_mark(text: str, start: int) -> int | None:
    """Offset of the single mark that opens the paragraph starting at ``start``, if one does."""
    rest = text[start : start + 8]
    stripped = rest.lstrip()
    pos = start + len(rest) - len(stripped)
    return pos if stripped[:1] in OPEN_SINGLE and _opens(text, pos) else None


def find_single_quotes(
    text: str, breaks: Sequence[Interval], inside: Sequence[Interval] = ()
) -> list[Interval]:
    """``(start, end)`` of each single-marked quote, marks included, in order.

    ``breaks`` are the paragraph separators; marks inside the ``inside`` spans (the document's
    double quotes) are nested quotation and ignored.
    """
    para_ends = [b[0] for b in breaks] + [len(text)]
    para_starts = [0] + [b[1] for b in breaks]
    blocked = sorted(inside)
    quotes: list[Interval] = []
    open_at: int | None = None
    fallback: int | None = None  # a possessive-looking mark that may close the open quote
    block = 0
    for paragraph, (p_start, p_end) in enumerate(zip(para_starts, para_ends, strict=True)):
        for match in _SINGLE.finditer(text, p_start, p_end):
            pos = match.start()
            while block < len(blocked) and blocked[block][1] <= pos:
                block += 1
            if block < len(blocked) and blocked[block][0] <= pos:
                continue  # nested in a double quote
            if open_at is None:
                if _opens(text, pos):
                    open_at, fallback = pos, None
            elif _closes(text, pos) and pos > open_at + 1:
                if _possessive(text, pos) and not _opener_next(text, pos, p_end):
                    fallback = fallback if fallback is not None else pos
                    continue
                quotes.append((open_at, pos + 1))
                open_at, fallback = None, None
        if open_at is None:
            continue
        following = (
            _paragraph_opens_with_mark(text, para_starts[paragraph + 1])
            if paragraph + 1 < len(para_starts)
            else None
        )
        if following is not None:
            # The quote runs on into the next paragraph, whose opening mark reopens it.
            fallback = None
            continue
        if fallback is not None:
            quotes.append((open_at, fallback + 1))
        open_at, fallback = None, None
    return quotes


def uses_single_quotes(text: str, singles: Sequence[Interval], doubles: Sequence[Interval]) -> bool:
    """Whether the document quotes speech in single marks (see the module doc)."""

    def long(spans: Sequence[Interval]) -> int:
        return sum(len(_WORD.findall(text[s + 1 : e - 1])) >= _EVIDENCE_WORDS for s, e in spans)

    evidence = long(singles)
    # Doubled marks ('') are double quotation marks too: a pair of them is one double quote.
    doubled = len(_DOUBLED.findall(text)) // 2
    return evidence > long(doubles) + doubled
