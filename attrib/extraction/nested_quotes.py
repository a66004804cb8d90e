"""Quotes inside quotes: the words a speaker quotes from someone else are that person's.

A witness who says “I heard the president ask, quote, ‘So he's going to do it?’” reports the
president's words: the inner quotation is the president's, the outer one the witness's. An inner
quotation of three words or more gets a statement of its own when a cue inside the outer
quotation introduces it in the same sentence and that cue names someone other than the outer
speaker (a name, a noun or "he", "she", "they"; not "I", "we" or "you"). Otherwise it stays
part of the outer quote and its speaker's words.

The inner marks are the other kind: single marks inside double quotes (typographic or straight,
told from apostrophes as in `single_quotes`), double marks inside a single-marked quote.

Examples::

    “I heard President Lee ask, ‘So is the deal done?’” Holmes said.
        -> ‘So is the deal done?’ is Lee's
    “I told them, ‘the deal is done,’ and left,” Holmes said.
        -> stays Holmes's ("I" is Holmes)
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from attrib.extraction.clauses import speaker_tokens
from attrib.extraction.drafts import Chunk, Draft
from attrib.extraction.lexicon import SCARE_QUOTE_MAX_WORDS
from attrib.extraction.quotes import Quote, count_words, find_quotes
from attrib.extraction.single_quotes import find_single_quotes

if TYPE_CHECKING:
    from spacy.tokens import Token

# How far (in characters) an inner quotation may start after the end of its cue: room for
# "ask, quote, " or "replied that ".
_NEAR = 40
_SINGLE_OPENING = frozenset("‘'")
_THIRD_PERSON = frozenset({"he", "she", "they"})


def inner_quotes(text: str, outer: Quote) -> list[Quote]:
    """Quotations of three words or more nested directly inside ``outer``."""
    start, end = outer.start + 1, outer.end - 1
    if end - start < 4:
        return []
    inside = text[start:end]
    if text[outer.start] in _SINGLE_OPENING:
        spans = [(q.start, q.end) for q in find_quotes(inside, [])]
    else:
        spans = find_single_quotes(inside, [])
    found = [Quote(start + s, start + e, count_words(inside[s + 1 : e - 1])) for s, e in spans]
    return [q for q in found if q.words > SCARE_QUOTE_MAX_WORDS]


def nested_drafts(chunk: Chunk, drafts: list[Draft], cues: list[Token], text: str) -> list[Draft]:
    """Statements for the inner quotations of ``drafts``' quotes that a cue inside the outer
    quotation gives to someone of their own. ``cues`` are the chunk's cue tokens that stand
    inside quotations, in document order."""
    if not cues:
        return []
    base = chunk.base
    offsets = [base + c.idx for c in cues]
    found: list[Draft] = []
    for draft in drafts:
        if draft.kind == "indirect":
            continue
        for outer in draft.quotes:
            for inner in inner_quotes(text, outer):
                cue = _cue_before(cues, offsets, outer, inner, base)
                if cue is None:
                    continue
                subject, _ = speaker_tokens(cue)
                if subject is None or not _names_someone(subject, outer, base):
                    continue
                found.append(
                    Draft(
                        (inner.start, inner.end),
                        chunk.chars(cue.i, cue.i + 1),
                        "verb",
                        subject,
                        cue,
                        "direct",
                        [inner],
                        paragraph=draft.paragraph,
                    )
                )
    return found


def _cue_before(
    cues: list[Token], offsets: list[int], outer: Quote, inner: Quote, base: int
) -> Token | None:
    """The last cue inside ``outer`` before ``inner``, in its sentence and close to it."""
    index = bisect.bisect_left(offsets, inner.start) - 1
    if index < 0 or offsets[index] <= outer.start:
        return None
    cue = cues[index]
    cue_end = base + cue.idx + len(cue.text)
    sentence_end = base + cue.sent.end_char
    if inner.start - cue_end > _NEAR or sentence_end <= inner.start:
        return None
    return cue


def _names_someone(subject: Token, outer: Quote, base: int) -> bool:
    """Whether the cue's subject is someone inside the outer quotation other than the speaker:
    a name, a noun or a third-person pronoun ("They said, 'The farmers can't cope'"), not
    "I", "we" or "you"."""
    start = base + subject.idx
    if not outer.start < start < outer.end:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in _THIRD_PERSON
    return subject.pos_ in {"PROPN", "NOUN"}
