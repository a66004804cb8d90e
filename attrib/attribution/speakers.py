"""Describe the noun phrase that names a speaker: its name, the article's description, its kind.

Examples::

    Iran expert Beni Sabti          -> name "Beni Sabti", description "Iran expert", person
    Dermer, a close Netanyahu confidant -> name "Dermer", description "a close Netanyahu confidant"
    a senior official who spoke on condition of anonymity
        -> name "a senior official", description "who spoke ...", anonymous
    many experts                    -> group;   the report -> document;   the Post -> outlet
    he                              -> pronoun "he", resolved later (`pronouns`)

Proper names are described by `proper_names` (titles, where the name starts, person or
organisation); what a description says by `descriptions`. The result is a `Mention`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from attrib.attribution.bodies import name_tail
from attrib.attribution.descriptions import self_named, tidy_description
from attrib.attribution.gender import PERSON_TITLES
from attrib.attribution.mention import Mention, phrase_text
from attrib.attribution.proper_names import describe_name
from attrib.extraction.lexicon import (
    ANONYMOUS_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ONE_PERSON_DETERMINERS,
    ORGANIZATION_NOUNS,
    PERSON_NOUNS,
    PRONOUNS_FEMALE,
    PRONOUNS_MALE,
    PRONOUNS_NEUTER,
    PRONOUNS_PLURAL,
    SPEAKING_SUFFIXES,
    VAGUE_QUANTIFIERS,
)
from attrib.model import SpeakerKind

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Mention", "describe", "tidy_description"]

# Post-modifiers that describe a speaker ("a source close to the campaign", "who spoke ...").
_DESCRIBING_DEPS = frozenset({"appos", "relcl", "acl", "prep", "amod"})

_POSSESSIVES = {"his": "he", "her": "she", "its": "it", "their": "they"}


def describe(head: Token, exclude: Token | None = None) -> Mention:
    """Describe the speaker noun phrase headed by ``head``; ``exclude`` is the cue (not in it)."""
    # A possessive names its owner as the pronoun does: "his claim that ..." is "he" claiming.
    lower = _POSSESSIVES.get(head.lower_, head.lower_) if head.dep_ == "poss" else head.lower_
    doc = head.doc
    if (
        head.pos_ == "PRON"
        and lower in PRONOUNS_MALE | PRONOUNS_FEMALE | PRONOUNS_PLURAL | PRONOUNS_NEUTER
    ):
        gender = "m" if lower in PRONOUNS_MALE else "f" if lower in PRONOUNS_FEMALE else None
        end = head.idx + len(head.text)
        return Mention(
            head.idx,
            end,
            head.text,
            None,
            "unknown",
            gender,
            lower in PRONOUNS_PLURAL,
            lower,
            phrase_start=head.idx,
            phrase_end=end,
        )
    left = [t for t in doc[head.left_edge.i : head.i + 1]]
    # A mention starts in its own paragraph (the parser sometimes hangs a transcript label on
    # the paragraph before: "And then?\n\nMOSS").
    breaks = [n for n, t in enumerate(left) if "\n" in t.text]
    if breaks:
        left = left[breaks[-1] + 1 :]
    # Nor does it start with whitespace: a text's leading spaces, or markup a reader blanked
    # (front matter, tags), are tokens of their own that the parse may hang on the phrase.
    left = left[next((n for n, t in enumerate(left) if not t.is_space), len(left)) :]
    post: list[Token] = []
    conj: list[Token] = []
    tail = name_tail(head)
    for child in head.rights:
        if exclude is not None and child.left_edge.i <= exclude.i <= child.right_edge.i:
            break
        if tail and child.i == tail[0].i:
            continue  # "of Justice" is part of the name "Department of Justice"
        if head.pos_ != "PROPN" and child.dep_ in {"cc", "conj"} and not post:
            conj.extend(doc[child.left_edge.i : child.right_edge.i + 1])
        elif child.dep_ in _DESCRIBING_DEPS or child.dep_ == "punct":
            post.extend(doc[child.left_edge.i : child.right_edge.i + 1])
        else:
            break
    # A description ends with its paragraph (the parser sometimes runs an apposition on).
    # So does a colon: what follows it is the speaker's words ("Said Reed: ...").
    cut = next((n for n, t in enumerate(post) if "\n" in t.text or t.text == ":"), None)
    if cut is not None:
        post = post[:cut]
    while post and post[-1].is_punct:
        post.pop()
    description_after = phrase_text(post).strip(" ,") or None
    last = max([head, *post, *conj], key=lambda t: t.i)
    phrase_end = last.idx + len(last.text)
    unnamed = _unnamed_by_title(head, left)
    if head.pos_ == "PROPN" and not _source_noun_as_name(head, left) and not unnamed:
        mention = describe_name(head, left, description_after)
        if tail:
            end = tail[-1].idx + len(tail[-1].text)
            name = f"{mention.name} {phrase_text(tail)}"
            mention = replace(mention, name=name, end=end, kind="organization", gender=None)
    else:
        mention = _describe_common(head, left + conj, description_after)
        if unnamed:
            mention = replace(mention, kind="anonymous")  # one unnamed person
    mention = _with_team(self_named(mention), head)
    return replace(
        mention,
        description=tidy_description(mention.description),
        phrase_start=head.left_edge.idx,
        phrase_end=phrase_end,
        proper=head.pos_ == "PROPN" and not unnamed,
    )


# Those who work with a named person: "Lee and her team wrote" is a group, not Lee alone.
_TEAM_NOUNS = frozenset(
    {"team", "colleagues", "collaborators", "co-authors", "coauthors", "researchers", "staff"}
)


def _with_team(mention: Mention, head: Token) -> Mention:
    """ "Paganini and his team wrote ...": a name joined by "and" to the people working with
    them speaks as one group, "Paganini and his team"."""
    if head.pos_ != "PROPN":
        return mention
    for conj in head.rights:
        owner = next((c for c in conj.children if c.dep_ == "poss"), None)
        if (
            conj.dep_ == "conj"
            and conj.lower_ in _TEAM_NOUNS
            and owner is not None
            and owner.lower_ in {"his", "her", "their"}
        ):
            end = conj.idx + len(conj.text)
            name = f"{mention.name} {head.doc[head.i + 1 : conj.i + 1].text}"
            return replace(mention, end=end, name=name, kind="group", plural=True)
    return mention


def _source_noun_as_name(head: Token, left: list[Token]) -> bool:
    """A source noun alone at the start of a sentence that the parser tagged as a name:
    "Stats show that ...", "Critics say ..."."""
    lower = head.lower_
    singular = lower[:-1] if lower.endswith("s") else lower
    nouns = GROUP_NOUNS | DOCUMENT_NOUNS | ANONYMOUS_NOUNS
    return len(left) == 1 and bool(head.is_sent_start) and (lower in nouns or singular in nouns)


def _unnamed_by_title(head: Token, left: list[Token]) -> bool:
    """A title the tagger took for a name, after "one" or "a": "one bank CEO told me" is an
    unnamed person described by a title, not someone named "CEO"."""
    return (
        bool(left)
        and left[0].lower_ in ONE_PERSON_DETERMINERS
        and head.text[:1].isupper()  # a lower-case role noun is a noun already
        and head.lower_.rstrip(".") in PERSON_TITLES
        and all(t.pos_ != "PROPN" or t.lower_.rstrip(".") in PERSON_TITLES for t in left[1:])
    )


def _people(head: Token) -> bool:
    """Whether a plural common noun names people ("protesters"), not a surname the parser took
    for one ("Scissors, who consults ..." after "Derek Scissors")."""
    lemma = head.lemma_.lower()
    if not (lemma in PERSON_NOUNS or lemma.endswith(SPEAKING_SUFFIXES)):
        return False
    if head.text[:1].islower():
        return True
    surname = re.compile(rf"\b[A-Z][\w'’.-]* {re.escape(head.text)}\b")
    return surname.search(head.doc.text) is None


def _collective_of_people(head: Token) -> bool:
    """ "a group of science advisers", "a team of researchers": the people, not a body that
    speaks as such (unlike "the ministry of defence")."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(o.dep_ == "pobj" and o.tag_ in {"NNS", "NNPS"} for o in child.children)
        for child in head.children
    )


