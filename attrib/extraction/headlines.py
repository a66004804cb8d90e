"""A headline's quote is the person named right after it.

Headlines, standfirsts and picture captions put the words first and the speaker after them, with
no comma and often no verb of saying: the convention of British and Irish papers and of many
web front pages:

    'I found the texts on his phone' Ana Reyes speaks out on her cheating ex
    'We were never told': Ana Reyes on the night the dam broke
    "It's time to go" — Ana Reyes quits after ten years

The rule applies to a quote that opens a one-line paragraph with no full stop at its end (a
headline, not a sentence of the body), when a person's name (tagged as a person, or opening
with a known first name) follows the closing mark with at most a colon or dash between.

Examples::

    'We will never give up' Ana Reyes vows to fight on         -> Ana Reyes
    'We will never give up' the union vows                      -> (no name: no speaker)
    'We will never give up' Ana Reyes said on Monday.           -> (a sentence: cues decide)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from attrib.attribution.gender import is_known_first_name

if TYPE_CHECKING:
    from spacy.tokens import Token

    from attrib.extraction.drafts import Chunk
    from attrib.extraction.quotes import Quote

# What may stand between the closing mark and the name: blanks, a colon or a dash.
_LINK = re.compile(r"[ \t\u00a0]*(?:[:―—–-][ \t\u00a0]*)?(?=[A-Z])")
_SENTENCE_END = (".", "!", "?", "…", ":", ";", ",")
# How many words a name may have ("Mary Ann de la Cruz").
_NAME_WORDS = 5


def is_headline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a paragraph) reads as a headline: one line with no
    punctuation closing it as a sentence."""
    line = text[start:end].strip()
    return bool(line) and "\n" not in line and not line.endswith(_SENTENCE_END)


def headline_speaker(
    chunk: Chunk, quote: Quote, text: str
) -> tuple[Token, tuple[int, int] | None] | None:
    """The name after a quote that opens a headline-like paragraph, with the colon or dash
    that links them (the cue, None when there is none), or None."""
    layout = chunk.layout
    start, end = layout.paragraph(quote.start)
    if text[start : quote.start].strip():
        return None  # the quote does not open its paragraph
    if not is_headline(text, start, end) or quote.end >= end:
        return None  # several lines, a sentence of the body, or nothing after the quote
    match = _LINK.match(text, quote.end)
    if match is None or match.end() >= end:
        return None
    local = match.end() - chunk.base
    doc = chunk.doc
    span = doc.char_span(local, min(local + 1, chunk.length), alignment_mode="expand")
    if span is None or not len(span) or span[0].pos_ != "PROPN":
        return None
    first = span[0]
    head = first
    while (
        head.i + 1 < len(doc)
        and doc[head.i + 1].pos_ == "PROPN"
        and head.i + 1 - first.i < _NAME_WORDS
        and not doc[head.i].whitespace_.count("\n")
    ):
        head = doc[head.i + 1]
    if head.i + 1 < len(doc) and doc[head.i + 1].tag_ == "POS":
        return None  # a possessive: "Reyes's fight" is no speaker
    if first.ent_type_ != "PERSON" and not (head.i > first.i and is_known_first_name(first.text)):
        return None
    link = text[quote.end : match.end()]
    if not link.strip():
        return head, None
    cue_start = quote.end + len(link) - len(link.lstrip())
    return head, (cue_start, cue_start + len(link.strip()))
