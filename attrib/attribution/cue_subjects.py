"""What a cue's subject and verb tell about its speaker.

- Verbs of knowing need someone who can know: "the situation indicates that ..." is nobody's
  statement, "the inspectors found that ..." is the inspectors'.
- A one-word proper subject with a plural present verb is a body of people (British usage for an
  organisation): "Big Hill have denied ...", never "Lee have said".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.extraction.lexicon import (
    CLAUSAL_ONLY_VERBS,
    PERSON_NOUNS,
    SPEAKING_NOUNS,
    SPEECH_VERBS,
)
from attrib.extraction.subjects import can_speak
from attrib.model import Speaker

if TYPE_CHECKING:
    from attrib.extraction.statements import Draft

_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you"})


def unlikely_believer(draft: Draft, speaker: Speaker | None) -> bool:
    """ "the situation indicates that ...": verbs of knowing need someone who can know; people
    named by a noun ("the inspectors found that ...") can, though no earlier mention resolves
    them. A singular noun's ending alone does not make it a person ("the weather indicates")."""
    if draft.cue_token is None or speaker is None:
        return False
    subject = draft.subject
    if (
        subject is not None
        and subject.pos_ == "NOUN"
        and (
            subject.lemma_.lower() in SPEAKING_NOUNS | PERSON_NOUNS
            or (subject.tag_ == "NNS" and can_speak(subject))
        )
    ):
        return False
    lemma = draft.cue_token.lemma_.lower()
    return (
        lemma in CLAUSAL_ONLY_VERBS
        and lemma not in SPEECH_VERBS
        and speaker.kind == "unknown"
        and (speaker.mention is None or speaker.mention.text.lower() not in _PRONOUNS)
    )


def plural_agreement(draft: Draft) -> bool:
    """Whether a one-word proper subject takes a plural present verb ("Acme have said", "Acme
    say"): British usage for an organisation, never for a person."""
    subject, verb = draft.subject, draft.cue_token
    if subject is None or verb is None or subject.tag_ != "NNP" or subject.dep_ != "nsubj":
        return False
    if subject.ent_type_ == "PERSON":
        return False
    if any(c.dep_ in {"conj", "cc"} for c in subject.children):
        return False  # "Lee and Park say": two people
    words = [verb, *(c for c in verb.children if c.dep_ == "aux")]
    return any(w.tag_ == "VBP" and w.i > subject.i for w in words)
