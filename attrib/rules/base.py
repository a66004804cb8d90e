"""What every rule shares: options, the lexicon, quote-aware helpers and the example builder.

Rules find no structure in the text themselves: paragraphs and quotations come from the
document's `attrib.layout.Layout`, computed once before the parse, and who each paragraph names
from attribution's `attrib.attribution.introductions.Introductions`; both reach a rule in its
`Context`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from attrib.attribution.introductions import Introductions
from attrib.extraction.lexicon import ANONYMITY_PHRASES
from attrib.extraction.lexicon import phrase_pattern as phrase_pattern  # used by the rules
from attrib.layout import Layout
from attrib.model import Document, Finding, Severity, Span, Statement, Verification
from attrib.rules import lexicon as lx

SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}
_BY_RANK: dict[int, Severity] = {0: "info", 1: "warning", 2: "error"}
_WS = re.compile(r"\s+")
_WORD = re.compile(r"[\w'’.-]+")
_OPEN_MARKS = '"“„«'
_CLOSE_MARKS = '"”»“'


@dataclass(frozen=True)
class RuleLexicon:
    """The rules' word lists in force for a run: built-in plus what the configuration adds."""

    hedges: re.Pattern[str] | None
    anonymity: re.Pattern[str] | None
    vague_terms: frozenset[str]
    loaded_cues: Mapping[str, str] = field(hash=False)

    @staticmethod
    def build(
        hedges: Sequence[str] = (),
        anonymity_phrases: Sequence[str] = (),
        vague_terms: Sequence[str] = (),
    ) -> RuleLexicon:
        """The built-in lists extended with configured phrases (see `attrib.profile`)."""
        loaded = {
            form: meaning
            for lemma, meaning in lx.LOADED_CUES.items()
            for form in lx.inflections(lemma)
        }
        return RuleLexicon(
            hedges=phrase_pattern((*lx.HEDGES, *hedges)),
            anonymity=phrase_pattern((*ANONYMITY_PHRASES, *anonymity_phrases)),
            vague_terms=frozenset(t.lower().strip() for t in (*lx.VAGUE_TERMS, *vague_terms)),
            loaded_cues=MappingProxyType(loaded),
        )


@dataclass(frozen=True)
class Context:
    """What a rule reads about one document besides its statements: the text as written, its
    layout, and who each paragraph names (computed once, by attribution)."""

    document: Document
    layout: Layout
    introductions: Introductions


@dataclass(frozen=True)
class RuleOptions:
    """What a rule is told: its effective severity, the word lists, and the publication's own
    outlet names (as configured and as the catalogue names them, compared with `normal`)."""

    severity: Severity
    lexicon: RuleLexicon
    own_outlets: frozenset[str] = frozenset()


def shift(severity: Severity, steps: int) -> Severity:
    """The severity ``steps`` levels up (positive) or down, clamped to info..error."""
    rank = min(max(SEVERITY_RANK[severity] + steps, 0), 2)
    return _BY_RANK[rank]


def words(text: str) -> list[str]:
    """Lower-case words of a name or phrase, punctuation at the edges dropped."""
    return [w.strip(".'’-").lower() for w in _WORD.findall(text) if w.strip(".'’-")]


def normal(text: str) -> str:
    """Lower case with whitespace collapsed, for comparing phrases."""
    return _WS.sub(" ", text).strip().lower()


# Modal words that make a cue hypothetical or demanded ("would have described", "must admit")
# rather than a report of what someone said; a cue opening with "to" ("urged him to admit") is
# an infinitive, while "according to" is a report.
HYPOTHETICAL_WORDS = frozenset({"would", "could", "might", "may", "will", "should", "must"})


def is_hypothetical(statement: Statement) -> bool:
    """True when the cue is hypothetical or demanded ("few would say", "urged him to admit")."""
    if statement.cue is None:
        return False
    cue_words = words(statement.cue.text)
    return bool(HYPOTHETICAL_WORDS & set(cue_words)) or cue_words[:1] == ["to"]


def is_pronoun(mention: Span | None) -> bool:
    """True when the mention is a lone pronoun ("they"): it points back to a source named before."""
    found = words(mention.text) if mention is not None else []
    return len(found) == 1 and found[0] in lx.PRONOUNS


def is_title(inner: str) -> bool:
    """True for names and titles in quotation marks ("Contract with America")."""
    tokens = re.findall(r"[A-Za-z][\w'’-]*", inner)
    if not tokens or len(tokens) > 8:
        return False
    content = [t for t in tokens if t.lower() not in lx.TITLE_SMALL_WORDS]
    capitalised = sum(1 for t in content if t[0].isupper())
    return bool(content) and capitalised / len(content) >= 0.75 and len(content) > 1


