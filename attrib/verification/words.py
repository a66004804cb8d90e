"""Words as the matcher compares them: offsets kept, spelling differences that are not changes
removed.

Case, punctuation, quotation-mark style and whitespace never reach the comparison (a word is a
run of letters and digits, apostrophes inside it); number forms are made one (``10`` / ``ten``
/ ``Ten``, ``twenty-five`` / ``25``, ``1,000`` / ``1000``, ``1st`` / ``first``) and so are the
ways of writing a percentage (``per cent`` / ``percent`` / ``%``).

Examples::

    >>> tokenize("Ten per cent of 1,000 voters").texts
    ['10', 'percent', 'of', '1000', 'voters']
    >>> tokenize("It’s twenty-five %.").texts
    ["it's", '25', 'percent']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# A number (thousands separators and decimals inside), a word (apostrophes inside), or "%".
WORD = re.compile(r"\d+(?:[.,]\d+)*[^\W\d_]*|\[[^\W\d_]\]\w+(?:['’]\w+)*|\w+(?:['’]\w+)*|%")

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {word: value for value, word in enumerate(_UNITS)}
NUMBER_WORDS.update({word: 10 * (i + 2) for i, word in enumerate(_TENS)})
# Multipliers that combine with the words before them ("two hundred", "five thousand");
# million and billion stay words, as writers keep them ("5 million").
_SCALES = {"hundred": 100, "thousand": 1000}
_ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
]
# Words that may merge with their neighbours (number words, "per cent").
MERGING = frozenset(NUMBER_WORDS) | frozenset(_SCALES) | {"cent"}
# Spellings made one before comparing (digit ordinals become words: "1st" -> "first").
_SAME = {"%": "percent", "pct": "percent"}
for _number, _word in enumerate(_ORDINALS, 1):
    _SAME[f"{_number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(_number, 'th') }"] = _word


@dataclass(frozen=True)
class Words:
    """The normalised words of a text and their character offsets, as parallel lists."""

    texts: list[str]
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.texts)


def _plain(token: str) -> str:
    word = token.lower().replace("’", "'")
    if "[" in word:
        return word.replace("[", "").replace("]", "")  # "[W]e": the editor's capital
    if "," in word and word[0].isdigit() and "." not in word:
        return word.replace(",", "")  # thousands separators go; a decimal point stays ("3.5")
    return _SAME.get(word, word)


def _lowered(text: str) -> str | None:
    """``text`` lower-cased with one apostrophe, when that keeps every offset (else None)."""
    lowered = text.lower().replace("’", "'")
    return lowered if len(lowered) == len(text) else None


def _fix(word: str) -> str:
    if "[" in word:
        return word.replace("[", "").replace("]", "")  # "[W]e": the editor's capital
    if "," in word and word[0].isdigit() and "." not in word:
        return word.replace(",", "")
    return _SAME.get(word, word)


def tokenize(text: str, start: int = 0, end: int | None = None) -> Words:
    """The normalised words of ``text[start:end]`` with their offsets into ``text``."""
    piece = text[start:end]
    found = list(WORD.finditer(piece))
    lowered = _lowered(piece)
    texts = [_fix(w) for w in WORD.findall(lowered)] if lowered is not None else []
    if len(texts) != len(found):
        texts = [_plain(m.group()) for m in found]
    starts = [m.start() + start for m in found]
    ends = [m.end() + start for m in found]
    marked = [i for i, w in enumerate(texts) if w in MERGING]
    if not marked:
        return Words(texts, starts, ends)
    joined, dropped = merges(texts.__getitem__, marked)
    for first, (word, last) in joined.items():
        texts[first], ends[first] = word, ends[last]
    keep = [i for i in range(len(texts)) if i not in dropped]
    return Words([texts[i] for i in keep], [starts[i] for i in keep], [ends[i] for i in keep])


def raw_words(text: str) -> list[str] | None:
    """The words of ``text`` lower-cased, before `normal` and `merges` (None when lower-casing
    would move offsets; then `tokenize` is the way). The word index is built from these."""
    lowered = _lowered(text)
    return None if lowered is None else WORD.findall(lowered)


def normal(raw: str) -> str:
    """One lower-cased word's comparison form (thousands separators, ordinals, "%")."""
    return _fix(raw)


def merges(
    word: Callable[[int], str], marked: Sequence[int]
) -> tuple[dict[int, tuple[str, int]], set[int]]:
    """Where ``per cent`` and runs of number words become one word ("twenty five" -> "25").

    ``word(i)`` is the normalised word at position ``i``; ``marked`` are the positions holding
    `MERGING` words. Returns ``{first: (merged word, last position)}`` and the positions that
    the merged words absorb.
    """
    joined: dict[int, tuple[str, int]] = {}
    dropped: set[int] = set()
    for i in marked:
        if word(i) == "cent" and i and word(i - 1) == "per":
            joined[i - 1] = ("percent", i)
            dropped.add(i)
    run: list[int] = []
    runs: list[list[int]] = []
    for i in marked:
        current = word(i)
        if i in dropped or current == "cent":
            continue
        if current in _SCALES and not (run and run[-1] == i - 1):
            continue  # "hundred" alone is a word, not a number
        if run and (
            run[-1] != i - 1 or (current in NUMBER_WORDS and not _continues(word(i - 1), current))
        ):
            runs.append(run)
            run = []
        run.append(i)
    if run:
        runs.append(run)
    for group in runs:
        joined[group[0]] = (str(_value([word(i) for i in group])), group[-1])
        dropped.update(group[1:])
    return joined, dropped


def _continues(previous: str, word: str) -> bool:
    """True when ``word`` extends the number ending in ``previous`` ("twenty" + "five")."""
    if previous in _SCALES:
        return True
    value = NUMBER_WORDS.get(previous)
    if value is None or word in _SCALES:
        return word in _SCALES and value is not None
    return value >= 20 and value % 10 == 0 and NUMBER_WORDS[word] < 10


def _value(run: list[str]) -> int:
    total, current = 0, 0
    for word in run:
        if word in _SCALES:
            scale = _SCALES[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            current += NUMBER_WORDS[word]
    return total + current
