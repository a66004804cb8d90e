"""Find quotations and paragraph breaks in plain text, before and independently of the parse.

`attrib.layout.scan` calls these once per document; everything else reads its `Layout`.

One linear scan over quotation marks and paragraph breaks:

- straight and typographic double quotes: ``"`` ``“`` ``”`` ``„`` ``«`` ``»``;
- single quotes count where the document uses them for speech (British house style, decided
  from its own marks in `single_quotes`); inside double quotes they are nested quotation, and
  elsewhere in a double-quote document they are left alone (apostrophes, headline quotes);
- a quote left open at the end of a paragraph continues when the next paragraph opens with a
  quotation mark (the multi-paragraph convention); otherwise it ends at a single mark that
  closes it (``“... endemic,’ he says``: the source mixed its marks), or at the end of the
  paragraph when it has run on from an earlier paragraph or a colon introduced it (the next
  paragraph lost its opening mark to an embed or caption); otherwise it is unbalanced and
  skipped, keeping the balanced quotes inside it;
- a stray closing mark is skipped; nothing raises.

Examples::

    >>> text = 'He said "yes, we will" today.'
    >>> [q.text(text) for q in find_quotes(text)]
    ['"yes, we will"']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from attrib.extraction.lexicon import SCARE_QUOTE_MAX_WORDS
from attrib.extraction.single_quotes import find_single_quotes, uses_single_quotes

OPENING = frozenset("“„«")
CLOSING = frozenset("”»")
STRAIGHT = '"'
_MARKS = re.compile(r'["“”„«»]')
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass(frozen=True)
class Quote:
    """A quotation, marks included: ``text[start:end]``."""

    start: int
    end: int
    words: int

    @property
    def is_scare(self) -> bool:
        """One- or two-word quotes ("fear") are words held at arm's length, not statements."""
        return self.words <= SCARE_QUOTE_MAX_WORDS

    def text(self, source: str) -> str:
        return source[self.start : self.end]


def paragraph_breaks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph separator.

    Texts that use blank lines between paragraphs keep single newlines inside a paragraph (wrapped
    Markdown); texts without any blank line have one paragraph per line.
    """
    breaks = [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)]
    if breaks:
        return breaks
    return [(m.start(), m.end()) for m in re.finditer(r"\n", text)]


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def _looks_opening(text: str, pos: int) -> bool:
    """A straight quote opens when it follows a space, a bracket, a dash or the start of text."""
    return pos == 0 or text[pos - 1].isspace() or text[pos - 1] in "([{—–-/:"


def find_quotes(text: str, breaks: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Balanced double quotations in ``text``, in order, never overlapping.

    Typographic quotes nest: in ``“he calls it “hell” and leaves”`` the inner pair is part of the
    outer quote. If the outer quote never closes, the balanced quotes inside it still count.
    """
    if breaks is None:
        breaks = paragraph_breaks(text)
    events: list[tuple[int, str]] = [(m.start(), m.group()) for m in _MARKS.finditer(text)]
    events.extend((end, "\n") for _, end in breaks)
    events.sort()
    paragraph_end = {end: start for start, end in breaks}
    quotes: list[Quote] = []
    # Open quotes, outermost first: (offset, mark, balanced quotes found inside it).
    stack: list[tuple[int, str, list[Quote]]] = []
    skip_opening_at = -1
    carried = False  # the open quote has run on over a paragraph break

    def abandon() -> None:
        """The open quotes are unbalanced: keep only the balanced ones inside them."""
        for _, _, inner in stack:
            quotes.extend(inner)
        stack.clear()

    def close_unbalanced(end: int) -> None:
        """The paragraph ending at ``end`` leaves the outer quote open: close it at a single
        mark that ends it (`“...,’ he says`), or at the paragraph's end when it is a quote
        that ran on or that a colon introduced; otherwise drop it (see the module doc)."""
        open_at = stack[0][0]
        close = _mismatched_close(text, open_at, end)
        introduced = text[:open_at].rstrip().endswith(":") and text[open_at - 1 : open_at].isspace()
        if close is None and (carried or introduced):
            close = len(text[:end].rstrip())
        if close is None or close - open_at < 2:
            abandon()
            return
        words = count_words(text[open_at + 1 : close])
        if words <= SCARE_QUOTE_MAX_WORDS:
            abandon()
            return
        # Quotes nested in it stay part of it, as with a closed quote.
        quotes.append(Quote(open_at, close, words))
        stack.clear()

    for pos, mark in events:
        if mark == "\n":
            if not stack:
                continue
            # An open quote carries on into a paragraph that opens with a quotation mark.
            rest = text[pos : pos + 8].lstrip()
            if rest[:1] in OPENING or rest[:1] == STRAIGHT:
                skip_opening_at = pos + (len(text[pos : pos + 8]) - len(rest))
                carried = True
            else:
                close_unbalanced(paragraph_end.get(pos, pos))
                carried = False
            continue
        if pos == skip_opening_at:
            continue
        if not stack:
            carried = False
            if mark in OPENING or (mark == STRAIGHT and _looks_opening(text, pos)):
                stack.append((pos, mark, []))
            continue
        open_mark = stack[-1][1]
        closes = mark in CLOSING or mark == STRAIGHT or (open_mark == "„" and mark == "“")
        if closes:
            open_at, _, _inner = stack.pop()  # the inner quotes are part of this one
            quote = Quote(open_at, pos + 1, count_words(text[open_at + 1 : pos]))
            (stack[-1][2] if stack else quotes).append(quote)
        elif open_mark in OPENING:
            stack.append((pos, mark, []))  # a typographic quote inside another: nested
        else:
            # A second opening mark while a straight one is open: the first was unbalanced;
            # start again here.
            abandon()
            stack.append((pos, mark, []))
    if stack:
        close_unbalanced(len(text))
    quotes.sort(key=lambda q: q.start)
    return quotes


# A single closing mark after the end of a sentence or clause, then a lower-case word or the end
# of the paragraph: `“... transmission,’ he says` closes a double quote with a single mark.
_MISMATCHED = re.compile(r"[,.!?…]['’](?=[ \t]+[a-z]|\s*$)")


def _mismatched_close(text: str, open_at: int, end: int) -> int | None:
    """Where a single mark closes the quote opened at ``open_at`` (one past it), if one does
    before ``end`` and no single quote was opened inside it."""
    found = None
    for match in _MISMATCHED.finditer(text, open_at + 1, end):
        inside = text[open_at + 1 : match.start()]
        if "‘" in inside or " '" in inside:
            return None
        found = match.end()
    return found


def find_all_quotes(text: str, breaks: list[tuple[int, int]]) -> list[Quote]:
    """The document's quotations: the double ones and, where the document uses single marks for
    speech (`uses_single_quotes`), the single ones; a double quote inside a single one is
    nested in it."""
    doubles = find_quotes(text, breaks)
    spans = [(q.start, q.end) for q in doubles]
    singles = find_single_quotes(text, breaks, spans)
    if not singles or not uses_single_quotes(text, singles, spans):
        return doubles
    found = [Quote(s, e, count_words(text[s + 1 : e - 1])) for s, e in singles]
    starts = [q.start for q in found]

    def nested(quote: Quote) -> bool:
        index = bisect.bisect_right(starts, quote.start) - 1
        return index >= 0 and found[index].end >= quote.end

    found.extend(q for q in doubles if not nested(q))
    found.sort(key=lambda q: q.start)
    return found
