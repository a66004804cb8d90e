"""Quotations the markup states, written as the quotation marks a reader sees.

A browser shows ``<q>`` with quotation marks, and a ``<blockquote>`` is set off as someone's words.
attrib's quote finder works on text, so the reader writes typographic marks into the blank space
where the tags were (nothing moves; the marks take the place of tag characters):

- ``<q>words</q>`` becomes ``“words”``;
- each paragraph of a ``<blockquote>`` opens with ``“`` and the last one closes with ``”`` (the
  multi-paragraph convention), unless its text already carries double quotation marks;
- the blockquote's attribution stays on the quote's line after a dash, which is how the
  extraction's dash convention (``"..." — Jane Porter``) reads a speaker: a ``<cite>`` or
  ``<footer>`` inside it, or a last paragraph that starts with a dash, as an embedded tweet's
  ``— Name (@handle) date`` line does.

Examples (``|`` marks where tags were)::

    <q>We will not sign</q>                      ->  “We will not sign”
    <blockquote><p>Not today.</p>&mdash; Ana Ruiz (@ana) May 2</blockquote>
                                                 ->  “Not today.”  —  Ana Ruiz (@ana) May 2
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from attrib.reading.html_scan import Element, Markup

if TYPE_CHECKING:
    from collections.abc import Callable

_DOUBLE_MARKS = frozenset('"“”„«»')
_DASHES = ("—", "–", "―", "- ", "-\u00a0")
_ATTRIBUTION = frozenset({"cite", "footer", "figcaption"})


def _inside(element: Element, written: list[tuple[int, int]], starts: list[int]) -> range:
    """Indexes of the written ranges inside ``element``."""
    return range(bisect.bisect_left(starts, element.start), bisect.bisect_left(starts, element.end))


def quote_marks(
    markup: Markup,
    source: str,
    written: list[tuple[int, int]],
    breaks: dict[int, str],
    out: list[str],
    put: Callable[..., bool],
) -> None:
    """Write the marks for ``<q>`` and ``<blockquote>`` into ``out``; an attribution line's
    preceding break is removed from ``breaks`` so that it stays on the quote's line."""
    starts = [start for start, _ in written]

    def text_of(indexes: range) -> str:
        return "".join("".join(out[written[i][0] : written[i][1]]) for i in indexes)

    attributions = [e for e in markup.elements if e.name in _ATTRIBUTION]
    handled_until = -1
    for element in markup.elements:
        if element.name == "q":
            inside = _inside(element, written, starts)
            text = text_of(inside)
            if not inside or not text.strip() or text.lstrip()[0] in _DOUBLE_MARKS:
                continue
            first, last = written[inside[0]][0], written[inside[-1]][1]
            end_tag = markup.tag_ends.get(element.end, element.end)
            put(out, element.start, first, "“", True)
            put(out, last, max(end_tag, last + 1), "”")
        elif element.name == "blockquote" and element.start >= handled_until:
            handled_until = element.end
            _blockquote(element, written, starts, breaks, out, put, text_of, attributions)


def _blockquote(
    element: Element,
    written: list[tuple[int, int]],
    starts: list[int],
    breaks: dict[int, str],
    out: list[str],
    put: Callable[..., bool],
    text_of: Callable[[range], str],
    attributions: list[Element],
) -> None:
    inside = _inside(element, written, starts)
    if not inside or any(mark in text_of(inside) for mark in _DOUBLE_MARKS):
        return
    quoted = list(inside)
    # The attribution: what a <cite>/<footer> inside holds, or a last line opening with a dash.
    for index in inside:
        start = written[index][0]
        in_cite = any(a.start <= start < a.end and a.start >= element.start for a in attributions)
        if in_cite or (index != inside[0] and _starts_line(index, written, breaks, out)):
            quoted = list(range(inside[0], index))
            break
    if not quoted:
        return
    attribution = quoted[-1] + 1 if quoted[-1] + 1 in inside else None
    for position, index in enumerate(quoted):
        if position == 0 or written[index - 1][1] in breaks:
            low = written[index - 1][1] if index > 0 else 0
            put(out, low, written[index][0], "“", True)
    last_end = written[quoted[-1]][1]
    limit = written[quoted[-1] + 1][0] if quoted[-1] + 1 < len(written) else len(out)
    put(out, last_end, limit, "”")
    if attribution is not None:
        breaks.pop(last_end, None)
        if not "".join(out[written[attribution][0] : written[attribution][1]]).startswith(_DASHES):
            put(out, last_end + 2, written[attribution][0], "— ", True)


def _starts_line(
    index: int, written: list[tuple[int, int]], breaks: dict[int, str], out: list[str]
) -> bool:
    """Whether written range ``index`` starts a paragraph with a dash (``— Name``)."""
    if written[index - 1][1] not in breaks:
        return False
    start, end = written[index]
    return "".join(out[start:end]).lstrip().startswith(_DASHES)
