"""Render an `EvalResult`: plain-text tables for people, a dict for ``--json``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict
from typing import TypeVar

from attrib.evaluation.metrics import Counts, denominator
from attrib.evaluation.runner import EvalResult, FalseAlarm, Miss

T = TypeVar("T")

# Targets on PolNeAR dev with overlap matching (issue 5): (label, attribute, minimum).
TARGETS: tuple[tuple[str, str, float], ...] = (
    ("quoted recall", "quoted_recall", 0.92),
    ("speech-cue recall", "speech_recall", 0.80),
    ("precision", "precision", 0.88),
    ("speaker accuracy", "speaker_accuracy", 0.92),
)

# The metrics table: (label, attribute); its n column is the ratio's denominator.
_ROWS: tuple[tuple[str, str], ...] = (
    ("precision", "precision"),
    ("recall", "recall"),
    ("F1", "f1"),
    ("quoted recall", "quoted_recall"),
    ("speech-cue recall", "speech_recall"),
    ("speaker accuracy", "speaker_accuracy"),
)


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def snippet(text: str, width: int = 90) -> str:
    """One line of at most ``width`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def grouped(items: Iterable[T], key: Callable[[T], str]) -> list[tuple[str, int]]:
    """``(key, count)`` pairs, most frequent first (ties by key)."""
    counts = Counter(key(item) for item in items)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def worst_misses(misses: Sequence[Miss]) -> list[Miss]:
    """Quoted misses first, then speech-cue ones, longest first within each."""
    return sorted(misses, key=lambda m: (not m.quoted, not m.speech_cue, m.start - m.end))


def worst_false_alarms(alarms: Sequence[FalseAlarm]) -> list[FalseAlarm]:
    """Alarms that touch no gold first (the clearest errors), longest first."""
    return sorted(alarms, key=lambda a: (a.reason != "no gold", a.start - a.end))


def _metrics_table(result: EvalResult) -> list[str]:
    lines = [f"{'':20}{'strict':>10}{'overlap':>10}{'n':>8}"]
    for label, attr in _ROWS:
        under = denominator(Counts, attr)
        n = getattr(result.overlap, under) if under else ""
        lines.append(
            f"{label:20}{fmt(getattr(result.strict, attr)):>10}"
            f"{fmt(getattr(result.overlap, attr)):>10}{n!s:>8}"
        )
    return lines


def _targets(counts: Counts) -> list[str]:
    lines = []
    for label, attr, minimum in TARGETS:
        value = getattr(counts, attr)
        verdict = "met" if value is not None and value >= minimum else "NOT met"
        lines.append(f"  {label:20} {fmt(value)} (target >= {minimum:.2f}): {verdict}")
    return lines


def _article_table(result: EvalResult) -> list[str]:
    lines = [f"{'article':45}{'gold':>6}{'pred':>6}{'match':>7}{'P':>7}{'R':>7}{'spk':>7}"]
    for article in result.articles:
        c = article.overlap
        row = (
            f"{snippet(article.name, 44):45}{c.gold:>6}{c.predicted:>6}{c.matched:>7}"
            f"{fmt(c.precision):>7}{fmt(c.recall):>7}{fmt(c.speaker_accuracy):>7}"
        )
        lines.append(row + (f"  ERROR: {article.error}" if article.error else ""))
    return lines


def _groups(title: str, pairs: list[tuple[str, int]], top: int) -> list[str]:
    lines = [title]
    lines += [f"  {count:>5}  {key}" for key, count in pairs[:top]]
    return lines


def render_text(result: EvalResult, *, show: int = 10, articles: bool = True) -> str:
    """The human-readable report."""
    o = result.overlap
    lines = [
        f"PolNeAR evaluation of split '{result.split}': {len(result.articles)} articles, "
        f"{o.gold} gold attributions, {o.predicted} predicted statements",
    ]
    if result.errors:
        lines.append(f"checker errors: {result.errors} articles")
    if result.offset_mismatches or result.skipped:
        lines.append(
            f"gold: {result.offset_mismatches} annotation offsets disagree with their text; "
            f"{result.skipped} relations without content or cue skipped"
        )
    lines += ["", *_metrics_table(result), "", "Targets (overlap matching):", *_targets(o)]
    if articles:
        lines += ["", "Per article (overlap matching):", *_article_table(result)]
    lines += [""]
    lines += _groups("Misses by class:", grouped(result.misses, lambda m: m.category), 10)
    lines += _groups("Misses by gold cue:", grouped(result.misses, lambda m: m.cue_lemma), 15)
    lines += _groups(
        "False alarms by class:", grouped(result.false_alarms, lambda a: a.category), 10
    )
    lines += _groups(
        "False alarms by our cue:", grouped(result.false_alarms, lambda a: a.cue_lemma), 15
    )
    lines += _groups(
        f"Wrong speakers ({len(result.wrong_speakers)}) by class:",
        grouped(result.wrong_speakers, lambda w: w.category),
        5,
    )
    if show > 0:
        lines += ["", f"Worst misses (first {show}):"]
        for m in worst_misses(result.misses)[:show]:
            lines.append(f"  {m.article} @{m.start}-{m.end} [{m.category}; cue {m.cue!r}]")
            lines.append(f"      {snippet(m.text)}")
        lines += ["", f"False alarms (first {show}):"]
        for a in worst_false_alarms(result.false_alarms)[:show]:
            lines.append(f"  {a.article} @{a.start}-{a.end} [{a.category}; cue {a.cue!r}]")
            lines.append(f"      {snippet(a.text)}")
        lines += ["", f"Wrong speakers (first {show}):"]
        for w in result.wrong_speakers[:show]:
            lines.append(
                f"  {w.article} @{w.start}-{w.end} gold {w.gold_source!r}, "
                f"ours {w.speaker!r} (mention {w.mention!r})"
            )
            lines.append(f"      {snippet(w.text)}")
    return "\n".join(lines) + "\n"


def to_json(result: EvalResult, *, show: int = 10) -> dict[str, object]:
    """The machine-readable report (``--json``)."""
    return {
        "split": result.split,
        "articles_count": len(result.articles),
        "errors": result.errors,
        "offset_mismatches": result.offset_mismatches,
        "skipped_relations": result.skipped,
        "strict": result.strict.as_dict(),
        "overlap": result.overlap.as_dict(),
        "targets": {
            attr: {
                "minimum": minimum,
                "met": (v := getattr(result.overlap, attr)) is not None and v >= minimum,
            }
            for _, attr, minimum in TARGETS
        },
        "articles": [
            {
                "name": a.name,
                "error": a.error,
                "strict": a.strict.as_dict(),
                "overlap": a.overlap.as_dict(),
            }
            for a in result.articles
        ],
        "misses_by_class": dict(grouped(result.misses, lambda m: m.category)),
        "misses_by_cue": dict(grouped(result.misses, lambda m: m.cue_lemma)),
        "false_alarms_by_class": dict(grouped(result.false_alarms, lambda a: a.category)),
        "false_alarms_by_cue": dict(grouped(result.false_alarms, lambda a: a.cue_lemma)),
        "wrong_speakers_by_class": dict(grouped(result.wrong_speakers, lambda w: w.category)),
        "misses": [asdict(m) for m in worst_misses(result.misses)[:show]],
        "false_alarms": [asdict(a) for a in worst_false_alarms(result.false_alarms)[:show]],
        "wrong_speakers": [asdict(w) for w in result.wrong_speakers[:show]],
    }
