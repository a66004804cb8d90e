"""Read what a cue reports: the content clause in its dependency neighbourhood.

Pure functions of a spaCy ``Token``; they work on any parsed ``Doc``, including hand-built ones in
the tests. Spans are token index ranges ``(first, last_exclusive)`` within the Doc. Who said it is
`subjects`; sources named by a phrase ("according to X", "citing X") are `cited_sources`; labels,
appeals and what a verb of judging aloud judges are `labels`; range helpers are `spans`.

Examples (content in brackets)::

    Smith said [that taxes will rise].           ccomp
    "[Taxes will rise]," Smith said.             ccomp inside the quote
    [Taxes], he suggested, [will rise].          parataxis: the clause around the cue
    Smith noted [the silence].                   object of a noting verb
    Smith called [the plan a disaster].          a label and what it labels
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.extraction.complements import FINITE_TAGS, complement_after_phrase, gerund_clause
from attrib.extraction.labels import label_range, object_range, viewed_object
from attrib.extraction.lexicon import (
    ANONYMOUS_NOUNS,
    CLAUSAL_ONLY_VERBS,
    DENIAL_VERBS,
    LABEL_VERBS,
    OBJECT_CONTENT_VERBS,
    PARTICLE_VERBS,
    PERSON_NOUNS,
    RELATIVE_PRONOUNS,
    SPEAKING_SUFFIXES,
    VIEW_OBJECT_VERBS,
    XCOMP_CONTENT_VERBS,
)
from attrib.extraction.spans import TokenRange, across_paragraphs, subtree_range, trim

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLAUSE_DEPS = frozenset({"ccomp"})


def has_particle(verb: Token) -> bool:
    """True unless the verb is a phrasal cue missing its particle ("point" without "out")."""
    particle = PARTICLE_VERBS.get(verb.lemma_.lower())
    if particle is None:
        return True
    return any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)


def clausal_complements(verb: Token) -> list[Token]:
    # A "that" clause the parser hung on as an adverbial ("tweeted in the morning that ...") is
    # still the complement.
    own = [
        c
        for c in verb.children
        if c.dep_ in CLAUSE_DEPS or (c.dep_ == "advcl" and c.left_edge.lower_ == "that")
    ]
    return own or complement_after_phrase(verb)


def content_range(verb: Token) -> TokenRange | None:
    """Token range of what ``verb`` reports, or None when the parse shows no content."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    if lemma in DENIAL_VERBS and _refusal(verb):
        return None
    comps = clausal_complements(verb)
    if comps:
        first = min(c.left_edge.i for c in comps)
        last = max(c.right_edge.i for c in comps) + 1
        return trim(doc, first, last)
    if lemma in LABEL_VERBS:
        labelled = label_range(verb)
        if labelled is not None or lemma not in VIEW_OBJECT_VERBS:
            return labelled
    if lemma in VIEW_OBJECT_VERBS:
        return viewed_object(verb)
    if lemma in CLAUSAL_ONLY_VERBS and lemma not in OBJECT_CONTENT_VERBS:
        return None
    # "Taxes, he said, will rise" / "Taxes will rise, he said" / "As he said, taxes will rise":
    # the cue hangs off the content.
    if (
        verb.dep_ == "parataxis"
        or (verb.dep_ in {"ccomp", "conj"} and _is_inserted(verb))
        or _as_clause(verb)
    ):
        head = verb.head
        cue_first, cue_last = subtree_range(verb)
        first, last = trim(doc, *subtree_range(head))
        if cue_last >= last:  # cue clause at the end: content is everything before it
            return trim(doc, first, cue_first)
        if cue_first <= first:  # cue clause at the start
            return trim(doc, cue_last, last)
        return trim(doc, first, last)
    for child in verb.children:
        if child.dep_ == "xcomp" and (lemma in XCOMP_CONTENT_VERBS or gerund_clause(child)):
            if lemma in _ORDER_VERBS and not _tells_someone(verb):
                continue  # "told a joke to break the ice": a purpose, not an order
            return _with_denial(verb, trim(doc, *subtree_range(child)))
    if lemma in OBJECT_CONTENT_VERBS and (lemma not in _FINITE_OBJECT_VERBS or _finite(verb)):
        for child in verb.children:
            if child.dep_ == "dobj" and (
                lemma not in _IDEA_OBJECT_VERBS or (_an_idea(child) and _own_subject(verb))
            ):
                return _with_denial(verb, trim(doc, *object_range(child)))
    return None


# Verbs whose infinitive is an order only when they have someone as the object ("told
# residents to stay indoors").
_ORDER_VERBS = frozenset({"tell"})


