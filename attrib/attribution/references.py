"""Definite references to someone the article named before: "the company", "the actor".

A definite noun phrase ("the", "this", "that", or a name's possessive: "China's ambassador")
names nobody new; news prose uses it for someone it has already introduced.

- An organisation noun ("the company", "the utility", "the studio", "the group", "the agency")
  is the latest organisation that spoke or was named as a subject within the last few
  paragraphs (not the awards ceremony named in passing since), else the one named last.
- A person's role ("the actor", "the president", "the 56-year-old") is the person whose
  description (or title) holds that word, the latest one; failing that, the last speaker or
  person named as a subject within the last few paragraphs. A kinship noun ("the
  father") needs the description, as the last person named may well be the son; so does a
  title ("the president"). A title is found by its other names too: "Sen." is "the senator",
  "Rep." "the congressman", "Justice" "the judge".
- An epithet that describes no one the article described ("the 56-year-old", "the Portuguese
  boss") is the person the story is about, the lead's first subject, when the nearest
  candidate is someone only named in the narrative since (the manager sacked to make room):
  newsrooms use such epithets for their main subject, not for anyone mentioned in passing.
  The last speaker still goes on speaking, and a person named as a subject in the epithet's
  own paragraph is the one meant ("Marin was mobbed. '...,' the 29-year-old said").
- A nationality noun ("the Spaniard", "the Dutchman", "the Brazilian") is one person, as an
  epithet; the adjective forms ("the French", "the Chinese") name a people and are left alone.
- A person noun keeps its reference when a proper name says whom they play or work for ("the
  former England defender", "the Chelsea striker").

A wire lede's unnamed subject ("The father of the gunman came ...") describes the person whose
name opens the next paragraph (`people.People`), and a kinship word's "of" belongs to it ("the
father of the gunman" is a father), so "the father said" later finds that person.

A party member ("the California Republican", "the Vermont Democrat", "the Tory") is the latest
person the article described as holding elected office ("Rep. Ed Royce", "Senator Ann Lee") or
with that party; the place before the party names no body of its own here.

A document its author is named with ("a 2018 survey by Ana Reyes of the University of Leeds",
"a study by Dr Tom Baker") speaks for that person: the author stands behind the findings, as
the name stands behind "Ana Reyes's survey". An organisation ("a report by the Congressional
Budget Office") leaves the document the speaker.

A phrase that describes itself is not a reference: "the independent Sage group of science
advisers", "the Senate group" name a body of their own.

Examples::

    Big Hill Records owns the songs. The company says she may play them.   -> Big Hill Records
    Actor Tom Reyes spoke on Monday. "We grieve," the actor said.           -> Tom Reyes
    Jose Marin was appointed. The 56-year-old said: "..."                   -> Jose Marin
    Lee met Rep. Ed Royce. The California Republican said ...              -> Ed Royce
    Ana Ruiz replaces Tom Baker. Baker was sacked. The 48-year-old said: "..." -> Ana Ruiz
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from attrib.attribution.descriptions import described_as
from attrib.attribution.epithets import PARTY_MEMBERS, age_of, demonym, is_epithet
from attrib.attribution.gender import (
    FEMALE_TITLES,
    MALE_TITLES,
    PERSON_TITLES,
    is_known_first_name,
)
from attrib.attribution.pronouns import Candidate
from attrib.extraction.lexicon import (
    DOCUMENT_NOUNS,
    KINSHIP_NOUNS,
    ORGANIZATION_NOUNS,
    PERSON_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from attrib.attribution.names import NameRegistry

_DEFINITE = frozenset({"the", "this", "that"})
# Endings of role nouns ("economist", "politician"); not "-er"/"-or", which as often end a
# thing ("the letter", "the order", "the border").
_PERSON_ENDINGS = ("ist", "ian")
# How far back (in paragraphs) a role noun may reach a person it does not describe, and how far
# any reference may reach at all.
_NEAR_PARAGRAPHS = 3
_FAR_PARAGRAPHS = 12
# Nouns that find only a person the article described with them: "the father" may not be the
# last person named (the son may be), nor "the president" (a bank's president may be).
_DESCRIBED_ONLY = KINSHIP_NOUNS | PERSON_TITLES
# Titles of elected office (and "lawmaker") that make someone a party member a reference means.
_ELECTED = frozenset(
    {"rep", "representative", "sen", "senator", "congressman", "congresswoman"}
    | {"congressmember", "gov", "governor", "assemblyman", "assemblywoman", "legislator"}
    | {"lawmaker", "mp", "mayor", "delegate", "del"}
)
# How many earlier candidates one reference looks at (keeps each lookup constant-time).
_LOOKBACK = 400


def reference_kind(head: Token) -> str | None:
    """ "organization" or "person" when ``head`` heads a definite reference, else None."""
    age = age_of(head)
    if head.lower_ in PARTY_MEMBERS and head.tag_ in {"NN", "NNP"} and _is_definite(head):
        return "person"  # "the California Republican": a place does not make it a body
    if demonym(head) and _is_definite(head):
        return "person"  # "the Spaniard added": one person by nationality
    if age is None and (head.pos_ != "NOUN" or head.tag_ != "NN"):
        return None
    if not _is_definite(head) or _describes_itself(head):
        return None
    lemma = head.lemma_.lower()
    if lemma in ORGANIZATION_NOUNS:
        return "organization"
    if (
        age
        or lemma in PERSON_NOUNS
        or lemma in PERSON_TITLES
        or (lemma.endswith(_PERSON_ENDINGS) and len(lemma) > 5)
    ) and lemma not in DOCUMENT_NOUNS:
        return "person"
    return None


def document_author(head: Token) -> Token | None:
    """The person a document noun is "by" ("a 2018 survey by Ana Reyes"): the head of the
    name, when it names a person (the model's PERSON, or a known first name before it)."""
    if head.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    for child in head.rights:
        if child.dep_ != "prep" or child.lower_ != "by":
            continue
        name = next((c for c in child.children if c.dep_ == "pobj"), None)
        if name is None or name.pos_ != "PROPN":
            return None
        first = name.left_edge
        while first.i < name.i and (first.pos_ != "PROPN" or _is_title_word(first)):
            first = first.doc[first.i + 1]
        if name.ent_type_ == "PERSON" or (first.i < name.i and is_known_first_name(first.text)):
            return name
        return None
    return None


def _is_title_word(token: Token) -> bool:
    return token.lower_.rstrip(".") in PERSON_TITLES or token.lower_.rstrip(".") in {"dr", "prof"}


def _is_definite(head: Token) -> bool:
    for child in head.children:
        if child.i > head.i:
            break
        if child.dep_ == "det" and child.lower_ in _DEFINITE:
            return True
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return True
    # "the 54-year-old added": the parser may hang the article on the verb, not on the age.
    first = head.left_edge
    return first.i > 0 and age_of(head) is not None and head.doc[first.i - 1].lower_ in _DEFINITE


def _describes_itself(head: Token) -> bool:
    """A phrase with its own proper name or an "of" phrase names a body of its own; a person
    noun's proper name says whom they play or work for ("the former England defender")."""
    person = head.lemma_.lower() in PERSON_NOUNS
    for child in head.children:
        if (
            child.i < head.i
            and child.pos_ == "PROPN"
            and child.dep_ in {"compound", "amod"}
            and not person
        ):
            return True
        if child.i > head.i and child.dep_ == "prep" and child.lower_ == "of":
            return True
    return False


def antecedent(
    head: Token,
    kind: str,
    position: int,
    paragraph: int,
    candidates: list[Candidate],
    registry: NameRegistry,
) -> Candidate | None:
    """The organisation or person a definite reference at ``position`` stands for."""
    index = bisect.bisect_left(candidates, position, key=lambda c: c.position)
    lemma = head.lemma_.lower()
    age = age_of(head)
    gender = "m" if lemma in MALE_TITLES else "f" if lemma in FEMALE_TITLES else None
    nearest: Candidate | None = None
    latest: Candidate | None = None  # the organisation named last
    for candidate in reversed(candidates[max(0, index - _LOOKBACK) : index]):
        distance = paragraph - candidate.paragraph
        if distance > _FAR_PARAGRAPHS:
            break
        if candidate.kind != kind or candidate.plural:
            continue
        if kind == "organization":
            # "Big Machine says she may play them at the American Music Awards. ... But the
            # company says ...": the body that spoke or acted, not one named in passing since.
            latest = latest or candidate
            if candidate.is_speaker or candidate.subject or distance > _NEAR_PARAGRAPHS:
                return latest if distance > _NEAR_PARAGRAPHS else candidate
            continue
        if gender is not None and candidate.gender not in {None, gender}:
            continue
        entity = registry.get(candidate.name)
        if entity is not None and described_as(age or lemma, entity.description or ""):
            return candidate
        if entity is not None and head.lower_ in PARTY_MEMBERS and _elected(entity.description):
            return candidate
        if (
            nearest is None
            and distance <= _NEAR_PARAGRAPHS
            and lemma not in _DESCRIBED_ONLY
            and (candidate.is_speaker or candidate.subject)
        ):
            nearest = candidate
    if (
        nearest is not None
        and not nearest.is_speaker
        and nearest.paragraph != paragraph  # "Marin was mobbed. '...,' the 29-year-old said."
        and is_epithet(head, age)
    ):
        lead = _lead(candidates, index, kind)
        if lead is not None and paragraph - lead.paragraph <= _FAR_PARAGRAPHS:
            return lead
    return latest if kind == "organization" else nearest


def _elected(description: str | None) -> bool:
    """Whether a description holds a title of elected office ("Rep.", "Senator")."""
    return any(w.strip(".,()").lower() in _ELECTED for w in (description or "").split())


def _lead(candidates: list[Candidate], end: int, kind: str) -> Candidate | None:
    """The article's first subject of ``kind``: whom the story is about."""
    for candidate in candidates[: min(end, _LOOKBACK)]:
        if candidate.kind == kind and candidate.subject and not candidate.plural:
            return candidate
    return None
