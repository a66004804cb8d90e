"""Measure quote verification on real text: detection per alteration, false alarms, speed.

    python benchmarks/verification.py ../shared/corpora/polnear/dev \\
        --padding ../shared/corpora/polnear/train/text [--cache /tmp/parses] [--json]

For each article of the split, attrib's own reading of the original (its direct and mixed
statements and their speakers) becomes a speaker-labelled transcript: one turn per quoted
segment, written in turn in each source format attrib reads (``NAME:`` turns, ``[hh:mm:ss]
Name:`` turns, ``Name  mm:ss`` exports, SubRip with labels, WebVTT with voices). A draft copy of
the article then alters a sample of its longer quotes, one alteration each, in rotation:

- ``replace``: one inner word replaced by a word from elsewhere in the article;
- ``insert``: one word added inside the quote;
- ``drop``: one inner word left out;
- ``splice``: the quote's first half joined to the second half of another quote;
- ``swap``: the transcript gives the quote to another speaker of the article.

The drafts are checked against all transcripts together plus prose padding (``--padding``:
articles' text, until the sources reach ``--megabytes``). Reported: detection recall per
alteration (misquote for the word changes, spliced-quote, misattributed-quote), false alarms
(any verification finding on an untouched quote), and the verification stage's time: building
the index once, and per 100 quotes and per 1,000 draft words. Transcripts and drafts are made
in a temporary folder at run time; nothing from the corpus is written anywhere else.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from attrib.api import analyze_documents
from attrib.layout import scan
from attrib.model import Document, FileReport, Finding, Statement
from attrib.profile import default_profile
from attrib.rules import flag
from attrib.verification import build_index, read_sources, verify_statements
from attrib.verification.segments import quoted_segments

ALTERATIONS = ("replace", "insert", "drop", "splice", "swap")
EXPECTED_RULE = {
    "replace": "misquote",
    "insert": "misquote",
    "drop": "misquote",
    "splice": "spliced-quote",
    "swap": "misattributed-quote",
}
VERIFICATION_RULES = frozenset(EXPECTED_RULE.values()) | {"unverified-quote"}
INSERTED = ("really", "always", "never", "truly", "completely", "simply", "certainly")
FORMATS = ("colon", "timestamp", "export", "srt", "vtt")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# Quotes shorter than this are too short to alter meaningfully (and to splice from halves).
MIN_WORDS = 8


@dataclass
class Quote:
    """One quoted segment of an original article, as the transcript will hold it."""

    start: int
    end: int
    text: str
    speaker: str | None
    alteration: str | None = None
    draft_start: int = 0
    draft_end: int = 0
    label: str | None = None  # the transcript's speaker label (differs for "swap")


@dataclass
class Article:
    path: str
    text: str
    quotes: list[Quote] = field(default_factory=list)
    draft: str = ""


def _speaker(statement: Statement) -> str | None:
    speaker = statement.speaker
    if speaker is None or speaker.kind != "person" or " " not in speaker.name.strip():
        return None  # transcripts label people by full name; others get a generic label
    return speaker.name


def collect(report: FileReport, text: str) -> list[Quote]:
    """The quoted segments of an article's direct and mixed statements, in order."""
    quotes: list[Quote] = []
    for statement in report.statements:
        if statement.kind not in ("direct", "mixed"):
            continue
        content = statement.content
        for start, end in quoted_segments(text, content.start, content.end):
            if any(q.start < end and start < q.end for q in quotes):
                continue
            if len(_WORD.findall(text[start:end])) >= 3:
                quotes.append(Quote(start, end, text[start:end], _speaker(statement)))
    quotes.sort(key=lambda q: q.start)
    return quotes


def alter(article: Article, rng: random.Random, share: float, counter: Iterator[int]) -> None:
    """Choose the quotes to alter, make the draft and the transcript labels."""
    people = sorted({q.speaker for q in article.quotes if q.speaker})
    edits: list[tuple[int, int, str]] = []
    for quote in article.quotes:
        quote.label = quote.speaker
        words = list(_WORD.finditer(quote.text))
        if quote.speaker is None or len(words) < MIN_WORDS or rng.random() > share:
            continue
        kind = ALTERATIONS[next(counter) % len(ALTERATIONS)]
        new = _altered(kind, quote, words, article, rng, people)
        if new is None:
            continue
        quote.alteration = kind
        if kind == "swap":
            others = [p for p in people if p != quote.speaker]
            quote.label = rng.choice(others) if others else "Jordan Blakely"
        else:
            edits.append((quote.start, quote.end, new))
    article.draft = _apply(article, edits)


