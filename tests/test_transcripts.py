"""Interview transcripts: turns found from the text; answers are statements, questions are not."""

from __future__ import annotations

import pytest

from attrib.api import analyze
from attrib.layout import scan
from attrib.nlp import load


def turns(text: str) -> list[tuple[str, bool, bool, str]]:
    return [(t.label, t.question, t.continued, text[t.start : t.end]) for t in scan(text).turns]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Q: Why now?\n\nA: Because the market is ready.",
         [("Q", True, False, "Why now?"), ("A", False, False, "Because the market is ready.")]),
        ("Dana: We never planned it.\n\nMARISSA: Nor did I.\n\nDana: Good.",
         [("Dana", False, False, "We never planned it."), ("MARISSA", False, False, "Nor did I."),
          ("Dana", False, False, "Good.")]),
        ("**Jane Porter:** We start now.\n\n**Ken Ito:** Fine.\n\n**Jane Porter:** Then go.",
         [("Jane Porter", False, False, "We start now."), ("Ken Ito", False, False, "Fine."),
          ("Jane Porter", False, False, "Then go.")]),
        ("JANE PORTER (interviewer): Why?\n\nKEN ITO: Because.\n\nJANE PORTER (interviewer): Ok.",
         [("JANE PORTER", True, False, "Why?"), ("KEN ITO", False, False, "Because."),
          ("JANE PORTER", True, False, "Ok.")]),
        # A long paragraph without a label after an answer continues it; a short link does not.
        ("Q: Why?\n\nA: Because.\n\nAnd we also hired many more people in the last year.\n\n"
         "Ok, now for fun.\n\nQ: Done?",
         [("Q", True, False, "Why?"), ("A", False, False, "Because."),
          ("A", False, True, "And we also hired many more people in the last year."),
          ("Q", True, False, "Done?")]),
        # "Q." and "A." with full stops, as a pair; "A." alone is an initial, not an answer.
        ("Q. Why now?\n\nA. Because the market is ready.",
         [("Q", True, False, "Why now?"), ("A", False, False, "Because the market is ready.")]),
        ("A. Reyes said the market was ready.\n\nA. Reyes left.", []),
        # One label is not a transcript; notes are not speakers.
        ("UPDATE: The vote is delayed.\n\nThe council met today.", []),
        ("Photo: A crowd.\n\nPhoto: Another crowd.", []),
        ("Dana: We never planned it.\n\nThe council met today.", []),
        # Labelled headings of a list are not turns: no words after them end like speech.
        ("Deal of the Day: Earbuds for $39 (Originally $59)\n\nThey last all day.\n\n"
         "New Release: A racing game with a steering wheel\n\nIt is out on Friday.\n\n"
         "Deal of the Day: A kettle for $20\n\nNew Release: The band's third album", []),
        # Near-miss: one turn of a label ending like speech is enough ("Fine." once).
        ("KEN ITO: Well, yes and no\n\nANN LEE: Why not\n\nKEN ITO: Fine.",
         [("KEN ITO", False, False, "Well, yes and no"), ("ANN LEE", False, False, "Why not"),
          ("KEN ITO", False, False, "Fine.")]),
    ],
)  # fmt: skip
def test_find_turns(text: str, expected: list[tuple[str, bool, bool, str]]) -> None:
    assert turns(text) == expected


@pytest.fixture(scope="module")
def _model() -> None:
    load()


INTERVIEW = (
    "The club has appointed Maria Delgado as its new chief executive. We asked her about the "
    "season ahead.\n\n"
    "Q: What will you change first?\n\n"
    "A: The way we train our young players, because they are the future of this club.\n\n"
    "Q: Why did you say yes?\n\n"
    "A: I could not turn down a club with this much history.\n"
)

NAMED = (
    "Dana Whitfield and Omar Reyes run the shelter together. They spoke to us last week.\n\n"
    "Dana: We never planned to run a shelter for this long.\n\n"
    "Omar: Neither did I, but the town needed one.\n\n"
    "Dana: And it still does, every single winter.\n\n"
    "Omar: So we stay open.\n"
)


@pytest.mark.usefixtures("_model")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (INTERVIEW, [
            ("The way we train our young players, because they are the future of this club.",
             "Maria Delgado"),
            ("I could not turn down a club with this much history.", "Maria Delgado"),
        ]),
        (NAMED, [
            ("We never planned to run a shelter for this long.", "Dana Whitfield"),
            ("Neither did I, but the town needed one.", "Omar Reyes"),
            ("And it still does, every single winter.", "Dana Whitfield"),
            ("So we stay open.", "Omar Reyes"),
        ]),
    ],
)  # fmt: skip
def test_answers_are_statements_of_the_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    statements = analyze(text).statements
    found = {s.content.text: s for s in statements}
    for content, speaker in expected:
        assert content in found, list(found)
        statement = found[content]
        assert statement.kind == "direct"
        assert statement.speaker is not None and statement.speaker.name == speaker
    # The questions are nobody's statements.
    assert not [s for s in statements if "?" in s.content.text and s.content.text in text
                and text[s.content.start - 3 : s.content.start] == "Q: "]  # fmt: skip
