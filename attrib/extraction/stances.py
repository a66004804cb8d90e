"""Views and reports given without a verb of saying: stance predicates, judging verbs, "by most
accounts", talk about a clause, and evidence verbs with a document as subject.

Newsroom copy often gives a source's view with an adjective, a noun or a judging verb rather
than a verb of saying; each is a statement whose source the vague-source and anonymous-source
rules then weigh.

Examples::

    Experts are concerned that halls are full.      -> "Experts", cue "are concerned"
    Residents are of the view that rents will rise. -> "Residents", cue "are of the view"
    Europa, which astronomers regard as a likely home for life, ...
                                                    -> "astronomers", cue "regard"
    The ruling has been seen as a blow to the mayor. -> no source (agentless), cue "has been seen"
    By most accounts, the scheme worked.            -> "most accounts", cue "By"
    He was linked with the manager's job.           -> no source (a rumour), cue "was linked"
    Doctors talk openly about how tired they are.   -> "Doctors", cue "talk"
    Studies have not supported the use of steroids. -> "Studies", cue "have not supported"
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.extraction.clauses import SUBJECT_DEPS, clause_around
from attrib.extraction.drafts import Chunk, Draft
from attrib.extraction.lexicon import (
    DOCUMENT_NOUNS,
    JUDGING_VERBS,
    LABEL_VERBS,
)
from attrib.extraction.spans import subtree_range, trim
from attrib.extraction.subjects import can_speak, passive_agent, speaker_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token

# The writer's own voice outside quotation marks.
_FIRST_PERSON = frozenset({"i", "we"})
# Verbs that link a subject to its stance ("are concerned", "remain convinced").
_LINKING = frozenset({"be", "remain", "become", "grow", "feel", "seem", "appear"})


def _that_clause(token: Token) -> Token | None:
    """The "that" clause hung on a stance word ("concerned [that ...]", "view [that ...]")."""
    for child in token.children:
        if child.dep_ in {"ccomp", "acl", "advcl", "relcl"} and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in child.children
        ):
            return child
    return None


# Stance adjectives that also take a clause as their extraposed subject ("it is certain that").
_EXTRAPOSED = frozenset({"certain", "sure"})


def _clause_after(adjective: Token, link: Token) -> Token | None:
    """ "She is adamant [that the plan will work]": the parser may hang the "that" clause on
    the linking verb instead of the adjective; it is the adjective's when it follows it."""
    if adjective.pos_ == "NOUN":
        return None
    if adjective.lower_ in _EXTRAPOSED and any(c.lower_ == "it" for c in link.children):
        return None  # "it is certain that ...": the clause is the subject; no one holds it
    return next(
        (
            c
            for c in link.rights
            if c.dep_ == "ccomp"
            and c.left_edge.i == adjective.right_edge.i + 1
            and c.left_edge.lower_ == "that"
        ),
        None,
    )


