"""Sources a phrase names rather than a subject: "according to X", "citing X", "a speech X
gave".

Pure functions of a spaCy ``Token``, like `clauses` and `subjects`::

    Taxes will rise, according to {Smith}.               the object of "according to"
    according to a speech {Smith} gave                   who gave the speech
    Citing {the Times}, officials cut the forecast.      the cited source of the clause
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.extraction.clauses import SUBJECT_DEPS
from attrib.extraction.lexicon import CLAUSAL_ONLY_VERBS, LABEL_VERBS, SPEECH_VERBS
from attrib.extraction.subjects import can_speak, object_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def according_to_object(according: Token) -> Token | None:
    """The X of "according to X"."""
    for to in according.children:
        if to.lower_ == "to" and (source := object_of(to)) is not None:
            return source
    nxt = according.nbor(1) if according.i + 1 < len(according.doc) else None
    if nxt is not None and nxt.lower_ == "to":
        return object_of(nxt) or _last_noun(nxt)
    for to in according.children:
        if to.lower_ == "to":
            return _last_noun(to)
    return None


def _last_noun(to: Token) -> Token | None:
    """The source the parser read as a verb phrase: "according to show insiders" ("show"
    taken for a verb, "insiders" for its object): the last noun before the phrase ends."""
    nouns = [
        t
        for t in to.doc[to.i + 1 : source_end(to)]
        if t.pos_ in {"NOUN", "PROPN"} and not t.is_punct
    ]
    return nouns[-1] if nouns else None


def source_end(phrase: Token) -> int:
    """Where the phrase naming a source ends (token index, exclusive): at its subtree's end, or
    at a comma the parser ran past ("According to Ana Reyes, the move reeks of fear" with
    "reeks" hung on "Reyes")."""
    end = phrase.right_edge.i + 1
    comma = next((t.i for t in phrase.doc[phrase.i + 1 : end] if t.text == ","), None)
    if comma is None:
        return end
    # A finite verb past the comma outside a relative clause is the sentence's own; an
    # apposition ("Ana Reyes, a spokeswoman who has said ...") still names the source.
    clause = any(
        t.tag_ in _FINITE and t.dep_ not in _DESCRIBING_DEPS for t in phrase.doc[comma:end]
    )
    return comma if clause else end


_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})
_DESCRIBING_DEPS = frozenset({"relcl", "acl", "aux", "auxpass"})


# Spoken occasions: "according to a speech Smith gave" quotes Smith, who gave it.
_OCCASIONS = frozenset({"speech", "remark", "remarks", "interview", "address", "testimony"})


def deliverer(noun: Token) -> Token:
    """Who gave a speech, an interview or remarks the noun names ("a speech [Smith] gave");
    the noun itself otherwise."""
    if noun.lemma_.lower() not in _OCCASIONS and noun.lower_ not in _OCCASIONS:
        return noun
    for clause in noun.rights:
        if clause.dep_ in {"relcl", "acl"}:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON"):
                return subject
    return noun


def cited_source(verb: Token) -> Token | None:
    """ "Citing X, ...": the cited source X (the object of "citing").

    Only a bare participle cites a source for the clause it hangs on: "when Clinton cited the
    remarks" has a subject of its own, and in "Smith called the plan a failure, citing its cost"
    the main verb reports Smith's words (citing is Smith's too).
    """
    if verb.lower_ != "citing" or verb.dep_ not in {"advcl", "xcomp", "conj"}:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if verb.head is not verb and _reports(verb.head) and _speaking_subject(verb.head):
        return None  # "Smith said ..., citing X": Smith's own words
    cited = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # "citing a threat to public health" gives a reason, not a source: only someone or
    # something that can say things ("citing CNN", "citing a report", "citing information
    # from the Times") is one.
    if cited is None or not (
        cited.pos_ in {"PROPN", "PRON"}
        or can_speak(cited)
        or any(g.dep_ == "prep" and g.lower_ in {"from", "by"} for g in cited.children)
    ):
        return None
    return cited


def _speaking_subject(verb: Token) -> bool:
    """Whether a verb's subject can say things: "the situation indicates" has none that can."""
    subject = subject_of(verb)
    if subject is None:
        return True
    return subject.pos_ in {"PROPN", "PRON"} or can_speak(subject)


def _reports(verb: Token) -> bool:
    """Whether a verb is itself a reporting, labelling or knowing cue."""
    lemma = verb.lemma_.lower()
    return lemma in SPEECH_VERBS or lemma in LABEL_VERBS or lemma in CLAUSAL_ONLY_VERBS
