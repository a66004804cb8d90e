"""Which of two people of one gender a pronoun means, on sentences written for them: the subject
of the main clause, not of a clause set inside it."""

from __future__ import annotations

import pytest

from attrib.api import analyze

# Every test here runs the real model: load it once for the session.
pytestmark = pytest.mark.usefixtures("nlp")

# "after Jim Reed had left", "before Baker arrived": the subject of a clause set after the main
# one is in the background, and "he" next means the main clause's subject. Near-misses: a
# clause set first ("When Anna Webb arrived, she said ..."), and a relative clause naming the
# other woman.
SALIENCE = [
    (
        "Tom Baker spoke after Jim Reed had left the room. He said the deal was dead.",
        "Tom Baker",
    ),
    (
        "Tom Baker met Jim Reed in May.\n\n"
        "Reed left before Baker arrived. He said the deal was dead.",
        "Jim Reed",
    ),
    ("When Jim Reed arrived, Tom Baker left. He said the deal was dead.", "Tom Baker"),
    # A clause set first leads into what follows: its subject is the pronoun's antecedent.
    (
        '"We are ready," Mary Stone said.\n\n'
        "When Anna Webb arrived, she said the trip had been long.",
        "Anna Webb",
    ),
    (
        "Anna Webb, who beat Mary Stone in the final, said the match was hard. "
        "She added that Stone had played well.",
        "Anna Webb",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SALIENCE)
def test_a_pronoun_means_the_main_clause_subject(text: str, expected: str) -> None:
    speakers = [s.speaker.name for s in analyze(text).statements if s.speaker is not None]
    assert speakers[-1] == expected


def test_a_subordinate_clause_subject_is_not_salient_on_a_built_parse() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from attrib.attribution.entities import is_salient

    words = ["Baker", "spoke", "after", "Reed", "left", "."]
    heads = [1, 1, 4, 4, 1, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "advcl", "punct"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    assert is_salient(doc[0])
    assert not is_salient(doc[3])
