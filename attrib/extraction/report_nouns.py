"""Statements whose cue is a noun for something said: the noun's "that" clause is what was said.

Newsroom copy often reports through a noun rather than a verb ("in light of his announcement
that ...", "the White House touted estimates that ...", "a Times report that ..."). Who said it
is, in order: the noun's possessor ("his claim"), its "by"/"from" phrase ("a claim by
officials"), a name compounded with it ("a Reuters report", and "Trump claims that ..." when the
parser takes the verb for a plural noun), or the subject of a verb that puts the words forward
("touted estimates", "issued a warning"). Otherwise the statement has no named source ("amid
claims that ...", "rejected claims that ...": someone else's words, not the subject's).

A relative clause is no content: in "the claims that he made" the "that" stands for the claims.

Examples (content in brackets, source in braces)::

    in light of {Van Der Beek}'s announcement [that his wife had miscarried]
    {The White House} has touted estimates [that 2.2 million could die]
    {Trump} claims [that he should be the exception]       (verb tagged as a noun)
    Officials rejected claims [that the dam was unsafe]     (no source)
    [Rents rose], a new {study} reports.                    (verb tagged as a noun)
    The claims that he made were false.                     (no statement)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.extraction.clauses import SUBJECT_DEPS
from attrib.extraction.drafts import Chunk, Draft
from attrib.extraction.lexicon import REACTING_VERBS, SPEECH_VERBS
from attrib.extraction.spans import subtree_range, trim
from attrib.extraction.subjects import speaker_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

# How the parser hangs a content clause on a noun.
_CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl", "advcl", "appos"})


def report_noun_draft(chunk: Chunk, noun: Token) -> Draft | None:
    """The statement of a report noun with a "that" clause right after it, or None."""
    clause = _content_clause(noun)
    if clause is None:
        return _closing_cue(chunk, noun)
    first, last = trim(chunk.doc, *subtree_range(clause))
    if first >= last:
        return None
    speaker, relative = _sayer(noun)
    return Draft(
        chunk.chars(first, last),
        chunk.chars(noun.i, noun.i + 1),
        "verb",
        speaker,
        noun,
        relative=relative,
    )


def _content_clause(noun: Token) -> Token | None:
    """The clause that opens with a complementiser "that" right after the noun (or its "by"
    phrase) and has a subject of its own ("claims [that the dam was unsafe]", "a claim by the
    union [that wages fell]"); not a relative clause, whose "that" is a part of it."""
    after = noun.i + 1
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in {"by", "from"} and child.i == after:
            after = child.right_edge.i + 1
    for clause in noun.rights:
        that = clause.left_edge
        if clause.dep_ not in _CLAUSE_DEPS or that.i != after or that.lower_ != "that":
            continue
        if that.head.i != clause.i:
            continue
        subjects = [c for c in clause.children if c.dep_ in _OWN_SUBJECT and c.i != that.i]
        # The parser may tag a complementiser "that" as the subject when a subject follows it.
        if subjects and that.dep_ in {"mark", "nsubj", "nsubjpass", "advmod"}:
            return clause
    return None


_OWN_SUBJECT = SUBJECT_DEPS | {"expl"}
_PHRASE_DEPS = frozenset({"det", "amod", "compound", "nummod", "poss"})


def _sayer(noun: Token) -> tuple[Token | None, Token | None]:
    """Who said what the noun names, and the relative pronoun that stands for them, if any."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child, None  # "his claim", "the company's announcement"
        if child.dep_ in SUBJECT_DEPS and child.i < noun.i:
            return child, None  # "Trump claims that ...": the parser's noun is the verb
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            source = next((g for g in child.children if g.dep_ == "pobj"), None)
            if source is not None:
                return source, None  # "a claim by officials that ..."
    names = [c for c in noun.lefts if c.dep_ == "compound"]
    if names and (noun.dep_ == "ROOT" or names[-1].pos_ == "PROPN"):
        # "a Reuters report"; a sentence whose root is the noun is a verb the parser took
        # for one: "Trump charges that ..." (even "Trump" tagged as a common noun there).
        return names[-1], None
    governor = _governor(noun)
    if governor is None or governor.lemma_.lower() in REACTING_VERBS:
        return None, None
    # "the White House touted estimates that ...", "Democrats persisted in arguments that".
    return speaker_tokens(governor)


def _governor(noun: Token) -> Token | None:
    """The verb whose object the noun is ("touted estimates"), also through "in", "with" or
    "to" ("persisted in arguments", "came out with claims", "pointed to reports"); an adverbial
    phrase names a circumstance, not what the subject said ("amid claims", "despite warnings")."""
    token = noun
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token  # "carried a personal tone, and an acknowledgment that ..."
    if token.dep_ == "pobj" and token.head.lower_ in _ARGUMENT_PREPOSITIONS:
        token = token.head
    elif token.dep_ != "dobj":
        return None
    governor = token.head
    return governor if governor.pos_ in {"VERB", "AUX"} and governor.i != token.i else None


_ARGUMENT_PREPOSITIONS = frozenset({"in", "with", "to"})


def _closing_cue(chunk: Chunk, noun: Token) -> Draft | None:
    """ "..., a new study reports.": a closing cue whose verb the parser took for a plural noun
    compounded with its subject. It ends the sentence after a comma, and it is a speech verb's
    form ("reports", "claims", "estimates"), so the sentence before the comma is what was said
    and the compounded noun ("study") says it."""
    doc = noun.doc
    after = noun.i + 1
    if noun.tag_ != "NNS" or noun.lower_[:-1] not in SPEECH_VERBS:
        return None
    if after >= len(doc) or doc[after].text not in {".", "!", "?"}:
        return None
    subjects = [c for c in noun.lefts if c.dep_ == "compound"]
    # The noun phrase's own words ("a new study"), not a clause the parser hung on it.
    first = min([c.left_edge.i for c in noun.lefts if c.dep_ in _PHRASE_DEPS], default=noun.i)
    if not subjects or first == 0 or doc[first - 1].text != ",":
        return None
    start, end = trim(doc, noun.sent.start, first - 1)
    if start >= end:
        return None
    return Draft(
        chunk.chars(start, end), chunk.chars(noun.i, noun.i + 1), "verb", subjects[-1], noun
    )
