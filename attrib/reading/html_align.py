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

# Characters of stripped text that key the index of word starts: long enough that an anchor
# is almost never ambiguous, short enough to fit a short paragraph.
ANCHOR = 16
_WORD = re.compile(r"\S+")


class _Stripped:
    """A text without its whitespace, and where each of its words starts in both forms."""

    def __init__(self, text: str) -> None:
        words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
        self.text = "".join(word for _, word in words)
        self.origin = [start for start, _ in words]  # word start in the original text
        self.starts: list[int] = []  # word start in the stripped text
        total = 0
        for _, word in words:
            self.starts.append(total)
            total += len(word)

    def original(self, index: int) -> int:
        """Offset in the original text of stripped character ``index``."""
        word = bisect.bisect_right(self.starts, index) - 1
        return self.origin[word] + index - self.starts[word]

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
    src, out = source.text, target.text
    index: dict[str, list[int]] = {}
    for start in source.starts:
        index.setdefault(src[start : start + ANCHOR], []).append(start)
    word_starts = set(source.starts)
    matched: list[tuple[int, int]] = []
    i = cursor = 0
    while i < len(out):
        length = _agreeing(src, cursor, out, i) if cursor < len(src) else 0
        # Keep whole words of the output: a partial word is a different word.
        end = i + length
        whole = end if end == len(out) or target.next_word(end) == end else _word_start(target, end)
        if whole > i:
            matched.append((cursor, cursor + whole - i))
            cursor += whole - i
            i = whole
            continue
        found = _anchor(index, word_starts, src, out, i, cursor)
        if found is None:
            i = target.next_word(i + 1)
            continue
        cursor = found
        length = _agreeing(src, cursor, out, i)
        end = i + length
        whole = end if end == len(out) or target.next_word(end) == end else _word_start(target, end)
        if whole <= i:
            i = target.next_word(i + 1)
            continue
        matched.append((cursor, cursor + whole - i))
        cursor += whole - i
        i = whole
    return _to_page(source, matched)


def _word_start(target: _Stripped, index: int) -> int:
    """The start of the word holding stripped ``index``."""
    return target.starts[bisect.bisect_right(target.starts, index) - 1]


def _anchor(
    index: dict[str, list[int]], starts: set[int], src: str, out: str, i: int, cursor: int
) -> int | None:
    """Where in the page the output's word at ``i`` most likely comes from."""
    key = out[i : i + ANCHOR]
    places = index.get(key)
    if places is None:
        if len(key) == ANCHOR:
            return None
        # The output's last few characters: the page's next word start that begins with them.
        for start in (cursor, 0):
            found = src.find(key, start)
            if found != -1 and found in starts:
                return found
        return None
    after = bisect.bisect_left(places, cursor)
    return places[after] if after < len(places) else places[0]


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
