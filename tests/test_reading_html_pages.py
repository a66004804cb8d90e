"""Whole web pages: charsets, metadata, quotations in markup, the extractor's choice, hard pages."""

from __future__ import annotations

import codecs

import pytest

from attrib.model import DocumentMeta
from attrib.reading import ReadError
from attrib.reading.charset import decode_page
from attrib.reading.html import read_html

ARTICLE = [
    "The city council voted on Tuesday to close the old harbour bridge for repairs, a decision "
    "that will divert thousands of commuters for at least two years.",
    "Council member Dana Whitfield said the bridge had become unsafe after decades of heavy "
    "traffic and too little maintenance money from the regional budget.",
    "“We cannot keep patching it and hoping for the best,” Whitfield told reporters after the "
    "vote, adding that a temporary ferry service would start in the spring.",
    "Business owners near the harbour said they feared losing customers during the closure and "
    "asked the council for support payments while the works last.",
]
PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Harbour bridge to close | The Example Gazette</title>"
    "<meta property='og:title' content='Harbour bridge to close for two years'>"
    "<meta property='og:site_name' content='The Example Gazette'>"
    "<meta name='author' content='By Lee Park'>"
    "<meta property='article:published_time' content='2024-03-05T09:00:00Z'>"
    "<link rel='canonical' href='https://gazette.example/bridge'>"
    "</head><body><header><nav><a href='/'>Home</a> <a href='/news'>News</a> "
    "<a href='/sport'>Sport</a></nav></header>"
    "<aside><h3>Most read</h3><ul><li><a href='/a'>Mayor says budget is fine</a></li>"
    "<li><a href='/b'>Storm warning for the weekend</a></li></ul></aside>"
    "<article><h1>Harbour bridge to close for two years</h1>{body}</article>"
    "<footer><p>Contact us: desk@gazette.example. © The Example Gazette</p></footer>"
    "</body></html>"
)


def _page() -> str:
    return PAGE.format(body="".join(f"<p>{p}</p>" for p in ARTICLE))


def test_whole_page_keeps_the_article_and_states_its_metadata() -> None:
    document = read_html(_page().encode(), "page.html")
    paragraphs = [" ".join(p.split()) for p in document.text.split("\n\n") if p.strip()]
    assert paragraphs == ARTICLE
    assert document.meta == DocumentMeta(
        title="Harbour bridge to close for two years",
        site_name="The Example Gazette",
        author="Lee Park",
        date="2024-03-05T09:00:00Z",
        url="https://gazette.example/bridge",
    )


def test_content_all_reads_the_whole_page() -> None:
    text = read_html(_page().encode(), "page.html", "all").text
    assert "Storm warning for the weekend" in text
    assert "Harbour bridge to close" not in text  # the headline is the title, not prose


