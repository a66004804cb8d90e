"""Who a statement's source is, beyond its kind: one unnamed person, a collective that names no
one, a group tied to a named body, a mention pointing back to an earlier source, a name given in
the next paragraph, an outlet credited nearby. Shared by the sourcing rules
(vague-source, anonymous-source, unsourced-claim); plain text and offsets only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrib.extraction.lexicon import ONE_PERSON_DETERMINERS
from attrib.layout import Layout
from attrib.model import Document, Speaker, Statement
from attrib.rules import lexicon as lx
from attrib.rules.base import RuleLexicon, is_nationality, words

# A description that opens with a personal name: "Another critic, Laurence H. Tribe, said".
_APPOSED_NAME = re.compile(r"^(?:[A-Z][\w'’-]*\.?\s+){1,3}[A-Z][\w'’-]+")


def names_a_person(description: str | None) -> bool:
    """True when the description is a name apposed to the source ("critic, Laurence H. Tribe")."""
    return _APPOSED_NAME.match((description or "").strip()) is not None


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


# "analysts at Barclays", "experts from the Brookings Institution": a named body stands behind
# them. "in Jerusalem" is a place, not a body, so "in" is left out.
_INSTITUTION = re.compile(r"\b(?:at|from|of|with|for)\s+(?:the\s+)?[A-Z]")


def names_an_institution(description: str | None) -> bool:
    """True when a description ties the group to a named body ("at Barclays")."""
    return bool(description) and _INSTITUTION.search(description or "") is not None


def refers_back(speaker: Speaker) -> bool:
    """True when the mention points back to a source named earlier ("the study", "they").

    "Those" with a description of its own ("those in favor of a ban", "those who oppose it")
    names a collective by what it thinks; it points back to nobody.
    """
    mention = speaker.mention.text if speaker.mention is not None else speaker.name
    found = words(mention)
    if found == ["those"] and speaker.description:
        return False
    return bool(found) and (found[0] in lx.DEFINITE_WORDS or found[0] in lx.PRONOUNS)


def collective(speaker: Speaker, terms: frozenset[str]) -> bool:
    """True when the group names no one: a vague term ("experts", "many") or a bare plural of
    people ("protesters", "executives across the world"); not a people or a party by name
    ("Palestinians", "Democrats")."""
    names = speaker.name.split()
    if any(w in terms for w in words(speaker.name)):
        return True
    head = names[-1].strip(".,'’") if names else ""
    if not head.endswith("s") or not is_person_noun(head):
        return False
    return head.islower() or (len(names) == 1 and not is_nationality(head))


# The members of a coordinated source: "Holcomb and GOP leaders", "Lee, Cole and other experts".
_MEMBERS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


def names_a_member(name: str, terms: frozenset[str]) -> bool:
    """True when a coordinated source names one of its members ("Holcomb and GOP legislative
    leaders", "Sen. Ann Lee and other senators"): the reader can ask a named person. A member
    named by capitals alone is not a name when it is a vague term or people noun ("Experts
    and brokerages") or a nationality ("Israeli officials and analysts": not all capitals)."""
    members = [m for m in _MEMBERS.split(name.strip()) if m]
    if len(members) < 2:
        return False
    for member in members:
        parts = member.split()
        if not all(part[:1].isupper() for part in parts):
            continue
        bare = [part.strip(".,'’") for part in parts]
        if any(b.lower() in terms or is_person_noun(b) or is_nationality(b) for b in bare):
            continue
        return True
    return False


def is_one_person(speaker: Speaker) -> bool:
    """True when the source is introduced as one person ("a career officer", "one expert")."""
    found = words(speaker.name)
    return bool(found) and found[0] in ONE_PERSON_DETERMINERS


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
    if len(found) < 1 or found[0] not in ONE_PERSON_DETERMINERS:
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
