"""A letter its signers speak through ("In an open letter, stars including A and B call on"),
on sentences written for these tests and on a hand-built parse of the misparse it must survive."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from attrib.api import analyze
from attrib.attribution.signed_documents import signed_document


def speakers(text: str) -> list[tuple[str, str] | None]:
    return [
        (s.speaker.name, s.speaker.kind) if s.speaker else None for s in analyze(text).statements
    ]


SIGNED = [
    # The letter speaks for signers named by a few examples, and "they" later means them.
    (
        "In an open letter, stars including Ann Lee and singer Tom Baker call on the minister "
        "not to 'sell out our farmers' in the talks.\n\n"
        "And they say the pandemic has 'raised the stakes' for families.",
        [("an open letter", "document")] * 2,
    ),
    (
        "In a joint letter, MPs such as Ann Lee urged the minister to 'think again' on the cuts.",
        [("a joint letter", "document")],
    ),
    # Near-misses: signers named in full speak; a statement is no signed document.
    (
        "In a letter, the senators urged the minister to 'think again' on the cuts.",
        [("the senators", "unknown")],
    ),
    (
        "In a letter, Ann Lee urged the minister to 'think again' on the cuts.",
        [("Ann Lee", "person")],
    ),
    (
        "In a statement, stars including Ann Lee said the show must go on.",
        [("stars", "group")],
    ),
]


@pytest.mark.usefixtures("nlp")
@pytest.mark.parametrize(("text", "expected"), SIGNED)
def test_a_letter_speaks_for_signers_named_by_examples(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert speakers(text) == expected


def _misparse() -> Doc:
    """ "In a letter , stars including Ann Lee and Tom Baker call on him ." parsed as the
    small model parses such a sentence in an article: "stars" the root, "call" a relative
    clause of it whose subject is the last name of the list."""
    words = [
        "In",
        "a",
        "letter",
        ",",
        "stars",
        "including",
        "Ann",
        "Lee",
        "and",
        "Tom",
        "Baker",
        "call",
        "on",
        "him",
        ".",
    ]
    heads = [4, 2, 0, 4, 4, 4, 7, 5, 7, 10, 11, 4, 11, 12, 4]
    deps = ["prep", "det", "pobj", "punct", "ROOT", "prep", "compound", "pobj", "cc"]
    deps += ["compound", "nsubj", "relcl", "prep", "pobj", "punct"]
    tags = ["IN", "DT", "NN", ",", "NNS", "VBG", "NNP", "NNP", "CC", "NNP", "NNP", "VBP"]
    tags += ["IN", "PRP", "."]
    lemmas = [w.lower() for w in words]
    lemmas[4] = "star"
    return Doc(English().vocab, words=words, heads=heads, deps=deps, tags=tags, lemmas=lemmas)


def test_the_list_misparse_still_finds_the_letter() -> None:
    doc = _misparse()
    found = signed_document(doc[11])
    assert found is not None
    assert (found.name, found.kind, found.description) == (
        "a letter",
        "document",
        "stars including Ann Lee and Tom Baker",
    )


def test_a_cue_with_a_named_subject_and_no_list_is_no_signed_document() -> None:
    doc = _misparse()
    assert signed_document(doc[7]) is None  # "Lee": no cue, no letter of its own
