"""``markdown``: article text can neither break the table nor inject markup."""

from __future__ import annotations

import re

import pytest

from attrib.render import render
from attrib.render.markdown import escape
from tests.test_render import RULES, tricky_report


def output() -> str:
    return render(tricky_report(), "markdown", rules=RULES)


def table_rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("| ") and line[2].isdigit()]


def unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def test_every_table_row_has_exactly_the_header_cells() -> None:
    text = output()
    header = next(line for line in text.splitlines() if line.startswith("| # |"))
    rows = table_rows(text)
    assert len(rows) == 5
    for row in rows:
        assert unescaped_pipes(row) == unescaped_pipes(header) == 8


def test_expected_rows() -> None:
    rows = table_rows(output())
    assert (
        rows[0]
        == '| 1 | 1 | direct | "the talks &#124; will fail" | Beni Sabti (Iran expert) | — |  |'
    )
    assert rows[1] == (
        '| 2 | 3 | direct | "::error file=x::pwned ::warning::again," '
        "| Beni Sabti (Iran expert) | — | pronoun-only |"
    )
    assert rows[2] == (
        r"| 3 | 5 | indirect | \[click\]\(https\://evil.example\) was \*safe\* "
        r"| The report &lt;script&gt;alert\(1\)&lt;/script&gt; | The New York Times |  |"
    )


def test_no_raw_html_or_links_survive() -> None:
    text = output()
    assert "<script>" not in text
    assert "<b>" not in text
    assert "](" not in text.replace(r"\](", "")
    assert "https://" not in text


def test_findings_and_errors_are_listed() -> None:
    text = output()
    assert "- 5:46 **error** unattributed (Claim with no speaker): Who says &lt;b&gt;this" in text
    assert "### missing&#124;file.txt" in text
    assert "**error:** cannot read: No such file or directory" in text
    assert text.rstrip().endswith("1 error, 1 warning, 1 info, 1 suppressed")


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a|b", "a&#124;b"),
        ("`code`", r"\`code\`"),
        ("<img src=x onerror=alert(1)>", r"&lt;img src=x onerror=alert\(1\)&gt;"),
        ("*bold* _it_", r"\*bold\* \_it\_"),
        ("[x](http://e.com)", r"\[x\]\(http\://e.com\)"),
        ("![img](y.png)", r"\!\[img\]\(y.png\)"),
        ("line\nbreak\r\nand\u2028more", "line break and more"),
        ("AT&T", "AT&amp;T"),
        ("&lt;", "&amp;lt;"),
        ("back\\slash", "back\\\\slash"),
        ("see www.evil.example", r"see www\.evil.example"),
        ("ping @octocat", "ping @&#8203;octocat"),
        ("~~gone~~", r"\~\~gone\~\~"),
        # Terminal escapes, the bell and bidi overrides ("Trojan Source") never pass through.
        ("red \x1b[31mALERT\x1b[0m", "red \ufffd\\[31mALERT\ufffd\\[0m"),
        ("ding\x07", "ding\ufffd"),
        ("abc\u202edcba", "abc\ufffddcba"),
        ("tab\there", "tab here"),
    ],
)
def test_escape(raw: str, escaped: str) -> None:
    assert escape(raw) == escaped
