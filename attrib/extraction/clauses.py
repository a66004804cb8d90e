"""Read a cue's dependency neighbourhood: what was said (content) and who said it (subject).

Pure functions of a spaCy ``Token``; they work on any parsed ``Doc``, including hand-built ones in
the tests. Spans are token index ranges ``(first, last_exclusive)`` within the Doc.

Examples (content in brackets, subject in braces)::

    {Smith} said [that taxes will rise].           ccomp
    "[Taxes will rise]," {Smith} said.             ccomp inside the quote
    [Taxes], {he} suggested, [will rise].          parataxis: the clause around the cue
    {Smith} noted [the silence].                   object of a noting verb
    {A report} claiming [that taxes rose]          participle on a noun: the noun speaks
    It is said [that taxes will rise].             agentless passive: a hedge, no subject
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.attribution.gender import is_known_first_name
from attrib.extraction.complements import (
    FINITE_TAGS,
    complement_after_phrase,
    ends_with_label,
    gerund_clause,
)
from attrib.extraction.lexicon import (
    CLAUSAL_ONLY_VERBS,
    DENIAL_VERBS,
    HEDGE_PASSIVES,
    LABEL_PREPOSITIONS,
    LABEL_VERBS,
    OBJECT_CONTENT_VERBS,
    PARTICLE_VERBS,
    RELATIVE_PRONOUNS,
    SPEAKING_NOUNS,
    SPEAKING_SUFFIXES,
    SPEECH_VERBS,
    XCOMP_CONTENT_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

TokenRange = tuple[int, int]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLAUSE_DEPS = frozenset({"ccomp"})
# Relations through which a verb without a subject of its own inherits its head's subject:
# "Smith smiled and said ...", "Smith went on to say ...", "..., Smith said, adding that ...".
INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl"})
_TRAILING = frozenset({",", ";", ":", "-", "—", "–", "(", ")"})


def subtree_range(token: Token) -> TokenRange:
    return token.left_edge.i, token.right_edge.i + 1


def trim(doc_tokens: object, first: int, last: int) -> TokenRange:
    """Drop leading/trailing punctuation and spaces (but keep quotation marks)."""
    toks = doc_tokens
    while first < last and (toks[first].is_space or toks[first].text in _TRAILING):  # type: ignore[index]
        first += 1
    while last > first and (
        toks[last - 1].is_space or toks[last - 1].text in _TRAILING or toks[last - 1].text == "."  # type: ignore[index]
    ):
        last -= 1
    return first, last


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
    comps = clausal_complements(verb)
    if comps:
        first = min(c.left_edge.i for c in comps)
        last = max(c.right_edge.i for c in comps) + 1
        return trim(doc, first, last)
    if lemma in LABEL_VERBS:
        return label_range(verb)
    if lemma in CLAUSAL_ONLY_VERBS and lemma not in OBJECT_CONTENT_VERBS:
        return None
    # "Taxes, he said, will rise" / "Taxes will rise, he said": the cue hangs off the content.
    if verb.dep_ == "parataxis" or (verb.dep_ in {"ccomp", "conj"} and _is_inserted(verb)):
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
            return _with_denial(verb, trim(doc, *subtree_range(child)))
    if lemma in OBJECT_CONTENT_VERBS and (lemma not in _FINITE_OBJECT_VERBS or _finite(verb)):
        for child in verb.children:
            if child.dep_ == "dobj":
                return _with_denial(verb, trim(doc, *subtree_range(child)))
    return None


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


_LABEL_DEPS = frozenset({"dobj", "oprd", "prep", "dative", "advcl", "ccomp", "xcomp"})


def _is_inserted(verb: Token) -> bool:
    """A short cue clause set off by commas inside or after its content ("..., he said, ...")."""
    first, last = subtree_range(verb)
    # Set off by punctuation: "his lawyer said he would not answer" has an embedded clause, not
    # an inserted one.
    set_off = first > 0 and verb.doc[first - 1].is_punct
    return set_off and last - first <= 6 and any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def subject_of(verb: Token) -> Token | None:
    """Head token of who said it, or None (agentless passive, or nothing found)."""
    return speaker_tokens(verb)[0]


def speaker_tokens(verb: Token) -> tuple[Token | None, Token | None]:
    """Who said it and, when a relative pronoun stands for them, that pronoun.

    "an expert who said taxes rise" -> (expert, who): the statement names its speaker with
    "who", and "an expert" is whom it stands for.
    """
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] or _inverted_object(verb)
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
            or (name.right_edge.i == verb.i - 1 and not name.right_edge.is_punct)
        ):
            return name, None
        return subject, None
    agent = passive_agent(verb)
    if agent is not None:
        return agent, None
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
    if verb.dep_ in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN", "PRON"}:
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
        if child.dep_ == "agent" and (agent := _object_of(child)) is not None:
            return agent
    return None


def _object_of(preposition: Token) -> Token | None:
    """The first object of a preposition: Smith in "by Smith", the Post in "to the Post"."""
    return next((g for g in preposition.children if g.dep_ == "pobj"), None)


def is_hedge_passive(verb: Token) -> bool:
    """ "is said to", "is believed to", "it is understood that": a claim with no source."""
    if verb.lemma_.lower() not in HEDGE_PASSIVES:
        return False
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    return passive and passive_agent(verb) is None


def according_to_object(according: Token) -> Token | None:
    """The X of "according to X"."""
    for to in according.children:
        if to.lower_ == "to" and (source := _object_of(to)) is not None:
            return source
    nxt = according.nbor(1) if according.i + 1 < len(according.doc) else None
    if nxt is not None and nxt.lower_ == "to":
        return _object_of(nxt)
    return None


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
