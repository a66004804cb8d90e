"""Score attrib on a real-world gold set (``gold/*.json`` + ``text/``), as a newsroom runs it.

Each article is checked with its gold ``publication`` configured, as the desk that published it
would configure attrib. How predictions are compared with the gold is documented in
`attrib.evaluation.realworld_match`; the metrics are:

- quote recall: gold quotes covered by some statement; recognised: ... by a direct or mixed one;
- speaker accuracy over the found quotes (and over the found reported statements);
- spurious direct quotes: our direct statements that share at least half of the shorter span
  with no gold quote, as a share of our direct statements;
- reported recall: gold reported statements whose anchor a statement covers;
- outlet recall over found items whose gold names an outlet; ``outlet_extra`` counts found items
  where we name an outlet and the gold names none;
- flag recall: gold flags matched by a finding of the same rule (per rule too);
- false alarms on named people: found quotes and reported statements whose gold speaker is a
  named person (kind ``person``) but whose judged statement carries an anonymous-source or
  vague-source flag, as a share of such found items.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path

from attrib.evaluation.realworld_gold import RealArticle, read_realworld
from attrib.evaluation.realworld_match import (
    best_cover,
    extent,
    flag_found,
    outlet_right,
    shared,
    speaker_right,
    trimmed,
)
from attrib.model import Document, FileReport, Statement
from attrib.profile import Profile, build_profile, default_profile

# Checks documents with one profile each (the gold's publication configured).
AnalyzeEach = Callable[[Sequence[Document], Profile, Sequence[Profile]], Iterator[FileReport]]

NAMED_FALSE_ALARM_RULES = frozenset({"anonymous-source", "vague-source"})
# A paragraph that opens with a speaker label: "Q:", "A:", "MARISSA:", "**Jane Porter:**".
_LABEL = re.compile(
    r"[ \t*_]*(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|Q|A)(?: \([^)\n]*\))?[*_]*:"
)


def ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


@dataclass(frozen=True)
class RealCounts:
    """Raw counts; add them over articles, then read the ratios."""

    quotes_gold: int = 0
    quotes_found: int = 0
    quotes_recognised: int = 0
    quote_speakers_right: int = 0
    direct_predicted: int = 0
    direct_spurious: int = 0
    reported_gold: int = 0
    reported_found: int = 0
    reported_speakers_right: int = 0
    outlet_gold: int = 0
    outlet_right: int = 0
    outlet_extra: int = 0
    flags_gold: int = 0
    flags_found: int = 0
    named_found: int = 0
    named_flagged: int = 0

    def __add__(self, other: RealCounts) -> RealCounts:
        return RealCounts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def quote_recall(self) -> float | None:
        return ratio(self.quotes_found, self.quotes_gold)

    @property
    def recognised(self) -> float | None:
        return ratio(self.quotes_recognised, self.quotes_gold)

    @property
    def speaker_accuracy(self) -> float | None:
        return ratio(self.quote_speakers_right, self.quotes_found)

    @property
    def spurious_direct(self) -> float | None:
        return ratio(self.direct_spurious, self.direct_predicted)

    @property
    def reported_recall(self) -> float | None:
        return ratio(self.reported_found, self.reported_gold)

    @property
    def reported_speaker(self) -> float | None:
        return ratio(self.reported_speakers_right, self.reported_found)

    @property
    def outlet_recall(self) -> float | None:
        return ratio(self.outlet_right, self.outlet_gold)

    @property
    def flag_recall(self) -> float | None:
        return ratio(self.flags_found, self.flags_gold)

    @property
    def named_false_alarms(self) -> float | None:
        return ratio(self.named_flagged, self.named_found)

    def as_dict(self) -> dict[str, int | float | None]:
        data: dict[str, int | float | None] = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in RATIOS:
            data[name] = getattr(self, name)
        return data


RATIOS: tuple[str, ...] = (
    "quote_recall",
    "recognised",
    "speaker_accuracy",
    "spurious_direct",
    "reported_recall",
    "reported_speaker",
    "outlet_recall",
    "flag_recall",
    "named_false_alarms",
)


@dataclass(frozen=True)
class Error:
    """One gold item we got wrong (or one spurious prediction), with its class."""

    article: str
    what: str  # "quote", "reported", "speaker", "outlet", "flag", "spurious", "named flag"
    category: str
    start: int
    end: int
    text: str
    gold: str | None = None
    ours: str | None = None


@dataclass(frozen=True)
class RealArticleResult:
    name: str
    publication: str | None
    counts: RealCounts
    error: str | None = None


@dataclass(frozen=True)
class RealResult:
    split: str
    articles: tuple[RealArticleResult, ...]
    total: RealCounts
    errors: tuple[Error, ...]
    unlocated: int = 0

    @property
    def failed(self) -> int:
        return sum(1 for a in self.articles if a.error is not None)


def quote_class(article: RealArticle, start: int, end: int) -> str:
    """Where a gold quote stands: transcript turn, nested, paragraph running on, marks."""
    text = article.document.text
    line_start = text.rfind("\n", 0, start) + 1
    if _LABEL.match(text, line_start) or not text[line_start:start].strip():
        opener = text[start - 1] if start > 0 else ""
        if opener not in "\"'“”‘’«»":
            return "transcript turn" if _LABEL.match(text, line_start) else "no opening mark"
    if any(q.start < start and end <= q.end for q in article.quotes):
        return "nested"
    if end >= len(text) or text[end] in "\r\n":
        return "paragraph runs on"
    opener = text[start - 1] if start > 0 else ""
    return "single marks" if opener in "'‘’" else "double marks"


def _reason(spans: Sequence[tuple[int, int]], gold: tuple[int, int]) -> str:
    return "boundary" if any(shared(span, gold) > 0 for span in spans) else "not found"


def _speaker_text(statement: Statement) -> str | None:
    s = statement.speaker
    return f"{s.name} ({s.kind})" if s is not None else None


def score_article(article: RealArticle, report: FileReport) -> tuple[RealCounts, list[Error]]:
    """Counts and errors of one article."""
    statements = report.statements
    spans = [trimmed(s) for s in statements]
    errors: list[Error] = []
    name = article.name

    def err(what: str, category: str, where: tuple[int, int], **extra: str | None) -> None:
        text = article.document.text[where[0] : where[1]]
        errors.append(Error(name, what, category, where[0], where[1], text, **extra))

    found = recognised = speakers = outlet_gold = outlets = extra = named = flagged = 0
    for quote in article.quotes:
        span = (quote.start, quote.end)
        index = best_cover(statements, spans, span)
        if index is None:
            err("quote", f"{quote_class(article, *span)}; {_reason(spans, span)}", span)
            continue
        statement = statements[index]
        found += 1
        if statement.kind in ("direct", "mixed"):
            recognised += 1
        else:
            err("quote", f"{quote_class(article, *span)}; found as {statement.kind}", span)
        gold_speaker = f"{quote.speaker} ({quote.kind})" if quote.speaker else None
        if speaker_right(quote.speaker, quote.kind, statement):
            speakers += 1
        else:
            side = "no speaker" if statement.speaker is None else "other speaker"
            err(
                "speaker",
                f"quote, gold {quote.kind}, {side}",
                span,
                gold=gold_speaker,
                ours=_speaker_text(statement),
            )
        outlet_gold, outlets, extra = _outlet(
            quote.outlet, statement, (outlet_gold, outlets, extra), err, span
        )
        named, flagged = _named(quote.kind, statement, (named, flagged), err, span)

    reported_found = reported_speakers = 0
    for item in article.reported:
        span = (item.start, item.end)
        index = best_cover(statements, spans, span)
        if index is None:
            err("reported", _reason(spans, span), span)
            continue
        statement = statements[index]
        reported_found += 1
        if speaker_right(item.speaker, item.kind, statement):
            reported_speakers += 1
        else:
            side = "no speaker" if statement.speaker is None else "other speaker"
            err(
                "speaker",
                f"reported, gold {item.kind}, {side}",
                span,
                gold=f"{item.speaker} ({item.kind})" if item.speaker else None,
                ours=_speaker_text(statement),
            )
        outlet_gold, outlets, extra = _outlet(
            item.outlet, statement, (outlet_gold, outlets, extra), err, span
        )
        named, flagged = _named(item.kind, statement, (named, flagged), err, span)

    extents = {s.id: extent(s) for s in statements}
    flags_found = 0
    for flag in article.flags:
        span = (flag.start, flag.end)
        if flag_found(flag.rule, span, report.findings, extents):
            flags_found += 1
        else:
            err("flag", flag.rule, span)

    gold_quotes = [(q.start, q.end) for q in article.quotes]
    direct = spurious = 0
    for statement, span in zip(statements, spans, strict=True):
        if statement.kind != "direct":
            continue
        direct += 1
        if not any(
            2 * shared(span, g) >= min(span[1] - span[0], g[1] - g[0]) > 0 for g in gold_quotes
        ):
            spurious += 1
            size = len(statement.content.text.split())
            err(
                "spurious",
                "1-2 words" if size <= 2 else "3+ words",
                span,
                ours=_speaker_text(statement),
            )

    counts = RealCounts(
        quotes_gold=len(article.quotes),
        quotes_found=found,
        quotes_recognised=recognised,
        quote_speakers_right=speakers,
        direct_predicted=direct,
        direct_spurious=spurious,
        reported_gold=len(article.reported),
        reported_found=reported_found,
        reported_speakers_right=reported_speakers,
        outlet_gold=outlet_gold,
        outlet_right=outlets,
        outlet_extra=extra,
        flags_gold=len(article.flags),
        flags_found=flags_found,
        named_found=named,
        named_flagged=flagged,
    )
    return counts, errors


Report = Callable[..., None]


def _outlet(
    gold: str | None,
    statement: Statement,
    tally: tuple[int, int, int],
    err: Report,
    span: tuple[int, int],
) -> tuple[int, int, int]:
    total, right, extra = tally
    if gold is not None:
        total += 1
        if outlet_right(gold, statement):
            right += 1
        else:
            ours = statement.outlet.name if statement.outlet else None
            err("outlet", "missed" if ours is None else "other outlet", span, gold=gold, ours=ours)
    elif statement.outlet is not None:
        extra += 1
    return total, right, extra


def _named(
    kind: str, statement: Statement, tally: tuple[int, int], err: Report, span: tuple[int, int]
) -> tuple[int, int]:
    named, flagged = tally
    if kind != "person":
        return named, flagged
    raised = NAMED_FALSE_ALARM_RULES.intersection(statement.flags)
    if raised:
        err("named flag", ", ".join(sorted(raised)), span, ours=_speaker_text(statement))
    return named + 1, flagged + bool(raised)


def _default_analyze(
    documents: Sequence[Document], profile: Profile, each: Sequence[Profile]
) -> Iterator[FileReport]:
    from attrib.api import analyze_documents

    return analyze_documents(list(documents), profile, per_document=each)


def evaluate_realworld(
    folder: Path,
    *,
    profile: Profile | None = None,
    limit: int | None = None,
    analyze: AnalyzeEach | None = None,
) -> RealResult:
    """Check every gold article of ``folder`` with its publication configured, and score it.

    Raises ``FileNotFoundError`` when ``folder`` is not a real-world gold set and ``ValueError``
    when one of its gold files cannot be used.
    """
    base = profile or default_profile()
    articles = read_realworld(folder, limit=limit)
    each = [
        build_profile(replace(base.settings, publication=(a.publication,)))
        if a.publication
        else base
        for a in articles
    ]
    run = analyze or _default_analyze
    reports = list(run([a.document for a in articles], base, each))
    results: list[RealArticleResult] = []
    errors: list[Error] = []
    for article, report in zip(articles, reports, strict=True):
        counts, article_errors = score_article(article, report)
        results.append(RealArticleResult(article.name, article.publication, counts, report.error))
        errors += article_errors
    return RealResult(
        split=folder.name,
        articles=tuple(results),
        total=sum((r.counts for r in results), RealCounts()),
        errors=tuple(errors),
        unlocated=sum(a.unlocated for a in articles),
    )
