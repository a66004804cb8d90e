"""Scoring against the real-world gold format (gold/*.json + text/), with a stub checker."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from attrib.evaluation import realworld
from attrib.evaluation.cache import cached_analyze
from attrib.evaluation.command import run
from attrib.evaluation.realworld import evaluate_realworld, quote_class
from attrib.evaluation.realworld_gold import read_realworld
from attrib.evaluation.realworld_match import (
    best_cover,
    covers,
    head_noun,
    names_agree,
    speaker_right,
)
from attrib.model import Document, FileReport, Finding, Outlet, Speaker, Statement
from attrib.profile import Profile, default_profile

ARTICLE = (
    "Mr Parish said: 'The Lords picked up the baton. The Government still has time.'\n\n"
    'Officials said the plan would fail. "We never saw the figures," Ann Lee told the Post.\n\n'
    'The film "A Night At Home Alone" opens today. "Nobody said that at all," he added.\n\n'
    "Q: Why now?\n\nA: Because the market is finally ready for it.\n"
)
GOLD = {
    "article": "one.txt",
    "publication": "The Daily Example",
    "quotes": [
        {
            "text": "The Lords picked up the baton. The Government still has time.",
            "occurrence": 1,
            "speaker": "Tom Parish",
            "kind": "person",
            "outlet": None,
        },
        {
            "text": "We never saw the figures,",
            "occurrence": 1,
            "speaker": "Ann Lee",
            "kind": "person",
            "outlet": "The Post",
        },
        {
            "text": "Nobody said that at all,",
            "occurrence": 1,
            "speaker": "Ann Lee",
            "kind": "person",
            "outlet": None,
        },
        {
            "text": "Because the market is finally ready for it.",
            "occurrence": 1,
            "speaker": "Ann Lee",
            "kind": "person",
            "outlet": None,
        },
        {
            "text": "not in the article at all",
            "occurrence": 1,
            "speaker": None,
            "kind": "unknown",
            "outlet": None,
        },
    ],
    "reported": [
        {
            "anchor": "the plan would fail",
            "speaker": "officials",
            "kind": "anonymous",
            "outlet": None,
        },
    ],
    "flags": [
        {"anchor": "Officials said the plan would fail", "rule": "anonymous-source"},
        {"anchor": "Because the market is finally ready", "rule": "vague-source"},
    ],
}


def _write(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "gold").mkdir()
    (root / "text" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "gold" / "one.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return root


def _statement(
    doc: Document,
    piece: str,
    kind: str,
    speaker: tuple[str, str] | None,
    *,
    outlet: str | None = None,
    flags: tuple[str, ...] = (),
) -> Statement:
    start = doc.text.index(piece)
    who = Speaker(speaker[0], speaker[1]) if speaker else None
    return Statement(
        f"S{start}",
        kind,
        doc.span(start, start + len(piece)),
        None,
        who,
        Outlet(outlet) if outlet else None,
        flags,
    )


SEEN: list[tuple[str, ...]] = []


def stub(
    documents: Sequence[Document], profile: Profile, each: Sequence[Profile]
) -> Iterator[FileReport]:
    """Single-quoted quote found as indirect with a surname only; the double-quoted quote right
    with its outlet; the film title as a spurious direct quote; 'he added' to the wrong person;
    the reported statement right but flagged vague instead of anonymous; the answer missed."""
    for doc, own in zip(documents, each, strict=True):
        SEEN.append(own.settings.publication)
        statements = (
            _statement(
                doc,
                "The Lords picked up the baton. The Government",
                "indirect",
                ("Parish", "person"),
            ),
            _statement(
                doc,
                '"We never saw the figures,"',
                "direct",
                ("Ann Lee", "person"),
                outlet="Post",
                flags=("anonymous-source",),
            ),
            _statement(doc, '"A Night At Home Alone"', "direct", None),
            _statement(doc, '"Nobody said that at all,"', "direct", ("Tom Parish", "person")),
            _statement(
                doc,
                "the plan would fail",
                "indirect",
                ("Officials", "anonymous"),
                flags=("vague-source",),
            ),
        )
        finding = Finding(
            "vague-source", "warning", "vague", statements[-1].id, statements[-1].content
        )
        yield FileReport(doc.path, statements=statements, findings=(finding,), document=doc)


def test_reads_gold_spans_and_counts_unlocated(tmp_path: Path) -> None:
    (article,) = read_realworld(_write(tmp_path / "dev"))
    assert [article.document.text[q.start : q.end] for q in article.quotes] == [
        q["text"]
        for q in GOLD["quotes"][:4]  # type: ignore[index]
    ]
    assert article.unlocated == 1
    assert article.publication == "The Daily Example"


def test_scores_every_metric(tmp_path: Path) -> None:
    SEEN.clear()
    result = evaluate_realworld(_write(tmp_path / "dev"), analyze=stub)
    t = result.total
    assert SEEN == [("The Daily Example",)]
    assert (t.quotes_gold, t.quotes_found, t.quotes_recognised) == (4, 3, 2)
    # Parish (surname only) wrong, Ann Lee right, "he added" wrong.
    assert t.quote_speakers_right == 1
    assert (t.direct_predicted, t.direct_spurious) == (3, 1)
    assert (t.reported_found, t.reported_speakers_right) == (1, 1)
    assert (t.outlet_gold, t.outlet_right, t.outlet_extra) == (1, 1, 0)
    assert (t.flags_gold, t.flags_found) == (2, 0)
    assert (t.named_found, t.named_flagged) == (3, 1)
    classes = {(e.what, e.category) for e in result.errors}
    assert ("quote", "single marks; found as indirect") in classes
    assert ("quote", "transcript turn; not found") in classes
    assert ("spurious", "3+ words") in classes


def test_cli_detects_the_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(realworld, "_default_analyze", stub)
    folder = _write(tmp_path / "dev")
    result = CliRunner().invoke(app, ["eval", str(folder), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["format"] == "realworld"
    assert data["total"]["quotes_found"] == 3
    assert data["targets"]["spurious_direct"] == {"maximum": 0.05, "met": False}
    text = CliRunner().invoke(app, ["eval", str(folder), "--show", "2"])
    assert text.exit_code == 0 and "recognised as quote" in text.stdout
    wrong = CliRunner().invoke(app, ["eval", str(tmp_path), "--format", "realworld"])
    assert wrong.exit_code == 2
    assert run(folder, format="brat") == 2


@pytest.mark.parametrize(
    ("gold", "kind", "ours", "our_kind", "right"),
    [
        ("Cam Heyward", "person", "Cam Heyward", "person", True),
        ("Cam Heyward", "person", "cam heyward", "person", True),
        ("President Trump", "person", "Donald Trump", "person", True),
        ("Ms Kate Dalmeny", "person", "Kate Dalmeny", "person", True),
        ("Cam Heyward", "person", "Heyward", "person", False),
        ("Cam Heyward", "person", "Mason Rudolph", "person", False),
        ("Tottenham Hotspur", "organization", "Tottenham", "organization", True),
        ("a WeWork spokesperson", "anonymous", "the spokesperson", "unknown", True),
        ("a WeWork spokesperson", "anonymous", "sources", "anonymous", True),
        ("an official in the agency", "anonymous", "two officials", "group", True),
        ("an official in the agency", "anonymous", "the agency", "organization", False),
        ("the open letter", "document", "the report", "document", True),
        (None, "unknown", None, None, True),
        (None, "unknown", "Ann Lee", "person", False),
        ("Ann Lee", "person", None, None, False),
    ],
)
def test_speaker_comparison(
    gold: str | None, kind: str, ours: str | None, our_kind: str | None, right: bool
) -> None:
    who = Speaker(ours, our_kind or "person") if ours else None
    doc = Document.from_text("x", "text")
    statement = Statement("S1", "direct", doc.span(0, 4), None, who)
    assert speaker_right(gold, kind, statement) is right


@pytest.mark.parametrize(
    ("pred", "gold", "expected"),
    [
        ((0, 10), (0, 10), True),
        ((0, 6), (0, 10), True),
        ((0, 4), (0, 10), False),
        ((0, 100), (40, 50), True),
        ((20, 30), (0, 10), False),
    ],
)
def test_cover(pred: tuple[int, int], gold: tuple[int, int], expected: bool) -> None:
    assert covers(pred, gold) is expected


def test_head_noun_and_names() -> None:
    assert head_noun("an official in the Afghan intelligence agency") == "official"
    assert head_noun("a spokesperson for Sheffield University") == "spokesperson"
    assert names_agree("Tottenham", "Tottenham Hotspur", loose=True)
    assert not names_agree("Tottenham", "Tottenham Hotspur Ladies", loose=False)


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        ("He said: 'We will win the cup this year.'", "We will win", "single marks"),
        ('He said: "We will win the cup this year."', "We will win", "double marks"),
        ("A: We will win the cup this year.", "We will win", "transcript turn"),
        ('He said: "We will win the cup\n\n"And more."', "win the cup", "paragraph runs on"),
    ],
)
def test_quote_class(text: str, piece: str, expected: str) -> None:
    from attrib.evaluation.realworld_gold import GoldStatement, RealArticle

    start = text.index(piece)
    quote = GoldStatement(start, start + len(piece), piece, None, "unknown", None)
    article = RealArticle("x", Document.from_text("x", text), None, (quote,), (), ())
    assert quote_class(article, quote.start, quote.end) == expected


def test_cache_gives_the_same_reports(tmp_path: Path) -> None:
    doc = Document.from_text("a.txt", 'Ann Lee said: "The plan will not work this year."')
    analyze = cached_analyze(tmp_path / "cache")
    first = list(analyze([doc], default_profile()))
    assert list((tmp_path / "cache").glob("*.spacy"))
    second = list(analyze([doc], default_profile(), [default_profile()]))
    assert first[0].statements == second[0].statements
    assert first[0].statements and first[0].statements[0].speaker is not None


def test_best_cover_prefers_the_tightest_statement() -> None:
    # A quote inside a quote is judged by its own statement, not by the outer one holding it.
    text = "“They said, ‘The farmers cannot cope with it.’ I said no,” Grant said."
    doc = Document.from_text("t.txt", text)
    start, end = text.index("‘"), text.index("’") + 1
    outer = Statement("S1", "direct", doc.span(0, text.index("”") + 1), None, None)
    inner = Statement("S2", "direct", doc.span(start, end), None, None)
    spans = [(s.content.start, s.content.end) for s in (outer, inner)]
    assert best_cover([outer, inner], spans, (start + 1, end - 1)) == 1