def _tells_someone(verb: Token) -> bool:
    """Whether the verb's object is a person or people ("told [his advisers] to ...")."""
    return any(c.dep_ in {"dobj", "dative"} and not _an_idea(c) for c in verb.children)


# Verbs whose object is what they say only when it is an idea, not a person: "questioned the
# wisdom of the plan" (a doubt stated) but "police questioned the suspect" (an interview).
_IDEA_OBJECT_VERBS = frozenset({"question"})
_PERSONAL_OBJECTS = frozenset({"him", "her", "them", "me", "us", "you", "whom"})
# People who are questioned: those the lexicon names, and the interviewed of police work.
_QUESTIONED_PEOPLE = PERSON_NOUNS | ANONYMOUS_NOUNS | frozenset({"suspect", "detainee", "prisoner"})


def _own_subject(verb: Token) -> bool:
    """A subject of the verb's own, not a relative pronoun: "critics have questioned ...", not
    "those who question ..." (a description) or "to question ..." (no one yet)."""
    return any(
        c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS and not across_paragraphs(c, verb)
        for c in verb.children
    )


def _an_idea(obj: Token) -> bool:
    """An object that names no person: not a name, a personal pronoun or a people noun."""
    return not (
        obj.pos_ == "PROPN"
        or obj.ent_type_ in {"PERSON", "NORP"}
        or obj.lower_ in _PERSONAL_OBJECTS
        or obj.lemma_.lower() in _QUESTIONED_PEOPLE
        or obj.lemma_.lower().endswith(SPEAKING_SUFFIXES)
    )


# Object-case pronouns the parser may take for the subject of a clause: "denied [him bail]".
_OBJECT_PRONOUNS = frozenset({"him", "them", "me", "us"})


def _refusal(verb: Token) -> bool:
    """ "denied him access", "was denied entry": a refusal to give something, not a denial of
    what someone said; a denied allegation or clause has no one it is denied to."""
    children = list(verb.children)
    if any(c.dep_ == "dative" for c in children):
        return True
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in children)
    if passive and any(c.dep_ == "dobj" for c in children):
        return True
    return any(
        c.dep_ == "ccomp"
        and any(g.dep_ == "nsubj" and g.lower_ in _OBJECT_PRONOUNS for g in c.children)
        for c in children
    )


# "McClatchy reported a loss of $304 million": a result made public. Not finite, the verb is
# the bookkeeping sense ("to report offshore profits", "taxpayers reporting capital gains").
_FINITE_OBJECT_VERBS = frozenset({"report"})


def _finite(verb: Token) -> bool:
    """A verb with tense: "reported", "reports", "has reported" (not "to report", "reporting")."""
    if verb.tag_ in FINITE_TAGS:
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in verb.children
    )


def _with_denial(verb: Token, content: TokenRange) -> TokenRange:
    """ "has denied [being unfair to her]" reads as its opposite without the verb: what a denial
    of a phrase says is "denied being unfair to her". A denied clause ("denied that ...") is a
    proposition of its own and keeps its bounds."""
    if verb.lemma_.lower() in DENIAL_VERBS and verb.i < content[0]:
        return verb.i, content[1]
    return content


def _as_clause(verb: Token) -> bool:
    """ "As the senator said, ...", "..., as his adviser pointed out, ...", "as stated in the
    report": a cue clause introduced by "as" that reports nothing of its own ("as he said
    goodbye" does) and is no time clause ("as Ann joked with her friend, ...")."""
    children = list(verb.children)
    return (
        verb.dep_ == "advcl"
        and verb.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
        and not any(
            c.dep_ in _AS_CLAUSE_OBJECTS or (c.dep_ == "prep" and c.lower_ == "with")
            for c in children
        )
    )


# What a cue clause with "as" may not hold: an object or a complement of its own.
_AS_CLAUSE_OBJECTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "oprd"})


def _is_inserted(verb: Token) -> bool:
    """A short cue clause set off by commas inside or after its content ("..., he said, ...")."""
    first, last = subtree_range(verb)
    # Set off by punctuation: "his lawyer said he would not answer" has an embedded clause, not
    # an inserted one.
    set_off = first > 0 and verb.doc[first - 1].is_punct
    return set_off and last - first <= 6 and any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def clause_around(token: Token, exclude: TokenRange) -> TokenRange:
    """The sentence clause that ``token`` modifies, minus the ``exclude`` phrase when it sits at
    either end ("Taxes will rise, according to Smith." -> "Taxes will rise")."""
    doc = token.doc
    sent = token.sent
    first, last = sent.start, sent.end
    ex_first, ex_last = exclude
    if ex_first <= first + 1:
        first = ex_last
    elif trim(doc, ex_last, last)[0] >= trim(doc, ex_last, last)[1]:
        last = ex_first
    return trim(doc, first, last)
