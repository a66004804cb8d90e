"""Read who said it: the speaker a cue's dependency neighbourhood names.

Pure functions of a spaCy ``Token``, like `clauses` (what was said). Examples (subject in
braces)::

    {Smith} said that taxes will rise.           nsubj
    "Taxes will rise," said {Ann Lee}.           inverted subject
    It was announced by {the ministry}.          passive by-agent
    {Smith} smiled and said ...                  inherited through "and"
    {A report} claiming that taxes rose          participle on a noun: the noun speaks
    an {expert} who said taxes rise              relative pronoun: the noun it stands for
    It is said that taxes will rise.             agentless passive: a hedge, no subject
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from attrib.attribution.gender import is_known_first_name
from attrib.extraction.clauses import SUBJECT_DEPS
from attrib.extraction.lexicon import (
    HEDGE_PASSIVES,
    PERSON_NOUNS,
    RELATIVE_PRONOUNS,
    SPEAKING_NOUNS,
    SPEAKING_SUFFIXES,
)
from attrib.extraction.spans import across_paragraphs

if TYPE_CHECKING:
    from spacy.tokens import Token

# "29-year-old" (the tokenizer splits it at the hyphens).
_AGE = re.compile(r"\b\d+-years?-old$")
# Relations through which a verb without a subject of its own inherits its head's subject:
# "Smith smiled and said ...", "Smith went on to say ...", "..., Smith said, adding that ...".
INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl"})


def subject_of(verb: Token) -> Token | None:
    """Head token of who said it, or None (agentless passive, or nothing found)."""
    return speaker_tokens(verb)[0]


def speaker_tokens(verb: Token) -> tuple[Token | None, Token | None]:
    """Who said it and, when a relative pronoun stands for them, that pronoun.

    "an expert who said taxes rise" -> (expert, who): the statement names its speaker with
    "who", and "an expert" is whom it stands for.
    """
    # A subject in another paragraph is the parser running a dateline or heading into the
    # sentence ("The Latest on the race: / 7 p.m. / Trump is questioning ...").
    subjects = [
        c for c in verb.children if c.dep_ in SUBJECT_DEPS and not across_paragraphs(c, verb)
    ] or _inverted_object(verb)
    # "many of whom, he suggested, desire ...": the parser may hang both on the cue; the nearest
    # one is the cue's own. A subject before the verb beats one after it, which is then most
    # likely its object misparsed ("The letter warns Mr Reed: ...").
    # A word of a quotation before the verb is no subject of it ('"...," said Ann Lee').
    before = [
        c for c in subjects if c.i < verb.i and not any(t.is_quote for t in verb.doc[c.i : verb.i])
    ] or subjects
    subject = min(before, key=lambda c: abs(c.i - verb.i)) if before else None
    if subject is not None and subject.dep_ == "nsubjpass":
        return passive_agent(verb), None
    if subject is not None:
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head, subject
        name = _apposed_name(subject) or _closing_name(subject, verb)
        # "With 50 days until the election, Ann Lee, an adviser, called ...": the parser took
        # the noun before an apposed name for the subject; the name speaks. So does the name
        # apposed to a description ("The label that owns her songs, Big Hill, says ...",
        # "Another envoy, former ambassador to Peru Kurt Vollmer, said ..."), and a name
        # that runs up to the verb with no comma closing an apposition ("To understand the
        # real Dred Scott, Justice Roberts said, ...").
        if name is not None and (
            subject.pos_ == "NOUN"
            or _participle_as_noun(subject)
            or (name.right_edge.i == verb.i - 1 and not name.right_edge.is_punct)
        ):
            return name, None
        return subject, None
    agent = passive_agent(verb)
    if agent is not None:
        return agent, None
    age = _age_before(verb)
    if age is not None:
        return age, None
    head = verb.head
    if head is verb:
        return None, None
    if (
        verb.dep_ == "acl"
        and head.pos_ == "PROPN"
        and head.dep_ == "pobj"
        and head.head.head.pos_ == "VERB"
        and verb.i == head.i + 1
    ):
        # "Swift posted on Twitter accusing the label ...": a participle right after the place
        # a verb's prepositional phrase names is that verb's subject's doing.
        return _inherited(head.head.head)
    if (
        verb.dep_ in {"acl", "relcl"}
        and head.pos_ in {"NOUN", "PROPN", "PRON"}
        and not across_paragraphs(head, verb)
    ):
        # "a report claiming ...": the noun speaks; but "softer language calling for ..." is
        # the wording of whoever put it there, the subject of the verb the noun hangs on.
        if head.pos_ == "NOUN" and not can_speak(head):
            governor = _governing_verb(head)
            if governor is not None:
                found = speaker_tokens(governor)
                if found[0] is not None:
                    return found
        return head, None
    if verb.dep_ in INHERIT_DEPS and head.pos_ in {"VERB", "AUX"}:
        return _inherited(head)
    # "will be unable to turn the crowd and accuse ...": through the adjective to its verb.
    if verb.dep_ in INHERIT_DEPS and head.pos_ == "ADJ" and head.head.pos_ in {"VERB", "AUX"}:
        return _inherited(head.head)
    # "began by saying ...", "stopped short of calling ...", "aside from saying ...": the
    # participle after a preposition has the subject of the verb the preposition hangs on.
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        governor = head.head
        if governor.pos_ in {"ADV", "ADJ"} and governor.head is not governor:
            governor = governor.head
        if governor.pos_ in {"VERB", "AUX"}:
            return _inherited(governor)
    # "Said Smith: ..." misparsed as a compound of the name.
    if verb.dep_ == "compound" and head.pos_ == "PROPN" and head.i > verb.i:
        return head, None
    return None, None


def _age_before(verb: Token) -> Token | None:
    """ "..., the 29-year-old said.": an age epithet right before the cue, which the parser
    hung on the verb as an adjective ("old", amod), is its subject."""
    if verb.i == 0:
        return None
    old = verb.doc[verb.i - 1]
    if old.lower_ != "old" or old.head.i != verb.i or old.dep_ not in {"amod", "advmod", "dep"}:
        return None
    return old if _AGE.search(verb.doc[max(0, old.i - 4) : old.i + 1].text) else None


def _inverted_object(verb: Token) -> list[Token]:
    """The speaker of an inverted cue the parser took for its object: in "Sondland was known
    for it, said another witness, Fiona Hill" the clause before the verb is what was said and
    the noun after it, tagged ``dobj``, says it."""
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return []
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in {",", "”", "’", '"', "'"}:
        return []
    return [c for c in verb.rights if c.dep_ == "dobj" and c.i <= verb.i + 3][:1]


def _apposed_name(subject: Token) -> Token | None:
    """A proper name in apposition to ``subject``: apposed itself ("the label, [Big Hill],"),
    or ending a description that is ("a diplomat, former envoy to Peru Kurt [Vollmer],")."""
    for child in subject.rights:
        if child.dep_ != "appos":
            continue
        if child.pos_ == "PROPN":
            return child
        last = child.right_edge
        while last.is_punct and last.i > child.i:
            last = last.doc[last.i - 1]
        if child.pos_ == "NOUN" and last.pos_ == "PROPN" and _names_person(last):
            return last
    return None


def _participle_as_noun(subject: Token) -> bool:
    """ "The accused, Ravi Kumar, told ...": a participle after "the" names a person."""
    return subject.tag_ == "VBN" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.lefts
    )


def _closing_name(subject: Token, verb: Token) -> Token | None:
    """A name set off by commas that closes the subject's phrase right before the verb, which
    the parser hung on a word inside a relative clause ("The firm that runs the show, Dale
    Hart Productions, denies ...")."""
    doc = verb.doc
    comma = doc[verb.i - 1] if verb.i > 0 else None
    if comma is None or comma.text != "," or subject.pos_ != "NOUN":
        return None
    name = doc[comma.i - 1]
    if name.pos_ != "PROPN" or name.dep_ != "appos" or doc[name.left_edge.i - 1].text != ",":
        return None
    if not subject.i < name.i <= subject.right_edge.i + 1:
        return None
    return name


def _names_person(name: Token) -> bool:
    """A PERSON entity, or a name after a known first name (the model often says ORG)."""
    before = name.doc[name.i - 1] if name.i > 0 else None
    return name.ent_type_ == "PERSON" or (
        before is not None and before.pos_ == "PROPN" and is_known_first_name(before.text)
    )


def _inherited(governor: Token) -> tuple[Token | None, Token | None]:
    """The speaker of a verb that hangs on ``governor`` and has no subject of its own.

    The grammatical subject of the governor does the dependent verb's action even when the
    governor is passive: in "After saying he was tired, Smith was taken home" Smith said it
    (not whoever took him home, and not nobody).
    """
    found = speaker_tokens(governor)
    if found[0] is None:
        passive = next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and not is_hedge_passive(governor):
            return passive, None
    return found


def can_speak(noun: Token) -> bool:
    """Whether a common noun can be a source: a person, a group, a body or a document."""
    lemma = noun.lemma_.lower()
    return (
        lemma in SPEAKING_NOUNS
        # Role nouns for people with no person-noun ending: "the coach", "the actress".
        or lemma in PERSON_NOUNS
        or noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        or lemma.endswith(SPEAKING_SUFFIXES)
    )


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun phrase hangs on, through prepositions and objects (a few steps up)."""
    token = noun
    for _ in range(4):
        if token.dep_ not in {"dobj", "pobj", "prep", "attr", "oprd", "dative", "conj"}:
            return None
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return None


def passive_agent(verb: Token) -> Token | None:
    """The ``by``-agent of a passive cue ("was told by Smith" -> Smith).

    A finite verb in the active voice has none: there an "agent" is the parser's mistake for
    an ordinary "by" phrase ("Mateen called the massacre by his son ...": Mateen calls it).
    """
    if verb.tag_ in {"VBD", "VBZ", "VBP"} and not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "agent" and (agent := object_of(child)) is not None:
            return agent
    return None


def object_of(preposition: Token) -> Token | None:
    """The first object of a preposition: Smith in "by Smith", the Post in "to the Post"."""
    return next((g for g in preposition.children if g.dep_ == "pobj"), None)


def is_hedge_passive(verb: Token) -> bool:
    """ "is said to", "is believed to", "it is understood that": a claim with no source."""
    if verb.lemma_.lower() not in HEDGE_PASSIVES:
        return False
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    return passive and passive_agent(verb) is None
