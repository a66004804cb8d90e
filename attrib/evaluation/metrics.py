"""Counts and ratios of statement detection and speaker attribution against gold."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields

from attrib.evaluation.brat import GoldAttribution
from attrib.evaluation.matching import MatchMode, match, overlap
from attrib.model import Statement

# Words that say nothing about who a speaker is; sharing one of them is not a match.
# fmt: off
STOPWORDS = frozenset({
    "the", "a", "an", "of", "and", "or", "for", "in", "on", "at", "to", "by", "from", "with",
    "s", "mr", "mrs", "ms", "dr", "sen", "rep", "gov",
})
# fmt: on
_WORD = re.compile(r"\w+")


def ratio(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator``, or ``None`` when nothing was counted."""
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class Counts:
    """Raw counts for one matching mode; add them up over articles, then read the ratios."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    quoted_gold: int = 0
    quoted_matched: int = 0
    speech_gold: int = 0
    speech_matched: int = 0
    speaker_total: int = 0
    speaker_correct: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def precision(self) -> float | None:
        return ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float | None:
        return ratio(self.matched, self.gold)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    @property
    def quoted_recall(self) -> float | None:
        return ratio(self.quoted_matched, self.quoted_gold)

    @property
    def speech_recall(self) -> float | None:
        return ratio(self.speech_matched, self.speech_gold)

    @property
    def speaker_accuracy(self) -> float | None:
        return ratio(self.speaker_correct, self.speaker_total)

    def as_dict(self) -> dict[str, int | float | None]:
        """Counts and ratios, as in the JSON output."""
        data: dict[str, int | float | None] = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in ("precision", "recall", "f1", "quoted_recall", "speech_recall"):
            data[name] = getattr(self, name)
        data["speaker_accuracy"] = self.speaker_accuracy
        return data


def name_words(text: str) -> set[str]:
    """Lower-case words of a name, without stopwords."""
    return {w for w in _WORD.findall(text.lower())} - STOPWORDS


def speaker_correct(statement: Statement, gold: GoldAttribution) -> bool | None:
    """Whether our speaker matches the gold source; ``None`` when gold has no source.

    Correct when our mention span overlaps a gold source fragment, or our resolved name shares
    a word (ignoring stopwords) with the gold source text.
    """
    if gold.source is None:
        return None
    speaker = statement.speaker
    if speaker is None:
        return False
    mention = speaker.mention
    if mention is not None and any(
        overlap((mention.start, mention.end), fragment) > 0 for fragment in gold.source
    ):
        return True
    return bool(name_words(speaker.name) & name_words(gold.source_text or ""))


def score(
    statements: Sequence[Statement], gold: Sequence[GoldAttribution], mode: MatchMode
) -> tuple[Counts, list[tuple[int, int]]]:
    """Counts for one article and the matched ``(statement_index, gold_index)`` pairs."""
    pairs = match(
        [(s.content.start, s.content.end) for s in statements],
        [g.covering for g in gold],
        mode,
    )
    matched_gold = [gold[g] for _, g in pairs]
    verdicts = [speaker_correct(statements[p], gold[g]) for p, g in pairs]
    counts = Counts(
        predicted=len(statements),
        gold=len(gold),
        matched=len(pairs),
        quoted_gold=sum(g.quoted for g in gold),
        quoted_matched=sum(g.quoted for g in matched_gold),
        speech_gold=sum(g.speech_cue for g in gold),
        speech_matched=sum(g.speech_cue for g in matched_gold),
        speaker_total=sum(v is not None for v in verdicts),
        speaker_correct=sum(v is True for v in verdicts),
    )
    return counts, pairs
