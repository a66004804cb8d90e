"""A paragraph break ends a sentence in the parse (`attrib.nlp`): a headline with no full stop
no longer runs into the lede and takes its speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest

from attrib.nlp import PARAGRAPH_BREAKS, load
from tests.test_extraction_patterns import Expected, statements

pytestmark = pytest.mark.usefixtures("nlp")


HEADLINES = [
    (
        "New chief for Acme Water\n\nJane Cole, the former finance director, said she would "
        "cut prices.\n",
        [("she would cut prices", "indirect", "Jane Cole")],
    ),
    (
        "Council backs flood plan\n\nResidents said the plan came too late.\n",
        [("the plan came too late", "indirect", "Residents")],
    ),
    # Plain text with a paragraph a line: a line break is a paragraph break.
    (
        "Council backs flood plan\nResidents said the plan came too late.\n",
        [("the plan came too late", "indirect", "Residents")],
    ),
    # A line broken inside a paragraph (hard-wrapped text with blank lines) is one sentence.
    (
        "Flood plan\n\nThe council said on Monday that the new flood\nbarriers would be "
        "finished by May.\n",
        [("that the new flood\nbarriers would be finished by May", "indirect", "The council")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_a_headline_does_not_run_into_the_lede(text: str, expected: Expected) -> None:
    assert statements(text) == expected


def test_sentences_start_after_blank_lines_only() -> None:
    doc = load(None)("Storm hits coast\n\nTrees fell.\nRoads closed.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[0] == "Storm hits coast"
    assert PARAGRAPH_BREAKS in load(None).pipe_names
