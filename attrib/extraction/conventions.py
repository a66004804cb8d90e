"""Attach quotations to their speakers by the conventions of news writing.

The conventions, in the order they are tried for a quotation:

1. the quote overlaps what a cue reports (``"...," Sabti said``;
   ``concluded that ... "feeling ..."``);
2. a cue in the quote's sentence with nothing else between (``"...," he said, "..."``;
   ``He said: "..."``; a colon cue closing the paragraph before);
3. colon, headline, dash and transcript attribution: ``Sabti: "..."``,
   ``'...' Jane Porter speaks out`` (`headlines`), ``"..." ― Jane Porter``, ``PENCE: ...``
   (`speaker_labels`);
4. a quote with no cue after narrative about someone in its own paragraph is theirs
   (`paragraph_topic`); with no earlier speaker either, a quote the next sentence sums up as
   someone's view is theirs (`summed_up`: ``"..." / That's the view of Ana Reyes``);
5. continuation: a quote with no cue continues the speaker of the paragraph before (or its own);
6. otherwise the quote has no speaker, and the unattributed-quote rule will say so.

A quote of one or two words is a scare quote: it never becomes a statement of its own, and inside
reported speech it makes that statement ``mixed``. Each quote looks only at the drafts of its own
paragraphs, so the work per quote does not grow with the document.
"""

from __future__ import annotations

import re

from attrib.extraction.continuation import ByParagraph, past_headings, previous_speaker
from attrib.extraction.drafts import Chunk, Draft, overlap
from attrib.extraction.headlines import headline_speaker
from attrib.extraction.not_statements import is_title
from attrib.extraction.paragraph_topic import paragraph_topic
from attrib.extraction.quotes import Quote
from attrib.extraction.speaker_labels import (
    colon_speaker,
    credit_speaker,
    dash_speaker,
    transcript_speaker,
)
from attrib.extraction.summed_up import summed_up_by
from attrib.layout import Layout

_WORDS = re.compile(r"\w+")
# How far (in characters) a cue may sit from a quote it introduces or closes.
_NEAR = 120
# How long a name between a quote and a cue that reports nothing else may be.
_NEAR_NAME = 40
# The writer's or a transcript speaker's own voice.
_FIRST_PERSON = frozenset({"i", "we"})


def attach_quotes(chunk: Chunk, drafts: list[Draft], bare: list[Draft], text: str) -> None:
    lo, hi = chunk.base, chunk.base + chunk.length
    layout = chunk.layout
    placed, waiting = ByParagraph(layout), ByParagraph(layout)
    for draft in drafts:
        placed.add(draft)
    for draft in bare:
        waiting.add(draft)
    for quote in layout.quotes_between(lo, hi):
        span = (quote.start, quote.end)
        first = layout.paragraph_of(quote.start)
        last = layout.paragraph_of(quote.end - 1)
        nearby = placed.around(first, last)
        holder = max(nearby, key=lambda d: overlap(d.content, span), default=None)
        if holder is not None and overlap(holder.content, span) > 0:
            holder.quotes.append(quote)
            placed.add(holder)  # now also in the paragraphs the quote runs on into
            continue
        if quote.is_scare:
            continue
        near = _nearest_cue(
            nearby + waiting.around(max(first - 1, 0), last), quote, layout, text, lo
        )
        if near is not None:
            near.quotes.append(quote)
            if near not in nearby:
                waiting.remove(near)
                bare.remove(near)
                near.content = span
                drafts.append(near)
                placed.add(near)
            continue
        paragraph = first
        if is_title(text, quote.start, quote.end) and not (
            _opens_sentence(quote, layout, text)
            and previous_speaker(placed.around(max(first - 1, 0), first), quote, layout)
        ):
            # A show, film or song named in quotation marks with no cue (not a speaker's next
            # sentence, which may be capitalised as a title is): not speech. A title next to a
            # cue stays in its statement ("said on "Face the Nation""), as PolNeAR has it.
            continue
        colon = (
            credit_speaker(chunk, quote, text)  # the excerpt's own credit before any colon
            or colon_speaker(chunk, quote, text)
            or headline_speaker(chunk, quote, text)
            or dash_speaker(chunk, quote, text)
            or transcript_speaker(chunk, quote.start, text)
        )
        if colon is not None:
            new = Draft(
                span, colon[1], "colon", colon[0], None, "direct", [quote], paragraph=paragraph
            )
        elif (
            topic := paragraph_topic(chunk, quote, text, placed.around(max(first - 1, 0), first))
        ) is not None:
            new = Draft(span, None, "topic", topic, None, "direct", [quote], paragraph=paragraph)
        elif (
            not previous_speaker(placed.around(max(first - 1, 0), first), quote, layout)
            and (summed := summed_up_by(chunk, quote, text)) is not None
        ):
            new = Draft(span, None, "topic", summed, None, "direct", [quote], paragraph=paragraph)
        else:
            back = past_headings(layout, text, first)
            previous = previous_speaker(placed.around(back, first), quote, layout, back)
            new = Draft(
                span,
                None,
                "continuation" if previous else "none",
                None,
                None,
                "direct",
                [quote],
                continues=previous,
                paragraph=paragraph,
            )
        drafts.append(new)
        placed.add(new)
    for draft in drafts:
        settle_kind(draft, text)
        first_person = draft.subject is not None and draft.subject.lower_ in _FIRST_PERSON
        if draft.subject is None or first_person:
            # "PENCE: I think that ...", "PENCE: She apparently thinks ...": a transcript
            # paragraph is its speaker's words; "I" is that speaker.
            label = transcript_speaker(chunk, draft.content[0], text)
            if label is not None:
                draft.relative = draft.subject
                draft.subject, draft.continues = label[0], None


