"""Who a statement's source is, beyond its kind: one unnamed person, a plural of people, a
name given in the next paragraph, an outlet credited nearby. Shared by the sourcing rules
(vague-source, anonymous-source, unsourced-claim); plain text and offsets only.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cached_property

from attrib.layout import Layout
from attrib.model import Document, Speaker, Statement
from attrib.rules import lexicon as lx
from attrib.rules.base import RuleLexicon, words

# A description that opens with a personal name: "Another critic, Laurence H. Tribe, said".
_APPOSED_NAME = re.compile(r"^(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]+")


def names_a_person(description: str | None) -> bool:
    """True when the description is a name apposed to the source ("critic, Laurence H. Tribe")."""
    return _APPOSED_NAME.match((description or "").strip()) is not None


# Determiners of one unnamed individual: "a second vice-chancellor", "one trade expert".
_ONE = frozenset({"a", "an", "one", "another"})
_PEOPLE_NOUNS = lx.PEOPLE_NOUNS


def is_person_noun(word: str) -> bool:
    """True for a common noun that names a person or people ("expert", "vice-chancellors")."""
    low = word.lower()
    singular = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return (
        low in _PEOPLE_NOUNS
        or singular in _PEOPLE_NOUNS
        or singular.rsplit("-", 1)[-1].endswith(lx.PEOPLE_SUFFIXES)
    )


def is_one_person(speaker: Speaker) -> bool:
    """True when the source is introduced as one person ("a career officer", "one expert")."""
    found = words(speaker.name)
    return bool(found) and found[0] in _ONE


def is_unnamed_individual(speaker: Speaker, lexicon: RuleLexicon) -> bool:
    """True for one person the article does not name, whom the engine could not type as
    anonymous: "a second vice-chancellor, who runs ...", "One Washington-based trade expert",
    "One, who asked not to be named"; and for any unnamed speaker whose description gives a
    reason for anonymity ("Residents, who asked not to be identified").
    """
    if speaker.kind not in ("unknown", "group") or names_a_person(speaker.description):
        return False
    anonymity = lexicon.anonymity
    if anonymity is not None and anonymity.search(speaker.description or ""):
        return True
    found = words(speaker.name)
    if len(found) < 1 or found[0] not in _ONE:
        return False
    head = found[-1]
    return head == "one" or (not head.endswith("s") and is_person_noun(head))


def _next_text(text: str, offset: int) -> int:
    """The offset of the first non-space character at or after ``offset`` (or the end)."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return min(offset, max(len(text) - 1, 0))


def next_paragraph(layout: Layout, text: str, offset: int) -> tuple[int, int]:
    """The paragraph after the one holding ``offset`` (the same one at the end of the text)."""
    return layout.paragraph(_next_text(text, layout.paragraph(offset)[1]))


class Introductions:
    """Who each paragraph names, indexed once per document so that `identified_next` costs a
    lookup per statement, not a pass over the document (the check runs for every one-person
    source: over all statements and all text before it, a 5 MB text took quadratic time)."""

    def __init__(self, statements: Sequence[Statement], document: Document, layout: Layout):
        self.text = document.text
        self.layout = layout
        self.starts = sorted(st.content.start for st in statements)
        # Paragraph start -> (content start, speaker) of each statement whose person speaker
        # is named in that paragraph, in statement order.
        self.named: dict[int, list[tuple[int, Speaker]]] = {}
        for st in statements:
            found = st.speaker
            if found is None or found.kind != "person" or found.mention is None:
                continue
            paragraph = layout.paragraph(found.mention.start)[0]
            self.named.setdefault(paragraph, []).append((st.content.start, found))

    def identified_next(self, statement: Statement, *, anywhere: bool = False) -> bool:
        """True when the unnamed source is named, for the first time, by the next paragraph that
        says anything: "A top health expert is warning that ... \n\n Prof Ann Lee, director of
        ..., says:" (the news lede's delayed identification; an inset of links may come between).

        The name must open that paragraph; with ``anywhere``, the first person it quotes will
        do ('"...," said Don Fowler, who ...'): for a source the engine did not type as
        anonymous.
        """
        mention = statement.speaker.mention if statement.speaker is not None else None
        if mention is None:
            return False
        _, end = self.layout.paragraph(mention.start)
        first_later = bisect.bisect_left(self.starts, end)
        if first_later == len(self.starts):
            return False
        start, stop = self.layout.paragraph(self.starts[first_later])
        for content_start, found in self.named.get(start, ()):
            assert found.mention is not None
            if content_start < end or not start <= found.mention.start < stop:
                continue  # said before the source's paragraph ends, or named past the paragraph
            lead = self.text[start : found.mention.start]
            if not anywhere and len(lead.split()) > 2:
                continue  # not the name that opens the paragraph (a title or two may come first)
            return not self._named_before(found.name.split()[-1], mention.start)
        return False

    @cached_property
    def first_word(self) -> dict[str, int]:
        """Where each word first stands in the text (built when first needed)."""
        first: dict[str, int] = {}
        for match in _WORD.finditer(self.text):
            first.setdefault(match.group(), match.start())
        return first

    def _named_before(self, surname: str, limit: int) -> bool:
        """Whether ``surname`` stands as a word in the text before ``limit``."""
        if _WORD.fullmatch(surname):
            first = self.first_word.get(surname)
            return first is not None and first + len(surname) <= limit
        pattern = rf"\b{re.escape(surname)}\b"  # "O'Neil", "Smith-Jones": not one word
        return re.search(pattern, self.text[:limit]) is not None


_WORD = re.compile(r"\w+")


def credited_paragraphs(
    statements: Sequence[Statement], document: Document, layout: Layout
) -> frozenset[int]:
    """Start offsets of the paragraphs where the writer credits an outlet."""
    return frozenset(layout.paragraph(st.content.start)[0] for st in statements if st.outlet)


def near_credit(
    statement: Statement, credited: frozenset[int], document: Document, layout: Layout
) -> bool:
    """True when the statement's paragraph, or the one after it, credits an outlet: the source
    is given there ("Campaign reportedly ..." above "According to Politico, ...")."""
    start, _ = layout.paragraph(statement.content.start)
    following = next_paragraph(layout, document.text, statement.content.start)[0]
    return start in credited or following in credited
