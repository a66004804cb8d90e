"""The people and organisations an article names, as attribution meets them.

One `People` per document, filled chunk by chunk before the chunk's statements are attributed:

- the name registry (`names.NameRegistry`): full names, so that "Sabti" becomes "Beni Sabti";
  untagged multi-word subject names ("Seddique Mir Mateen" when the model misses it); people
  named only with a title or honorific ("President Grant", "Mr. Grant"); first names listed
  before a shared surname ("Lucy, Emma and Kate Morgan"), and a first name alone that opens
  its sentence as the main subject ("Lucy handles the money"), as features name people;
- the candidates pronouns and definite references reach (`pronouns.Candidate`): every person
  named, marked when named as a subject; speakers are added as attribution finds them;
- organisations, apart, for "the company" and the like (the small model's ORG spans are noisy).

After the last chunk, `named_by_description` gives a speaker the article only described the
name it gives elsewhere to someone described in the very same words.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING

from attrib.attribution.entities import (
    is_salient,
    lede_description,
    lone_names,
    organisation_names,
    person_names,
    place_names,
    shared_surnames,
    titled_surnames,
    untagged_subject_names,
)
from attrib.attribution.gender import PERSON_TITLES, first_name_gender, is_known_first_name
from attrib.attribution.mention import Mention
from attrib.attribution.names import Entity, NameRegistry, fold
from attrib.attribution.pronouns import Candidate
from attrib.attribution.speakers import describe
from attrib.model import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from attrib.attribution.outlet_mentions import OutletIndex
    from attrib.layout import Layout


def by_position(candidate: Candidate) -> int:
    return candidate.position


class People:
    """Names, pronoun candidates and organisations of one document, most recent last."""

    def __init__(self) -> None:
        self.registry = NameRegistry()
        self.candidates: list[Candidate] = []
        # Each name's gender as the article last showed it, for pronouns (`pronouns.resolve`).
        self.genders: dict[str, str] = {}
        self.organisations: list[Candidate] = []
        # Names the article uses as places ("in Sri Lanka"), case-folded: a body where they
        # speak, whatever the model tags them there.
        self.places: set[str] = set()

    def seed(self, doc: Doc, base: int, layout: Layout, outlets: OutletIndex) -> None:
        """Record what one parsed chunk starting at character ``base`` names."""
        self.places |= place_names(doc)
        self._seed_people(doc, base, layout)
        if base == 0:
            self._seed_lede(doc, layout)
        self._seed_organisations(doc, base, layout, outlets)

    def is_place(self, mention: Mention) -> bool:
        """Whether a name with nothing that marks a person (a title, a first name, a gender)
        is one the article uses as a place: "Sri Lanka said" is the country's government."""
        return (
            mention.proper
            and mention.gender is None
            and not mention.description
            and fold(mention.name) in self.places
            and not is_known_first_name(mention.name.split()[0])
        )

    def remember(self, candidate: Candidate) -> None:
        """A speaker attribution has found: the likeliest referent of a pronoun after it."""
        self._add(candidate)

    def named_by_description(self) -> Callable[[Speaker | None], Speaker | None]:
        """A function that names a speaker given only as a description, when the article
        uses those very words for a person it names (see `_named`)."""
        described = self.registry.named_by_description()
        return lambda speaker: _named(speaker, described)

    def _seed_lede(self, doc: Doc, layout: Layout) -> None:
        """A wire lede's unnamed subject describes the person the next paragraph opens with:
        "The father of the gunman came ..." / "Seddique Mateen maintained ...": later "the
        father" is Mateen."""
        found = lede_description(doc, layout)
        if found is None:
            return
        phrase, token = found
        mention = describe(token)
        entity = self.registry.resolve(mention.name, token.idx)
        if entity is None:
            # A full name the model did not tag: the lede says it is a person's.
            if " " not in mention.name:
                return
            self.registry.add(mention.name, "person", phrase, mention.gender, token.idx)
            self._mention(mention.name, mention.gender, token.idx, layout, True)
        elif entity.kind in {"person", "unknown"} and entity.description is None:
            self.registry.add(entity.name, "person", phrase, entity.gender, token.idx)

    def _seed_people(self, doc: Doc, base: int, layout: Layout) -> None:
        """People the article names: full names, so that "Sabti" can become "Beni Sabti", and
        every person named as a subject, whom a following "he" or "she" may mean."""
        people = person_names(doc)
        for ent in people:
            mention = describe(ent.root)
            if " " not in mention.name or mention.kind == "organization" or self.is_place(mention):
                continue
            position = base + mention.start
            salient = is_salient(ent.root)
            self.registry.add(
                mention.name,
                "person",
                mention.description,
                mention.gender,
                position,
                salient=salient,
            )
            self._mention(mention.name, mention.gender, position, layout, salient)
        for first, name in shared_surnames(people):
            # "Lucy, Emma and Kate Morgan": "Lucy" later is Lucy Morgan.
            position = base + first.idx
            gender = first_name_gender(first.text)
            salient = is_salient(first)
            self.registry.add(name, "person", None, gender, position, salient=salient)
            self._mention(name, gender, position, layout, salient)
        for span in untagged_subject_names(doc):
            # A person only if it opens with a first name; else its kind is left open.
            mention = describe(span.root)
            if " " not in mention.name or self.registry.get(mention.name) is not None:
                continue
            # "Substitute Diego Marin": the name proper may start after a word that describes it.
            person = is_known_first_name(mention.name.split()[0])
            position = base + mention.start
            self.registry.add(
                mention.name, "person" if person else "unknown", None, None, position, salient=True
            )
            if person:
                self._mention(mention.name, None, position, layout, True)
        for ent in titled_surnames(doc):
            # "President Grant", "Mr. Grant": the article may never give a first name, and
            # "Grant", "he" and "the president" still mean him.
            mention = describe(ent.root)
            position = base + mention.start
            if (
                " " in mention.name
                or mention.kind != "person"
                or not (mention.gender or _titled(mention.description))
                or self.registry.resolve(mention.name, position) is not None
            ):
                continue
            salient = is_salient(ent.root)
            self.registry.add(
                mention.name,
                "person",
                mention.description if _titled(mention.description) else None,
                mention.gender,
                position,
                salient=salient,
            )
            self._mention(mention.name, mention.gender, position, layout, salient)
        for token in lone_names(doc):
            if layout.quote_at(base + token.idx) is not None:
                continue  # a name in someone's words is not the article's new topic
            position = base + token.idx
            entity = self.registry.resolve(token.text, position)
            if entity is not None and entity.kind == "person":
                self._mention(entity.name, entity.gender, position, layout, is_salient(token))
            elif entity is None and _first_name_topic(token):
                # "Lucy handles the money": someone a feature names by first name only.
                gender = first_name_gender(token.text)
                self.registry.add(token.text, "person", None, gender, position, salient=True)
                self._mention(token.text, gender, position, layout, True)

    def _mention(
        self, name: str, gender: str | None, position: int, layout: Layout, subject: bool
    ) -> None:
        candidate = Candidate(
            name, "person", gender, False, position, layout.paragraph_of(position), False, subject
        )
        self._add(candidate)

    def _add(self, candidate: Candidate) -> None:
        bisect.insort(self.candidates, candidate, key=by_position)
        if candidate.gender is not None:
            self.genders[candidate.name] = candidate.gender

    def _seed_organisations(
        self, doc: Doc, base: int, layout: Layout, outlets: OutletIndex
    ) -> None:
        """Organisations the article names, so that "the company" can find them. Kept apart
        from the speakers and people that pronouns reach: the small model's ORG spans are
        noisy, and only a definite reference uses them."""
        for name, start in organisation_names(doc, outlets):
            position = base + start
            bisect.insort(
                self.organisations,
                key=by_position,
                x=Candidate(
                    name,
                    "organization",
                    None,
                    False,
                    position,
                    layout.paragraph_of(position),
                    False,
                ),
            )


def _named(speaker: Speaker | None, described: dict[str, Entity]) -> Speaker | None:
    """A speaker the article gives only as a description that it uses, word for word, for a
    person it names elsewhere: "China's ambassador to Britain accused ..." and, later,
    "China's ambassador to Britain Liu Xiaming has said ..." are one person."""
    if speaker is None or speaker.kind != "unknown" or not described:
        return speaker
    phrase = " ".join(p for p in (speaker.name, speaker.description) if p)
    entity = described.get(fold(phrase))
    if entity is None:
        return speaker
    return Speaker(entity.name, "person", entity.description, speaker.mention)


def _titled(description: str | None) -> bool:
    """Whether a description is a title ("President", "Prime Minister"), not a phrase."""
    return bool(description) and all(
        w.lower() in PERSON_TITLES for w in (description or "").split()
    )


def _first_name_topic(token: Token) -> bool:
    """A known first name alone that opens its sentence as the main clause's subject ("Lucy,
    the eldest, handles the money"), not one in a clause about someone else ("... announced
    that Kimberly was expecting")."""
    return (
        bool(token.is_sent_start)
        and token.head.dep_ == "ROOT"
        and token.ent_type_ in {"", "PERSON"}
        and is_known_first_name(token.text)
    )
