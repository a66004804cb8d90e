"""What part an outlet named near a statement plays: the speaker, the channel the words came
through, or only a person's employer.

Examples::

    The Jerusalem Post learned that ...        -> the outlet speaks
    a report by The New York Times found ...   -> the outlet speaks (through its report)
    Vann Newkirk, a writer for The Atlantic, said -> the person speaks; the outlet describes him
    X told Reuters / said in an interview with CNN -> the outlet is the channel
    Richardson, via USA Today, said            -> the outlet is the channel
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from attrib.attribution.mention import Mention
from attrib.attribution.outlet_mentions import OutletIndex, OutletMention
from attrib.extraction.lexicon import DOCUMENT_NOUNS
from attrib.extraction.subjects import can_speak
from attrib.model import Document, Outlet

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words that link a phrase to the outlet after it: "a report published by", "information from".
_TRAILING_LINK = re.compile(
    r"(?:[\s,]|\b(?:by|from|of|in|at|on|with|via|and|for|to|according)\b)*$", re.IGNORECASE
)
_LEADING_POSSESSIVE = re.compile(r"^(?:['’]s?\b|[\s,])*")
_OUTLET_DEPS = frozenset({"dobj", "dative", "prep", "agent", "npadvmod"})
# A participle set beside the cue that names where the words were given: "Speaking to the BBC,
# the coach said ...", "..., he said, talking to Sky Sports", "Writing in The Guardian, she argued".
_CHANNEL_PARTICIPLES = frozenset({"speak", "talk", "write"})

_VIA = re.compile(r"\bvia\s+$", re.IGNORECASE)


def outlet_description(
    text: str, mention: Mention, base: int, outlet_start: int, outlet_end: int
) -> str | None:
    """The noun phrase that names an outlet's statement, without the outlet: "a report
    published last week" (by The New York Times), "information" (from the Times)."""
    start, end = base + min(mention.phrase_start, mention.start), base + outlet_start
    if end <= start:
        # The phrase opens with the outlet ("The Jerusalem Post learned", "the Post's
        # report"): what follows it, if anything.
        start, end = base + outlet_end, base + max(mention.phrase_end, mention.end)
        if end <= start:
            return None
        words = _LEADING_POSSESSIVE.sub("", text[start:end])
    else:
        words = _TRAILING_LINK.sub("", text[start:end])
    return " ".join(words.split()) or None


def outlet_via(
    document: Document, mention: Mention, cue: Token | None, base: int, outlets: OutletIndex
) -> Outlet | None:
    """ "Richardson, via USA Today, said": an outlet the speaker's words came through, named
    with "via" between the speaker and the cue."""
    if cue is None or not outlets.mentions:
        return None
    start = min(mention.phrase_start, mention.start)
    for found in outlets.within(start, max(cue.idx, mention.phrase_end)):
        if _VIA.search(document.text[max(0, base + found.start - 8) : base + found.start]):
            return Outlet(found.name, document.span(base + found.start, base + found.end))
    return None


def outlet_of_cue(
    document: Document, cue: Token | None, base: int, outlets: OutletIndex
) -> Outlet | None:
    """ "told Reuters", "said in an interview with CNN", "Speaking to the BBC, ... said": an
    outlet hanging off the cue."""
    if cue is None or not outlets.mentions:
        return None
    for child in cue.children:
        participle = (
            child.dep_ == "advcl"
            and child.tag_ == "VBG"
            and child.lemma_.lower() in _CHANNEL_PARTICIPLES
        )
        if child.dep_ not in _OUTLET_DEPS and not participle:
            continue
        first, last = child.left_edge, child.right_edge
        found = outlets.within(first.idx, last.idx + len(last.text))
        if found:
            mention = document.span(base + found[0].start, base + found[0].end)
            return Outlet(found[0].name, mention)
    return None


def outlet_speaks(mention: Mention, outlet: OutletMention, head: Token | None) -> bool:
    """Whether an outlet named in the speaker's phrase is the speaker.

    It is when the phrase names the outlet itself ("The Jerusalem Post learned", "the Post") or a
    report or other thing the outlet published ("a report by The New York Times", "information
    from the Post"). It is not when the outlet only describes a person ("Vann Newkirk, a writer
    for The Atlantic, said"; "an NBC correspondent said"): that person speaks, and the outlet is
    their employer, not the channel the statement came through.
    """
    if head is None:
        return outlet.start < mention.end and mention.start < outlet.end
    if outlet.start <= head.idx < outlet.end:
        return True  # the outlet heads the phrase
    if mention.kind == "person" or mention.proper:
        return False
    if _describes_someone_else(outlet, head):
        return False
    lemma = head.lemma_.lower()
    return lemma in DOCUMENT_NOUNS or not can_speak(head)


def _describes_someone_else(outlet: OutletMention, head: Token) -> bool:
    """ "The letter, backed by BBC Countryfile presenter Ann Lee, ...": an outlet that modifies
    another person's title or name inside the phrase is that person's employer, not the
    letter's publisher."""
    span = head.doc.char_span(outlet.start, outlet.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ in {"compound", "nmod", "poss"} and token.head.i != token.i:
        token = token.head
    if token.i == head.i or token.i == span.root.i:
        return False
    return token.pos_ == "PROPN" or (
        can_speak(token) and token.lemma_.lower() not in DOCUMENT_NOUNS
    )
