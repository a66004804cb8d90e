"""HTML: the article body in the file's own offsets, every tag and bit of boilerplate blanked.

The parser is the standard library's `html.parser.HTMLParser`: it is forgiving of broken markup,
hands over text verbatim, and `getpos()` gives each construct's source position, which is all a
same-length blank-out needs (lxml and html5lib rebuild a tree and lose character offsets). With
``convert_charrefs=False`` entities arrive as their own events, so each can be decoded in place.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser

from attrib.model import Document
from attrib.reading.common import ATTRIB_COMMENT, blanked_document, pad
from attrib.reading.text import decode


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Elements whose content is never prose: code, page furniture, forms, and headings (a headline
# is not a statement; the Markdown and docx readers drop headings too).
_SKIP = _words(
    "script style nav header footer aside form noscript template head title svg iframe object"
    " button select textarea h1 h2 h3 h4 h5 h6"
)
# Elements that end a paragraph: their tags become a blank line.
_BLOCK = _words(
    "p div br li h1 h2 h3 h4 h5 h6 tr td th blockquote article section main header footer nav"
    " aside ul ol dl dt dd table thead tbody caption figure figcaption pre hr address form"
    " body html"
)
_BODY = frozenset({"article", "main"})


@dataclass(frozen=True)
class _Text:
    """Text (or a decoded entity) at ``start`` in the file, and the elements around it."""

    start: int
    text: str
    skipped: bool
    in_body: bool
    in_pre: bool


class _Blanker(HTMLParser):
    """Collects where text, block tags and attrib comments sit; the rest is blank."""

    def __init__(self, source: str, line_starts: Sequence[int]) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = line_starts
        self.open: dict[str, int] = {}
        self.texts: list[_Text] = []
        self.breaks: list[int] = []
        self.comments: list[tuple[int, str]] = []
        self.has_body = False

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _depth(self, names: frozenset[str]) -> int:
        return sum(self.open.get(name, 0) for name in names)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self.breaks.append(self._offset())
        if tag in _SKIP or tag in _BODY or tag == "pre":
            self.open[tag] = self.open.get(tag, 0) + 1
        if tag in _BODY:
            self.has_body = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:  # <br/>, <hr/>; a self-closed <div/> opens nothing
            self.breaks.append(self._offset())

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK:
            self.breaks.append(self._offset())
        if self.open.get(tag, 0) > 0:
            self.open[tag] -= 1

    def handle_data(self, data: str) -> None:
        self._text(data)

    def handle_entityref(self, name: str) -> None:
        self._entity("&" + name)

    def handle_charref(self, name: str) -> None:
        self._entity("&#" + name)

    def handle_comment(self, data: str) -> None:
        raw = f"<!--{data}-->"
        if ATTRIB_COMMENT.fullmatch(raw):
            self.comments.append((self._offset(), raw))

    def _entity(self, raw: str) -> None:
        start = self._offset()
        if self.source.startswith(";", start + len(raw)):
            raw += ";"
        decoded = pad(html.unescape(raw), len(raw))
        self._text(raw if decoded is None else decoded)

    def _text(self, text: str) -> None:
        self.texts.append(
            _Text(
                start=self._offset(),
                text=text,
                skipped=self._depth(_SKIP) > 0,
                in_body=self._depth(_BODY) > 0,
                in_pre=self.open.get("pre", 0) > 0,
            )
        )


def blank_html(text: str, line_starts: Sequence[int]) -> str:
    """``text`` (an HTML file) with everything but the article's prose replaced by spaces.

    Text inside the article keeps its place; its line breaks become spaces (in HTML they are
    only whitespace) except inside ``<pre>``. Each block tag becomes a blank line so that
    paragraphs end where the page's paragraphs end. If the page has an ``<article>`` or
    ``<main>`` element, only text inside one counts.
    """
    parser = _Blanker(text, line_starts)
    parser.feed(text)
    parser.close()
    out = [" "] * len(text)
    for item in parser.texts:
        if item.skipped or (parser.has_body and not item.in_body):
            continue
        chunk = item.text
        if not item.in_pre:
            chunk = chunk.replace("\r", " ").replace("\n", " ")
        out[item.start : item.start + len(chunk)] = chunk
    for offset in parser.breaks:
        out[offset : offset + 2] = "\n\n"
    for offset, raw in parser.comments:
        out[offset : offset + len(raw)] = raw
    return "".join(out)


def read_html(data: bytes, path: str) -> Document:
    """An HTML `Document`: the article's prose at the file's own offsets and lines."""
    return blanked_document(path, decode(data), "html", blank_html)
