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
from dataclasses import dataclass

# A number (thousands separators and decimals inside), a word (apostrophes inside), or "%".
WORD = re.compile(r"\d+(?:[.,]\d+)*[^\W\d_]*|\w+(?:['’]\w+)*|%")

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
    if word[0].isdigit():
        # Thousands separators go; a decimal point stays ("3.5").
        if "," in word and "." not in word:
            return word.replace(",", "")
        return _SAME.get(word, word)
    return _SAME.get(word, word)


def tokenize(text: str, start: int = 0, end: int | None = None) -> Words:
    """The normalised words of ``text[start:end]`` with their offsets into ``text``."""
    found = list(WORD.finditer(text, start, len(text) if end is None else end))
    texts = [_plain(m.group()) for m in found]
    starts = [m.start() for m in found]
    ends = [m.end() for m in found]
    merge = [i for i, w in enumerate(texts) if w in NUMBER_WORDS or w in _SCALES or w == "cent"]
    if merge:
        texts, starts, ends = _merge(texts, starts, ends, merge)
    return Words(texts, starts, ends)


def _merge(
    texts: list[str], starts: list[int], ends: list[int], marked: list[int]
) -> tuple[list[str], list[int], list[int]]:
    """Merge ``per cent`` and runs of number words ("twenty five" -> "25"); only the marked
    positions and their neighbours are looked at."""
    drop: set[int] = set()
    for i in marked:
        if texts[i] == "cent" and i and texts[i - 1] == "per":
            texts[i - 1], ends[i - 1] = "percent", ends[i]
            drop.add(i)
    run: list[int] = []
    runs: list[list[int]] = []
    for i in marked:
        word = texts[i]
        if i in drop or word == "cent":
            continue
        if word in _SCALES and not (run and run[-1] == i - 1):
            continue  # "hundred" alone is a word, not a number
        if run and (
            run[-1] != i - 1 or (word in NUMBER_WORDS and not _continues(texts[i - 1], word))
        ):
            runs.append(run)
            run = []
        run.append(i)
    if run:
        runs.append(run)
    for group in runs:
        first, last = group[0], group[-1]
        texts[first] = str(_value([texts[i] for i in group]))
        ends[first] = ends[last]
        drop.update(group[1:])
    if not drop:
        return texts, starts, ends
    keep = [i for i in range(len(texts)) if i not in drop]
    return [texts[i] for i in keep], [starts[i] for i in keep], [ends[i] for i in keep]


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
