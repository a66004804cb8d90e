"""One-to-one matching of predicted statement spans to gold content spans.

Two criteria decide whether a (predicted, gold) pair may match:

- ``strict``: the overlap is at least half of *each* span;
- ``overlap``: the overlap is at least half of the *shorter* span.

Among the pairs that qualify, pairs are taken greedily by descending overlap (ties: earlier gold,
then earlier prediction), each span being used at most once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

MatchMode = Literal["strict", "overlap"]
MODES: tuple[MatchMode, ...] = ("strict", "overlap")

Interval = tuple[int, int]


def overlap(a: Interval, b: Interval) -> int:
    """Number of characters two half-open intervals share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def qualifies(pred: Interval, gold: Interval, mode: MatchMode) -> bool:
    """Whether ``pred`` and ``gold`` overlap enough to match under ``mode``."""
    shared = overlap(pred, gold)
    if shared == 0:
        return False
    pred_len, gold_len = pred[1] - pred[0], gold[1] - gold[0]
    if mode == "strict":
        return 2 * shared >= pred_len and 2 * shared >= gold_len
    return 2 * shared >= min(pred_len, gold_len)


def match(
    predicted: Sequence[Interval], gold: Sequence[Interval], mode: MatchMode
) -> list[tuple[int, int]]:
    """Index pairs ``(predicted_index, gold_index)`` of a one-to-one greedy matching."""
    candidates: list[tuple[int, int, int]] = []
    for g, gold_span in enumerate(gold):
        for p, pred_span in enumerate(predicted):
            if qualifies(pred_span, gold_span, mode):
                candidates.append((-overlap(pred_span, gold_span), g, p))
    candidates.sort()
    used_pred: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, g, p in candidates:
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        pairs.append((p, g))
    pairs.sort(key=lambda pair: pair[1])
    return pairs
