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
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from attrib.evaluation.metrics import Ratio, Tally
from attrib.evaluation.realworld_gold import GoldStatement, RealArticle, read_realworld
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


@dataclass(frozen=True)
class RealCounts(Tally):
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

    quote_recall = Ratio("quotes_found", "quotes_gold")
    recognised = Ratio("quotes_recognised", "quotes_gold")
    speaker_accuracy = Ratio("quote_speakers_right", "quotes_found")
    spurious_direct = Ratio("direct_spurious", "direct_predicted")
    reported_recall = Ratio("reported_found", "reported_gold")
    reported_speaker = Ratio("reported_speakers_right", "reported_found")
    outlet_recall = Ratio("outlet_right", "outlet_gold")
    flag_recall = Ratio("flags_found", "flags_gold")
    named_false_alarms = Ratio("named_flagged", "named_found")


RATIOS = RealCounts.RATIOS


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


class _Scoring:
    """The counts and errors of one article, gathered gold item by gold item."""

    def __init__(self, article: RealArticle, report: FileReport) -> None:
        self.article = article
        self.statements = report.statements
        self.spans = [trimmed(s) for s in report.statements]
        self.counts: Counter[str] = Counter()
        self.errors: list[Error] = []

    def err(self, what: str, category: str, where: tuple[int, int], **extra: str | None) -> None:
        start, end = where
        text = self.article.document.text[start:end]
        self.errors.append(Error(self.article.name, what, category, start, end, text, **extra))

    def cover(self, item: GoldStatement, what: str, found: str) -> Statement | None:
        """The statement covering ``item`` (counted as ``found``); None, noted as an error."""
        span = (item.start, item.end)
        index = best_cover(self.statements, self.spans, span)
        if index is None:
            reason = _reason(self.spans, span)
            if what == "quote":
                reason = f"{quote_class(self.article, *span)}; {reason}"
            self.err(what, reason, span)
            return None
        self.counts[found] += 1
        return self.statements[index]

    def judge(self, item: GoldStatement, what: str, statement: Statement, right: str) -> None:
        """Speaker (counted as ``right``), outlet and named-person checks of a found item."""
        span = (item.start, item.end)
        if speaker_right(item.speaker, item.kind, statement):
            self.counts[right] += 1
        else:
            side = "no speaker" if statement.speaker is None else "other speaker"
            self.err(
                "speaker",
                f"{what}, gold {item.kind}, {side}",
                span,
                gold=f"{item.speaker} ({item.kind})" if item.speaker else None,
                ours=_speaker_text(statement),
            )
        if item.outlet is not None:
            self.counts["outlet_gold"] += 1
            if outlet_right(item.outlet, statement):
                self.counts["outlet_right"] += 1
            else:
                ours = statement.outlet.name if statement.outlet else None
                category = "missed" if ours is None else "other outlet"
                self.err("outlet", category, span, gold=item.outlet, ours=ours)
        elif statement.outlet is not None:
            self.counts["outlet_extra"] += 1
        if item.kind == "person":
            self.counts["named_found"] += 1
            raised = NAMED_FALSE_ALARM_RULES.intersection(statement.flags)
            if raised:
                self.counts["named_flagged"] += 1
                who = _speaker_text(statement)
                self.err("named flag", ", ".join(sorted(raised)), span, ours=who)


def score_article(article: RealArticle, report: FileReport) -> tuple[RealCounts, list[Error]]:
    """Counts and errors of one article."""
    scoring = _Scoring(article, report)
    counts = scoring.counts
    for quote in article.quotes:
        statement = scoring.cover(quote, "quote", "quotes_found")
        if statement is None:
            continue
        if statement.kind in ("direct", "mixed"):
            counts["quotes_recognised"] += 1
        else:
            where = quote_class(article, quote.start, quote.end)
            category = f"{where}; found as {statement.kind}"
            scoring.err("quote", category, (quote.start, quote.end))
        scoring.judge(quote, "quote", statement, "quote_speakers_right")
    for item in article.reported:
        statement = scoring.cover(item, "reported", "reported_found")
        if statement is not None:
            scoring.judge(item, "reported", statement, "reported_speakers_right")

    extents = {s.id: extent(s) for s in report.statements}
    for flag in article.flags:
        span = (flag.start, flag.end)
        if flag_found(flag.rule, span, report.findings, extents):
            counts["flags_found"] += 1
        else:
            scoring.err("flag", flag.rule, span)

    gold_quotes = [(q.start, q.end) for q in article.quotes]
    for statement, span in zip(report.statements, scoring.spans, strict=True):
        if statement.kind != "direct":
            continue
        counts["direct_predicted"] += 1
        if not any(
            2 * shared(span, g) >= min(span[1] - span[0], g[1] - g[0]) > 0 for g in gold_quotes
        ):
            counts["direct_spurious"] += 1
            size = len(statement.content.text.split())
            category = "1-2 words" if size <= 2 else "3+ words"
            scoring.err("spurious", category, span, ours=_speaker_text(statement))

    total = RealCounts(
        quotes_gold=len(article.quotes),
        reported_gold=len(article.reported),
        flags_gold=len(article.flags),
        **counts,
    )
    return total, scoring.errors


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
