"""A quote the next sentence sums up as someone's words is theirs.

Features and analysis often open with the words and name their speaker only after them:

    The merger will create a "stronger and more viable company with deep local roots."

    That's the optimistic view voiced by Ana Reyes, the chief executive, on Monday.

The rule applies to a quote with no cue and no earlier speaker to continue, when the quote ends
its sentence and the next sentence opens with "That", "This", "Those" or "Such", calls what was
said a view, a message, a claim or the like within its first words, and names a person with
"by", "of" or "from" right after the noun (a name tagged as a person or opening with a known first
name).

Examples::

    ... "deep local roots." / That's the view of Ana Reyes.          -> Ana Reyes
    ... "deep local roots." / That's the view of the board.          -> (no person: no speaker)
    ... "deep local roots." / Ana Reyes owns a bakery.               -> (no summing up)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from attrib.attribution.gender import is_known_first_name
from attrib.extraction.lexicon import REPORT_NOUNS, STANCE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from attrib.extraction.drafts import Chunk
    from attrib.extraction.quotes import Quote

# The quote ends its sentence (closing punctuation and blanks only), then a demonstrative opens
# the next one, in the same paragraph or the next.
_NEXT = re.compile(r"[\s.!?…,;:)\]]*\n?\s*(?=(?:That|This|Those|Such)\b)")
# Nouns that call what was said someone's words, besides the stance and report nouns.
_SAID_NOUNS = (
    STANCE_NOUNS
    | REPORT_NOUNS
    | frozenset({"message", "verdict", "assessment", "word", "sentiment", "pitch", "line"})
)
# How many words the summing-up phrase may take before its noun ("That is the rosy view").
_NOUN_WITHIN = 6
_LINKS = frozenset({"by", "of", "from"})
_LINK_WITHIN = 3


def summed_up_by(chunk: Chunk, quote: Quote, text: str) -> Token | None:
    """The person the sentence after ``quote`` gives its words to, or None."""
    match = _NEXT.match(text, quote.end)
    if match is None or text[quote.end : match.end()].count("\n") > 2:
        return None
    local = match.end() - chunk.base
    doc = chunk.doc
    span = doc.char_span(local, min(local + 1, chunk.length), alignment_mode="expand")
    if span is None or not len(span):
        return None
    start = span[0].i
    window = doc[start : min(start + _NOUN_WITHIN + 1, len(doc))]
    noun = next((t for t in window if t.pos_ == "NOUN" and t.lemma_.lower() in _SAID_NOUNS), None)
    if noun is None:
        return None
    # "view of", "message from", "view voiced by": the link within a word or two of the noun.
    for link in doc[noun.i + 1 : min(noun.i + 1 + _LINK_WITHIN, len(doc))]:
        if link.lower_ not in _LINKS:
            continue
        if link.i + 1 >= len(doc) or doc[link.i + 1].pos_ != "PROPN":
            return None
        head = doc[link.i + 1]
        while head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN":
            head = doc[head.i + 1]
        return head if _is_person(head) else None
    return None


def _is_person(head: Token) -> bool:
    if head.ent_type_ == "PERSON":
        return True
    first = head
    while first.i > 0 and head.doc[first.i - 1].pos_ == "PROPN":
        first = head.doc[first.i - 1]
    return first.i < head.i and is_known_first_name(first.text)
