"""Suppression comments: disable/enable ranges and ignore-next-paragraph, in any format."""

from __future__ import annotations

from pathlib import Path

import pytest

from attrib.layout import scan
from attrib.model import Document, Finding
from attrib.rules.suppress import apply_suppressions


def _findings(doc: Document, *marks: tuple[str, str]) -> list[Finding]:
    """One finding per (rule, word) pair, on the first occurrence of the word."""
    found = []
    for rule, word in marks:
        start = doc.text.index(word)
        found.append(Finding(rule, "warning", "m", None, doc.span(start, start + len(word))))
    return found


def _kept(text: str, *marks: tuple[str, str], fmt: str = "text") -> tuple[list[str], int]:
    doc = Document.from_text("a", text, fmt)
    kept, suppressed = apply_suppressions(_findings(doc, *marks), scan(doc.text))
    return [f"{f.rule}@{f.span.text}" for f in kept], suppressed


A, V, S = "anonymous-source", "vague-source", "second-hand"

CASES = [
    # disable ... enable, one rule: only inside the range, only that rule.
    (
        "ALPHA\n<!-- attrib: disable anonymous-source -->\nBETA\n"
        "<!-- attrib: enable anonymous-source -->\nGAMMA\n",
        [(A, "ALPHA"), (A, "BETA"), (V, "BETA"), (A, "GAMMA")],
        [f"{A}@ALPHA", f"{V}@BETA", f"{A}@GAMMA"],
    ),
    # disable without enable runs to the end; a list of rules.
    (
        "ALPHA\n<!-- attrib: disable anonymous-source, vague-source -->\nBETA GAMMA\n",
        [(A, "BETA"), (V, "GAMMA"), (S, "GAMMA")],
        [f"{S}@GAMMA"],
    ),
    # all, with one rule enabled again inside.
    (
        "<!-- attrib: disable all -->\nALPHA\n<!-- attrib: enable second-hand -->\nBETA\n"
        "<!-- attrib: enable all -->\nGAMMA",
        [(A, "ALPHA"), (S, "ALPHA"), (A, "BETA"), (S, "BETA"), (A, "GAMMA")],
        [f"{S}@BETA", f"{A}@GAMMA"],
    ),
    # ignore: the next paragraph only (lines are paragraphs: no blank line in the text).
    (
        "ALPHA\n<!-- attrib: ignore anonymous-source -->\nBETA and more\nGAMMA\n",
        [(A, "ALPHA"), (A, "BETA"), (V, "BETA"), (A, "GAMMA")],
        [f"{A}@ALPHA", f"{V}@BETA", f"{A}@GAMMA"],
    ),
    # ignore with blank-line paragraphs: the whole paragraph, wrapped over lines.
    (
        "ALPHA\n\n<!-- attrib: ignore all -->\nBETA\nwrapped DELTA\n\nGAMMA\n",
        [(A, "ALPHA"), (A, "BETA"), (V, "DELTA"), (A, "GAMMA")],
        [f"{A}@ALPHA", f"{A}@GAMMA"],
    ),
    # Stacked ignore comments share the paragraph below.
    (
        "<!-- attrib: ignore anonymous-source -->\n<!-- attrib: ignore vague-source -->\n"
        "BETA GAMMA\nDELTA",
        [(A, "BETA"), (V, "GAMMA"), (A, "DELTA")],
        [f"{A}@DELTA"],
    ),
    # A finding starting before the comment is not suppressed by it.
    (
        "ALPHA <!-- attrib: disable all --> BETA",
        [(A, "ALPHA"), (A, "BETA")],
        [f"{A}@ALPHA"],
    ),
    # Not a directive: other comments, missing rule list.
    (
        "<!-- attribution: disable all -->\n<!-- attrib: disable -->\nALPHA",
        [(A, "ALPHA")],
        [f"{A}@ALPHA"],
    ),
    # Case and spacing are forgiving.
    (
        "<!--attrib:DISABLE Anonymous-Source-->ALPHA",
        [(A, "ALPHA")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "marks", "expected"), CASES)
def test_suppression(text: str, marks: list[tuple[str, str]], expected: list[str]) -> None:
    kept, suppressed = _kept(text, *marks)
    assert kept == expected
    assert suppressed == len(marks) - len(expected)


def test_markdown_and_html_documents_alike() -> None:
    markdown = (
        "# Title\n\n<!-- attrib: ignore vague-source -->\nExperts say\nso.\n\nALPHA experts\n"
    )
    kept, suppressed = _kept(markdown, (V, "Experts"), (V, "ALPHA"), fmt="markdown")
    assert (kept, suppressed) == ([f"{V}@ALPHA"], 1)
    html = "<p>ALPHA</p>\n<!-- attrib: disable vague-source -->\n<p>BETA</p>\n"
    kept, suppressed = _kept(html, (V, "ALPHA"), (V, "BETA"), fmt="html")
    assert (kept, suppressed) == ([f"{V}@ALPHA"], 1)


def test_directives_are_parsed() -> None:
    found = scan("x <!-- attrib: ignore a,b  c -->").directives
    assert [(d.verb, sorted(d.rules), d.start) for d in found] == [("ignore", ["a", "b", "c"], 2)]


def test_no_comments_keeps_everything() -> None:
    kept, suppressed = _kept("ALPHA BETA", (A, "ALPHA"), (V, "BETA"))
    assert (len(kept), suppressed) == (2, 0)


def test_flag_counts_suppressed_and_leaves_no_flag() -> None:
    from attrib.config import Settings
    from attrib.profile import build_profile
    from attrib.rules import flag
    from attrib.rules.examples import Example, Said

    example = Example(
        "<!-- attrib: ignore vague-source -->\nExperts claimed the plan failed.\n",
        (Said("the plan failed", cue="claimed", speaker="Experts", speaker_kind="group"),),
        flags=True,
    )
    doc, statements = example.build()
    flagged, findings, suppressed = flag(statements, doc, build_profile(Settings()))
    assert [f.rule for f in findings] == ["loaded-cue"]
    assert suppressed == 1
    assert flagged[0].flags == ("loaded-cue",)


SUPPRESSED = [
    # The comment on the line above: the statement below is read as if the comment were not
    # there (no "-->" in the speaker), and the finding is suppressed.
    ("a.txt", "<!-- attrib: ignore all -->\nExperts said the plan failed.\n"),
    ("b.txt", "<!-- attrib: ignore all -->\n\nSources said the plan failed.\n"),
    ("c.md", "# Plan\n\n<!-- attrib: ignore vague-source -->\nExperts said the plan failed.\n"),
    ("d.md", "<!-- attrib: disable anonymous-source -->\n\nSources said the plan failed.\n"),
    (
        "e.html",
        "<html><body><article><!-- attrib: ignore all -->\n"
        "<p>Experts said the plan failed.</p></article></body></html>\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), SUPPRESSED)
def test_comments_suppress_and_do_not_join_the_sentence(
    tmp_path: Path, name: str, text: str
) -> None:
    from attrib.api import check_paths

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (report,) = check_paths([str(path)]).files
    assert report.error is None
    assert (report.findings, report.suppressed) == ((), 1)
    (statement,) = report.statements
    assert statement.speaker is not None
    assert statement.speaker.name in {"Experts", "Sources"}
    assert statement.speaker.kind in {"group", "anonymous"}
    assert statement.speaker.description is None


@pytest.mark.parametrize(
    "text",
    [
        '"We will win <!-- attrib: ignore all --> this fight," Jane Smith said.\n',
        "Jane Smith said the plan <!-- attrib: disable vague-source --> had failed.\n",
    ],
)
def test_a_statement_around_a_comment_keeps_the_text_as_written(text: str) -> None:
    # Attribution reads the text with comments blanked; the spans it returns must still hold
    # the file's own characters (found by tests/test_hostile_input.py).
    from attrib.api import analyze

    (statement,) = analyze(text, path="a.md").statements
    content = statement.content
    assert "<!-- attrib:" in content.text
    assert text[content.start : content.end] == content.text
