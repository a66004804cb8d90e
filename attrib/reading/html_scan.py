"""One linear pass over an HTML page: its text with every character's place in the file.

A regular expression finds tags, comments and raw-text elements (``<script>``, ``<style>``, ...);
what lies between them is text, with entities decoded in place (``&amp;`` becomes ``&`` at the
entity's first character). The result, `Markup`, holds

- ``pieces``: the text runs in file order, each with its offset in the file;
- ``stream``: the same runs joined, with a newline where a block element starts or ends, which is
  the text a browser (or an extractor working on lxml's tree) would see;
- the offsets of block tags, ``<br>``, ``<q>``, ``<blockquote>`` and their attribution elements,
  and the head's ``<meta>``/``<link>``/``<title>``/JSON-LD for the page metadata.

Why not ``html.parser`` or lxml: lxml rebuilds a tree without character offsets, and the standard
library's parser calls back into Python for every construct with a line/column pair to convert,
which made it the slowest part of reading a page. Here the scanning is done by the regex engine;
Python only looks at each tag once. Every pattern is linear: no tag, name or unquoted value runs
past a ``<``, so a broken page cannot make the scan quadratic.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from attrib.reading.html_elements import (
    ARTICLE,
    BLOCK,
    CHROME,
    HEADING,
    HIDDEN,
    NOTABLE,
    PAGE,
    TRACKED,
    VOID,
)

# Tags, comments, doctypes and the raw-text elements whose content is never markup or prose.
_TOKEN = re.compile(
    r"""<(?:
        !--.*?(?:--!?>|\Z)                                     # comment (unclosed: to the end)
      | (?P<raw>script|style|textarea|title|xmp|iframe|noembed|noframes)\b
          (?P<rawattrs>(?:"[^"]*"|'[^']*'|[^>"'<])*)>
          (?P<rawtext>.*?)(?:</(?P=raw)\s*>|\Z)                # raw text up to its end tag
      | (?P<close>/)?(?P<name>[A-Za-z][^\s/>"'<]*)
          (?P<attrs>(?:"[^"]*"|'[^']*'|[^>"'<])*)>             # start or end tag
      | [!?/][^>]*>                                            # doctype, <?xml?>, bogus comment
    )""",
    re.S | re.X | re.I,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};?)")
_ATTR = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?""")


class Piece(NamedTuple):
    """Decoded text at ``start`` in the file, and what encloses it: a heading, ``<pre>``, page
    furniture (`CHROME`), an ``<article>`` or ``<main>``."""

    start: int
    text: str
    heading: int
    pre: bool
    chrome: bool
    article: bool


@dataclass(frozen=True)
class Element:
    """A tracked element: where its start tag begins and its end tag begins (or the file ends)."""

    name: str
    start: int
    end: int
    attrs: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass
class Markup:
    """What one pass over the page found (see the module docstring)."""

    pieces: list[Piece] = field(default_factory=list)
    # Offsets in ``stream`` where each piece starts (a block boundary adds a newline between).
    piece_stream: list[int] = field(default_factory=list)
    stream: str = ""
    blocks: list[int] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)
    # Where each ``<q>``/``</q>`` tag ends, by where it starts.
    tag_ends: dict[int, int] = field(default_factory=dict)
    elements: list[Element] = field(default_factory=list)
    comments: list[tuple[int, str]] = field(default_factory=list)
    metas: list[dict[str, str]] = field(default_factory=list)
    links: list[dict[str, str]] = field(default_factory=list)
    json_ld: list[str] = field(default_factory=list)
    title: str | None = None
    # Tags that mark a whole page rather than a fragment of body HTML.
    chrome: int = 0
    has_article: bool = False


def attributes(raw: str) -> dict[str, str]:
    """A tag's attributes, names lower-cased, values entity-decoded (first one wins)."""
    found: dict[str, str] = {}
    for match in _ATTR.finditer(raw):
        name = match.group(1).lower()
        if name not in found:
            value = match.group(2) or match.group(3) or match.group(4) or ""
            found[name] = html.unescape(value) if "&" in value else value
    return found


def decode_entities(text: str, start: int) -> list[tuple[int, str]]:
    """``text`` (at ``start`` in the file) as (offset, decoded) runs: each entity's decoded
    characters sit at the entity's own offset; an unknown entity stays as written."""
    runs: list[tuple[int, str]] = []
    last = 0
    for match in _ENTITY.finditer(text):
        raw = match.group()
        decoded = html.unescape(raw)
        if decoded == raw or len(decoded) > len(raw):
            continue
        if match.start() > last:
            runs.append((start + last, text[last : match.start()]))
        runs.append((start + match.start(), decoded))
        last = match.end()
    if last < len(text):
        runs.append((start + last, text[last:]))
    return runs


class _Scanner:
    def __init__(self, source: str) -> None:
        self.source = source
        self.markup = Markup()
        self.depth: dict[str, int] = dict.fromkeys(TRACKED, 0)
        self.hidden = 0
        self.heading = 0
        self.heading_level = 0
        self.chrome = 0
        self.article = 0
        self.open: dict[str, list[tuple[int, dict[str, str]]]] = {}
        self.stream: list[str] = []
        self.stream_length = 0

    def text(self, start: int, end: int) -> None:
        if start >= end:
            return
        chunk = self.source[start:end]
        if chunk.isspace():  # indentation between tags: it only separates words
            if not self.hidden and self.stream and not self.stream[-1].isspace():
                self.stream.append(" ")
                self.stream_length += 1
            return
        if self.hidden:
            # Text in the head means the head has ended (browsers close it there).
            if not self.depth["head"] or self.hidden > self.depth["head"]:
                return
            self._close("head", start)
        heading = self.heading_level
        pre = self.depth["pre"] > 0
        chrome = self.chrome > 0
        article = self.article > 0
        runs = decode_entities(chunk, start) if "&" in chunk else [(start, chunk)]
        for offset, text in runs:
            self.markup.pieces.append(Piece(offset, text, heading, pre, chrome, article))
            self.markup.piece_stream.append(self.stream_length)
            self.stream.append(text)
            self.stream_length += len(text)

    def boundary(self) -> None:
        if self.stream and self.stream[-1] != "\n":
            self.stream.append("\n")
            self.stream_length += 1

    def tag(self, start: int, end: int, name: str, closing: bool, raw_attrs: str) -> None:
        markup = self.markup
        if name == "q":
            markup.tag_ends[start] = end
        if name in BLOCK:
            markup.blocks.append(start)
            self.boundary()
        elif name == "br":
            markup.breaks.append(start)
            self.boundary()
        if name in CHROME or name in PAGE:
            markup.chrome += 1
        if not closing and name in ("meta", "link") and not self.depth["svg"]:
            (markup.metas if name == "meta" else markup.links).append(attributes(raw_attrs))
        if name == "body" and not closing:
            self._close("head", start)
        if name not in TRACKED:
            return
        if closing:
            self._close(name, start, every=False)
        elif not raw_attrs.rstrip().endswith("/") and name not in VOID:
            if name in HEADING:  # a heading never holds another: the open one ends here
                for other in HEADING:
                    self._close(other, start)
            attrs = attributes(raw_attrs) if name == "blockquote" else {}
            self.open.setdefault(name, []).append((start, attrs))
            self.depth[name] += 1
            self.hidden += name in HIDDEN
            self.heading += name in HEADING
            if name in HEADING:
                self.heading_level = int(name[1])
            self.chrome += name in CHROME
            self.article += name in ARTICLE
            self.markup.has_article = self.markup.has_article or name in ARTICLE

    def _close(self, name: str, at: int, every: bool = True) -> None:
        """End the innermost open ``name`` element (all of them with ``every``) at ``at``."""
        stack = self.open.get(name)
        while stack:
            opened, attrs = stack.pop()
            self.markup.elements.append(Element(name, opened, at, attrs))
            self.depth[name] -= 1
            self.hidden -= name in HIDDEN
            self.heading -= name in HEADING
            if not self.heading:
                self.heading_level = 0
            self.chrome -= name in CHROME
            self.article -= name in ARTICLE
            if not every:
                break

    def raw(self, start: int, name: str, raw_attrs: str, body: str) -> None:
        markup = self.markup
        if name in ("title", "textarea"):
            if name == "title" and markup.title is None and not self.depth["svg"]:
                markup.title = html.unescape(body)
            markup.chrome += name == "title"
        elif name in ("script", "style"):
            markup.chrome += 1
            if name == "script" and "ld+json" in raw_attrs.lower():
                markup.json_ld.append(body)

    def finish(self) -> Markup:
        markup = self.markup
        end = len(self.source)
        for name, stack in self.open.items():
            markup.elements.extend(Element(name, opened, end, attrs) for opened, attrs in stack)
        markup.elements.sort(key=lambda element: element.start)
        markup.stream = "".join(self.stream)
        return markup


def scan(source: str) -> Markup:
    """Scan ``source`` (a decoded HTML page or fragment) once; see `Markup`."""
    scanner = _Scanner(source)
    notable = NOTABLE
    position = 0
    for match in _TOKEN.finditer(source):
        start = match.start()
        if start > position:
            scanner.text(position, start)
        position = match.end()
        name = match.group("name")
        if name is not None:
            name = name.lower()
            if name in notable:  # most tags (a, span, img, ...) change nothing
                scanner.tag(start, position, name, match.group("close") is not None, match["attrs"])
        elif match.group("raw") is not None:
            scanner.raw(start, match.group("raw").lower(), match["rawattrs"], match["rawtext"])
        elif source.startswith("<!--", start):
            scanner.markup.comments.append((start, match.group()))
    scanner.text(position, len(source))
    return scanner.finish()
