"""Render a `RealResult`: plain-text tables for people, a dict for ``--json``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict

from attrib.evaluation.metrics import denominator
from attrib.evaluation.realworld import RATIOS, Error, RealCounts, RealResult
from attrib.evaluation.report import fmt, grouped, snippet

# Targets on the real-world dev set (issue 9): (label, attribute, bound, at least?).
TARGETS: tuple[tuple[str, str, float, bool], ...] = (
    ("quote recall", "quote_recall", 0.95, True),
    ("recognised as quote", "recognised", 0.93, True),
    ("speaker accuracy", "speaker_accuracy", 0.90, True),
    ("spurious direct", "spurious_direct", 0.05, False),
    ("reported speaker", "reported_speaker", 0.90, True),
    ("flag recall", "flag_recall", 0.70, True),
    ("named false alarms", "named_false_alarms", 0.02, False),
)

# The metrics table: (label, attribute), one row per ratio; its n column is the denominator.
_ROWS: tuple[tuple[str, str], ...] = (
    ("quote recall", "quote_recall"),
    ("recognised as quote", "recognised"),
    ("speaker accuracy", "speaker_accuracy"),
    ("spurious direct", "spurious_direct"),
    ("reported recall", "reported_recall"),
    ("reported speaker", "reported_speaker"),
    ("outlet recall", "outlet_recall"),
    ("flag recall", "flag_recall"),
    ("named false alarms", "named_false_alarms"),
)

# Error lists in the order they are shown.
WHAT: tuple[tuple[str, str], ...] = (
    ("quote", "Quotes missed or not recognised"),
    ("spurious", "Spurious direct quotes"),
    ("speaker", "Wrong speakers"),
    ("reported", "Reported statements missed"),
    ("outlet", "Outlets missed"),
    ("flag", "Flags missed"),
    ("named flag", "Anonymous/vague flags on named people"),
)


def _met(value: float | None, bound: float, at_least: bool) -> bool:
    return value is not None and (value >= bound if at_least else value <= bound)


def _metrics(total: RealCounts) -> list[str]:
    lines = [f"{'':22}{'value':>8}{'n':>7}"]
    for label, attr in _ROWS:
        under = denominator(RealCounts, attr)
        n = getattr(total, under) if under else ""
        lines.append(f"{label:22}{fmt(getattr(total, attr)):>8}{n:>7}")
    lines.append(f"{'outlets we added':22}{'':>8}{total.outlet_extra:>7}")
    return lines


def _targets(total: RealCounts) -> list[str]:
    lines = []
    for label, attr, bound, at_least in TARGETS:
        value = getattr(total, attr)
        sign = ">=" if at_least else "<="
        verdict = "met" if _met(value, bound, at_least) else "NOT met"
        lines.append(f"  {label:20} {fmt(value)} (target {sign} {bound:.2f}): {verdict}")
    return lines


def _articles(result: RealResult) -> list[str]:
    head = (
        "quotes",
        "found",
        "recog",
        "spk",
        "direct",
        "spur",
        "rep",
        "found",
        "spk",
        "flags",
        "found",
    )
    lines = [f"{'article':32}" + "".join(f"{h:>7}" for h in head)]
    for article in result.articles:
        c = article.counts
        cells = (
            c.quotes_gold,
            c.quotes_found,
            c.quotes_recognised,
            c.quote_speakers_right,
            c.direct_predicted,
            c.direct_spurious,
            c.reported_gold,
            c.reported_found,
            c.reported_speakers_right,
            c.flags_gold,
            c.flags_found,
        )
        row = f"{snippet(article.name, 31):32}" + "".join(f"{n:>7}" for n in cells)
        lines.append(row + (f"  ERROR: {article.error}" if article.error else ""))
    return lines


def _listing(errors: Sequence[Error], show: int) -> list[str]:
    lines = []
    for e in errors[:show]:
        who = ""
        if e.gold is not None or e.ours is not None:
            who = f" gold {e.gold!r}, ours {e.ours!r}"
        lines.append(f"  {e.article} @{e.start}-{e.end} [{e.category}]{who}")
        lines.append(f"      {snippet(e.text)}")
    return lines


def render_realworld(result: RealResult, *, show: int = 10, articles: bool = True) -> str:
    """The human-readable report."""
    t = result.total
    lines = [
        f"Real-world evaluation of '{result.split}': {len(result.articles)} articles, "
        f"{t.quotes_gold} gold quotes, {t.reported_gold} reported, {t.flags_gold} flags "
        "(each article checked with its gold publication configured)",
    ]
    if result.failed:
        lines.append(f"checker errors: {result.failed} articles")
    if result.unlocated:
        lines.append(f"gold: {result.unlocated} entries not found in their text (left out)")
    lines += ["", *_metrics(t), "", "Targets:", *_targets(t)]
    if articles:
        lines += ["", "Per article:", *_articles(result)]
    for what, title in WHAT:
        errors = [e for e in result.errors if e.what == what]
        if not errors:
            continue
        lines += ["", f"{title} ({len(errors)}) by class:"]
        lines += [f"  {n:>5}  {key}" for key, n in grouped(errors, lambda e: e.category)]
        if show > 0:
            lines += _listing(errors, show)
    return "\n".join(lines) + "\n"


def realworld_json(result: RealResult, *, show: int = 10) -> dict[str, object]:
    """The machine-readable report (``--json``)."""
    return {
        "split": result.split,
        "format": "realworld",
        "articles_count": len(result.articles),
        "errors": result.failed,
        "unlocated": result.unlocated,
        "total": result.total.as_dict(),
        "targets": {
            attr: {
                ("minimum" if at_least else "maximum"): bound,
                "met": _met(getattr(result.total, attr), bound, at_least),
            }
            for _, attr, bound, at_least in TARGETS
        },
        "articles": [
            {
                "name": a.name,
                "publication": a.publication,
                "error": a.error,
                **a.counts.as_dict(),
            }
            for a in result.articles
        ],
        "errors_by_class": {
            what: dict(grouped([e for e in result.errors if e.what == what], lambda e: e.category))
            for what, _ in WHAT
        },
        "error_list": {
            what: [asdict(e) for e in result.errors if e.what == what][:show] for what, _ in WHAT
        },
        "ratios": list(RATIOS),
    }
