"""Extraction patterns on the real model: (text, expected statements) tables.

Each row is a construction found by error analysis on PolNeAR train/dev, written as a fresh
sentence. Expected statements are (content, kind, speaker name) in reading order; ``None`` as the
speaker means the statement has no speaker.
"""

from __future__ import annotations

import pytest

from attrib.api import analyze
from attrib.extraction.statements import _within_paragraph
from attrib.layout import scan

# Every test here runs the real model: load it once for the session.
pytestmark = pytest.mark.usefixtures("nlp")


Expected = list[tuple[str, str, str | None]]


def statements(text: str) -> Expected:
    """(content, kind, speaker name) of each statement ``analyze`` finds, in reading order; the
    reported-statement tests use it too."""
    report = analyze(text)
    return [
        (s.content.text, s.kind, s.speaker.name if s.speaker else None) for s in report.statements
    ]


# A quote that carries on right after a direct quote and its cue, in the same paragraph, is the
# rest of that statement: one statement from the first mark to the last.
SPLIT_QUOTES = [
    (
        '"We will win this race," Jane Porter said. "It will not even be close."',
        [
            (
                '"We will win this race," Jane Porter said. "It will not even be close."',
                "direct",
                "Jane Porter",
            )
        ],
    ),
    (
        '"The bridge is unsafe," said Tom Reed, a city engineer. "Nobody should cross it."',
        [
            (
                '"The bridge is unsafe," said Tom Reed, a city engineer. "Nobody should cross it."',
                "direct",
                "Tom Reed",
            )
        ],
    ),
    # A new paragraph starts a new statement that continues the speaker.
    (
        '"We will win this race," Jane Porter said.\n\n"It will not even be close."',
        [
            ('"We will win this race,"', "direct", "Jane Porter"),
            ('"It will not even be close."', "direct", "Jane Porter"),
        ],
    ),
    # After reported speech the quote stays a statement of its own.
    (
        'Jane Porter argued that the race was over. "It will not even be close."',
        [
            ("that the race was over", "indirect", "Jane Porter"),
            ('"It will not even be close."', "direct", "Jane Porter"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_QUOTES)
def test_split_quotes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert statements(text) == expected


# A cue inside what someone else reports belongs to their words: one statement, not two.
EMBEDDED_CUES = [
    (
        "Jane Porter said she thinks taxes will rise next year.",
        [("she thinks taxes will rise next year", "indirect", "Jane Porter")],
    ),
    (
        "The mayor said the new survey shows that crime has fallen.",
        [("the new survey shows that crime has fallen", "indirect", "The mayor")],
    ),
    (
        "His lawyer said he would not answer questions.",
        [("he would not answer questions", "indirect", "His lawyer")],
    ),
    # Two separate sentences stay two statements.
    (
        "Jane Porter said the plan was bold. She added that it would pass.",
        [
            ("the plan was bold", "indirect", "Jane Porter"),
            ("that it would pass", "indirect", "Jane Porter"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EMBEDDED_CUES)
def test_embedded_cues(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("content", "paragraph", "expected"),
    [
        ((0, 40), 0, "Taxes will rise, she said"),  # clipped at the paragraph break
        ((20, 37), 1, "A new line"),  # clipped to the paragraph of the cue
        ((0, 11), 0, "Taxes will"),  # inside its paragraph: only trimmed
    ],
)
def test_reported_speech_stays_in_its_paragraph(
    content: tuple[int, int], paragraph: int, expected: str
) -> None:
    text = "Taxes will rise, she said\n\nA new line here."
    start, end = _within_paragraph(content, paragraph, scan(text), text)
    assert text[start:end] == expected


# Labelling verbs: the complements after the verb are what the speaker said.
LABELS = [
    (
        "The governor called the new budget a disaster for schools.",
        [("the new budget a disaster for schools", "indirect", "The governor")],
    ),
    (
        "Mary Chen called for a full recount of the ballots.",
        [("a full recount of the ballots", "indirect", "Mary Chen")],
    ),
    (
        'The senator criticized the bill as "a gift to lobbyists."',
        [('the bill as "a gift to lobbyists."', "mixed", "The senator")],
    ),
    (
        "At a rally, the governor likened the new tax to a slow poison.",
        [("the new tax to a slow poison", "indirect", "the governor")],
    ),
    (
        'The mayor dismissed the protest as "a stunt by outsiders."',
        [('the protest as "a stunt by outsiders."', "mixed", "The mayor")],
    ),
    (
        "Critics portrayed the deal as a surrender to the banks.",
        [("the deal as a surrender to the banks", "indirect", "Critics")],
    ),
    # Citing or referencing something: the object is what the speaker put forward.
    (
        "The senator cited rising rents as proof of the failure.",
        [("rising rents as proof of the failure", "indirect", "The senator")],
    ),
    # A labelling verb without a label or charge reports nothing.
    ("The committee called a meeting for Friday.", []),
    ("Rebels attacked the town at dawn.", []),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_labelling_verbs(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert statements(text) == expected


# A cue followed by the clause it reports does not also take a quoted title before it; the
# title itself is not a statement (issue 9, class 7).
TITLES = [
    (
        'On "The Late Evening Show With Sam," the senator said she would run again.',
        [("she would run again", "indirect", "the senator")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_quote_before_a_cue_with_its_own_content(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert statements(text) == expected


# "say" with an object: the object is what was said.
SAY_OBJECT = [
    (
        "The mayor said nothing about the plan.",
        [("nothing about the plan", "indirect", "The mayor")],
    ),
    (
        "The mayor has said the same thing for years.",
        [("the same thing for years", "indirect", "The mayor")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAY_OBJECT)
def test_say_with_an_object(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert statements(text) == expected


# "according to a speech X gave": the speech is X's words; a report keeps its own name.
OCCASIONS = [
    (
        "Taxes will rise next year, according to a speech Ann Lee gave on Monday.",
        [("Taxes will rise next year", "indirect", "Ann Lee")],
    ),
    (
        "Taxes will rise next year, according to a report the agency released.",
        [("Taxes will rise next year", "indirect", "a report")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OCCASIONS)
def test_according_to_a_speech_names_its_speaker(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert statements(text) == expected
