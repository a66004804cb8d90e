"""Markdown: the file's own characters, with everything that is not prose blanked out.

markdown-it-py (CommonMark, well kept, source line maps on every block) finds the blocks. Inline
tokens carry no positions, so the inline rules are run again over each paragraph through a tracing
parser that records where every rule matched; what a rule matched decides what is blanked. The
result has the file's length and line structure, so offsets, lines and columns need no mapping.
Headings are blanked too: they are not statements, and a headline is no speaker's words.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from string import punctuation
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from attrib.model import Document
from attrib.reading.common import ATTRIB_COMMENT, blank, blanked_copy, blanked_document, keep, pad
from attrib.reading.front_matter import front_matter_meta
from attrib.reading.text import decode

_ESCAPABLE = frozenset(punctuation) | {"\n"}
_FRONT_MATTER_CLOSE = {"---": ("---", "..."), "+++": ("+++",)}
_LONE_CR = re.compile(r"\r(?!\n)")


@dataclass(frozen=True)
class _Match:
    """One inline rule's match (or, for ``label``, a nested scan) in the scanned string."""

    rule: str
    start: int
    end: int
    depth: int


class _TracingInline(ParserInline):
    """The stock inline parser, recording each rule's match on the state being traced."""

    def __init__(self) -> None:
        super().__init__()
        self.root: StateInline | None = None
        self.matches: list[_Match] = []
        self._depth = 0

    def tokenize(self, state: StateInline) -> None:
        if state is not self.root:  # image alt text is parsed on a fresh state: not ours
            super().tokenize(state)
            return
        self.matches.append(_Match("label", state.pos, state.posMax, self._depth))
        rules: list[tuple[str, Callable[..., bool]]] = list(
            zip(self.ruler.get_active_rules(), self.ruler.getRules(""), strict=True)
        )
        self._depth += 1
        try:
            self._scan(state, rules)
        finally:
            self._depth -= 1

    def _scan(self, state: StateInline, rules: list[tuple[str, Callable[..., bool]]]) -> None:
        end = state.posMax
        max_nesting = state.md.options["maxNesting"]
        while state.pos < end:
            start = state.pos
            matched = False
            if state.level < max_nesting:
                for name, rule in rules:
                    if rule(state, False):
                        matched = True
                        self.matches.append(_Match(name, start, state.pos, self._depth))
                        break
            if matched:
                continue
            if hasattr(state, "append_pending"):  # markdown-it-py 4 buffers pending text
                state.append_pending(state.src[state.pos])
            else:
                state.pending += state.src[state.pos]
            state.pos += 1
        if state.pending:
            state.pushPending()

    def trace(self, src: str, md: MarkdownIt, env: dict[str, Any]) -> list[_Match]:
        """Every rule match in ``src``, outermost scans included as ``label`` matches."""
        self.root = StateInline(src, md, env, [])
        self.matches = []
        self.tokenize(self.root)
        self.root = None
        return self.matches


def _parser() -> tuple[MarkdownIt, _TracingInline]:
    # The core "inline" rule is off: blocks come from md.parse, inline rules run once, traced.
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("inline")
    tracer = _TracingInline()
    tracer.ruler = md.inline.ruler
    tracer.ruler2 = md.inline.ruler2
    md.inline = tracer
    return md, tracer


_MD, _TRACER = _parser()


def _prose(src: str, env: dict[str, Any]) -> list[str]:
    """``src`` (inline Markdown) with its markup blanked, one character per character."""
    out = list(src)
    matches = _TRACER.trace(src, _MD, env)
    labels = {m.start: m for m in matches if m.rule == "label"}
    # Outer matches first: a link blanks itself and restores its label, whose inner markup
    # (deeper matches) is then blanked in turn.
    for match in sorted(matches, key=lambda m: m.depth):
        s, e, rule = match.start, match.end, match.rule
        chunk = src[s:e]
        if rule == "escape" and len(chunk) >= 2 and chunk[1] in _ESCAPABLE:
            out[s] = " "
        elif (
            (rule == "backticks" and chunk.strip("`"))
            or (rule in ("emphasis", "strikethrough") and _is_markup_run(src, s, e))
            or rule in ("image", "autolink")
            or (rule == "html_inline" and not ATTRIB_COMMENT.fullmatch(chunk))
        ):
            out[s:e] = blank(chunk)
        elif rule == "link":
            out[s:e] = blank(chunk)
            label = labels.get(s + 1)
            if label is not None and label.end <= e:
                out[label.start : label.end] = src[label.start : label.end]
        elif rule == "entity":
            decoded = pad(html.unescape(chunk), len(chunk))
            if decoded is not None:
                out[s:e] = decoded
    return out


