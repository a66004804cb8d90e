"""Names that label a quotation by punctuation instead of a reporting verb.

``Sabti: "..."`` (a name, or a clause whose subject speaks, before a colon), ``"..." ― Jane
Porter`` (a name after a closing dash), ``PENCE: ...`` (an all-caps transcript label opening
the paragraph) and a credit line (``[ Engadget ]`` or ``(PC World)`` alone in the paragraph
after the quoted paragraphs, as review round-ups credit each excerpt). Each returns the
speaker's head token and the character span of the punctuation that serves as the cue, or None.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from attrib.extraction.drafts import Chunk
from attrib.extraction.quotes import Quote
from attrib.extraction.subjects import can_speak, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

_COLON_SPEAKER = re.compile(r"([^\s:][^:\n]{0,60}?)\s*:\s*$")
# `"..." ― Jane Porter` / `"..." — Jane Porter, a teacher`: a dash and a capitalised name.
_DASH_SPEAKER = re.compile(r"[ \t\u00a0]*([―—–]|\s-)[ \t\u00a0]*(?=[A-Z])")
# A transcript line: `PENCE: Well, ...` or `"CHRIS WALLACE: ...` opening a paragraph.
_TRANSCRIPT = re.compile(r"[\"“]?[ \t]*([A-Z][A-Z.'’\- ]{0,30}[A-Z])[ \t]*:[ \t]")


def transcript_speaker(
    chunk: Chunk, offset: int, text: str
) -> tuple[Token, tuple[int, int]] | None:
    """The all-caps name that opens the paragraph holding ``offset`` with a colon, when the
    article names that person in ordinary case too ("Pence"): not a headline's "UPDATE:"."""
    layout = chunk.layout
    para_start = layout.paragraph_starts[layout.paragraph_of(offset)]
    match = _TRANSCRIPT.match(text, para_start)
    if match is None:
        return None
    label = match.group(1)
    last = label.split()[-1]
    if not _is_speaker_label(text, label, last.capitalize()):
        return None
    end = match.end(1) - chunk.base
    span = chunk.doc.char_span(end - len(last), end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    colon = text.index(":", match.end(1))
    return span[-1], (colon, colon + 1)


_LABELS: dict[tuple[int, str], bool] = {}


def _is_speaker_label(text: str, label: str, name: str) -> bool:
    """Whether an all-caps label names a speaker: the article names them in ordinary case
    ("Pence"), or the label opens more than one paragraph (turns of a transcript). Cached per
    text and label, so a long transcript searches once per speaker."""
    key = (id(text), label)
    if key not in _LABELS:
        if len(_LABELS) > 4096:
            _LABELS.clear()
        turns = re.finditer(rf"(?:^|\n)[\"“]?[ \t]*{re.escape(label)}[ \t]*:", text)
        _LABELS[key] = re.search(rf"\b{re.escape(name)}\b", text) is not None or (
            next(turns, None) is not None and next(turns, None) is not None
        )
    return _LABELS[key]


def dash_speaker(chunk: Chunk, quote: Quote, text: str) -> tuple[Token, tuple[int, int]] | None:
    """`"..." ― Jane Porter`: the name after a dash that closes the quote."""
    match = _DASH_SPEAKER.match(text, quote.end)
    if match is None:
        return None
    name_start = match.end() - chunk.base
    doc = chunk.doc
    span = doc.char_span(name_start, min(name_start + 1, chunk.length), alignment_mode="expand")
    if span is None or len(span) == 0 or span[0].pos_ != "PROPN":
        return None
    head = span[0]
    # The last word of the capitalised run: "Jane Porter" is headed by "Porter".
    while head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN":
        head = doc[head.i + 1]
    return head, (match.start(1), match.end(1))


# A credit line: a paragraph of nothing but a name in brackets, every word of it capitalised
# but a few short joining words ("[ Engadget ]", "(The Wall Street Journal)", "[ PC World ]").
_CREDIT_LINE = re.compile(
    r"[ \t]*[\[(][ \t]*"
    r"([A-Z][\w&'’-]*(?:[ \t]+(?:[A-Z&][\w&'’-]*|of|the|and|for|on|de|la)){0,5})"
    r"[ \t]*[\])][ \t]*"
)
# Quoted paragraphs a credit line may close (an excerpt of several paragraphs).
_CREDITED_PARAGRAPHS = 4


def credit_speaker(chunk: Chunk, quote: Quote, text: str) -> tuple[Token, tuple[int, int]] | None:
    """``“...”`` then a paragraph ``[ Engadget ]``: the name in the credit line that follows
    the quote's paragraph (and up to a few more paragraphs that open with a quotation mark)."""
    layout = chunk.layout
    starts = layout.paragraph_starts
    paragraph = layout.paragraph_of(quote.start)
    if text[starts[paragraph] : quote.start].strip():
        return None  # the quote does not open its paragraph: the sentence around it speaks
    for following in range(paragraph + 1, min(paragraph + 1 + _CREDITED_PARAGRAPHS, len(starts))):
        end = starts[following + 1] if following + 1 < len(starts) else len(text)
        line = text[starts[following] : end].strip()
        if line[:1] in "\"“‘'":
            continue  # the excerpt goes on
        match = _CREDIT_LINE.fullmatch(line)
        if match is None:
            return None
        at = starts[following] + text[starts[following] : end].index(line)
        name_end = at + match.end(1) - chunk.base
        span = chunk.doc.char_span(name_end - 1, name_end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        return span[-1], (at, at + len(line))
    return None


def colon_speaker(chunk: Chunk, quote: Quote, text: str) -> tuple[Token, tuple[int, int]] | None:
    """`Sabti: "..."`: the name right before a colon that opens the quote, in its paragraph or
    closing the paragraph before ("Sanders made the following comment:" + a quote paragraph)."""
    layout = chunk.layout
    paragraph = layout.paragraph_of(quote.start)
    para_start, end_at = layout.paragraph_starts[paragraph], quote.start
    if paragraph > 0 and not text[para_start : quote.start].strip():
        previous_end = len(text[: layout.paragraph_starts[paragraph]].rstrip())
        if text[previous_end - 1 : previous_end] == ":":
            para_start, end_at = layout.paragraph_starts[paragraph - 1], previous_end
    before = text[max(para_start, end_at - 70, chunk.base) : end_at]
    match = _COLON_SPEAKER.search(before)
    if match is None:
        return None
    colon = end_at - len(before) + before.rindex(":")
    doc = chunk.doc
    token_index = doc.char_span(0, max(colon - chunk.base, 0), alignment_mode="expand")
    if token_index is None or len(token_index) == 0:
        return None
    head = token_index[-1]
    start = max(head.sent.start, token_index[0].i)
    named = head.pos_ == "PROPN" and not _is_object(head)
    clause = None if named else _clause_verb(doc[start : head.i + 1])
    if clause is not None:
        # "The ad ends with a message:" / "Smith continued:" / "The letter warns Mr Reed:" / "Lee
        # laid the blame on the governor:": a clause before the colon (not ending in its
        # subject's name); its subject is whose words follow, not the addressee's.
        subject = subject_of(clause)
        if subject is None or chunk.in_quote(subject) or not _may_speak(subject):
            if head.pos_ == "PROPN":
                # "The timing did not surprise the pollster Dana Wells:": nobody in the clause
                # speaks but the person it names.
                return head, (colon, colon + 1)
            return None  # the quote continues the paragraph's speaker, if any
        return subject, (colon, colon + 1)
    if head.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    return head, (colon, colon + 1)


_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "iobj", "oprd"})


def _is_object(token: Token) -> bool:
    """A name in a verb's object or prepositional phrase ("warns [Mr Reed]", "told [Reuters]")."""
    if token.dep_ == "appos":
        token = token.head
    return token.dep_ in _OBJECT_DEPS


def _may_speak(token: Token) -> bool:
    """A name, a personal pronoun, or a noun for someone or something that can speak."""
    if token.pos_ == "PROPN":
        return True
    if token.pos_ == "PRON":
        return token.lower_ in {"he", "she", "they", "i", "we"}
    return can_speak(token)


def _clause_verb(tokens: SpacySpan) -> Token | None:
    """The verb of a clause among ``tokens`` (those after the last sentence end), if any."""
    verbs = [t for t in tokens if t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBG", "VBN"}]
    if not verbs:
        return None
    verb = verbs[-1]
    # Climb to the clause's main verb: "the ad ends with a message" -> "ends".
    while verb.dep_ in {"aux", "auxpass", "xcomp"} and verb.head.i < verb.i:
        verb = verb.head
    return verb
