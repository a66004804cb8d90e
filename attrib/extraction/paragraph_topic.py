"""A quote with no cue in a paragraph that introduces someone is that person's.

Features introduce a new voice in a sentence about them and then let them speak without a cue:

    Dan (not his real name), a first-year student, went home after a week. He does not plan
    to go back. "I felt left out in the flat."

The quote is Dan's, not the previous paragraph's speaker's. The rule applies only when the
quote opens a new sentence after narrative in its own paragraph (no earlier quote or reported
statement there), and the paragraph opens with a person's name (not a possessive): a name the
model tags as a person, one that opens with a known first name, or one the article says is not
the person's real name, or with "he" or "she" as the subject (the person it stands for); a
live blog's timestamp before it does not count. Otherwise the quote continues the previous
speaker (see `conventions`).

Examples::

    Ann Reyes moved to the city in May. "It was a hard year."      -> Ann Reyes
    She moved to the city in May. "It was a hard year."            -> she (resolved later)
    23:42 Reyes has spoken again. "It was a hard year."            -> Reyes (a live blog)
    The council met on Monday. "It was a hard year."              -> (no topic: not a person)
    "We will win," Lee said. Reyes nodded. "It was a hard year."  -> (a quote came before)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from attrib.attribution.gender import is_known_first_name
from attrib.extraction.drafts import Chunk, Draft
from attrib.extraction.quotes import Quote

if TYPE_CHECKING:
    from spacy.tokens import Token

_SENTENCE_END = (".", "!", "?", "…")
# Pronouns that stand for one person the paragraph is about.
_PERSONAL = frozenset({"he", "she"})
# A live blog's timestamp before the paragraph's first words: "23:42", "10.05am", "9:15".
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?$", re.IGNORECASE)
_TIME_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "gmt", "bst", "utc", "et", "est", "edt", "pt"})


def paragraph_topic(chunk: Chunk, quote: Quote, text: str, earlier: list[Draft]) -> Token | None:
    """The person a cue-less ``quote`` belongs to by the rule above, or None. ``earlier`` are
    the drafts of the quote's paragraph and the one before it."""
    layout = chunk.layout
    start, _ = layout.paragraph(quote.start)
    before = text[start : quote.start].rstrip()
    if not before or not before.endswith(_SENTENCE_END):
        return None
    if layout.quotes_between(start, quote.start) or any(
        start <= d.content[0] < quote.start for d in earlier
    ):
        return None
    # Past the blanks a web page's markup left at the paragraph's start.
    start += len(text[start : quote.start]) - len(text[start : quote.start].lstrip())
    local = max(start - chunk.base, 0)
    opening = chunk.doc.char_span(local, local + 1, alignment_mode="expand")
    if opening is None or not len(opening):
        return None
    # The name that opens the paragraph, read from the tokens rather than the parse: the
    # parser often runs a sentence on over a paragraph break, and then misreads its subject.
    doc = chunk.doc
    first = _past_timestamp(opening[0])
    if first < len(doc) and doc[first].lower_ in _PERSONAL and doc[first].dep_ == "nsubj":
        # "She remembers every detail. '...'": the paragraph is about the person the pronoun
        # stands for, whom attribution resolves.
        return doc[first]
    end = first
    while end < len(doc) and doc[end].pos_ == "PROPN" and end - first < 4:
        end += 1
    if end == first or end >= len(doc) or doc[end].tag_ == "POS":
        return None  # no name, or a possessive ("Dan's flat")
    subject = doc[end - 1]
    if chunk.base + subject.idx >= quote.start:
        return None
    return subject if _names_person(subject, text, chunk.base) else None


def _past_timestamp(token: Token) -> int:
    """The first token after a live blog's timestamp ("23:42", "10.05am", "9:15 a.m. ET:")
    that opens a paragraph; ``token`` itself when there is none."""
    doc = token.doc
    i = token.i
    if not _TIME.match(token.text):
        return i
    i += 1
    while i < len(doc) and (
        doc[i].lower_ in _TIME_WORDS or doc[i].is_space or doc[i].text in {":", "-", "–", "—"}
    ):
        i += 1
    return i


def _names_person(subject: Token, text: str, base: int) -> bool:
    if subject.ent_type_ == "PERSON":
        return True
    run_start = subject.i
    while run_start > 0 and subject.doc[run_start - 1].pos_ == "PROPN":
        run_start -= 1
    if is_known_first_name(subject.doc[run_start].text):
        return True
    after = text[base + subject.idx + len(subject.text) : base + subject.idx + 60]
    return "real name" in after
