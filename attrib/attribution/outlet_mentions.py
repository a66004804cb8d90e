"""Find where a document names news outlets, with one PhraseMatcher pass.

Full names and aliases ("The New York Times", "NYT", "Reuters") match as written. Short forms
that several outlets share ("the Post", "the Times") resolve to the one outlet with that short
form that the article names in full; when it names none or several, the short form is left alone.

Examples::

    ... The Jerusalem Post learned ... according to the Post   -> both The Jerusalem Post
    ... according to the Post (no Post named in full)          -> no outlet
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from attrib.attribution.outlet_constructions import DATE_WORDS, construct
from attrib.attribution.outlets import OutletCatalog

if TYPE_CHECKING:
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab


@dataclass(frozen=True)
class OutletMention:
    """An outlet named at ``[start, end)`` (characters relative to the Doc)."""

    start: int
    end: int
    name: str


_MATCHERS: dict[tuple[int, int], tuple[PhraseMatcher, dict[str, str]]] = {}


def _matcher(
    vocab: Vocab, catalog: OutletCatalog, make_doc: Callable[[str], Doc]
) -> tuple[PhraseMatcher, dict[str, str]]:
    from spacy.matcher import PhraseMatcher

    key = (id(vocab), id(catalog))
    cached = _MATCHERS.get(key)
    if cached is None:
        matcher = PhraseMatcher(vocab, attr="ORTH")
        labels: dict[str, str] = {}
        by_label: dict[str, list[str]] = {}
        for surface, canonical in catalog.surface_forms():
            label = f"outlet:{canonical}"
            labels[label] = canonical
            by_label.setdefault(label, []).append(surface)
        for label, surfaces in by_label.items():
            matcher.add(label, [make_doc(s) for s in surfaces])
        matcher.add("short", [make_doc(s) for s in catalog.short_surface_forms()])
        cached = (matcher, labels)
        _MATCHERS[key] = cached
    return cached


class OutletIndex:
    """Outlet mentions of one Doc, sorted, with range lookups; ``constructed`` holds the names
    this Doc newly named by construction ("the Danish newspaper Politiken"), with their types."""

    def __init__(
        self, mentions: list[OutletMention], constructed: Mapping[str, str] | None = None
    ) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self.constructed = dict(constructed or {})

    def within(self, start: int, end: int) -> list[OutletMention]:
        """Mentions that lie inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                found.append(self.mentions[i])
            i += 1
        return found

    def names(self) -> list[str]:
        return [m.name for m in self.mentions]


def find_outlets(
    doc: Doc,
    catalog: OutletCatalog,
    make_doc: Callable[[str], Doc],
    named: list[str] | None = None,
    constructed: Mapping[str, str] | None = None,
) -> OutletIndex:
    """Every outlet mention in ``doc``: catalogue names, short forms, names made by
    construction and descriptor references (`outlet_constructions`).

    ``named`` lists the outlets named in earlier chunks, most recent last; ``constructed`` the
    names earlier chunks made by construction, with their types. ``make_doc`` is the pipeline's
    tokenizer, so that patterns tokenise as the text does.
    """
    matcher, labels = _matcher(doc.vocab, catalog, make_doc)
    strings = doc.vocab.strings
    full: list[OutletMention] = []
    short: list[tuple[int, int, str]] = []
    for match_id, start, end in matcher(doc):
        if _inside_longer_name(doc, start, end):
            continue
        span = doc[start:end]
        label = strings[match_id]
        if label == "short":
            short.append((span.start_char, span.end_char, span.text))
        else:
            full.append(OutletMention(span.start_char, span.end_char, labels[label]))
    full = _longest(full)
    known = list(dict.fromkeys([*(named or []), *(m.name for m in full)]))
    taken = [(m.start, m.end) for m in full]
    for start, end, text in short:
        if any(s <= start < e for s, e in taken):
            continue  # "the Post" inside "The Jerusalem Post"
        entry = catalog.resolve_short(text, known)
        if entry is not None:
            full.append(OutletMention(start, end, entry.name))
    earlier = dict(constructed or {})

    def kind(name: str) -> str:
        entry = catalog.lookup(name)
        return entry.type if entry is not None else earlier.get(name, "any")

    def before(char: int) -> list[tuple[str, str]]:
        here = [m.name for m in sorted(full, key=lambda m: m.start) if m.end <= char]
        return [(name, kind(name)) for name in [*reversed(here), *reversed(named or [])]]

    made, new = construct(doc, catalog, earlier, before)
    mentions = _longest([*full, *(OutletMention(s, e, n) for s, e, n in made)])
    return OutletIndex(mentions, new)


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """A one-word, non-acronym match followed by a capitalised word is part of a longer name:
    "Delfi Torres" is a person, "Reuters Institute" a research centre, not the outlets."""
    if end - start != 1 or end >= len(doc) or doc[start].is_upper:
        return False
    after = doc[end]
    return after.is_title and after.is_alpha and after.text not in DATE_WORDS


def _longest(mentions: list[OutletMention]) -> list[OutletMention]:
    """Keep the longest of overlapping matches ("The New York Times" over "New York")."""
    kept: list[OutletMention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
