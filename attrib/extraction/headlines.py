"""Headlines that name a speaker without a verb: the person named right after a headline's
quote, and the source named before a headline's colon.

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

A headline that opens with a source and a colon states that source's claim: wire and web desks
write "Sanders: Clinton needs a new message", "Poll: Voters turn against the tax", "Obama on
Climate Change: The Trends Are Terrifying". The source is one to four capitalised words, all
proper nouns (not a dateline in capitals, a place, a date, or a desk label such as "Watch" or
"The Latest"), or a poll, survey or study; the rule looks at the document's first paragraph,
one line, only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from attrib.attribution.gender import is_known_first_name
from attrib.extraction.drafts import Draft
from attrib.extraction.lexicon import DOCUMENT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
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


# "Sanders: ...", "Pat Caddell: ...", "Obama on Climate Change: ...": a source, an optional
# topic, a colon and the claim.
_CLAIM = re.compile(
    r"(?P<source>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
    r"(?:[ \t]+on[ \t]+[^:\n]{1,50})?[ \t]*:[ \t]+(?P<claim>\S[^\n]*)"
)
# Entity labels a headline's opening words carry when they are a setting, not a source.
_SETTINGS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "CARDINAL", "ORDINAL"})
# Desk labels and series names that open headlines with a colon and say nothing of a source.
_DESK_LABELS = frozenset(
    {
        *("watch", "update", "updated", "breaking", "exclusive", "live", "video", "photos"),
        *("pictures", "opinion", "analysis", "review", "editorial", "explainer", "factbox"),
        *("timeline", "recap", "preview", "obituary", "correction"),
    }
)
# Longest headline the rule reads: a sentence of the body is longer.
_HEADLINE_CHARS = 200


def headline_claim(chunk: Chunk, text: str) -> Draft | None:
    """The claim of a first-paragraph headline "SOURCE: claim", or None."""
    layout = chunk.layout
    if not layout.paragraph_starts or chunk.base > layout.paragraph_starts[0]:
        return None
    start, end = layout.paragraph(layout.paragraph_starts[0])
    line = text[start:end].rstrip()
    if not line or "\n" in line.strip() or len(line) > _HEADLINE_CHARS:
        return None
    match = _CLAIM.match(text, start + len(line) - len(line.lstrip()), start + len(line))
    if match is None:
        return None
    doc = chunk.doc
    span = doc.char_span(
        match.start("source") - chunk.base,
        match.end("source") - chunk.base,
        alignment_mode="expand",
    )
    if span is None or not len(span) or not _names_a_source(span, chunk, text, end):
        return None
    claim_end = match.end("claim")
    while claim_end > match.start("claim") and text[claim_end - 1] in ". \t":
        claim_end -= 1
    colon = text.index(":", match.end("source"))
    paragraph = layout.paragraph_of(start)
    return Draft(
        (match.start("claim"), claim_end),
        (colon, colon + 1),
        "colon",
        span[-1],
        paragraph=paragraph,
    )


def _names_a_source(tokens: SpacySpan, chunk: Chunk, text: str, body: int) -> bool:
    """A poll or a study; or a person's name: capitalised words that are not a dateline, a
    place or a desk label, opening with a known first name ("Pat Caddell") or named in the body
    (from offset ``body``) after a first name or a title ("Sanders" for "Bernie Sanders",
    "Pence" for "Gov. Mike Pence"). A topic ("Brexit: ...") is named in the body on its own."""
    if len(tokens) == 1 and tokens[0].lemma_.lower() in DOCUMENT_NOUNS:
        return True
    if not all(
        t.text[:1].isupper()
        and not (t.is_upper and len(t.text) > 1)
        and t.ent_type_ not in _SETTINGS
        and t.lower_ not in _DESK_LABELS
        and not t.is_stop  # "Stealth Over Health": a title-cased phrase, not a name
        for t in tokens
    ):
        return False
    if len(tokens) > 1 and is_known_first_name(tokens[0].text):
        return True
    return _person_in_body(tokens[-1].text, chunk, text, body)


# How many later mentions of a headline word are looked at.
_BODY_MENTIONS = 3
# Words that put a person's surname after them: a first name, or a title.
_PERSON_TITLE = re.compile(
    r"(?:President|Senator|Sen\.|Governor|Gov\.|Rep\.|Mr\.|Mrs\.|Ms\.|Dr\.|Judge|Justice)$"
)


def _person_in_body(word: str, chunk: Chunk, text: str, body: int) -> bool:
    """Whether the body names ``word`` as a person's surname ("Bernie Sanders", "Gov. Pence")."""
    end = chunk.base + chunk.length
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    for n, match in enumerate(pattern.finditer(text, body, end)):
        if n >= _BODY_MENTIONS:
            break
        before = text[max(body, match.start() - 30) : match.start()].split()
        if before and (is_known_first_name(before[-1]) or _PERSON_TITLE.match(before[-1])):
            return True
    return False