# What makes "people" insiders rather than the public: "people familiar with the matter",
# "people close to the minister", "people briefed on the talks", "who asked not to be named".
_INSIDERS = re.compile(
    r"\b(?:familiar|close|briefed|knowledge|involved|aware|privy|inside|within|who\s+(?:asked|"
    r"spoke|requested|declined|insisted|were|was|are|is|did|do)|not\s+authori[sz]ed|"
    r"condition|anonymity)\b",
    re.IGNORECASE,
)


def _the_public(head: Token, core: list[Token], after: str | None) -> bool:
    """ "People said ...", "people across the nation", "people in the town say": the public,
    a vague collective, not insiders kept anonymous ("people familiar with the matter", "two
    people briefed on the talks" stay anonymous)."""
    if head.lower_ != "people" or any(t.like_num for t in core):
        return False
    return _INSIDERS.search(after or "") is None


def _describe_common(head: Token, left: list[Token], after: str | None) -> Mention:
    lemma = head.lemma_.lower()
    plural = head.tag_ in {"NNS", "NNPS"} or head.lower_ in VAGUE_QUANTIFIERS
    core = left
    name = phrase_text(core)
    start = core[0].idx if core else head.idx
    end = core[-1].idx + len(core[-1].text) if core else head.idx + len(head.text)
    first = core[0].lower_ if core else ""
    definite = first in {"the", "this", "that", "its", "their"}
    kind: SpeakerKind
    if lemma in DOCUMENT_NOUNS and not plural:
        kind = "document"
    elif (
        lemma in ANONYMOUS_NOUNS
        and not (plural and first in VAGUE_QUANTIFIERS)
        and not _the_public(head, core, after)
    ):
        # "a senior official", "officials", "two officials": unnamed people. A quantified
        # plural ("many officials", "some aides") is a vague collective: group, below.
        kind = "anonymous"
    elif (
        lemma in GROUP_NOUNS
        or lemma in DOCUMENT_NOUNS
        or head.lower_ in VAGUE_QUANTIFIERS
        or head.ent_type_ == "NORP"
        or (plural and first in VAGUE_QUANTIFIERS)
    ):
        kind = "group"
    elif head.ent_type_ in {"ORG", "GPE"} or (
        lemma in ORGANIZATION_NOUNS
        and (not plural or head.lower_ == "police")
        and first not in {"a", "an", "one", "another"}
        and not _collective_of_people(head)
    ):
        # "The police said", "the ministry said": a body speaking as such (when the article
        # named none before for it to mean); "police" is one with a plural verb. Plural ones
        # ("banks say") are several, and "a team led by ..." is some people: left as they are.
        kind = "organization"
    elif plural and not definite and _people(head):
        # "Protesters believe", "executives across the world say": unnamed people as a body.
        kind = "group"
    else:
        kind = "unknown"
    return Mention(
        start, end, name, after, kind, None, plural, None, definite and kind == "document"
    )