def stance_draft(chunk: Chunk, token: Token) -> Draft | None:
    """``Experts are concerned that ...`` (an adjective) or ``X are of the view that ...`` (a
    noun after "of the"): the subject of the linking verb holds the view in the clause."""
    if token.pos_ == "NOUN":
        prep = token.head
        link = prep.head if prep.dep_ == "prep" and prep.lower_ == "of" else None
    else:
        link = token.head if token.dep_ in {"acomp", "oprd"} else None
    if link is None or link.lemma_.lower() not in _LINKING:
        return None
    clause = _that_clause(token) or _clause_after(token, link)
    if clause is None:
        return None
    subject = next((c for c in link.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not (subject.pos_ in {"PROPN", "PRON"} or can_speak(subject)):
        return None  # "the risk is high that ...": nobody holds the view
    if subject.lower_ in _FIRST_PERSON:
        return None  # "I am sure that ...": the writer's own view, reported by no one
    first = min(link.i, token.i)
    if token.pos_ == "NOUN":
        cue_first, cue_last = link.i, token.i + 1
    else:
        cue_first, cue_last = first, token.i + 1
    content = trim(chunk.doc, *subtree_range(clause))
    return Draft(chunk.chars(*content), chunk.chars(cue_first, cue_last), "verb", subject, token)


def _as_phrase(verb: Token) -> Token | None:
    """The "as" phrase of a judging verb, on the verb or on its object ("saw [the deal] as")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            return child
        if child.dep_ == "dobj":
            for grandchild in child.children:
                if grandchild.dep_ == "prep" and grandchild.lower_ == "as":
                    return grandchild
    return None


def is_agentless_judgement(verb: Token) -> bool:
    """``has been seen as``, ``hailed as``, ``is widely regarded as``: a judging or labelling
    verb in the passive with no agent, whose judgement belongs to nobody the text names."""
    lemma = verb.lemma_.lower()
    if lemma not in JUDGING_VERBS and lemma not in LABEL_VERBS:
        return False
    if verb.tag_ != "VBN" or passive_agent(verb) is not None or _as_phrase(verb) is None:
        return False
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    # A bare participle after a noun ("the club, hailed as ...", "the club - hailed as ..."
    # parsed as its verb): the noun is judged; a finite perfect has its "has".
    return (
        passive or verb.dep_ in {"acl", "advcl"} or not any(c.dep_ == "aux" for c in verb.children)
    )


def judgement_draft(chunk: Chunk, verb: Token, cue: tuple[int, int]) -> Draft | None:
    """A judging verb's statement: ``astronomers regard X as Y`` (the subject's view); an
    agentless passive (a view that names no one, a hedge); None without an "as" phrase ("we saw
    smoke", "the court will consider the case")."""
    phrase = _as_phrase(verb)
    if phrase is None:
        return None
    doc = chunk.doc
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # "might be seen by others as evasive": a view no one is reported to hold
    if is_agentless_judgement(verb):
        first, last = trim(doc, *subtree_range(verb))
        # The whole verb group is the cue: "has been seen", not "been seen".
        auxiliaries = [c.i for c in verb.lefts if c.dep_ in {"aux", "auxpass", "neg", "advmod"}]
        cue = (min([cue[0], *auxiliaries]), cue[1])
        return Draft(chunk.chars(first, last), chunk.chars(*cue), "hedge", None, verb, hedge=True)
    subject, relative = speaker_tokens(verb)
    if subject is None or subject.lower_ in _FIRST_PERSON:
        return None  # no one, or the writer's own view ("we see it as ...")
    # What is judged and the judgement: "sees [the deal as a win]", "which ... regard as [X]".
    judged = [c.left_edge.i for c in verb.rights if c.dep_ == "dobj" and c.i < phrase.i]
    content = trim(doc, min([phrase.i + 1, *judged]), phrase.right_edge.i + 1)
    return Draft(chunk.chars(*content), chunk.chars(*cue), "verb", subject, verb, relative=relative)


def accounts_draft(chunk: Chunk, by: Token) -> Draft | None:
    """``By most accounts, the scheme worked``: the accounts are the source of the clause."""
    doc = chunk.doc
    if by.i + 2 >= len(doc):
        return None
    source = doc[by.i + 2]
    if source.head.i != by.i:
        return None  # "passed by some estimates of ...": not the phrase that sources
    first, last = clause_around(by, (by.i, by.i + 3))
    if first >= last:
        return None
    return Draft(chunk.chars(first, last), chunk.chars(by.i, by.i + 1), "according", source, by)


def topic_draft(
    chunk: Chunk,
    verb: Token,
    cue: tuple[int, int],
    *,
    prepositions: frozenset[str] | None = None,
) -> Draft | None:
    """``Funeral directors talk openly about how scared they are``, ``the senator spoke of the
    legacy of the war``: what someone speaks about or of is the gist of what they said, as
    PolNeAR annotates it ("spoke of", "talked about"). The cue keeps its preposition."""
    about = next(
        (
            c
            for c in verb.rights
            if c.dep_ == "prep" and c.lower_ in (prepositions or _TOPIC_PREPOSITIONS)
        ),
        None,
    )
    if about is None:
        return None
    topic = next((c for c in about.children if c.dep_ in {"pcomp", "pobj"}), None)
    subject, relative = speaker_tokens(verb)
    if topic is None or subject is None or subject.lower_ in _FIRST_PERSON:
        return None
    content = trim(chunk.doc, *subtree_range(topic))
    if about.i == cue[1]:
        cue = (cue[0], about.i + 1)
    return Draft(chunk.chars(*content), chunk.chars(*cue), "verb", subject, verb, relative=relative)


# "talked about", "spoke of": what follows is what they said; "spoke on Tuesday" is a date.
_TOPIC_PREPOSITIONS = frozenset({"about", "of"})


def pointing_draft(chunk: Chunk, verb: Token, cue: tuple[int, int]) -> Draft | None:
    """``The IMF pointed to the vote as an example of rising protectionism``: what someone
    points to, with the "as" phrase that says what it shows, is what they argued. "He pointed
    to the door" is a gesture: a thing one points at with a finger reports nothing."""
    if verb.lemma_.lower() != "point":
        return None
    to = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
    target = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if to is None or target is None or target.lemma_.lower() in _POINTED_AT:
        return None
    subject, relative = speaker_tokens(verb)
    if subject is None or subject.lower_ in _FIRST_PERSON:
        return None
    if not (subject.pos_ in {"PROPN", "PRON"} or can_speak(subject)):
        return None  # "the extremes of failure point to an upheaval": a sign, not a speaker
    as_phrase = next(
        (c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as" and c.i > to.i), None
    )
    last = (as_phrase or to).right_edge.i + 1
    content = trim(chunk.doc, target.left_edge.i, last)
    cue = (cue[0], max(cue[1], to.i + 1))
    return Draft(chunk.chars(*content), chunk.chars(*cue), "verb", subject, verb, relative=relative)


# Things one points at with a finger, not as evidence.
_POINTED_AT = frozenset(
    {"door", "sky", "window", "ceiling", "floor", "screen", "map", "exit", "camera", "wall"}
)


def evidence_draft(chunk: Chunk, verb: Token, cue: tuple[int, int]) -> Draft | None:
    """``studies have not always supported the use of steroids``: a document bears out (or
    not) what its object says; "the party backed the bill" reports nothing."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in DOCUMENT_NOUNS | _EVIDENCE_NOUNS:
        return None
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "ccomp"}), None)
    if obj is None:
        return None
    content = trim(chunk.doc, *subtree_range(obj))
    return Draft(chunk.chars(*content), chunk.chars(*cue), "verb", subject, verb)


def finding_draft(chunk: Chunk, verb: Token, cue: tuple[int, int]) -> Draft | None:
    """``A new poll shows Clinton leading by three points``, ``the video shows him with his
    hands up``: what a poll, a document or data shows, object and all, is its finding. None for
    any other subject ("the candidates showed little appetite"), left to the usual reading."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in DOCUMENT_NOUNS | _EVIDENCE_NOUNS:
        return None
    shown = [c for c in verb.rights if c.dep_ in _SHOWN_DEPS]
    if not shown or shown[0].dep_ not in {"dobj", "ccomp"}:
        return None
    content = trim(chunk.doc, shown[0].left_edge.i, shown[-1].right_edge.i + 1)
    return Draft(chunk.chars(*content), chunk.chars(*cue), "verb", subject, verb)


# What follows "shows" as its finding: the object and what is said of it ("shows [Clinton]
# [leading ...]", "showed [Mr. Trump] [with a lead]"), not a clause joined by "but".
_SHOWN_DEPS = frozenset({"dobj", "ccomp", "xcomp", "advcl", "prep", "oprd", "acomp", "npadvmod"})


# Written evidence besides the document nouns ("the evidence supports", "statistics show").
_EVIDENCE_NOUNS = frozenset({"evidence", "research", "statistic", "statistics", "stats", "data"})


def rumour_draft(chunk: Chunk, verb: Token, cue: tuple[int, int]) -> Draft | None:
    """``was previously linked to manager jobs``, ``is tipped for the post``: a rumour in the
    passive with no agent (a hedge); "the towns are linked by a bridge" and the active voice
    report nothing."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    target = any(
        c.dep_ == "prep" and c.lower_ in {"to", "with", "for", "as"} for c in verb.children
    )
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not passive or not target or infinitive or passive_agent(verb) is not None:
        return None  # "did not want to be linked to the case" is no rumour
    first, last = trim(chunk.doc, *subtree_range(verb))
    auxiliaries = [c.i for c in verb.lefts if c.dep_ in {"aux", "auxpass", "neg", "advmod"}]
    cue = (min([cue[0], *auxiliaries]), cue[1])
    return Draft(chunk.chars(first, last), chunk.chars(*cue), "hedge", None, verb, hedge=True)
