"""How a prediction is compared with real-world gold: spans, speakers, outlets and flags.

Spans
    A statement *covers* a gold span when they share at least half of the gold span's characters,
    after trimming whitespace and quotation marks from the edges of the statement (attrib's direct
    quotes include their marks; the gold's do not). A gold item is found when some statement
    covers it; several gold quotes may be found by one statement (a mixed statement with two
    partial quotes), because what a reader needs is that each quote is seen and attributed.
    Among the covering statements the one judged is a direct or mixed one if there is any
    (recognised as a quote), then the one sharing most characters.

Speakers (case-folded, punctuation and titles stripped)
    - gold ``person``, ``organization``, ``outlet``: the names are equal, or every word of the
      gold name is in ours with the same last word (ours may be fuller: gold "President Trump",
      ours "Donald Trump"; a bare surname where the article gives the full name is wrong). For
      organizations and outlets either name may be the shorter ("Tottenham" / "Tottenham
      Hotspur").
    - gold ``anonymous``, ``group``, ``document``, ``unknown`` with a phrase: our kind is the
      same, or our name contains the gold phrase's head noun ("a WeWork spokesperson" /
      "spokesperson").
    - gold speaker ``None`` (nobody given): right when we give no speaker or an ``unknown`` one.

Outlets: equal names after the same normalisation, either one the shorter.

Flags: a finding of the same rule whose span, or the extent of its statement (content, cue and
speaker mention), shares at least one character with the gold anchor.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrib.model import Finding, Statement

QUOTE_EDGES = " \t\r\n\"'“”‘’«»„‚`"
# Titles and honorifics that a gold name and ours may differ by.
# fmt: off
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "president", "vice", "prime", "minister", "sen", "senator", "rep", "representative",
    "gov", "governor", "gen", "general", "col", "capt", "captain", "judge", "justice",
    "rev", "reverend", "mayor", "chancellor", "secretary", "ambassador", "king", "queen",
    "prince", "princess", "st", "jr", "sr", "the", "a", "an", "of",
})
# fmt: on
# Anonymous / group / document kinds are compared by kind, not by the exact phrase.
PHRASE_KINDS = frozenset({"anonymous", "group", "document", "unknown"})
LOOSE_KINDS = frozenset({"organization", "outlet"})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# The head of a noun phrase ends before a post-modifier ("an official in the agency").
_POSTMODIFIER = re.compile(r"\s(?:of|in|at|for|from|with|who|close|familiar|,)\b|,|\(")

Interval = tuple[int, int]


def trimmed(statement: Statement) -> Interval:
    """The statement's content without edge whitespace and quotation marks."""
    text = statement.content.text
    left = len(text) - len(text.lstrip(QUOTE_EDGES))
    right = len(text.rstrip(QUOTE_EDGES))
    if right <= left:
        return statement.content.start, statement.content.end
    return statement.content.start + left, statement.content.start + right


def shared(a: Interval, b: Interval) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def covers(pred: Interval, gold: Interval) -> bool:
    """Whether ``pred`` shares at least half of ``gold``'s characters (and at least one)."""
    common = shared(pred, gold)
    return common > 0 and 2 * common >= gold[1] - gold[0]


def best_cover(
    statements: Sequence[Statement], spans: Sequence[Interval], gold: Interval
) -> int | None:
    """Index of the statement judged for ``gold``: quote kinds first, then the largest overlap,
    then the tightest (a quote inside a quote is judged by its own statement, not the outer
    one that holds it too)."""
    best: tuple[bool, int, int] | None = None
    index: int | None = None
    for i, (statement, span) in enumerate(zip(statements, spans, strict=True)):
        if not covers(span, gold):
            continue
        key = (statement.kind in ("direct", "mixed"), shared(span, gold), span[0] - span[1])
        if best is None or key > best:
            best, index = key, i
    return index


def words(name: str) -> list[str]:
    """Case-folded words of a name without titles."""
    return [w for w in _WORD.findall(name.casefold().replace("’", "'")) if w not in TITLES]


def head_noun(phrase: str) -> str | None:
    """The last word before any post-modifier: "an official in the agency" -> "official"."""
    match = _POSTMODIFIER.search(phrase)
    found = words(phrase[: match.start()] if match else phrase)
    return found[-1] if found else None


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def names_agree(gold: str, ours: str, *, loose: bool) -> bool:
    """Whether two names name the same speaker (see the module doc)."""
    g, o = words(gold), words(ours)
    if not g or not o:
        return False
    if g == o:
        return True
    if set(g) <= set(o) and g[-1] == o[-1]:
        return True
    return loose and (set(g) <= set(o) or set(o) <= set(g))


def speaker_right(gold_speaker: str | None, gold_kind: str, statement: Statement) -> bool:
    """Whether ``statement``'s speaker agrees with the gold speaker (see the module doc)."""
    speaker = statement.speaker
    if gold_speaker is None:
        return speaker is None or speaker.kind == "unknown"
    if speaker is None:
        return False
    if gold_kind in PHRASE_KINDS:
        if speaker.kind == gold_kind:
            return True
        head = head_noun(gold_speaker)
        ours = {_singular(w) for w in words(speaker.name)}
        return head is not None and _singular(head) in ours
    return names_agree(gold_speaker, speaker.name, loose=gold_kind in LOOSE_KINDS)


def outlet_right(gold: str | None, statement: Statement) -> bool:
    """Whether ``statement`` names the gold outlet (or none when the gold has none)."""
    ours = statement.outlet.name if statement.outlet is not None else None
    if gold is None or ours is None:
        return gold is None and ours is None
    return names_agree(gold, ours, loose=True)


def extent(statement: Statement) -> Interval:
    """From the first to the last character of content, cue and speaker mention."""
    spans = [statement.content]
    if statement.cue is not None:
        spans.append(statement.cue)
    if statement.speaker is not None and statement.speaker.mention is not None:
        spans.append(statement.speaker.mention)
    return min(s.start for s in spans), max(s.end for s in spans)


def flag_found(
    rule: str, anchor: Interval, findings: Sequence[Finding], extents: dict[str, Interval]
) -> bool:
    """Whether a finding of ``rule`` touches ``anchor`` (directly or through its statement)."""
    for finding in findings:
        if finding.rule != rule:
            continue
        if shared((finding.span.start, finding.span.end), anchor) > 0:
            return True
        around = extents.get(finding.statement) if finding.statement is not None else None
        if around is not None and shared(around, anchor) > 0:
            return True
    return False
