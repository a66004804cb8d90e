"""A quote segment's parts, as an editor's ellipses and brackets divide it.

Each run of words between quotation marks is a segment checked on its own: in ``"We stay,"
she said, "and we fight."`` the two segments may come from two places. Inside a segment:

- ``...``, ``. . .`` and ``…`` mark words left out: the parts on either side must appear in
  order, a short distance apart, in one source;
- ``[bracketed words]`` standing alone are the editor's (``"[The minister] will resign"``): they
  stand for a few source words or none and are not compared;
- a bracket inside a word only changes its letters (``"[T]he plan"``): it is read as ``The``.

Examples::

    >>> text = '"We stay ... and [we] fight," she said.'
    >>> [(text[p.start:p.end], p.gap) for p in parts(text, 1, 28)]
    [('We stay', 'ellipsis'), ('and', 'bracket'), ('fight,', None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from attrib.verification.words import Words, tokenize

_ELLIPSIS = re.compile(r"\.\s?\.\s?\.(?:\s?\.)?|…")
_BRACKET = re.compile(r"\[[^\[\]\n]*\]")


@dataclass(frozen=True)
class Part:
    """Draft text ``[start, end)`` checked as one run; ``gap`` says what follows it."""

    start: int
    end: int
    gap: str | None  # "ellipsis", "bracket" or None (the segment ends)


def _glued(text: str, match: re.Match[str]) -> bool:
    before = text[match.start() - 1 : match.start()]
    after = text[match.end() : match.end() + 1]
    return bool(before and before.isalnum()) or bool(
        after and after.isalnum() and len(match.group()) <= 3
    )


def parts(text: str, start: int, end: int) -> list[Part]:
    """The runs of a segment between its ellipses and its stand-alone brackets."""
    cuts: list[tuple[int, int, str]] = []
    cuts.extend((m.start(), m.end(), "ellipsis") for m in _ELLIPSIS.finditer(text, start, end))
    cuts.extend(
        (m.start(), m.end(), "bracket")
        for m in _BRACKET.finditer(text, start, end)
        if not _glued(text, m)
    )
    cuts.sort()
    out: list[Part] = []
    position = start
    for cut_start, cut_end, kind in cuts:
        if cut_start < position:
            continue
        if _has_words(text, position, cut_start):
            out.append(_trimmed(text, position, cut_start, kind))
        elif out and kind == "ellipsis":
            out[-1] = Part(out[-1].start, out[-1].end, "ellipsis")
        position = cut_end
    if _has_words(text, position, end):
        out.append(_trimmed(text, position, end, None))
    elif out:
        out[-1] = Part(out[-1].start, out[-1].end, None)
    return out


def _has_words(text: str, start: int, end: int) -> bool:
    return any(ch.isalnum() for ch in text[start:end])


def _trimmed(text: str, start: int, end: int, gap: str | None) -> Part:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Part(start, end, gap)


def part_words(text: str, part: Part) -> Words:
    """A part's words, with letters an editor changed in brackets read as one word."""
    words = tokenize(text, part.start, part.end)
    if "[" not in text[part.start : part.end]:
        return words
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for word, s, e in zip(words.texts, words.starts, words.ends, strict=True):
        if texts and text[ends[-1] : s] in ("[", "]", "]["):
            texts[-1] += word
            ends[-1] = e
        else:
            texts.append(word)
            starts.append(s)
            ends.append(e)
    return Words(texts, starts, ends)
