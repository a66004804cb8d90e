"""Matching and metric arithmetic of the PolNeAR evaluation."""

from __future__ import annotations

import pytest

from attrib.evaluation.brat import GoldAttribution
from attrib.evaluation.matching import MatchMode, match, qualifies
from attrib.evaluation.metrics import Counts, score, speaker_correct
from attrib.model import Document, Speaker, Statement

DOC = Document.from_text("x.txt", "Mayor Ann Lee of Springfield said the plan works. " * 4)


@pytest.mark.parametrize(
    ("pred", "gold", "mode", "expected"),
    [
        ((0, 10), (0, 10), "strict", True),
        ((0, 10), (5, 15), "strict", True),  # 5 of 10 each: exactly half
        ((0, 10), (6, 16), "strict", False),  # 4 of 10
        ((0, 10), (0, 30), "strict", False),  # pred inside a gold three times as long
        ((0, 10), (0, 30), "overlap", True),  # all of the shorter span
        ((0, 10), (6, 16), "overlap", False),
        ((0, 4), (2, 100), "overlap", True),  # half of the shorter
        ((0, 4), (3, 100), "overlap", False),
        ((0, 10), (10, 20), "overlap", False),  # touching, not overlapping
        ((5, 5), (0, 10), "overlap", False),  # empty prediction never matches
    ],
)
def test_qualifies(
    pred: tuple[int, int], gold: tuple[int, int], mode: MatchMode, expected: bool
) -> None:
    assert qualifies(pred, gold, mode) is expected


@pytest.mark.parametrize(
    ("preds", "golds", "mode", "expected"),
    [
        # One prediction covering two gold spans matches only the one it overlaps most.
        ([(0, 30)], [(0, 10), (12, 30)], "overlap", [(0, 1)]),
        ([(0, 30)], [(0, 10), (12, 30)], "strict", [(0, 1)]),
        # Two predictions inside one gold: one-to-one, the bigger overlap wins.
        ([(0, 5), (6, 20)], [(0, 20)], "overlap", [(1, 0)]),
        # Greedy by overlap size: (3,12)-(4,20) shares 8, more than (3,12)-(0,10) shares 7, which
        # leaves (0,10) to (0,6); taking gold spans in order would match only one pair.
        ([(3, 12), (0, 6)], [(0, 10), (4, 20)], "overlap", [(1, 0), (0, 1)]),
        ([], [(0, 5)], "overlap", []),
        ([(0, 5)], [], "strict", []),
    ],
)
def test_match_one_to_one(
    preds: list[tuple[int, int]],
    golds: list[tuple[int, int]],
    mode: MatchMode,
    expected: list[tuple[int, int]],
) -> None:
    assert match(preds, golds, mode) == expected


def gold(
    content: tuple[int, int],
    source: tuple[int, int] | None = (0, 13),
    *,
    quoted: bool = False,
    speech: bool = True,
) -> GoldAttribution:
    return GoldAttribution(
        id="E1",
        content=(content,),
        cue=((29, 33),),
        source=(source,) if source else None,
        content_text=DOC.text[content[0] : content[1]],
        cue_text="said",
        source_text=DOC.text[source[0] : source[1]] if source else None,
        quoted=quoted,
        speech_cue=speech,
    )


def statement(
    start: int, end: int, name: str | None = "Ann Lee", mention: tuple[int, int] | None = None
) -> Statement:
    speaker = None
    if name is not None:
        span = DOC.span(*mention) if mention else None
        speaker = Speaker(name=name, kind="person", mention=span)
    return Statement("s", "indirect", DOC.span(start, end), None, speaker)


@pytest.mark.parametrize(
    ("stmt", "gold_source", "expected"),
    [
        (statement(34, 49, "Someone", mention=(6, 13)), (0, 13), True),  # mention overlaps
        (statement(34, 49, "Lee", mention=(40, 44)), (0, 13), True),  # shares the word "lee"
        (statement(34, 49, "ann lee"), (0, 13), True),  # case-insensitive
        (statement(34, 49, "The Mayor of Boston"), (14, 28), False),  # only "of" shared
        (statement(34, 49, "Bob Smith"), (0, 13), False),
        (statement(34, 49, None), (0, 13), False),  # no speaker at all
        (statement(34, 49, "Bob Smith"), None, None),  # gold has no source: not counted
    ],
)
def test_speaker_correct(
    stmt: Statement, gold_source: tuple[int, int] | None, expected: bool | None
) -> None:
    assert speaker_correct(stmt, gold((34, 49), gold_source)) is expected


def test_counts_ratios_and_sum() -> None:
    a = Counts(predicted=4, gold=5, matched=3, quoted_gold=2, quoted_matched=1)
    b = Counts(predicted=1, gold=0, matched=0, speaker_total=2, speaker_correct=1)
    total = a + b
    assert (total.predicted, total.gold, total.matched) == (5, 5, 3)
    assert total.precision == pytest.approx(0.6)
    assert total.recall == pytest.approx(0.6)
    assert total.f1 == pytest.approx(0.6)
    assert a.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert total.quoted_recall == pytest.approx(0.5)
    assert total.speaker_accuracy == pytest.approx(0.5)
    assert Counts().precision is None
    assert Counts(predicted=2, gold=3).f1 == 0.0
    assert Counts().as_dict()["speaker_accuracy"] is None


def test_score_counts_classes_and_speakers() -> None:
    golds = [
        gold((34, 49), quoted=True),
        gold((84, 99), source=None, speech=False),
        gold((134, 149), quoted=True),
    ]
    stmts = [statement(34, 49), statement(84, 99, "Bob"), statement(110, 120)]
    counts, pairs = score(stmts, golds, "overlap")
    assert pairs == [(0, 0), (1, 1)]
    assert counts == Counts(
        predicted=3,
        gold=3,
        matched=2,
        quoted_gold=2,
        quoted_matched=1,
        speech_gold=2,
        speech_matched=1,
        speaker_total=1,
        speaker_correct=1,
    )
