"""Run the checker over a PolNeAR split and score it against the gold attributions."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from attrib.evaluation.brat import GoldArticle, GoldAttribution, read_split
from attrib.evaluation.lexicon import cue_lemma
from attrib.evaluation.matching import MatchMode, overlap, qualifies
from attrib.evaluation.metrics import Counts, score, speaker_correct
from attrib.model import Document, FileReport, Statement
from attrib.profile import Profile, default_profile

Analyze = Callable[[Iterable[Document], Profile], Iterator[FileReport]]

# PolNeAR annotates a pronoun source as the pronoun itself.
PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "who"})

# Error analysis uses the matching the targets are stated in.
ANALYSIS_MODE: MatchMode = "overlap"


@dataclass(frozen=True)
class ArticleResult:
    """Counts for one article under both matchings (or the error that stopped the checker)."""

    name: str
    strict: Counts
    overlap: Counts
    error: str | None = None


@dataclass(frozen=True)
class Located:
    """Where an item of the error analysis stands: its article, offsets and text."""

    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Cued(Located):
    """A located attribution with its cue and the cue's class (`GoldAttribution.cue_lemma`)."""

    cue: str
    cue_lemma: str


@dataclass(frozen=True)
class Miss(Cued):
    """A gold attribution that no prediction matched."""

    quoted: bool
    speech_cue: bool
    # "not found" (no prediction touches it), "boundary" (one does, too little), or "merged"
    # (a prediction that qualifies went to another gold attribution: we ran two together).
    reason: str

    @property
    def category(self) -> str:
        return f"{'quoted' if self.quoted else 'unquoted'}, {self.reason}"


@dataclass(frozen=True)
class FalseAlarm(Cued):
    """A predicted statement that matched no gold attribution."""

    kind: str
    # "no gold" (touches no gold content), "boundary" (touches one, too little), or "split"
    # (a gold attribution it qualifies for went to another prediction: we cut one in pieces).
    reason: str

    @property
    def category(self) -> str:
        return f"{self.kind}, {self.reason}"


@dataclass(frozen=True)
class WrongSpeaker(Located):
    """A matched statement whose speaker disagrees with the gold source."""

    gold_source: str
    speaker: str | None
    mention: str | None

    @property
    def category(self) -> str:
        if self.speaker is None:
            return "no speaker"
        if self.gold_source.lower() in PRONOUNS:
            return "gold source is a pronoun"
        return "other speaker"


@dataclass(frozen=True)
class EvalResult:
    """Scores of one split plus the lists behind the error analysis (overlap matching)."""

    split: str
    articles: tuple[ArticleResult, ...]
    strict: Counts
    overlap: Counts
    misses: tuple[Miss, ...]
    false_alarms: tuple[FalseAlarm, ...]
    wrong_speakers: tuple[WrongSpeaker, ...]
    offset_mismatches: int = 0
    skipped: int = 0

    @property
    def errors(self) -> int:
        return sum(1 for a in self.articles if a.error is not None)


def _reason(
    span: tuple[int, int], others: Sequence[tuple[int, int]], taken: set[int]
) -> str | None:
    """Why ``span`` went unmatched: ``None`` (touches nothing), "boundary" or "taken"."""
    touching = [i for i, other in enumerate(others) if overlap(span, other) > 0]
    if not touching:
        return None
    # Both matching criteria are symmetric, so argument order does not matter here.
    if any(i in taken and qualifies(span, others[i], ANALYSIS_MODE) for i in touching):
        return "taken"
    return "boundary"


_MISS_REASONS = {None: "not found", "boundary": "boundary", "taken": "merged"}
_ALARM_REASONS = {None: "no gold", "boundary": "boundary", "taken": "split"}


