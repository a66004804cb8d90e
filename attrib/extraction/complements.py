"""Complements the parser hangs in the wrong place, found again from where it put them.

The small English model often attaches what a cue reports somewhere else; each function here
recognises one such shape and returns the tokens that are the cue's content after all.

Examples (content in brackets)::

    He insisted at the hearing [that he had done nothing wrong].
        "that" clause taken for a relative clause on "hearing"
    She says [closing the halls is wrong].
        gerund subject taken for the cue's complement, "is" hung on it
    The bank called [the decision on the case a landmark].
        the label taken for an apposition inside the object
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.extraction.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verb tags with tense, and modals: a clause's own verb.
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def complement_after_phrase(verb: Token) -> list[Token]:
    """ "insisted at the hearing [that he had done nothing wrong]": a "that" clause right after
    a prepositional phrase of the verb, which the parser took for a relative clause on the
    phrase's noun. A relative "that" stands for a part of its clause ("the rally that drew
    thousands": nsubj); a complement's "that" only introduces a clause with a subject of its own.
    """
    found: list[Token] = []
    for prep in verb.rights:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for clause in noun.rights:
                that = clause.left_edge
                if (
                    clause.dep_ == "relcl"
                    and that.lower_ == "that"
                    and that.head.i == clause.i
                    and that.dep_ in {"mark", "advmod"}
                    and that.i == noun.i + 1
                    and any(c.dep_ in _OWN_SUBJECT for c in clause.children)
                ):
                    found.append(clause)
    return found


def gerund_clause(xcomp: Token) -> bool:
    """ "says [shutting campuses down and moving learning online is unsustainable]": a clause
    whose subject is a gerund, which the parser took for the verb's gerund complement and hung
    the clause's finite verb on ("continued talking while the band played" has none: "played"
    is an adverbial clause of its own)."""
    if xcomp.tag_ != "VBG" or xcomp.head.lemma_.lower() not in SPEECH_VERBS:
        return False
    return any(c.dep_ in {"conj", "ccomp"} and c.tag_ in FINITE_TAGS for c in xcomp.children)


def ends_with_label(obj: Token) -> bool:
    """ "called [the decision on the steel case] [a landmark judgment]": the label the parser
    hung inside the object as an apposition, with no comma before it ("called Putin, a
    longtime rival," names whom he phoned)."""
    doc = obj.doc
    for token in doc[obj.i + 1 : obj.right_edge.i + 1]:
        first = token.left_edge
        if (
            token.dep_ == "appos"
            and token.right_edge.i == obj.right_edge.i
            and first.lower_ in {"a", "an"}
            and not doc[first.i - 1].is_punct
        ):
            return True
    return False
