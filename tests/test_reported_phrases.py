"""Reported statements whose content is a phrase rather than a clause, on the real model.

Each table is one class found by error analysis, written as fresh sentences, with near-misses
the rule must leave alone. Expected statements are (content, kind, speaker name) in reading
order; ``None`` as the speaker means no speaker.
"""

from __future__ import annotations

import pytest

from attrib.api import analyze

pytestmark = pytest.mark.usefixtures("nlp")

Expected = list[tuple[str, str, str | None]]


def statements(text: str) -> Expected:
    report = analyze(text)
    return [
        (s.content.text, s.kind, s.speaker.name if s.speaker else None) for s in report.statements
    ]


# "deny" reports a denial of an allegation; denying someone something is a refusal, not a
# statement ("He was denied entry", "denied him bail").
DENIALS = [
    ("He was denied entry at the border.", []),
    ("The court denied him bail.", []),
    ("Police denied him access to a lawyer.", []),
    ("She was denied a visa last year.", []),
    (
        "The minister denied the allegations.",
        [("denied the allegations", "indirect", "The minister")],
    ),
    (
        "The minister denied that he had lied.",
        [("that he had lied", "indirect", "The minister")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DENIALS)
def test_a_refusal_is_no_denial(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# What someone proposes, and the idea someone questions, are what they said; questioning a
# person is an interview.
PROPOSALS_AND_DOUBTS = [
    (
        "The senator has proposed a new tax on carbon.",
        [("a new tax on carbon", "indirect", "The senator")],
    ),
    (
        "She is proposing a ban on plastic bags.",
        [("a ban on plastic bags", "indirect", "She")],
    ),
    (
        "Critics have questioned the wisdom of the plan.",
        [("the wisdom of the plan", "indirect", "Critics")],
    ),
    ("Police questioned the suspect for hours.", []),
    ("Detectives questioned two men about the fire.", []),
    ("Those who question the plan are wrong.", []),
    # A subject the parser found across a paragraph break is no subject.
    (
        "The Latest on the race (all times EDT):\n\n7 p.m.\n\n"
        "Donald Trump is once again questioning the integrity of the voting system.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROPOSALS_AND_DOUBTS)
def test_proposals_and_doubts(text: str, expected: Expected) -> None:
    assert statements(text) == expected
