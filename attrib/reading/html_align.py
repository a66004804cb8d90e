"""Find an extractor's output in the page it came from, in linear time.

Extractors return cleaned text without positions: whitespace collapsed or added, entities
decoded, ``<br>`` turned into line breaks, list items and table cells re-punctuated, sometimes a
paragraph moved or repeated. attrib needs the opposite: which characters of the file are the
article. So both texts are compared with all whitespace removed (how an extractor spaces the text
then no longer matters), and the output is walked from left to right against the page's text:

- where the two agree, a galloping comparison of slices (C speed) finds how far they agree;
- where they part, the output's next word is looked up in an index of the page's word starts
  (keyed by the next `ANCHOR` characters), taking the nearest place after the last match, else
  the first place anywhere (text the extractor moved up or repeated);
- output the page does not hold (a bullet the extractor added) is skipped a word at a time.

Each step consumes at least one word of the output, and the index is built once, so the work is
linear in the two texts. What comes back is the page text's matched ranges, which the reader maps
onto the file's offsets.

Example::

    >>> page = "Menu  Home\\nThe minister said  it would pass.\\nShare this"
    >>> [page[a:b] for a, b in align(page, "The minister said it would pass.")]
    ['The minister said  it would pass.']
"""

from __future__ import annotations

import bisect
import re

import numpy as np

# Characters of stripped text that key the index of word starts: long enough that an anchor
# is almost never ambiguous, short enough to fit a short paragraph.
ANCHOR = 16
# Lookups by `str.find` (each may scan the page) before the page's word starts are indexed,
# and in all (a short key, a line of the output shorter than `ANCHOR`, is never indexed): at
# most a constant number of scans keeps the whole alignment linear.
_FINDS_BEFORE_INDEX = 32
_FINDS_AT_MOST = 512
# Every character `str.isspace` (and the regex ``\s``) calls whitespace.
_SPACE_CODES = np.array([code for code in range(0x3001) if chr(code).isspace()], dtype="<u4")
_SPACE = re.compile(r"\s+")


class _Stripped:
    """A text without its whitespace, and where each of its words starts in both forms.

    Computed with array operations (a page's text has tens of thousands of words).
    """

    def __init__(self, text: str) -> None:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
        solid = ~np.isin(codes, _SPACE_CODES)
        self.text = _SPACE.sub("", text)
        self.origin = np.flatnonzero(solid)  # stripped index -> original index
        first = solid.copy()
        first[1:] &= ~solid[:-1]
        before = np.cumsum(solid)  # original index -> solid characters up to and including it
        self.starts: list[int] = (before[first] - 1).tolist()
        # Where lines begin in the stripped text (an extractor puts each paragraph on its own).
        self.lines: list[int] = sorted(set((before[codes == 10]).tolist()))

    def line_end(self, index: int) -> int:
        """Where the line holding stripped ``index`` ends."""
        line = bisect.bisect_right(self.lines, index)
        return self.lines[line] if line < len(self.lines) else len(self.text)

    def original(self, index: int) -> int:
        """Offset in the original text of stripped character ``index``."""
        return int(self.origin[index])

    def next_word(self, index: int) -> int:
        """The first word start at or after ``index`` (the end of the text if none)."""
        word = bisect.bisect_left(self.starts, index)
        return self.starts[word] if word < len(self.starts) else len(self.text)


def _agreeing(a: str, i: int, b: str, j: int) -> int:
    """How many characters ``a[i:]`` and ``b[j:]`` share at their start."""
    limit = min(len(a) - i, len(b) - j)
    low, step = 0, 1
    while low < limit:  # gallop: grow the known-equal prefix by doubling steps
        size = min(step, limit - low)
        if a[i + low : i + low + size] != b[j + low : j + low + size]:
            break
        low += size
        step *= 2
    else:
        return limit
    high = low + min(step, limit - low)  # the first difference lies in (low, high]
    while high - low > 1:
        middle = (low + high) // 2
        if a[i + low : i + middle] == b[j + low : j + middle]:
            low = middle
        else:
            high = middle
    return low


def align(page: str, output: str) -> list[tuple[int, int]]:
    """Ranges of ``page`` (start, end; sorted, not overlapping) that ``output`` was taken from.

    A range runs from the first to the last character of a matched stretch, so the whitespace
    between its words is inside it.
    """
    source = _Stripped(page)
    target = _Stripped(output)
    finder = _Finder(source)
    out = target.text
    matched: list[tuple[int, int]] = []
    i = cursor = 0
    while i < len(out):
        taken = _whole_words(target, i, _agreeing(source.text, cursor, out, i))
        if not taken:
            # The anchor stays within the output's line: the next paragraph may come from
            # anywhere in the page.
            found = finder.find(out[i : min(i + ANCHOR, target.line_end(i))], cursor)
            if found is not None:
                cursor = found
                taken = _whole_words(target, i, _agreeing(source.text, cursor, out, i))
        if not taken:  # text the page does not hold: skip one word of the output
            i = target.next_word(i + 1)
            continue
        matched.append((cursor, cursor + taken))
        cursor += taken
        i += taken
    return _to_page(source, matched)


def _whole_words(target: _Stripped, i: int, length: int) -> int:
    """``length`` cut back to the last word boundary of the output: a partial word is another
    word."""
    end = i + length
    if end == len(target.text) or target.next_word(end) == end:
        return length
    return max(target.starts[bisect.bisect_right(target.starts, end) - 1] - i, 0)


class _Finder:
    """Where in the page a piece of the output comes from: the nearest place at or after the
    cursor, else the first anywhere (text moved up or repeated)."""

    def __init__(self, source: _Stripped) -> None:
        self.source = source
        self.finds = 0
        self.index: dict[str, list[int]] | None = None

    def find(self, key: str, cursor: int) -> int | None:
        text = self.source.text
        if len(key) == ANCHOR and self.finds >= _FINDS_BEFORE_INDEX:
            if self.index is None:
                self.index = {}
                for start in self.source.starts:
                    self.index.setdefault(text[start : start + ANCHOR], []).append(start)
            places = self.index.get(key)
            if places is None:
                return None
            after = bisect.bisect_left(places, cursor)
            return places[after] if after < len(places) else places[0]
        if self.finds >= _FINDS_AT_MOST:
            return None
        self.finds += 1
        found = text.find(key, cursor)
        if found == -1:
            found = text.find(key, 0, cursor + len(key))
        return None if found == -1 else found


def _to_page(source: _Stripped, matched: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stripped ranges as sorted, merged ranges of the original page text."""
    ranges = sorted(
        (source.original(start), source.original(end - 1) + 1)
        for start, end in matched
        if end > start
    )
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
