"""HTML reading: the article's text at the file's own offsets, the markup's structure kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from attrib.reading import read_bytes, read_path
from attrib.reading.html import read_html

DATA = Path(__file__).parent / "data" / "reading"


def _prose(source: str, content: str = "auto") -> str:
    document = read_html(source.encode(), "a.html", content)
    assert len(document.text) == len(source)
    assert document.format == "html"
    return document.text


# Fragments of body HTML (no page chrome), so all their prose is kept.
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("He said so.", "He said so."),
        ("<p>One</p><p>Two</p>", "   One" + "\n\n     " + "Two    "),
        ("<b>Sabti</b> said", "   Sabti     said"),
        ('<a href="https://x.org/">Reuters</a>.', " " * 25 + "Reuters    ."),
        ("a &amp; b", "a &     b"),
        ("&rdquo;Yes&ldquo;", "”      Yes“      "),
        ("&#8220;x&#x201D;", "“      x”       "),
        ("&quot;x&quot y", '"     x"     y'),
        ("AT&T and &bogus; stay", "AT&T and &bogus; stay"),
        ("a<br>b<br/>c", "a\n   b\n    c"),
        ("a<br><br>b", "a\n\n      b"),
        ("a <!-- note --> b", "a               b"),
        ("a <!-- attrib: ignore r1 --> b", "a <!-- attrib: ignore r1 --> b"),
        ("line\nbreak\r\nhere", "line break  here"),
        ("<pre>a\nb</pre>", "     a\nb      "),
        ("<h1>Head</h1>x", " " * 13 + "x"),
        ("<h2>Sub</h2>x", "    Sub" + "\n\n   " + "x"),
        ("<template>t</template>x", " " * 22 + "x"),
        ("<noscript>n</noscript>x", " " * 22 + "x"),
        ("<svg><text>s</text><title>t</title></svg>x", " " * 41 + "x"),
        ("<li>one<li>two", "    one\n\n  two"),
        ("<p>unclosed <i>tags", "   unclosed    tags"),
        ("<p a='x>y'>ok</p>", "           ok    "),
        ("<p>a</p><!-- attrib: ignore r --><p>b", "   a\n\n  <!-- attrib: ignore r -->\n\n b"),
    ],
)
def test_fragment_keeps_all_prose_in_place(source: str, expected: str) -> None:
    assert _prose(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # The extractor finds no article: the page's <article> is the text.
        (
            "<html><body><nav>Home</nav><article><p>In.</p></article><p>Out.</p></body></html>",
            ["In."],
        ),
        # No <article>: all prose but the furniture.
        ("<html><body><nav>Home</nav><p>In.</p><footer>(c)</footer></body></html>", ["In."]),
    ],
)
def test_page_without_extracted_article_falls_back_to_the_markup(
    source: str, expected: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("attrib.reading.html.main_text", lambda source: None)
    assert _prose(source).split() == expected


def test_content_all_keeps_what_the_extractor_would_drop() -> None:
    page = "<html><body><nav>Home</nav><article><p>In.</p></article><p>Out.</p></body></html>"
    assert _prose(page, "all").split() == ["Home", "In.", "Out."]


def test_html_quote_positions_land_on_the_file() -> None:
    path = DATA / "quotes.html"
    document = read_path(path)
    raw_lines = path.read_text(encoding="utf-8").split("\n")
    # (needle in the prose text, hand-checked line and column in quotes.html, text in the file)
    for needle, line, column, raw in [
        ("Beni Sabti", 9, 26, "Beni Sabti"),
        ("We are not done,", 10, 13, "We are not done,"),
        ("\u201c", 10, 6, "&ldquo;"),
        ('"The door is open,"', 12, 18, '"The door is open,"'),
        ("Reuters", 10, 78, "Reuters"),
    ]:
        start = document.text.index(needle)
        span = document.span(start, start + len(needle))
        assert (span.line, span.column) == (line, column), needle
        assert raw_lines[line - 1][column - 1 : column - 1 + len(raw)] == raw


def test_html_fixture_keeps_only_the_article_body() -> None:
    document = read_path(DATA / "quotes.html")
    paragraphs = [" ".join(p.split()) for p in document.text.split("\n\n") if p.strip()]
    assert paragraphs == [
        "Iran expert Beni Sabti said the talks had stalled.",
        "\u201c We are not done,\u201d Sabti told Reuters .",
        "<!-- attrib: disable quote-no-speaker -->",
        '"The door is open," said Nahum Barnea.',
    ]
    assert document.meta.title == '"Talks stall"'


def test_stdin_reads_html_by_name() -> None:
    document = read_bytes(b"<p>Hi there.</p>", "page.htm", "<stdin>")
    assert document.format == "html"
    assert document.text.split() == ["Hi", "there."]
