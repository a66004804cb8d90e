"""HTML reading: the article's prose at the file's own offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from attrib.reading import read_bytes, read_path

DATA = Path(__file__).parent / "data" / "reading"

P = "\n\n "  # <p> (3 characters) becomes a paragraph break
END_P = "\n\n  "  # </p> (4 characters)


def _prose(source: str) -> str:
    document = read_bytes(source.encode(), "a.html", "a.html")
    assert len(document.text) == len(source)
    assert document.format == "html"
    return document.text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("He said so.", "He said so."),
        ("<p>One</p><p>Two</p>", P + "One" + END_P + P + "Two" + END_P),
        ("<b>Sabti</b> said", "   Sabti     said"),
        ('<a href="https://x.org/">Reuters</a>.', "                         Reuters    ."),
        ("a &amp; b", "a &     b"),
        ("&rdquo;Yes&ldquo;", "”      Yes“      "),
        ("&#8220;x&#x201D;", "“      x”       "),
        ("&quot;x&quot y", '"     x"     y'),
        ("AT&T and &bogus; stay", "AT&T and &bogus; stay"),
        ("<script>var a = 1;</script>ok", " " * 27 + "ok"),
        ("<style>p { x: 1 }</style>ok", " " * 25 + "ok"),
        ("a<br>b<br/>c", "a\n\n  b\n\n   c"),
        ("a <!-- note --> b", "a               b"),
        ("a <!-- attrib: ignore r1 --> b", "a <!-- attrib: ignore r1 --> b"),
        ("line\nbreak\r\nhere", "line break  here"),
        ("<pre>a\nb</pre>", "\n\n   a\nb\n\n    "),
        ("<h2>Head</h2>x", "\n\n  " + "    " + "\n\n   " + "x"),
        ("<nav>menu</nav>x", "\n\n   " + "    " + "\n\n    " + "x"),
        (
            "<header>top</header><footer>end</footer>x",
            "\n\n      " + "   " + "\n\n       " + "\n\n      " + "   " + "\n\n       " + "x",
        ),
        (
            "<aside>a</aside><form>f</form><noscript>n</noscript>x",
            "\n\n     "
            + " "
            + "\n\n      "
            + "\n\n    "
            + " "
            + "\n\n     "
            + " " * 10
            + " "
            + " " * 11
            + "x",
        ),
        ("<template>t</template>x", " " * 10 + " " + " " * 11 + "x"),
        (
            "<p>out</p><article><p>in</p></article>",
            P + "   " + END_P + "\n\n       " + P + "in" + END_P + "\n\n        ",
        ),
        ("<main>in</main><p>out</p>", "\n\n    " + "in" + "\n\n     " + P + "   " + END_P),
        ("<li>one<li>two", "\n\n  one\n\n  two"),
        ("<p>unclosed <i>tags", P + "unclosed    tags"),
    ],
)
def test_html_blanks_everything_but_prose(source: str, expected: str) -> None:
    assert _prose(source) == expected


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
    text = read_path(DATA / "quotes.html").text
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    assert paragraphs == [
        "Iran expert Beni Sabti said the talks had stalled.",
        "\u201c We are not done,\u201d Sabti told Reuters .",
        "<!-- attrib: disable quote-no-speaker -->",
        '"The door is open," said Nahum Barnea.',
    ]
