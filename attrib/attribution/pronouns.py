"""Resolve a pronoun speaker to the nearest compatible earlier speaker or entity.

- he / she: the most recent person of a compatible gender (unknown gender is compatible); an
  earlier speaker within the last two paragraphs wins over a person merely mentioned, because news
  writing keeps the current speaker as the pronoun's referent, unless a person named as a subject
  came after that speaker's words (a new person introduced: "It will be chaired by Kate
  Dalmeny. She said ..."); the speaker of the pronoun's own paragraph goes on speaking, even
  when an earlier candidate is known to agree in gender and this one's gender is unknown;
- they: the most recent group, organisation, anonymous or plural speaker;
- it: the most recent organisation, outlet or document.

Examples::

    "...," Sabti said. He noted ...          -> he = Beni Sabti
    Officials met. They said ...             -> they = Officials
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from attrib.model import SpeakerKind


@dataclass(frozen=True)
class Candidate:
    """Something a pronoun may refer to."""

    name: str
    kind: SpeakerKind
    gender: str | None
    plural: bool
    position: int
    paragraph: int
    is_speaker: bool
    # Named as a clause's subject (or a passive's agent): salient for a following pronoun.
    subject: bool = False


_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_PLURAL_KINDS = frozenset({"group", "organization", "anonymous", "outlet"})
_NEUTER_KINDS = frozenset({"organization", "outlet", "document"})


def compatible(pronoun: str, candidate: Candidate) -> bool:
    # An unnamed person ("a spokesperson for the university") is a "he" or "she" as well.
    person = candidate.kind == "person" or (candidate.kind == "anonymous" and not candidate.plural)
    if pronoun in {"he", "him"}:
        return person and candidate.gender in {None, "m"}
    if pronoun in {"she", "her"}:
        return person and candidate.gender in {None, "f"}
    if pronoun in {"they", "them"}:
        return candidate.plural or candidate.kind in _PLURAL_KINDS
    if pronoun == "it":
        return candidate.kind in _NEUTER_KINDS and not candidate.plural
    return False


# How far back (in paragraphs) a pronoun may look. Bounding it keeps resolution constant-time
# per pronoun however long the article; news prose re-names people long before this.
WINDOW_PARAGRAPHS = 12


def known_genders(candidates: Iterable[Candidate]) -> dict[str, str]:
    """Each name's gender as the candidates last show it (`People` keeps this as it goes)."""
    return {c.name: c.gender for c in candidates if c.gender is not None}


def resolve(
    pronoun: str,
    position: int,
    paragraph: int,
    candidates: list[Candidate],
    genders: Mapping[str, str],
    talked_about: Callable[[int], bool] | None = None,
) -> Candidate | None:
    """Best antecedent before ``position``; ``candidates`` are sorted by position.

    ``talked_about(position)`` says whether a mention there is inside the very words the
    pronoun's verb attributes: whom they name is talked about, not talking (`"Mary Baker is
    passionate about her beliefs," she said` is not Mary Baker's own line), so is no antecedent.

    A name's gender, once the article shows it ("Taylor Swift ... she said"), holds for every
    mention of that name, also one where nothing showed it ("both of whom Taylor Swift ..."):
    ``genders`` maps names to the gender the document shows (`known_genders`).
    """
    index = bisect.bisect_left(candidates, position, key=lambda c: c.position)
    earlier: list[Candidate] = []
    for n in range(index - 1, max(0, index - 400) - 1, -1):
        candidate = candidates[n]
        if paragraph - candidate.paragraph > WINDOW_PARAGRAPHS:
            break
        if talked_about is not None and talked_about(candidate.position):
            continue
        known = genders.get(candidate.name) if candidate.gender is None else None
        if known is not None:
            candidate = replace(candidate, gender=known)
        if compatible(pronoun, candidate):
            earlier.append(candidate)
    if not earlier:
        return None
    speakers = [c for c in earlier if c.is_speaker and paragraph - c.paragraph <= 2]
    # With no recent speaker, the people the recent paragraphs are about (named as subjects, or
    # speakers) come before people named in passing ("... bought by a company owned by
    # Scooter Braun. ... she described this as ..." is not Braun).
    topics = [c for c in earlier if (c.subject or c.is_speaker) and paragraph - c.paragraph <= 3]
    pool = speakers or topics or earlier
    if speakers:
        # A person named as a subject after the last speaker's words is the new topic: "It
        # will be chaired by Kate Dalmeny. She said ..." is Dalmeny, whoever spoke before.
        latest = max(speakers, key=lambda c: c.position)
        pool = [
            c
            for c in earlier
            if c.subject
            and not c.is_speaker
            and c.position > latest.position
            and c.name != latest.name
        ] or speakers
    latest = max(pool, key=lambda c: c.position)
    if latest.is_speaker and latest.paragraph == paragraph:
        # The speaker of this very paragraph goes on speaking: "Zippy Duvall ... said farmers
        # faced hardship. He urged ..." is Duvall, however sure another's gender is.
        return latest
    # A candidate known to agree in gender beats a nearer one whose gender is unknown.
    gender = _GENDER.get(pronoun)
    agreeing = [c for c in pool if gender is not None and c.gender == gender]
    return max(agreeing or pool, key=lambda c: c.position)
