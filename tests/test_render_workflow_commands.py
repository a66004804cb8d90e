"""No output format hands a CI runner a workflow command taken from an article or a file name.

GitHub's runner strips leading whitespace from each line and runs any line that then starts with
"::" (issue 14, item 4). Only ``--format github`` emits commands, with their values escaped.
"""

from __future__ import annotations

import re

import pytest

from attrib.render import FORMATS, render
from attrib.render.common import defuse_workflow_commands
from tests.test_render import RULES, TOOL, tricky_file, tricky_report

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
# Article text with commands at the start of a line, and a file named like one.
HOSTILE = (
    "::warning::first line\n\n"
    '"::error file=x::pwned\n::warning::again," he added.\n'
    "  ::add-mask::secret said the official.\n"
)


def _command_lines(text: str) -> list[str]:
    return [line for line in _ANSI.sub("", text).splitlines() if line.strip().startswith("::")]


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "github"])
@pytest.mark.parametrize("width", [40, 80, 200])
def test_no_line_starts_a_workflow_command(fmt: str, width: int) -> None:
    hostile = tricky_file(path="::error file=x::y.txt")
    report = tricky_report(hostile)
    for color in (False, True):
        output = render(report, fmt, rules=RULES, width=width, color=color)
        assert _command_lines(output) == [], fmt


def test_table_of_a_hostile_article() -> None:
    from attrib.model import Report

    doc = tricky_file(text=HOSTILE + tricky_file().document.text, path="::notice::a.txt")  # type: ignore[union-attr]
    output = render(Report(TOOL, (doc,)), "table", rules=RULES, width=60)
    assert _command_lines(output) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("::warning::x", ":\u200b:warning::x"),
        ("   ::error::x\nfine ::x", "   :\u200b:error::x\nfine ::x"),
        ("\u00a0\t::x", "\u00a0\t:\u200b:x"),  # any whitespace the runner would strip
        ("\x1b[1m::x", "\x1b[1m:\u200b:x"),
        ("\x1b[1m ::x", "\x1b[1m :\u200b:x"),  # a bold heading of a file named " ::x"
        ("a\r::x\r\n ::y", "a\r:\u200b:x\r\n :\u200b:y"),  # a lone CR ends a line too
        ("a\n::b\n", "a\n:\u200b:b\n"),
    ],
)
def test_defuse(text: str, expected: str) -> None:
    assert defuse_workflow_commands(text) == expected


def test_html_keeps_the_text_a_reader_sees() -> None:
    from html import unescape

    assert defuse_workflow_commands("<p>\n::warning::x</p>", "&#58;") == "<p>\n&#58;:warning::x</p>"
    assert unescape("&#58;:warning::x") == "::warning::x"