def _is_markup_run(src: str, start: int, end: int) -> bool:
    """Whether a run of ``*``, ``_`` or ``~`` is emphasis markup rather than a literal."""
    before = src[start - 1] if start > 0 else " "
    after = src[end] if end < len(src) else " "
    if before.isspace() and after.isspace():
        return False  # "a * b": a lone star between spaces is text
    if src[start] == "_" and before.isalnum() and after.isalnum():
        return False  # snake_case: intraword underscores are never emphasis
    return not (src[start] == "~" and end - start < 2)


def _lines(text: str, starts: Sequence[int]) -> list[tuple[int, int]]:
    """(start, end) of each line's content, without its line break."""
    bounds = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        while end > start and text[end - 1] in "\r\n":
            end -= 1
        bounds.append((start, end))
    return bounds


def _front_matter(text: str, lines: list[tuple[int, int]]) -> int:
    """How many lines of YAML (``---``) or TOML (``+++``) front matter open the file."""
    if not lines:
        return 0
    closers = _FRONT_MATTER_CLOSE.get(text[lines[0][0] : lines[0][1]].rstrip())
    if closers is None:
        return 0
    for number, (start, end) in enumerate(lines[1:], start=1):
        if text[start:end].rstrip() in closers:
            return number + 1
    return 0


def _write(
    out: list[str], src: str, segments: list[tuple[int, int, int]], env: dict[str, Any]
) -> None:
    """Write the blanked inline ``src`` back at the file offsets of its segments."""
    prose = _prose(src, env)
    for v_start, f_start, length in segments:
        out[f_start : f_start + length] = prose[v_start : v_start + length]


def _paragraph(
    out: list[str], text: str, token: Token, lines: list[tuple[int, int]], env: dict[str, Any]
) -> None:
    """Restore one paragraph: each content line is a suffix of its source line."""
    assert token.map is not None
    segments = []
    v_start = 0
    for offset, content_line in enumerate(token.content.split("\n")):
        line_start, line_end = lines[token.map[0] + offset]
        source = text[line_start:line_end]
        base = source if source.endswith(content_line) else source.rstrip()
        if content_line and base.endswith(content_line):
            f_start = line_start + len(base) - len(content_line)
            segments.append((v_start, f_start, len(content_line)))
        v_start += len(content_line) + 1
    _write(out, token.content, segments, env)


def _cell(
    out: list[str], text: str, token: Token, bounds: tuple[int, int], env: dict[str, Any]
) -> int:
    """Restore one table cell found at or after ``start``; return where the search goes on."""
    start, end = bounds
    if not token.content:
        return start
    pattern = re.escape(token.content).replace(r"\|", r"\\?\|")
    found = re.compile(pattern).search(text, start, end)
    if found is None:
        return start
    _write(out, found.group(), [(0, found.start(), len(found.group()))], env)
    return found.end()


def blank_markdown(text: str, line_starts: Sequence[int]) -> str:
    """``text`` (a Markdown file) with everything but prose replaced by spaces."""
    lines = _lines(text, line_starts)
    out = blanked_copy(text)
    skip = _front_matter(text, lines)
    parse_src = text
    if skip:
        parse_src = blank(text[: lines[skip - 1][1]]) + text[lines[skip - 1][1] :]
    env: dict[str, Any] = {}
    tokens = _MD.parse(_LONE_CR.sub(" ", parse_src), env)
    row_cursor = row_end = 0
    for index, token in enumerate(tokens):
        opener = tokens[index - 1].type if index else ""
        if token.type == "tr_open" and token.map:
            row_cursor, row_end = lines[token.map[0]]
        elif token.type == "inline" and token.map and opener == "paragraph_open":
            _paragraph(out, text, token, lines, env)
        elif token.type == "inline" and opener in ("th_open", "td_open"):
            row_cursor = _cell(out, text, token, (row_cursor, row_end), env)
        elif token.type == "html_block" and token.map:
            block_start = lines[token.map[0]][0]
            block_end = lines[token.map[1] - 1][1]
            for comment in ATTRIB_COMMENT.finditer(text, block_start, block_end):
                keep(out, text, comment.start(), comment.end())
    return "".join(out)


def read_markdown(data: bytes, path: str) -> Document:
    """A Markdown `Document` whose offsets, lines and columns are the file's own; ``meta`` is
    what its front matter states."""
    text = decode(data)
    document = blanked_document(path, text, "markdown", blank_markdown)
    meta = front_matter_meta(text)
    return document if meta.is_empty() else replace(document, meta=meta)
