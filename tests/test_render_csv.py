"""``csv``: one row per statement; formula injection neutralised."""

from __future__ import annotations

import csv
import io

import pytest

from attrib.render import render
from attrib.render.csv import HEADER
from tests.test_render import tricky_report


def rows() -> list[list[str]]:
    return list(csv.reader(io.StringIO(render(tricky_report(), "csv"), newline="")))


def test_header_and_one_row_per_statement() -> None:
    table = rows()
    assert tuple(table[0]) == HEADER
    assert [row[1] for row in table[1:]] == ["s1", "s2", "s3", "s4", "s5", ""]


def test_rows_hold_the_statement_fields() -> None:
    assert rows()[1] == [
        "news/tricky.txt",
        "s1",
        "1",
        "29",
        "direct",
        '"the talks | will fail"',
        "Beni Sabti",
        "person",
        "Iran expert",
        "",
        "said",
        "",
        *[""] * 5,  # not verified: no sources
        "",
    ]
    # A cell's second line would start with "::": a zero-width space keeps it from being a
    # CI workflow command (see test_render_workflow_commands.py).
    assert rows()[2][5] == '"::error file=x::pwned\n:\u200b:warning::again,"'
    assert rows()[2][11] == "pronoun-only"


def test_failed_file_gives_a_row_with_its_error() -> None:
    last = rows()[-1]
    assert last[0] == "missing|file.txt"
    assert last[-1] == "cannot read: No such file or directory"
    assert set(last[1:-1]) == {""}


def test_formula_cells_get_an_apostrophe() -> None:
    s5 = rows()[5]
    assert s5[5] == '\'=HYPERLINK("http://evil.example","x")'
    assert s5[6] == "'@critics"
    assert s5[8] == "'-opposition"
    for row in rows():
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@"))


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=x", "\r=x"])
def test_every_formula_start_is_neutralised(value: str) -> None:
    from attrib.render.csv import _cell

    assert _cell(value) == "'" + value


def test_plain_cells_are_unchanged() -> None:
    from attrib.render.csv import _cell

    assert _cell("a = b") == "a = b"
    assert _cell(None) == ""
