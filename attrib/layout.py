"""A document's layout: its paragraphs, its quotations and its suppression comments, found once.

`scan(text)` runs before the parse and is the only place that splits a text into paragraphs,
finds its quotation marks (`attrib.extraction.quotes.find_quotes`) or reads its suppression
comments. Extraction, attribution, the rules and the suppression of findings all read the same
`Layout`; none of them re-derives these from the text.

- **Paragraphs**: a blank line ends a paragraph; in a text without any blank line each line is
  a paragraph (plain text style). Single newlines inside a blank-line paragraph are wrapping.
- **Quotes**: balanced double quotations, nested and multi-paragraph ones included (see
  `find_quotes`), and single ones where the document uses single marks for speech
  (`attrib.extraction.single_quotes`).
- **Transcript turns** (`Turn`): paragraphs opened by ``Q:``/``A:`` or ``NAME:`` labels, when the
  document is a transcript (`attrib.extraction.transcripts`).
- **Suppression comments** (`Directive`): ``<!-- attrib: disable RULE[,RULE] -->``,
  ``<!-- attrib: enable ... -->`` and ``<!-- attrib: ignore ... -->``, with the region an
  ``ignore`` governs (to the end of the paragraph after it) resolved against these paragraphs.

Examples::

    >>> layout = scan('One "two three".\\n\\nFour.')
    >>> layout.paragraph_starts, layout.paragraph(9)
    ((0, 18), (0, 16))
    >>> [q.text('One "two three".\\n\\nFour.') for q in layout.quotes]
    ['"two three"']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from attrib.extraction.quotes import Quote, find_all_quotes, paragraph_breaks
from attrib.extraction.transcripts import Turn, find_turns

__all__ = ["Directive", "Layout", "scan"]

_DIRECTIVE = re.compile(
    r"<!--\s*attrib\s*:\s*(?P<verb>disable|enable|ignore)\b\s*(?P<rules>[\w\s,-]*?)\s*-->",
    re.IGNORECASE,
)
_RULE_LIST = re.compile(r"[\s,]+")
_NOT_NEWLINE = re.compile(r"[^\n]")


@dataclass(frozen=True)
class Directive:
    """One suppression comment: its verb, rule ids (or ``all``), where it sits (``start`` to
    ``end``) and, for ``ignore``, the end of the paragraph it governs (``until``; else ``end``)."""

    verb: str
    rules: frozenset[str]
    start: int
    end: int
    until: int


@dataclass(frozen=True)
class Layout:
    """Paragraph bounds, quotes and suppression comments of one text, with fast lookups."""

    paragraph_starts: tuple[int, ...]
    # One past the last character of each paragraph (where its separator starts).
    paragraph_ends: tuple[int, ...]
    quotes: tuple[Quote, ...]
    quote_starts: tuple[int, ...]
    directives: tuple[Directive, ...] = ()
    # Transcript turns (Q:/A:, NAME:), in order; empty unless the document is a transcript.
    turns: tuple[Turn, ...] = ()

    def paragraph_of(self, offset: int) -> int:
        """0-based index of the paragraph holding ``offset`` (a separator belongs to the
        paragraph before it)."""
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

    def paragraph(self, offset: int) -> tuple[int, int]:
        """Start and end offsets of the paragraph holding ``offset``."""
        index = max(self.paragraph_of(offset), 0)
        return self.paragraph_starts[index], self.paragraph_ends[index]

    def quotes_between(self, start: int, end: int) -> tuple[Quote, ...]:
        """Quotes that overlap ``[start, end)``."""
        lo = max(bisect.bisect_right(self.quote_starts, start) - 1, 0)
        hi = bisect.bisect_left(self.quote_starts, end)
        return tuple(q for q in self.quotes[lo:hi] if q.end > start and q.start < end)

    def quotes_within(self, start: int, end: int) -> tuple[Quote, ...]:
        """Quotes that lie wholly inside ``[start, end)``, marks included."""
        return tuple(
            q for q in self.quotes_between(start, end) if start <= q.start and q.end <= end
        )

    def without_comments(self, text: str) -> str:
        """``text`` with its suppression comments blanked to spaces (line breaks kept), offsets
        unchanged: what the parser reads, so that a comment never joins the sentence after it."""
        if not self.directives:
            return text
        parts, last = [], 0
        for directive in self.directives:
            comment = text[directive.start : directive.end]
            parts += [text[last : directive.start], _NOT_NEWLINE.sub(" ", comment)]
            last = directive.end
        parts.append(text[last:])
        return "".join(parts)

    def quote_at(self, offset: int) -> Quote | None:
        """The quote whose marks enclose ``offset``, if any."""
        index = bisect.bisect_right(self.quote_starts, offset) - 1
        if index >= 0 and self.quotes[index].start <= offset < self.quotes[index].end:
            return self.quotes[index]
        return None


def scan(text: str) -> Layout:
    """The layout of ``text``: paragraphs, balanced quotes, transcript turns and suppression
    comments."""
    breaks = paragraph_breaks(text)
    starts = (0, *(end for _, end in breaks))
    ends = (*(start for start, _ in breaks), len(text))
    quotes = tuple(find_all_quotes(text, breaks))
    turns = find_turns(text, starts)
    layout = Layout(starts, ends, quotes, tuple(q.start for q in quotes), turns=turns)
    found = _directives(text, layout)
    if not found:
        return layout
    return Layout(starts, ends, quotes, layout.quote_starts, found, turns)


def _directives(text: str, layout: Layout) -> tuple[Directive, ...]:
    matches = []
    for match in _DIRECTIVE.finditer(text):
        rules = frozenset(r.lower() for r in _RULE_LIST.split(match["rules"]) if r)
        if rules:
            matches.append((match["verb"].lower(), rules, match.start(), match.end()))
    directives = []
    for i, (verb, rules, start, end) in enumerate(matches):
        until = _ignored_until(text, end, [(s, e) for _, _, s, e in matches[i + 1 :]], layout)
        directives.append(Directive(verb, rules, start, end, until if verb == "ignore" else end))
    return tuple(directives)


def _ignored_until(text: str, end: int, later: list[tuple[int, int]], layout: Layout) -> int:
    """The end of the paragraph after an ignore comment ending at ``end``."""
    pos = end
    # Stacked comments ("ignore a" then "ignore b" on the next line) share the paragraph below.
    following = iter(later)
    nxt = next(following, None)
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if nxt is not None and nxt[0] == pos:
            pos = nxt[1]
            nxt = next(following, None)
            continue
        break
    if pos >= len(text):
        return len(text)
    # A comment at the end of a line governs the paragraph below, not the rest of its own line.
    return layout.paragraph(pos)[1]