def is_quoted_title(statement: Statement) -> bool:
    """True when the whole statement is a title in quotation marks ('"Face the Nation,"').

    A programme, a bill or a book named in quotation marks is not something anyone said.
    """
    text = statement.content.text.strip().rstrip(" .,;:")
    if len(text) < 2 or text[0] not in _OPEN_MARKS or text[-1] not in _CLOSE_MARKS:
        return False
    inner = text[1:-1].strip().rstrip(" .,;:")
    return not any(mark in inner for mark in _OPEN_MARKS + _CLOSE_MARKS) and is_title(inner)


def hedge_in(text: str | None, lexicon: RuleLexicon) -> str | None:
    """The hedge phrase in ``text`` (a cue), or None."""
    if not text or lexicon.hedges is None:
        return None
    match = lexicon.hedges.search(text)
    return match.group(0) if match else None


def is_hedged(statement: Statement, lexicon: RuleLexicon) -> bool:
    """True when the statement's cue is a hedge ("reportedly", "is said to")."""
    return statement.cue is not None and hedge_in(statement.cue.text, lexicon) is not None


def is_media_only(name: str) -> bool:
    """True for sources that are only "the media": "reports", "local media", "Israeli media"."""
    tokens = name.split()
    low = [t.strip(".,").lower() for t in tokens]
    for size in (2, 1):
        if len(low) >= size and " ".join(low[-size:]) in lx.MEDIA_HEADS:
            rest, rest_raw = low[:-size], tokens[:-size]
            break
    else:
        return False
    # One nationality is allowed ("Israeli media", "Arab press"), not a named body ("IMF report").
    extra = [rest_raw[i] for i, w in enumerate(rest) if w not in lx.MEDIA_QUALIFIERS]
    return not extra or (len(extra) == 1 and is_nationality(extra[0]))


def is_nationality(word: str) -> bool:
    """True for a capitalised nationality or people ("Israeli", "Palestinians", "Arab")."""
    low = word.lower()
    singular = low[:-1] if low.endswith("s") else low
    return (
        word[:1].isupper()
        and not word.isupper()
        and any(
            w in lx.NATIONALITIES or w.endswith(lx.NATIONALITY_ENDINGS) for w in (low, singular)
        )
    )


class Intervals:
    """Sorted character ranges answering "which contain this span?" in logarithmic time."""

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [start for start, _ in self.ranges]
        # Running maximum of the ends: the farthest any range starting at or before i reaches.
        self.reach = list(itertools.accumulate((end for _, end in self.ranges), max))

    def contains(self, start: int, end: int, *, strict: bool = True) -> bool:
        """True if some range covers [start, end) (with ``strict``: and is not exactly it)."""
        before = bisect.bisect_left(self.starts, start)
        if before and self.reach[before - 1] >= end:
            return True  # a range starting strictly earlier reaches past the end
        for index in range(before, bisect.bisect_right(self.starts, start)):
            range_end = self.ranges[index][1]
            if range_end > end or (range_end == end and not strict):
                return True
        return False

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Ranges that overlap [start, end)."""
        first = bisect.bisect_left(self.reach, start + 1)
        for index in range(first, bisect.bisect_left(self.starts, end)):
            if self.ranges[index][1] > start:
                yield self.ranges[index]


def hedged_claims(statements: Sequence[Statement], lexicon: RuleLexicon) -> Intervals:
    """The content ranges of hedged claims."""
    return Intervals(
        [(st.content.start, st.content.end) for st in statements if is_hedged(st, lexicon)]
    )


def within_hedged_claim(statement: Statement, hedged: Intervals) -> bool:
    """True when the statement sits inside a hedged claim's content (``hedged_claims``).

    In "officials reportedly favor action, believing that ...", the belief is part of the
    hedged claim: unsourced-claim flags the claim, and the officials are its subject, not its
    source.
    """
    return hedged.contains(statement.content.start, statement.content.end)


def quoted_regions(statements: Sequence[Statement], layout: Layout) -> list[tuple[int, int]]:
    """Offsets of the quotations (marks included) inside direct and mixed statements."""
    return [
        (quote.start, quote.end)
        for st in statements
        if st.kind in ("direct", "mixed")
        for quote in layout.quotes_within(st.content.start, st.content.end)
    ]


def top_level(statements: Sequence[Statement], layout: Layout) -> tuple[Statement, ...]:
    """Statements not nested inside another statement's quotation marks.

    A quote's words are its speaker's: "sources say" inside a direct quote is not the writer
    relying on sources, so statements found there are not the writer's to answer for.
    """
    regions = Intervals(quoted_regions(statements, layout))
    if not regions.ranges:
        return tuple(statements)
    # A statement's own quotation marks span at most its content: only a strictly larger
    # region, or one starting earlier, is someone else's quote.
    return tuple(st for st in statements if not regions.contains(st.content.start, st.content.end))


def finding(
    rule: str,
    severity: Severity,
    message: str,
    statement: Statement,
    span: Span | None = None,
    evidence: Verification | None = None,
) -> Finding:
    """A finding on ``statement``, at ``span`` (default: the statement's content)."""
    return Finding(rule, severity, message, statement.id, span or statement.content, evidence)
