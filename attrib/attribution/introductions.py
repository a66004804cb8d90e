"""Delayed identification: an unnamed source that the next paragraph names.

News ledes often describe a source before naming them: "A top health expert is now warning
that ... \\n\\n Prof Ann Lee, director of ..., says: ...". Who each paragraph names is indexed
once per document, so a lookup costs a bisect per statement, not a pass over the document.

Attribution builds the index once, gives such a statement to the person named
(`name_introduced`) and hands the index on with its statements; the anonymous-source rule reads
it there and does not flag a source the next paragraph names (`Introductions.identified_next`).
The index is of the statements as attribution found them: a source it then names stays where
the index had it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property

from attrib.extraction.lexicon import ANONYMITY_PHRASES, ONE_PERSON_DETERMINERS, phrase_pattern
from attrib.layout import Layout
from attrib.model import Document, Speaker, Statement

_WORD = re.compile(r"\w+")
# Kinds an unnamed individual gets: an unnamed role, a noun for people, or one not typed.
_UNNAMED_KINDS = frozenset({"anonymous", "group", "unknown"})
# A reason for anonymity: a source kept unnamed on purpose is not named in the next paragraph.
_ANONYMITY = phrase_pattern(ANONYMITY_PHRASES)


class Introductions:
    """Who each paragraph names, indexed once per document."""

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
        says anything (an inset of links may come between).

        The name must open that paragraph; with ``anywhere``, the first person it quotes will
        do ('"...," said Don Fowler, who ...'): for a source the engine did not type as
        anonymous.
        """
        return self.introduced(statement, anywhere=anywhere) is not None

    def introduced(self, statement: Statement, *, anywhere: bool = False) -> Speaker | None:
        """The person the next paragraph names for the statement's unnamed source, or None."""
        mention = statement.speaker.mention if statement.speaker is not None else None
        if mention is None:
            return None
        _, end = self.layout.paragraph(mention.start)
        first_later = bisect.bisect_left(self.starts, end)
        if first_later == len(self.starts):
            return None
        start, stop = self.layout.paragraph(self.starts[first_later])
        for content_start, found in self.named.get(start, ()):
            assert found.mention is not None
            if content_start < end or not start <= found.mention.start < stop:
                continue  # said before the source's paragraph ends, or named past the paragraph
            lead = self.text[start : found.mention.start]
            if not anywhere and len(lead.split()) > 2:
                continue  # not the name that opens the paragraph (a title or two may come first)
            if self._named_before(found.name.split()[-1], mention.start):
                return None
            return found
        return None

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


def name_introduced(
    statements: Sequence[Statement], introductions: Introductions
) -> tuple[Statement, ...]:
    """``statements`` with each unnamed individual source that the next paragraph names given
    to that person: "A top US health expert is warning that ..." over "Prof Ann Lee, ...,
    says:" is Ann Lee's, described as the lede described her. The mention stays where the
    source was described. Stricter than `Introductions.identified_next`: the name must come
    with a description, and the source must give no reason for staying unnamed.
    The source's words are told, not quoted, as a lede tells them: 'A spokeswoman said: "We
    have listened ..."' is the spokeswoman's, whoever the next paragraph introduces.
    ``introductions`` indexes ``statements``."""
    named: list[Statement] = []
    for st in statements:
        speaker = st.speaker
        if speaker is not None and st.kind != "direct" and _unnamed_individual(speaker):
            person = introductions.introduced(st)
            if person is not None and _introduces(person, introductions.text):
                described = speaker.mention.text if speaker.mention else speaker.name
                speaker = Speaker(person.name, "person", described, speaker.mention)
                st = replace(st, speaker=speaker)
        named.append(st)
    return tuple(named)


def _unnamed_individual(speaker: Speaker) -> bool:
    """One person described, not named: "A top US public health expert", "one trade lawyer"."""
    if speaker.kind not in _UNNAMED_KINDS or speaker.mention is None:
        return False
    words = _WORD.findall(speaker.mention.text.lower())
    if len(words) < 2 or words[0] not in ONE_PERSON_DETERMINERS or words[-1].endswith("s"):
        return False
    return _ANONYMITY is None or _ANONYMITY.search(speaker.description or "") is None


def _introduces(person: Speaker, text: str) -> bool:
    """The name is introduced with a description set off after it ("Prof Ann Lee, director of
    the centre, says"), as a lede's source is; a name that only speaks may be someone else
    ("Minister Ann Vale told lawmakers ...")."""
    mention = person.mention
    return mention is not None and text[mention.end : mention.end + 1] == ","