def analyse_article(
    article: GoldArticle, statements: Sequence[Statement]
) -> tuple[list[Miss], list[FalseAlarm], list[WrongSpeaker]]:
    """Misses, false alarms and wrong speakers of one article under the analysis matching."""
    _, pairs = score(statements, article.attributions, ANALYSIS_MODE)
    gold_spans = [g.covering for g in article.attributions]
    pred_spans = [(s.content.start, s.content.end) for s in statements]
    matched_pred = {p for p, _ in pairs}
    matched_gold = {g for _, g in pairs}
    misses = [
        Miss(
            article=article.name,
            start=gold.covering[0],
            end=gold.covering[1],
            text=gold.content_text,
            cue=gold.cue_text,
            cue_lemma=gold.cue_lemma,
            quoted=gold.quoted,
            speech_cue=gold.speech_cue,
            reason=_MISS_REASONS[_reason(gold.covering, pred_spans, matched_pred)],
        )
        for index, gold in enumerate(article.attributions)
        if index not in matched_gold
    ]
    alarms = [
        FalseAlarm(
            article=article.name,
            start=statement.content.start,
            end=statement.content.end,
            text=statement.content.text,
            cue=statement.cue.text if statement.cue else "",
            cue_lemma=cue_lemma(statement.cue.text) if statement.cue else "(no cue)",
            kind=statement.kind,
            reason=_ALARM_REASONS[_reason(pred_spans[index], gold_spans, matched_gold)],
        )
        for index, statement in enumerate(statements)
        if index not in matched_pred
    ]
    wrong = [
        _wrong_speaker(article.name, statements[p], article.attributions[g])
        for p, g in pairs
        if speaker_correct(statements[p], article.attributions[g]) is False
    ]
    return misses, alarms, wrong


def _wrong_speaker(article: str, statement: Statement, gold: GoldAttribution) -> WrongSpeaker:
    speaker = statement.speaker
    return WrongSpeaker(
        article=article,
        start=statement.content.start,
        end=statement.content.end,
        text=statement.content.text,
        gold_source=gold.source_text or "",
        speaker=speaker.name if speaker else None,
        mention=speaker.mention.text if speaker and speaker.mention else None,
    )


def _default_analyze() -> Analyze:
    from attrib.api import analyze_documents

    return analyze_documents


def outer_statements(statements: Sequence[Statement]) -> tuple[Statement, ...]:
    """``statements`` without quotes nested in another direct quote.

    PolNeAR annotates a quotation inside a quotation as part of the outer one ("His people said,
    'There are many issues ...' We had a productive partnership," Mitchell recalled: one
    attribution, Mitchell's), while attrib also gives the inner words to whom the speaker
    quotes; scoring those against PolNeAR would count a convention as an error. One pass over
    the statements in order of their start.
    """
    kept: list[Statement] = []
    reach = -1  # the furthest end of a direct statement so far
    for statement in sorted(statements, key=lambda s: (s.content.start, -s.content.end)):
        nested = statement.kind == "direct" and statement.content.end <= reach
        if not nested:
            kept.append(statement)
        if statement.kind == "direct":
            reach = max(reach, statement.content.end)
    return tuple(sorted(kept, key=lambda s: (s.content.start, s.content.end)))


def evaluate(
    split_dir: Path,
    *,
    profile: Profile | None = None,
    limit: int | None = None,
    analyze: Analyze | None = None,
) -> EvalResult:
    """Run the checker on every article of a PolNeAR split and score it.

    ``split_dir`` holds ``text/`` and ``attributions/``; ``limit`` keeps the first N articles
    in name order; ``analyze`` replaces the engine's batch entry point (for tests).
    Raises ``FileNotFoundError`` when ``split_dir`` is not a split.
    """
    articles = read_split(split_dir, limit=limit)
    run = analyze or _default_analyze()
    documents = [Document.from_text(str(a.text_path), a.text) for a in articles]
    reports = {report.path: report for report in run(documents, profile or default_profile())}

    results: list[ArticleResult] = []
    misses: list[Miss] = []
    alarms: list[FalseAlarm] = []
    wrong: list[WrongSpeaker] = []
    for article in articles:
        report = reports.get(str(article.text_path))
        error = "no report" if report is None else report.error
        statements = outer_statements(report.statements if report is not None else ())
        strict, _ = score(statements, article.attributions, "strict")
        loose, _ = score(statements, article.attributions, "overlap")
        results.append(ArticleResult(article.name, strict, loose, error))
        article_misses, article_alarms, article_wrong = analyse_article(article, statements)
        misses += article_misses
        alarms += article_alarms
        wrong += article_wrong

    return EvalResult(
        split=split_dir.name,
        articles=tuple(results),
        strict=sum((r.strict for r in results), Counts()),
        overlap=sum((r.overlap for r in results), Counts()),
        misses=tuple(misses),
        false_alarms=tuple(alarms),
        wrong_speakers=tuple(wrong),
        offset_mismatches=sum(a.offset_mismatches for a in articles),
        skipped=sum(a.skipped for a in articles),
    )
