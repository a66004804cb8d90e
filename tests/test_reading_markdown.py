"""Markdown reading: same length, same lines, only prose left."""

from __future__ import annotations

from pathlib import Path

import pytest

from attrib.reading import read_bytes, read_path

DATA = Path(__file__).parent / "data" / "reading"


def _prose(source: str) -> str:
    document = read_bytes(source.encode(), "a.md", "a.md")
    assert len(document.text) == len(source)
    assert document.format == "markdown"
    return document.text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("He said so.", "He said so."),
        ("**Beni Sabti** said", "  Beni Sabti   said"),
        ("an *odd* _claim_ ~~here~~", "an  odd   claim    here  "),
        ("snake_case and a * b", "snake_case and a * b"),
        ("[the talks](https://x.org) ended", " the talks                 ended"),
        ('[talks](u "Title") ended', " talks             ended"),
        (
            "[talks][ref] ended\n\n[ref]: https://x.org",
            " talks       ended\n\n                    ",
        ),
        ("[talks] ended\n\n[talks]: https://x.org", " talks  ended\n\n                      "),
        ("[not a link] here", "[not a link] here"),
        ("[**bold** link](u)", "   bold   link    "),
        ("![a photo](p.jpg) Yes", "                  Yes"),
        ("see <https://x.org> now", "see                 now"),
        ("`code` and ``a ` b``", "       and          "),
        ("a `stray backtick", "a `stray backtick"),
        ("a <b>bold</b> word", "a    bold     word"),
        ("a <!-- note --> b", "a               b"),
        ("a <!-- attrib: ignore r1 --> b", "a <!-- attrib: ignore r1 --> b"),
        ("\\*not em\\* \\a", " *not em * \\a"),
        ("&rdquo;Yes&ldquo; &amp; &#8220;", "”      Yes“       &     “      "),
        ("line one\\\nline two", "line one \nline two"),
        ("# A headline\n\nBody.", "            \n\nBody."),
        ("Title\n=====\n\nBody.", "     \n     \n\nBody."),
        ("> quoted\n> more\nlazy", "  quoted\n  more\nlazy"),
        ("- item *one*\n- two\n\n1. first", "  item  one \n  two\n\n   first"),
        ('```py\nx = "q"\n```\nafter', "     \n       \n   \nafter"),
        ("    indented code\n\npara", "                 \n\npara"),
        ('---\ntitle: "x"\n---\nBody', "   \n          \n   \nBody"),
        ("+++\ntitle = 'x'\n+++\nBody", "   \n           \n   \nBody"),
        ("---\nnot front matter", "   \nnot front matter"),
        ("Para.\n\n---\n\nNext.", "Para.\n\n   \n\nNext."),
        ("<div>\nblock\n</div>\n\nafter", "     \n     \n      \n\nafter"),
        ("<div>\n<!-- attrib: enable r2 -->\n</div>", "     \n<!-- attrib: enable r2 -->\n      "),
        ("| a | b |\n|---|---|\n| c | *d* |", "  a   b  \n         \n  c    d   "),
        ("| a \\| b |\n|---|\n| c |", "  a  | b  \n     \n  c  "),
        ("**a**\r\nb\r\n", "  a  \r\nb\r\n"),
    ],
)
def test_markdown_blanks_everything_but_prose(source: str, expected: str) -> None:
    assert _prose(source) == expected


def test_markdown_keeps_line_structure_and_paragraphs() -> None:
    source = "# Head\n\nOne *two*\nthree.\n\n> Four.\n\n```\ncode\n```\n\nFive.\n"
    text = _prose(source)
    assert [len(line) for line in text.split("\n")] == [len(x) for x in source.split("\n")]
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    assert paragraphs == ["One two three.", "Four.", "Five."]


def test_markdown_quote_positions_land_on_the_file(tmp_path: Path) -> None:
    path = DATA / "quotes.md"
    document = read_path(path)
    raw_lines = path.read_text(encoding="utf-8").split("\n")
    # (needle in the prose text, hand-checked line and column in quotes.md)
    for needle, line, column in [
        ('"We are not done,"', 9, 1),
        ('"The door is open,"', 11, 3),
        ("Beni Sabti", 7, 15),
        ("stalled", 7, 48),
        ("deadline", 22, 29),
        ("Officials", 22, 3),
    ]:
        start = document.text.index(needle)
        span = document.span(start, start + len(needle))
        assert (span.line, span.column) == (line, column), needle
        assert raw_lines[line - 1][column - 1 : column - 1 + len(needle)] == needle
        assert span.text == needle


def test_markdown_fixture_drops_what_is_not_prose() -> None:
    text = read_path(DATA / "quotes.md").text
    for gone in (
        "title:",
        "diplomacy",
        "impasse",
        "example.com",
        "A title",
        "code",
        "photo",
        "not a quote",
        "editor",
        "**",
        "&ldquo;",
        "#",
        "> ",
    ):
        assert gone not in text, gone
    assert "<!-- attrib: disable quote-no-speaker -->" in text
    # An entity becomes its character followed by padding, so offsets after it stay exact.
    assert "the \u201c      deadline\u201d       would" in text