def _altered(
    kind: str,
    quote: Quote,
    words: list[re.Match[str]],
    article: Article,
    rng: random.Random,
    people: list[str],
) -> str | None:
    text = quote.text
    inner = words[1:-1]
    if kind == "swap":
        return text
    if kind == "splice":
        others = [q for q in article.quotes if q is not quote and len(q.text.split()) >= 6]
        if not others:
            return None
        other = rng.choice(others)
        half = words[len(words) // 2].start()
        other_words = list(_WORD.finditer(other.text))
        other_half = other_words[len(other_words) // 2].start()
        return text[:half].rstrip() + " " + other.text[other_half:]
    target = rng.choice([w for w in inner if len(w.group()) >= 3] or inner)
    if kind == "replace":
        pool = [
            w
            for w in _WORD.findall(article.text)
            if len(w) >= 4 and w.lower() != target.group().lower()
        ]
        return text[: target.start()] + rng.choice(pool) + text[target.end() :]
    if kind == "insert":
        return text[: target.start()] + rng.choice(INSERTED) + " " + text[target.start() :]
    # drop: the word and the space after it
    end = target.end()
    while end < len(text) and text[end] == " ":
        end += 1
    return text[: target.start()] + text[end:]


def _apply(article: Article, edits: list[tuple[int, int, str]]) -> str:
    """The draft text, with each quote's position in it recorded."""
    replacement = {start: (end, new) for start, end, new in edits}
    out: list[str] = []
    cursor = 0
    length = 0
    for quote in article.quotes:
        out.append(article.text[cursor : quote.start])
        length += quote.start - cursor
        end, new = replacement.get(quote.start, (quote.end, quote.text))
        quote.draft_start, quote.draft_end = length, length + len(new)
        out.append(new)
        length += len(new)
        cursor = end
    out.append(article.text[cursor:])
    return "".join(out)


def _stamp(seconds: int, sep: str = ",") -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}{sep}000"


def transcript(article: Article, style: str) -> tuple[str, str]:
    """The article's quotes as a speaker-labelled source in one of the formats: (suffix, text)."""
    turns = [(q.label or "Speaker 1", " ".join(q.text.split())) for q in article.quotes]
    if style == "colon":
        return ".txt", "".join(f"{who.upper()}: {said}\n" for who, said in turns)
    if style == "timestamp":
        return ".txt", "".join(
            f"[{_stamp(7 * i)[:8]}] {who}: {said}\n" for i, (who, said) in enumerate(turns)
        )
    if style == "export":
        return ".txt", "".join(
            f"{who}  {7 * i // 60}:{7 * i % 60:02d}\n{said}\n\n"
            for i, (who, said) in enumerate(turns)
        )
    if style == "srt":
        return ".srt", "".join(
            f"{i + 1}\n{_stamp(7 * i)} --> {_stamp(7 * i + 6)}\n{who.upper()}: {said}\n\n"
            for i, (who, said) in enumerate(turns)
        )
    return ".vtt", "WEBVTT\n\n" + "".join(
        f"{_stamp(7 * i, '.')} --> {_stamp(7 * i + 6, '.')}\n<v {who}>{said}</v>\n\n"
        for i, (who, said) in enumerate(turns)
    )


def _show(
    args: argparse.Namespace,
    what: str,
    hits: list[str],
    article: Article,
    quote: Quote,
    findings: list[Finding],
) -> None:
    """With ``--show``: print a miss or a false alarm to the terminal (never to a file)."""
    if not args.show:
        return
    said = article.draft[quote.draft_start : quote.draft_end]
    print(f"{what} {hits} {Path(article.path).name}: {said!r}")
    for f in findings:
        if f.span.start < quote.draft_end and quote.draft_start < f.span.end:
            print(f"    {f.rule}: {f.message}")


def _analyze(documents: list[Document], cache: Path | None) -> Iterable[FileReport]:
    if cache is not None:
        from attrib.evaluation.cache import cached_analyze

        return cached_analyze(cache)(documents, default_profile())
    return analyze_documents(documents, default_profile())


def run(args: argparse.Namespace) -> dict[str, object]:
    rng = random.Random(args.seed)
    paths = sorted((args.split / "text").glob("*.txt"))[: args.limit]
    originals = [Document.from_text(str(p), p.read_text(encoding="utf-8")) for p in paths]
    articles = []
    for document, report in zip(originals, _analyze(originals, args.cache), strict=True):
        articles.append(Article(document.path, document.text, collect(report, document.text)))
    counter = iter(range(10**9))
    for article in articles:
        alter(article, rng, args.share, counter)
    drafts = [Document.from_text(a.path, a.draft) for a in articles]
    parsed = list(_analyze(drafts, args.cache))

    with tempfile.TemporaryDirectory(prefix="attrib-verify-") as folder:
        root = Path(folder)
        for number, article in enumerate(articles):
            suffix, text = transcript(article, FORMATS[number % len(FORMATS)])
            (root / f"{number:03d}{suffix}").write_text(text, encoding="utf-8")
        source_args = [str(root)]
        size = sum(p.stat().st_size for p in root.iterdir())
        if args.padding is not None:
            for path in sorted(args.padding.glob("*.txt")):
                if size >= args.megabytes * 1_000_000:
                    break
                source_args.append(str(path))
                size += path.stat().st_size
        started, cpu = time.perf_counter(), time.process_time()
        sources, errors = read_sources(source_args)
        index = build_index(sources, errors)
        index_seconds = time.perf_counter() - started
        index_cpu = time.process_time() - cpu

        detected: Counter[str] = Counter()
        altered: Counter[str] = Counter()
        untouched = alarms = verified = 0
        alarm_rules: Counter[str] = Counter()
        verify_seconds = verify_cpu = 0.0
        draft_words = 0
        for article, report in zip(articles, parsed, strict=True):
            document = report.document
            assert document is not None
            layout = scan(document.text)
            draft_words += len(document.text.split())
            started, cpu = time.perf_counter(), time.process_time()
            checked = verify_statements(report.statements, document, index, layout)
            verify_seconds += time.perf_counter() - started
            verify_cpu += time.process_time() - cpu
            verified += sum(
                len(st.verification.segments or (st.verification,))
                for st in checked
                if st.verification is not None
            )
            _, findings, _ = flag(checked, document, default_profile(), layout)
            mine = [f for f in findings if f.rule in VERIFICATION_RULES]
            for quote in article.quotes:
                hits = {
                    f.rule
                    for f in mine
                    if f.span.start < quote.draft_end and quote.draft_start < f.span.end
                }
                if quote.alteration is None:
                    untouched += 1
                    if hits:
                        alarms += 1
                        alarm_rules.update(hits)
                        _show(args, "false alarm", sorted(hits), article, quote, mine)
                else:
                    altered[quote.alteration] += 1
                    if EXPECTED_RULE[quote.alteration] in hits:
                        detected[quote.alteration] += 1
                    else:
                        _show(
                            args, f"missed {quote.alteration}", sorted(hits), article, quote, mine
                        )

    word_changes = ("replace", "insert", "drop")
    recall = {kind: detected[kind] / altered[kind] if altered[kind] else None for kind in altered}
    changed = sum(altered[k] for k in word_changes)
    return {
        "articles": len(articles),
        "sources_bytes": size,
        "source_files": len(sources),
        "source_errors": len(errors),
        "quotes": sum(len(a.quotes) for a in articles),
        "altered": dict(altered),
        "recall": recall,
        "altered_recall": sum(detected[k] for k in word_changes) / changed if changed else None,
        "untouched": untouched,
        "false_alarms": alarms,
        "false_alarm_rate": alarms / untouched if untouched else None,
        "false_alarm_rules": dict(alarm_rules),
        "segments_verified": verified,
        "load_average": round(os.getloadavg()[0], 1),
        "index_seconds": round(index_seconds, 3),
        "index_cpu_seconds": round(index_cpu, 3),
        "verify_cpu_seconds": round(verify_cpu, 3),
        "cpu_seconds_per_1000_words": round(1000 * verify_cpu / max(draft_words, 1), 4),
        "verify_seconds": round(verify_seconds, 3),
        "seconds_per_100_quotes": round(100 * verify_seconds / max(verified, 1), 4),
        "seconds_per_1000_words": round(1000 * verify_seconds / max(draft_words, 1), 4),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path, help="A PolNeAR split folder (with text/).")
    parser.add_argument("--padding", type=Path, help="Folder of .txt files to pad the sources.")
    parser.add_argument("--megabytes", type=float, default=1.0, help="Source size to pad to.")
    parser.add_argument("--share", type=float, default=0.5, help="Share of long quotes altered.")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--limit", type=int, help="Only the first N articles.")
    parser.add_argument("--cache", type=Path, help="Keep spaCy parses in this folder.")
    parser.add_argument("--json", action="store_true", help="Machine-readable output.")
    parser.add_argument("--show", action="store_true", help="Print misses and false alarms.")
    args = parser.parse_args(argv)
    result = run(args)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"{result['articles']} articles, {result['quotes']} quotes, sources "
        f"{result['sources_bytes'] / 1e6:.2f} MB in {result['source_files']} files"
    )
    recall = result["recall"]
    assert isinstance(recall, dict)
    for kind in ALTERATIONS:
        value = recall.get(kind)
        count = result["altered"].get(kind, 0)  # type: ignore[attr-defined]
        print(f"  {kind:<8} recall {value if value is None else f'{value:.3f}'} (n={count})")
    print(f"  word changes (replace/insert/drop) recall {result['altered_recall']:.3f}")
    print(
        f"  false alarms {result['false_alarms']}/{result['untouched']} untouched "
        f"= {result['false_alarm_rate']:.4f} {result['false_alarm_rules']}"
    )
    print(
        f"  CPU time: index {result['index_cpu_seconds']} s once, verification "
        f"{result['verify_cpu_seconds']} s ({result['cpu_seconds_per_1000_words']} s per 1,000 "
        f"draft words); wall clock under load average {result['load_average']}:"
    )
    print(
        f"  index {result['index_seconds']} s once; verification {result['verify_seconds']} s for "
        f"{result['segments_verified']} segments = {result['seconds_per_100_quotes']} s per 100 "
        f"quotes, {result['seconds_per_1000_words']} s per 1,000 draft words"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