@pytest.mark.parametrize(
    ("head", "meta"),
    [
        ("<title>Only a title</title>", DocumentMeta(title="Only a title")),
        (
            "<title>Floods  spread - Example News</title>",
            DocumentMeta(title="Floods spread - Example News", site_name="Example News"),
        ),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "NewsArticle", "headline": "Rates rise", "datePublished": "2024-01-02",'
            ' "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"name": "Bo Li"}],'
            ' "publisher": {"@type": "Organization", "name": "Daily Ledger"}}]}</script>',
            DocumentMeta(
                title="Rates rise",
                site_name="Daily Ledger",
                author="Ana Ruiz, Bo Li",
                date="2024-01-02",
            ),
        ),
        (
            "<meta property='article:author' content='https://x.example/staff/ana'>"
            "<meta property='og:url' content='https://x.example/a'>",
            DocumentMeta(url="https://x.example/a"),
        ),
        ('<script type="application/ld+json">{not json</script>', DocumentMeta()),
    ],
)
def test_metadata_from_the_head(head: str, meta: DocumentMeta) -> None:
    page = f"<html><head>{head}</head><body><p>Text.</p></body></html>"
    assert read_html(page.encode(), "p.html").meta == meta


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (codecs.BOM_UTF8 + "<p>café</p>".encode(), "<p>café</p>", "utf-8"),
        (codecs.BOM_UTF16_LE + "<p>café</p>".encode("utf-16-le"), "<p>café</p>", "utf-16-le"),
        (codecs.BOM_UTF16_BE + "<p>café</p>".encode("utf-16-be"), "<p>café</p>", "utf-16-be"),
        (
            b'<meta charset="windows-1252"><p>caf\xe9 \x93ok\x94</p>',
            '<meta charset="windows-1252"><p>café “ok”</p>',
            "cp1252",
        ),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>\x93x\x94',
            '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>“x”',
            "cp1252",
        ),
        (b"<p>caf\xe9 au lait</p>", "<p>café au lait</p>", "cp1252"),  # undeclared latin-1
        (b'<meta charset="utf-8"><p>caf\xe9</p>', '<meta charset="utf-8"><p>café</p>', "cp1252"),
        (
            '<meta charset="koi8-r"><p>Привет</p>'.encode("koi8-r"),
            '<meta charset="koi8-r"><p>Привет</p>',
            "koi8-r",
        ),
        ("<p>naïve</p>".encode(), "<p>naïve</p>", "utf-8"),
    ],
)
def test_charset_bom_declaration_then_detection(data: bytes, text: str, encoding: str) -> None:
    assert decode_page(data) == (text, encoding)


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "empty file"), (b"<p>\x00\x01</p>", "binary file"), (b"\xef\xbb\xbf  ", "empty file")],
)
def test_pages_that_cannot_be_read(data: bytes, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        read_html(data, "p.html")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("He said <q>we will win the vote</q> today.", "He said “we will win the vote” today."),
        ("<q>“Already marked”</q>", "“Already marked”"),
        (
            "<blockquote><p>We stand firm.</p><p>We will not move.</p></blockquote>",
            "“We stand firm.\n\n“We will not move.”",
        ),
        (
            "<blockquote><p>We stand firm.</p><cite>Jo Lee</cite></blockquote>",
            "“We stand firm.” — Jo Lee",
        ),
        (
            '<blockquote class="twitter-tweet"><p lang="en">Not today, not ever.</p>&mdash; Ana '
            'Ruiz (@ana) <a href="https://x.example/1">May 2, 2024</a></blockquote>',
            "“Not today, not ever.” — Ana Ruiz (@ana) May 2, 2024",
        ),
        ('<blockquote><p>"It works," she said.</p></blockquote>', '"It works," she said.'),
    ],
)
def test_markup_quotations_become_quotation_marks(source: str, expected: str) -> None:
    text = read_html(source.encode(), "q.html").text
    shown = "\n\n".join(" ".join(p.split()) for p in text.split("\n\n") if p.strip())
    assert shown == expected


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><p>Unclosed <b>tags <div>and <a href='x>broken quote</p>",
        "<p>a <!-- never closed comment",
        "<script>never closed script <p>not prose</p>",
        "<html amp><head><script async src='v0.js'></script></head><body><amp-img src=x>"
        "</amp-img><p>An AMP page reads like any other.</p></body></html>",
        "<body><noscript><p>Enable JavaScript</p></noscript><template><p>T</p></template>"
        "<svg><text>chart</text><title>t</title></svg><p>Story text.</p></body>",
        "<" * 5000 + "<a " * 5000 + '"' + "&" * 5000,
        "\ufeff<p>\ud800 lone surrogate-free text</p>",
    ],
)
def test_hard_pages_read_without_crashing(page: str) -> None:
    document = read_html(page.encode("utf-8", "replace"), "hard.html")
    assert len(document.text) == len(decode_page(page.encode("utf-8", "replace"))[0])


def test_story_split_across_containers_is_read_whole() -> None:
    first, second = ARTICLE[:2], ARTICLE[2:]
    body = (
        "".join(f"<p>{p}</p>" for p in first)
        + "<div class='ad'><p>Advertisement</p></div>"
        + "<div class='story-continued'>"
        + "".join(f"<p>{p}</p>" for p in second)
        + "</div>"
    )
    text = read_html(PAGE.format(body=body).encode(), "split.html").text
    for paragraph in ARTICLE:
        assert paragraph in " ".join(text.split())


def test_a_ten_megabyte_page_is_read() -> None:
    filler = "<div class='teaser'><a href='/x'>Another story you may like</a></div>\n" * 150_000
    page = PAGE.format(body="".join(f"<p>{p}</p>" for p in ARTICLE) + filler)
    assert len(page) > 10_000_000
    # The markup scan and blanking on 10 MB (the extractor's own cost is trafilatura's).
    document = read_html(page.encode(), "big.html", "all")
    assert ARTICLE[2] in " ".join(document.text.split())
