"""Reported (indirect) statements in newsroom constructions, on the real model.

Each table is one class of reported statement found by error analysis on real newsroom copy,
written as fresh sentences, with near-misses the rule must not catch. Expected statements are
(content, kind, speaker name) in reading order; ``None`` as the speaker means no speaker.
"""

from __future__ import annotations

import pytest

from attrib.api import analyze

# Every test here runs the real model: load it once for the session.
pytestmark = pytest.mark.usefixtures("nlp")

Expected = list[tuple[str, str, str | None]]


def statements(text: str) -> Expected:
    report = analyze(text)
    return [
        (s.content.text, s.kind, s.speaker.name if s.speaker else None) for s in report.statements
    ]


# "find" reports what was found with or without its particle ("found that", "found out that");
# without a clause it is no statement.
FINDINGS = [
    (
        "A new study found that most commuters were unhappy with the service.",
        [("that most commuters were unhappy with the service", "indirect", "A new study")],
    ),
    (
        "Reporters found out that the mayor had misled the council.",
        [("that the mayor had misled the council", "indirect", "Reporters")],
    ),
    ("She found the keys under the mat.", []),
    ("The inspectors found a leak in the roof.", []),
]


@pytest.mark.parametrize(("text", "expected"), FINDINGS)
def test_find_reports_with_a_clause(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# Data, slides and presentations show and indicate things as reports do ("data" is lemmatised
# "datum"); a thing that cannot know still indicates nothing.
EVIDENCE = [
    (
        "New projections released on Friday showed that rents would rise for a third year.",
        [("that rents would rise for a third year", "indirect", "New projections")],
    ),
    (
        "New data on Tuesday showed factory orders had fallen for a second month.",
        [("factory orders had fallen for a second month", "indirect", "New data")],
    ),
    (
        "A presentation to lenders indicated that the plant would close in spring.",
        [("that the plant would close in spring", "indirect", "A presentation")],
    ),
    ("The weather indicates that spring has come early.", []),
]


@pytest.mark.parametrize(("text", "expected"), EVIDENCE)
def test_documents_that_show(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# People named by a noun know things although no earlier mention resolves them; a verb of
# knowing with a direct object after it knows no clause the parser hung on it before.
KNOWERS = [
    (
        "The inspectors found that the council had broken the rules twice.",
        [("that the council had broken the rules twice", "indirect", "The inspectors")],
    ),
    (
        "The judge believes that the accounts were falsified.",
        [("that the accounts were falsified", "indirect", "The judge")],
    ),
    ("The challenge is plain: the new chief would assume office in January.", []),
    (
        "The stakes are high for whoever is appointed to the seat: That candidate would assume "
        "office in January and face voters in November.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), KNOWERS)
def test_who_can_know(text: str, expected: Expected) -> None:
    assert statements(text) == expected
