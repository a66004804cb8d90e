"""A letter its signers speak through: "In an open letter, stars including A and B call on ...".

When a cue says where the words were put ("in an open letter", "in a petition") and its subject
is a body named by a few of its members ("stars including Ann Lee and Tom Baker", "MPs such
as ..."), the signers are many and only some are named: the document speaks for all of them.
Its speaker is the document, described by who signed it, and "they" later means it (the
signers). A subject named in full stays the speaker: "In a statement, the senators said"
is the senators', "In a letter, Ann Lee wrote" Ann Lee's.

Examples::

    In an open letter, stars including Ann Lee and Tom Baker call on the minister to act.
        -> "an open letter" (document), described "stars including Ann Lee and Tom Baker"
    In a petition, parents such as Ann Lee demand a new school.      -> "a petition"
    In a letter, the senators urged the minister to act.            -> the senators (unchanged)
    In a statement, stars including Ann Lee said ...                -> unchanged (not signed)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.attribution.mention import Mention, phrase_text

if TYPE_CHECKING:
    from spacy.tokens import Token

# Documents that many people sign, each adding their name.
_SIGNED = frozenset({"letter", "petition"})
# Words that name a few members of a larger body: "stars including ...", "MPs like ...".
_EXAMPLES = frozenset({"including", "like"})


def signed_document(cue: Token | None) -> Mention | None:
    """The signed document a cue's words were put in, as the speaker, or None (see above)."""
    if cue is None:
        return None
    signers = _signers(cue)
    if signers is None:
        return None
    document = _document_in(cue) or _document_in(signers)
    if document is None:
        return None
    doc = cue.doc
    phrase = list(doc[document.left_edge.i : document.i + 1])
    start, end = phrase[0].idx, document.idx + len(document.text)
    # The signers' phrase, without the letter or the cue a misparse may have hung on it.
    first = signers.left_edge.i if signers.left_edge.i > document.i else signers.i
    last_i = min(signers.right_edge.i, cue.i - 1) if signers.i < cue.i else signers.right_edge.i
    described = list(doc[first : last_i + 1])
    while len(described) > 1 and described[-1].is_punct:
        described.pop()
    last = described[-1]
    return Mention(
        start,
        end,
        phrase_text(phrase),
        phrase_text(described),
        "document",
        plural=True,  # the signers: "they say" later
        phrase_start=start,
        phrase_end=max(end, last.idx + len(last.text)),
    )


def _signers(cue: Token) -> Token | None:
    """The cue's subject when a body named by examples; also when the parser took the list's
    last name for the subject and hung the cue on the body ("stars including Ann Lee and Tom
    Baker call on ...", with "call" a relative clause of "stars")."""
    found = next((c for c in cue.children if c.dep_ == "nsubj" and _named_by_examples(c)), None)
    if found is not None:
        return found
    head = cue.head
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if (
        cue.dep_ == "relcl"
        and subject is not None
        and head.left_edge.i <= subject.i < cue.i
        and _named_by_examples(head)
        and not any(t.text == "," for t in cue.doc[subject.i : cue.i])
    ):
        return head
    return None


def _document_in(word: Token) -> Token | None:
    """The document of an "in a letter" phrase hanging on ``word`` before it."""
    for child in word.children:
        if child.i > word.i:
            break
        if child.dep_ == "prep" and child.lower_ == "in":
            document = next((c for c in child.children if c.dep_ == "pobj"), None)
            if document is not None and document.lemma_.lower() in _SIGNED:
                return document
    return None


def _named_by_examples(subject: Token) -> bool:
    """A plural noun for people followed by a few of them: "stars including Ann Lee",
    "parents such as Ann Lee"."""
    if subject.tag_ != "NNS":
        return False
    for child in subject.rights:
        if child.dep_ == "prep" and child.lower_ in _EXAMPLES:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "as"
            and subject.doc[child.i - 1].lower_ == "such"
        ):
            return True
    return False
