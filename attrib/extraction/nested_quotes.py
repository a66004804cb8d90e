"""Quotes inside quotes: the words a speaker quotes from someone else are that person's.

A witness who says “I heard the president ask, quote, ‘So he's going to do it?’” reports the
president's words: the inner quotation is the president's, the outer one the witness's. An inner
quotation of three words or more gets a statement of its own when a cue inside the outer
quotation introduces it in the same sentence and that cue names someone other than the outer
speaker (a name, a noun or "he", "she", "they"; not "I", "we" or "you"). Otherwise it stays
part of the outer quote and its speaker's words.

The inner marks are the other kind: single marks inside double quotes (typographic or straight,
told from apostrophes as in `single_quotes`), double marks inside a single-marked quote.

After a verb of perception ("I heard President Lee ask, ..."), the word that says how the
person spoke is a bare infinitive the small model often tags as a noun or a name ("Lee ask");
there the word itself is the cue and the noun phrase between the two verbs its speaker.

Examples::

    “I heard President Lee ask, ‘So is the deal done?’” Holmes said.
        -> ‘So is the deal done?’ is Lee's
    “I then heard Governor Diaz ask, quote, ‘So is the money coming?’” Holmes said.
        -> Diaz's, though "ask" is tagged a noun
    “I told them, ‘the deal is done,’ and left,” Holmes said.
        -> stays Holmes's ("I" is Holmes)
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from attrib.extraction.drafts import Chunk, Draft
from attrib.extraction.lexicon import SCARE_QUOTE_MAX_WORDS
from attrib.extraction.quotes import Quote, count_words, find_quotes
from attrib.extraction.single_quotes import find_single_quotes
from attrib.extraction.subjects import speaker_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

# How far (in characters) an inner quotation may start after the end of its cue: room for
# "ask, quote, " or "replied that ".
_NEAR = 40
_SINGLE_OPENING = frozenset("‘'")
_THIRD_PERSON = frozenset({"he", "she", "they"})
# Verbs of perception that take a bare infinitive: "heard him say", "saw her wave".
_PERCEIVING = frozenset({"hear", "overhear", "heard", "overheard", "listen", "watch", "see"})
# Speaking verbs in the bare infinitive, by their word: the tag may be wrong after a name.
_BARE_SPEAKING = frozenset(
    {"say", "ask", "tell", "reply", "answer", "add", "shout", "yell", "scream", "whisper"}
)
# How many words the noun phrase between the two verbs may have ("the deputy chief of staff").
_PHRASE_WORDS = 6


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
    base = chunk.base
    offsets = [base + c.idx for c in cues]
    found: list[Draft] = []
    for draft in drafts:
        if draft.kind == "indirect":
            continue
        for outer in draft.quotes:
            for inner in inner_quotes(text, outer):
                cue = _cue_before(cues, offsets, outer, inner, base)
                subject = None if cue is None else speaker_tokens(cue)[0]
                if cue is None or subject is None:
                    cue, subject = _perceived_speaking(chunk, outer, inner)
                if cue is None:
                    continue
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


def _perceived_speaking(
    chunk: Chunk, outer: Quote, inner: Quote
) -> tuple[Token | None, Token | None]:
    """ "heard President Lee ask, quote, ‘...’": the speaking verb after a verb of perception
    and the noun phrase between them, whatever the tags, just before ``inner``."""
    doc, base = chunk.doc, chunk.base
    span = doc.char_span(
        max(outer.start + 1, inner.start - _NEAR) - base,
        inner.start - base,
        alignment_mode="expand",
    )
    if span is None:
        return None, None
    for verb in reversed(span):
        if verb.lower_ not in _BARE_SPEAKING:
            continue
        before = doc[max(span.start, verb.i - _PHRASE_WORDS - 1) : verb.i]
        perceiving = [
            t for t in before if t.lemma_.lower() in _PERCEIVING or t.lower_ in _PERCEIVING
        ]
        if not perceiving or perceiving[-1].i == verb.i - 1:
            return None, None
        phrase = doc[perceiving[-1].i + 1 : verb.i]
        if any(t.is_punct or t.pos_ in {"VERB", "AUX", "ADP"} for t in phrase):
            return None, None
        return verb, phrase[-1]
    return None, None


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
