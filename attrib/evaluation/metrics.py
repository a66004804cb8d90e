"""Counts and ratios of statement detection and speaker attribution against gold."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import ClassVar, TypeVar, overload

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


class Ratio:
    """A ratio of two count fields, read like an attribute; ``None`` when the denominator is 0."""

    def __init__(self, numerator: str, denominator: str) -> None:
        self.numerator = numerator
        self.denominator = denominator

    @overload
    def __get__(self, counts: None, owner: type) -> Ratio: ...
    @overload
    def __get__(self, counts: object, owner: type) -> float | None: ...
    def __get__(self, counts: object, owner: type) -> Ratio | float | None:
        if counts is None:
            return self
        return ratio(getattr(counts, self.numerator), getattr(counts, self.denominator))


def denominator(counts: type[Tally], name: str) -> str | None:
    """The count field under the ratio ``name`` (``None`` for a value that is not a `Ratio`)."""
    found = getattr(counts, name)
    return found.denominator if isinstance(found, Ratio) else None


T = TypeVar("T", bound="Tally")


@dataclass(frozen=True)
class Tally:
    """Raw counts that add up over articles; the ratios (``RATIOS``) are read from the sum.

    A subclass's ``RATIOS`` are its `Ratio` attributes in the order they are written, unless
    it names them itself.
    """

    RATIOS: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "RATIOS" not in vars(cls):
            cls.RATIOS = tuple(
                name for name, value in vars(cls).items() if isinstance(value, Ratio)
            )

    def __add__(self: T, other: T) -> T:
        return type(self)(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def as_dict(self) -> dict[str, int | float | None]:
        """Counts and ratios, as in the JSON output."""
        data: dict[str, int | float | None] = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in self.RATIOS:
            data[name] = getattr(self, name)
        return data


@dataclass(frozen=True)
class Counts(Tally):
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

    # F1 is no ratio of two counts, so the order is written out.
    RATIOS = ("precision", "recall", "f1", "quoted_recall", "speech_recall", "speaker_accuracy")
    precision = Ratio("matched", "predicted")
    recall = Ratio("matched", "gold")
    quoted_recall = Ratio("quoted_matched", "quoted_gold")
    speech_recall = Ratio("speech_matched", "speech_gold")
    speaker_accuracy = Ratio("speaker_correct", "speaker_total")

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)


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
