"""Transcript turns become statements: each answer is its speaker's, questions are nobody's.

The turns are found from the text (`attrib.extraction.transcripts`, which documents the
conventions); this module applies them to one parsed chunk's drafts, after the quote conventions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.extraction.drafts import Chunk, Draft
from attrib.extraction.transcripts import Turn

if TYPE_CHECKING:
    from spacy.tokens import Token


def apply_turns(chunk: Chunk, drafts: list[Draft]) -> list[Draft]:
    """Drafts with each answer turn of the chunk as one direct statement of its speaker, and
    nothing else inside a turn but the quotations it holds (see the module doc)."""
    layout = chunk.layout
    lo, hi = chunk.base, chunk.base + chunk.length
    turns = [t for t in layout.turns if lo <= t.start and t.end <= hi]
    if not turns:
        return drafts

    def inside(draft: Draft) -> Turn | None:
        start, end = draft.content
        for turn in turns:
            if turn.label_start <= start and end <= turn.end:
                return turn
        return None

    kept = []
    for draft in drafts:
        turn = inside(draft)
        # Inside an answer only a quotation the speaker attributes with a verb of its own
        # stays a statement ('my father told me "..."'); the rest is the answer's wording.
        if turn is None or (draft.quotes and draft.cue_kind == "verb" and not turn.question):
            kept.append(draft)
    interviewee = _interviewee(chunk, turns[0].label_start)
    previous: Draft | None = None
    for turn in turns:
        if turn.question:
            previous = None
            continue
        paragraph = layout.paragraph_of(turn.start)
        if turn.continued:
            if previous is None:
                continue
            new = Draft((turn.start, turn.end), None, "continuation", None, None, "direct",
                        continues=previous, paragraph=paragraph)  # fmt: skip
        else:
            # An answer whose speaker cannot be found is still a statement (unattributed).
            subject = interviewee if turn.qa else _label_token(chunk, turn)
            cue = (turn.label_start, turn.label_end)
            new = Draft((turn.start, turn.end), cue, "colon", subject, None, "direct",
                        paragraph=paragraph)  # fmt: skip
        kept.append(new)
        previous = new
    return kept


def _label_token(chunk: Chunk, turn: Turn) -> Token | None:
    """The last word of a name label ("Porter" of "Jane Porter")."""
    start = turn.label_start - chunk.base
    span = chunk.doc.char_span(start, start + len(turn.label), alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def _interviewee(chunk: Chunk, before: int) -> Token | None:
    """The person the introduction names before the first turn: its first full name tagged as
    a person, else its first run of two or more proper nouns outside organisation and place
    names (the tagger does not know every name), else its first name of a person."""
    doc = chunk.doc
    intro = [t for t in doc if chunk.base + t.idx + len(t.text) <= before]
    people = [ent for ent in doc.ents if ent.label_ == "PERSON" and ent.end <= len(intro)]
    full = [ent for ent in people if len(ent) >= 2]
    if full:
        return full[0].root
    run: list[Token] = []
    for token in [*intro, None]:
        if token is not None and token.pos_ == "PROPN" and token.ent_type_ not in _PLACES:
            run.append(token)
            continue
        if len(run) >= 2:
            return run[-1]
        run = []
    return people[0].root if people else None


# Entity types whose proper nouns do not name a person.
_PLACES = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART"})
