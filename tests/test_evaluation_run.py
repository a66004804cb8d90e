"""End-to-end evaluation on a tiny brat split with a stub checker."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from attrib.evaluation import __main__ as entry
from attrib.evaluation import runner as run_module
from attrib.evaluation.brat import GoldArticle, GoldAttribution
from attrib.evaluation.command import run
from attrib.evaluation.report import render_text, to_json
from attrib.evaluation.runner import analyse_article, evaluate
from attrib.model import Document, FileReport, Speaker, Statement
from attrib.profile import Profile

ONE = 'Tom Fry said taxes will rise. "We are ready," the mayor added. Rain is likely.'
TWO = "The council voted. According to Jo Park, the vote was close."


def _offsets(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    return start, start + len(piece)


def _t(n: int, label: str, text: str, piece: str) -> str:
    start, end = _offsets(text, piece)
    return f"T{n}\t{label} {start} {end}\t{piece}"


def _write(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    (root / "text" / "one.txt").write_text(ONE, encoding="utf-8")
    (root / "text" / "two.txt").write_text(TWO, encoding="utf-8")
    one = [
        _t(1, "Source", ONE, "Tom Fry"),
        _t(2, "Cue", ONE, "said"),
        _t(3, "Content", ONE, "taxes will rise"),
        "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3",
        _t(4, "Source", ONE, "the mayor"),
        _t(5, "Cue", ONE, "added"),
        _t(6, "Content", ONE, '"We are ready,"'),
        "E2\tAttribution:T5 Cue:T5 Source:T4 Content:T6",
    ]
    two = [
        _t(1, "Source", TWO, "Jo Park"),
        _t(2, "Cue", TWO, "According to"),
        _t(3, "Content", TWO, "the vote was close"),
        "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3",
    ]
    (root / "attributions" / "one_a1.ann").write_text("\n".join(one) + "\n", encoding="utf-8")
    (root / "attributions" / "two_a1.ann").write_text("\n".join(two) + "\n", encoding="utf-8")
    return root


def _statement(doc: Document, piece: str, speaker: str | None, kind: str) -> Statement:
    start, end = _offsets(doc.text, piece)
    who = Speaker(name=speaker, kind="person") if speaker else None
    return Statement(f"s{start}", kind, doc.span(start, end), None, who)


def stub(documents: Iterable[Document], profile: Profile) -> Iterator[FileReport]:
    """Finds the first statement with the right speaker, the quote with a wrong one,
    invents one about the rain, and misses the second article's statement."""
    for doc in documents:
        if doc.text == ONE:
            statements = (
                _statement(doc, "taxes will rise.", "Tom Fry", "indirect"),
                _statement(doc, '"We are ready,"', "Tom Fry", "direct"),
                _statement(doc, "Rain is likely", None, "indirect"),
            )
            yield FileReport(path=doc.path, statements=statements, document=doc)
        else:
            yield FileReport(path=doc.path, error="boom")


@pytest.fixture
def split(tmp_path: Path) -> Path:
    return _write(tmp_path / "dev")


def test_evaluate_counts_and_error_lists(split: Path) -> None:
    result = evaluate(split, analyze=stub)
    o = result.overlap
    assert (o.predicted, o.gold, o.matched) == (3, 3, 2)
    assert (o.quoted_gold, o.quoted_matched) == (1, 1)
    assert (o.speech_gold, o.speech_matched) == (3, 2)
    assert (o.speaker_total, o.speaker_correct) == (2, 1)
    assert result.strict.matched == 2
    assert result.errors == 1
    assert [a.name for a in result.articles] == ["one", "two"]
    assert result.articles[1].error == "boom"
    (miss,) = result.misses
    assert (miss.article, miss.text, miss.cue_lemma, miss.reason) == (
        "two",
        "the vote was close",
        "according to",
        "not found",
    )
    (alarm,) = result.false_alarms
    assert (alarm.article, alarm.text, alarm.reason) == ("one", "Rain is likely", "no gold")
    (wrong,) = result.wrong_speakers
    assert (wrong.gold_source, wrong.speaker) == ("the mayor", "Tom Fry")
    assert wrong.category == "other speaker"


def test_limit_and_rendering(split: Path) -> None:
    result = evaluate(split, analyze=stub, limit=1)
    assert [a.name for a in result.articles] == ["one"]
    text = render_text(result, show=5)
    assert "precision" in text and "Rain is likely" in text
    data = to_json(result)
    assert data["overlap"]["precision"] == pytest.approx(2 / 3)  # type: ignore[index]
    assert data["targets"]["precision"]["met"] is False  # type: ignore[index]
    json.dumps(data)


def test_run_prints_json_and_rejects_non_split(split: Path, tmp_path: Path) -> None:
    out = io.StringIO()
    assert run(split, as_json=True, analyze=stub, out=out) == 0
    data = json.loads(out.getvalue())
    assert data["overlap"]["gold"] == 3
    assert data["misses"][0]["text"] == "the vote was close"
    assert run(tmp_path / "missing", analyze=stub, out=io.StringIO()) == 2


def test_module_entry_point(
    split: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(run_module, "_default_analyze", lambda: stub)
    assert entry.main([str(split), "--json", "--limit", "1", "--show", "0"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles_count"] == 1
    assert data["misses"] == []


def _gold(content: tuple[tuple[int, int], ...]) -> GoldAttribution:
    return GoldAttribution("E", content, ((41, 45),), None, "", "said", None, False, True)


@pytest.mark.parametrize(
    ("preds", "golds", "miss_reasons", "alarm_reasons"),
    [
        # One gold in two pieces, found as two statements: the second piece is a "split".
        ([(0, 15), (20, 40)], [((0, 15), (20, 40))], [], ["split"]),
        # Two gold statements found as one: the one left over is "merged".
        ([(0, 40)], [((0, 15),), ((20, 40),)], ["merged"], []),
        # Too little overlap either way: "boundary" on both sides.
        ([(0, 12)], [((8, 40),)], ["boundary"], ["boundary"]),
        ([(50, 60)], [((0, 10),)], ["not found"], ["no gold"]),
    ],
)
def test_error_reasons(
    preds: list[tuple[int, int]],
    golds: list[tuple[tuple[int, int], ...]],
    miss_reasons: list[str],
    alarm_reasons: list[str],
) -> None:
    text = "x" * 70
    doc = Document.from_text("a.txt", text)
    article = GoldArticle("a", Path("a.txt"), Path("a_1.ann"), text, tuple(map(_gold, golds)))
    statements = [Statement("s", "direct", doc.span(s, e), None, None) for s, e in preds]
    misses, alarms, _ = analyse_article(article, statements)
    assert [m.reason for m in misses] == miss_reasons
    assert [a.reason for a in alarms] == alarm_reasons


def test_outer_statements_drop_quotes_nested_in_a_direct_quote() -> None:
    text = "“They said, ‘The farmers cannot cope with it.’ I said no,” Grant said. Then more."
    doc = Document.from_text("t.txt", text)
    outer = Statement("S1", "direct", doc.span(0, text.index("”") + 1), None, None)
    inner_start = text.index("‘")
    inner = Statement("S2", "direct", doc.span(inner_start, text.index("’") + 1), None, None)
    later = Statement("S3", "indirect", doc.span(text.index("Then"), len(text)), None, None)
    assert run_module.outer_statements([outer, inner, later]) == (outer, later)
    # Alone, a quote is kept.
    assert run_module.outer_statements([inner]) == (inner,)
