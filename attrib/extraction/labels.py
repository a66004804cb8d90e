"""What labelling and judging verbs say: the label with what it labels ("called [the plan a
disaster]"), an appeal ("called on [residents to stay indoors]") and the object a verb of
judging aloud judges ("praised [the deal]").

Pure functions of a spaCy ``Token``, as in `clauses`; spans are token index ranges.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.extraction.complements import ends_with_label
from attrib.extraction.lexicon import LABEL_PREPOSITIONS, REPORT_NOUNS
from attrib.extraction.spans import TokenRange, across_paragraphs, subtree_range, trim

if TYPE_CHECKING:
    from spacy.tokens import Token


def label_range(verb: Token) -> TokenRange | None:
    """What a labelling verb says: "called [the plan a disaster]", "called for [a recount]",
    "criticized [the law as a crazy system]"; None when the verb has no label or charge."""
    # A participle clause set off by a comma ("..., citing its cost") is a statement of its own.
    rights = [
        c
        for c in verb.rights
        if c.dep_ in _LABEL_DEPS
        and not (c.dep_ == "advcl" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ",")
    ]
    if not rights:
        return None
    # The label's preposition may hang on the verb or on its object ("likened [the tax to ...]").
    preps = [c for c in rights if c.dep_ == "prep"] + [
        g for c in rights if c.dep_ == "dobj" for g in c.rights if g.dep_ == "prep"
    ]
    labelled = any(c.dep_ == "oprd" for c in rights) or any(
        c.lower_ in LABEL_PREPOSITIONS for c in preps
    )
    if verb.lemma_.lower() == "call":
        appeal = _appeal(verb, rights)
        if appeal is not None:
            return appeal
        # "call X Y" or "call for X" right after the verb; "called Putin" is a phone call and
        # "called a meeting for Friday" a summons.
        head = rights[0]
        # An "oprd" set off by a comma is an apposition: "called the referee, a colleague,"
        # names whom he phoned.
        labelled = (
            any(c.dep_ == "oprd" and c.doc[c.left_edge.i - 1].text != "," for c in rights)
            or (head.i == verb.i + 1 and head.lower_ == "for")
            or (head.dep_ == "advcl" and head.left_edge.lower_ == "for")
            or any(ends_with_label(c) for c in rights if c.dep_ == "dobj")
        )
    if not labelled:
        return None
    first = rights[0].left_edge.i
    if rights[0].dep_ == "prep" and rights[0].lower_ == "for" and verb.lemma_.lower() == "call":
        first = rights[0].i + 1  # "called for [a recount]": the preposition is part of the cue
    return trim(verb.doc, first, max(c.right_edge.i for c in rights) + 1)


def _appeal(verb: Token, rights: list[Token]) -> TokenRange | None:
    """ "called on [residents to stay indoors]", "called upon [the president to resign]": an
    appeal, whom it asks and what. "called on Tuesday to ask about the car" is a date."""
    on = rights[0]
    if on.dep_ != "prep" or on.i != verb.i + 1 or on.lower_ not in {"on", "upon"}:
        return None
    whom = next((c for c in on.children if c.dep_ == "pobj"), None)
    if whom is None or whom.ent_type_ in {"DATE", "TIME"}:
        return None
    what = next((c for c in rights if c.dep_ in {"xcomp", "advcl"} and c.i > whom.i), None)
    what = what or next((c for c in whom.rights if c.dep_ in {"acl", "relcl", "xcomp"}), None)
    if what is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in what.children):
        return None
    return trim(verb.doc, whom.left_edge.i, what.right_edge.i + 1)


_LABEL_DEPS = frozenset({"dobj", "oprd", "prep", "dative", "advcl", "ccomp", "xcomp"})


# Verbs of judging aloud whose subject may be a thing ("the machine rejected the card"); the
# others ("praised", "decried") take a person or a body, named by any noun ("the archbishop").
_THINGS_DO_TOO = frozenset({"reject"})
# How a "that" clause hangs on a noun.
_CLAUSES = frozenset({"acl", "ccomp", "relcl"})


def viewed_object(verb: Token) -> TokenRange | None:
    """What a verb of judging aloud judges: its object, when the verb has a subject of its own
    ("the union praised [the deal]", "a gunman who expressed [sympathy for the group]") and the
    object is more than a pronoun."""
    # Imported here: subjects reads clauses, which reads this module.
    from attrib.extraction.subjects import can_speak

    subject = next(
        (c for c in verb.children if c.dep_ == "nsubj" and not across_paragraphs(c, verb)), None
    )
    if subject is None:
        return None
    if verb.lemma_.lower() in _THINGS_DO_TOO and subject.pos_ == "NOUN" and not can_speak(subject):
        return None  # "the machine rejected the card": no one judged anything
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or (obj.pos_ == "PRON" and obj.n_lefts + obj.n_rights == 0):
        return None  # "who has criticised it": a bare pronoun says nothing of what was said
    if obj.lemma_.lower() in REPORT_NOUNS and any(c.dep_ in _CLAUSES for c in obj.rights):
        return None  # "rejected claims that ...": someone else's claim, read by its noun
    return trim(verb.doc, *object_range(obj))


def object_range(obj: Token) -> TokenRange:
    """An object's phrase without a relative clause set off by a comma: in "endorsed Trump,
    who says he is honored" the clause is Trump's own statement, not part of the endorsement."""
    first, last = subtree_range(obj)
    for clause in obj.rights:
        comma = clause.left_edge.i - 1
        if clause.dep_ == "relcl" and comma > obj.i and obj.doc[comma].text == ",":
            return first, comma
    return first, last