def _nearest_cue(
    candidates: list[Draft], quote: Quote, layout: Layout, text: str, base: int
) -> Draft | None:
    """A cue right before or after the quote in its paragraph, with no other quote between.

    ``base`` is where the candidates' chunk starts in ``text``.
    """
    paragraph = layout.paragraph_of(quote.start)
    best: tuple[int, Draft] | None = None
    for draft in candidates:
        if draft.cue is None or draft.cue_kind != "verb":
            continue
        token = draft.cue_token
        if (
            draft.subject is None
            and token is not None
            and token.dep_ == "acl"
            and token.tag_ == "VBN"
        ):
            # `"... the little deal" announced in October, said Baker`: a participle that
            # describes a noun names what was said, not who said it.
            continue
        cue_start, cue_end = draft.cue
        cue_paragraph = layout.paragraph_of(cue_start)
        bare = draft.content[0] == draft.content[1]
        if cue_paragraph == paragraph - 1 and cue_end <= quote.start:
            # `He said:` closing one paragraph, the quote opening the next.
            if text[cue_end : quote.start].strip() != ":":
                continue
        elif cue_paragraph != paragraph and cue_paragraph != layout.paragraph_of(quote.end - 1):
            continue
        if cue_start >= quote.end:
            gap = text[quote.end : cue_start]
            # `"... concessions." Consequently, Sabti concluded`: a quote that ends its sentence
            # does not belong to a cue in the next one (unlike `"Why?" he asked`, or
            # `"Why?" Clinton said.` where the cue reports nothing else).
            if (
                text[quote.end - 2 : quote.end - 1] in ".!?…"
                and not gap.lstrip()[:1].islower()
                and not (bare and draft.subject is not None and len(gap) <= _NEAR_NAME)
                and not (bare and _opens_with_subject(draft, base, quote.end, text))
            ):
                continue
            # `On "The Morning Show," the senator said she ...`: a quote inside a sentence that a
            # cue then reports in words of its own is a title or a phrase, not what was said.
            if (
                draft.content[1] > draft.content[0]
                and draft.content[0] >= cue_end
                and not _opens_sentence(quote, layout, text)
            ):
                continue
        elif cue_end <= quote.start:
            gap = text[cue_end : quote.start]
        else:
            continue
        if len(gap) > _NEAR or any(m in gap for m in '"“”«»') or _ends_sentence(gap):
            continue
        # A quote after its cue needs the cue's clause to end there: `He said: "..."`,
        # `said, "..."`.
        if cue_end <= quote.start and draft.content[1] > draft.content[0] and not draft.quotes:
            continue
        if best is None or len(gap) < best[0]:
            best = (len(gap), draft)
    return best[1] if best else None


def _opens_with_subject(draft: Draft, base: int, quote_end: int, text: str) -> bool:
    """Whether the words right after a quote are its cue's subject: `"...?" Li Wei, a former
    director at the fund, said at an event.`, however long the description set off after it."""
    subject = draft.subject
    if subject is None:
        return False
    start = base + subject.left_edge.idx
    return start >= quote_end and not text[quote_end:start].strip()


# A full stop that ends a sentence: not one after a title or an initial ("Ms. Moore said",
# "John F. Kennedy said").
_SENTENCE_END = re.compile(r"(\w*)([.!?])\s")


def _ends_sentence(gap: str) -> bool:
    """Whether ``gap`` holds the end of a sentence."""
    for match in _SENTENCE_END.finditer(gap):
        word = match.group(1)
        if match.group(2) == "." and word[:1].isupper() and len(word) <= 3:
            continue  # "Ms.", "Sen.", "Gov.", "F."
        return True
    return False


def _opens_sentence(quote: Quote, layout: Layout, text: str) -> bool:
    """Whether the quote starts its sentence (or its paragraph)."""
    para_start = layout.paragraph_starts[layout.paragraph_of(quote.start)]
    before = text[max(para_start, quote.start - 3) : quote.start].rstrip()
    return not before or before[-1] in '.!?:;"”’)…—–'


def settle_kind(draft: Draft, text: str) -> None:
    """direct when the quotes hold all of the content; mixed when reported speech quotes part."""
    quotes = sorted(draft.quotes, key=lambda q: q.start)
    if not quotes:
        return
    q_start, q_end = quotes[0].start, quotes[-1].end
    start, end = draft.content
    outside = (
        text[start : max(start, min(end, q_start))] + " " + text[min(max(q_end, start), end) : end]
    )
    words = [w for w in _WORDS.findall(outside) if w.lower() != "that"]
    full = [q for q in quotes if not q.is_scare]
    if len(words) <= 1 and full:
        draft.kind = "direct"
        draft.content = (q_start, q_end)
    else:
        draft.kind = "mixed"
        draft.content = (min(start, q_start), max(end, q_end))
