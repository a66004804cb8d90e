"""HTML: the article body in the file's own offsets, everything else blanked.

Reading a page takes four steps, each in its own module:

1. decode the bytes (`charset`: BOM, the page's declaration, then detection);
2. scan the markup once (`html_scan`): every text run with its offset in the decoded file;
3. choose the content: on a whole page, trafilatura's main-content extraction (`html_main`),
   whose output is found back in the page's text (`html_align`); a fragment of body HTML
   (no page chrome at all) is taken whole; ``--html-content`` overrides the choice;
4. write the chosen text back at its own offsets into an all-blank copy of the file (here),
   with the structure the markup states: a blank line where a block element separates two
   stretches of text (a line break for one ``<br>``), typographic quotation marks where
   ``<q>`` and ``<blockquote>`` quote (`html_quotes`).

The metadata (`html_meta`) comes from the same scan.
"""

from __future__ import annotations

import bisect
import itertools
from typing import Literal

from attrib.model import Document
from attrib.reading.charset import decode_page
from attrib.reading.common import ATTRIB_COMMENT
from attrib.reading.html_align import align
from attrib.reading.html_main import main_text
from attrib.reading.html_meta import page_meta
from attrib.reading.html_quotes import quote_marks
from attrib.reading.html_scan import Markup, scan

# The headline (<h1>) is the page's title, not a statement (it is in `DocumentMeta.title`);
# subheadings stay, each a paragraph of its own, as they stand in the article.
SKIP_HEADINGS = frozenset({1})
HtmlContent = Literal["auto", "main", "all"]
HTML_CONTENT_CHOICES: tuple[str, ...] = ("auto", "main", "all")


def _whole(markup: Markup, *, furniture: bool, only_article: bool) -> list[tuple[int, int]]:
    """Stream ranges of the page's text: with ``furniture``, all of it; else without nav,
    header, footer, aside and form, and with ``only_article`` only what an ``<article>`` or
    ``<main>`` holds."""
    return [
        (start, start + len(piece.text))
        for piece, start in zip(markup.pieces, markup.piece_stream, strict=True)
        if furniture or (not piece.chrome and (piece.article or not only_article))
    ]


def chosen(markup: Markup, source: str, content: str) -> list[tuple[int, int]]:
    """Ranges of ``markup.stream`` that are the article, by the ``content`` choice.

    ``main`` (and ``auto`` on a whole page) asks the extractor; when it finds no article (a
    very short page), the page's ``<article>``/``<main>`` is taken, else its text outside the
    page furniture. ``all`` (and ``auto`` on a fragment with no page chrome) takes all text.
    """
    if content == "main" or (content == "auto" and markup.chrome > 0):
        extracted = main_text(source)
        if extracted and extracted.strip():
            return align(markup.stream, extracted)
        return _whole(markup, furniture=False, only_article=markup.has_article)
    return _whole(markup, furniture=True, only_article=False)


def _chunks(markup: Markup, kept: list[tuple[int, int]], out: list[str]) -> list[tuple[int, int]]:
    """Write the kept stream ranges into ``out`` at their file offsets; return the file ranges
    written that hold more than whitespace, in order."""
    written: list[tuple[int, int]] = []
    starts = markup.piece_stream
    pieces = markup.pieces
    for low, high in kept:
        index = max(bisect.bisect_right(starts, low) - 1, 0)
        while index < len(pieces) and starts[index] < high:
            piece = pieces[index]
            begin = max(low - starts[index], 0)
            end = min(high - starts[index], len(piece.text))
            index += 1
            if begin >= end or piece.heading in SKIP_HEADINGS:
                continue
            text = piece.text[begin:end]
            if text.isspace():
                continue
            if not piece.pre:
                text = text.replace("\r", " ").replace("\n", " ")
            start = piece.start + begin
            out[start : start + len(text)] = text
            written.append((start, start + len(text)))
    return written


def _breaks(markup: Markup, written: list[tuple[int, int]]) -> dict[int, str]:
    """For each gap between written ranges (keyed by the gap's start): the line break the
    markup puts there: a blank line for a block element or two ``<br>``, a newline for one."""
    found: dict[int, str] = {}
    blocks, brs = markup.blocks, markup.breaks
    for (_, gap_start), (gap_end, _) in itertools.pairwise(written):
        if bisect.bisect_left(blocks, gap_start) < bisect.bisect_left(blocks, gap_end):
            found[gap_start] = "\n\n"
            continue
        count = bisect.bisect_left(brs, gap_end) - bisect.bisect_left(brs, gap_start)
        if count:
            found[gap_start] = "\n\n" if count > 1 else "\n"
    return found


def put(out: list[str], low: int, high: int, chars: str, from_end: bool = False) -> bool:
    """Write ``chars`` into the first blank place within ``[low, high)`` (the last with
    ``from_end``); False if there is none."""
    size = len(chars)
    # An element left open at the end of the page ends past the text: stay inside it.
    low, high = max(low, 0), min(high, len(out))
    places = range(high - size, low - 1, -1) if from_end else range(low, high - size + 1)
    for place in places:
        if all(out[place + k] == " " for k in range(size)):
            out[place : place + size] = chars
            return True
    return False


def blank_html(source: str, markup: Markup, content: str = "auto") -> str:
    """``source`` with everything but the chosen content replaced by spaces (see module doc)."""
    out = [" "] * len(source)
    written = _chunks(markup, chosen(markup, source, content), out)
    # attrib's own comments stay verbatim, each a paragraph of its own where markup separates it.
    for offset, raw in markup.comments:
        if ATTRIB_COMMENT.fullmatch(raw):
            out[offset : offset + len(raw)] = raw
            written.append((offset, offset + len(raw)))
    written.sort()
    breaks = _breaks(markup, written)
    quote_marks(markup, source, written, breaks, out, put)
    starts = [start for start, _ in written]
    for gap_start, chars in breaks.items():
        following = bisect.bisect_right(starts, gap_start)
        put(out, gap_start, starts[following] if following < len(starts) else len(out), chars)
    return "".join(out)


def read_html(data: bytes, path: str, content: str = "auto") -> Document:
    """An HTML `Document`: the article's text at the file's own offsets, and its metadata.

    ``content`` is ``auto``, ``main`` or ``all`` (see `chosen`). Raises `ReadError`.
    """
    if content not in HTML_CONTENT_CHOICES:
        raise ValueError(f"html content must be one of {', '.join(HTML_CONTENT_CHOICES)}")
    source, _ = decode_page(data)
    markup = scan(source)
    line_starts = Document.from_text(path, source, format="html").line_starts
    return Document(
        path=path,
        text=blank_html(source, markup, content),
        format="html",
        line_starts=line_starts,
        meta=page_meta(markup),
    )
