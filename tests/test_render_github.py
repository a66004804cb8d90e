"""``github``: workflow commands that annotate the right lines and cannot be hijacked."""

from __future__ import annotations

from attrib.model import FileReport, Report
from attrib.render import render
from attrib.render.github import escape_data, escape_property
from tests.test_render import TOOL, tricky_report


def test_expected_annotations() -> None:
    lines = render(tricky_report(), "github").splitlines()
    assert lines == [
        "::notice file=news/tricky.txt,line=3,col=1,endLine=4,title=pronoun-only::"
        "Speaker of \"::error file=x::pwned%0A::warning::again,\" named only as 'he'",
        "::error file=news/tricky.txt,line=5,col=46,endLine=5,endColumn=85,title=unattributed::"
        "Who says <b>this</b>?",
        "::warning file=news/tricky.txt,line=6,col=1,endLine=6,endColumn=21,"
        'title=anonymous-source::Unnamed source "an official"',
        "::error file=missing|file.txt,title=attrib::cannot read: No such file or directory",
    ]


def test_every_command_is_one_line() -> None:
    output = render(tricky_report(), "github")
    assert output.count("\n") == 4
    for line in output.splitlines():
        assert line.startswith(("::error ", "::warning ", "::notice "))


def test_escaping_follows_actions_toolkit() -> None:
    assert escape_data("100%\r\n::x") == "100%25%0D%0A::x"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_a_path_cannot_add_properties() -> None:
    report = Report(TOOL, (FileReport("x,line=1::y.txt", error="boom\n::error::pwned"),))
    assert render(report, "github") == (
        "::error file=x%2Cline=1%3A%3Ay.txt,title=attrib::boom%0A::error::pwned\n"
    )
