"""When an outlet is named in the speaker's phrase, who speaks: the outlet, or its employee."""

from __future__ import annotations

import pytest

from attrib.api import analyze


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "outlet"),
    [
        # The outlet itself, or something it published, speaks: the statement is second-hand.
        (
            "The Jerusalem Post learned that the talks had failed.",
            "The Jerusalem Post",
            "outlet",
            "The Jerusalem Post",
        ),
        (
            "A report by The New York Times said the talks had failed.",
            "The New York Times",
            "outlet",
            "The New York Times",
        ),
        ("The talks failed, Smith told Reuters.", "Smith", "person", "Reuters"),
        # A person the outlet employs speaks for themselves: no outlet relayed it.
        (
            '"The vote is fair," Jane Porter, a writer for The Atlantic, said on Monday.',
            "Jane Porter",
            "person",
            None,
        ),
        ("An NBC correspondent said the talks had failed.", "An NBC correspondent", None, None),
        # Typeset copy's apostrophe names the same outlet as the catalogue's straight one.
        (
            "On Monday, the People’s Daily, the party's newspaper, warned that there was no room "
            "for compromise.",
            "People's Daily",
            "outlet",
            "People's Daily",
        ),
        (
            "The People's Daily warned that there was no room for compromise.",
            "People's Daily",
            "outlet",
            "People's Daily",
        ),
    ],
)
def test_outlet_or_employee(text: str, speaker: str, kind: str | None, outlet: str | None) -> None:
    (statement,) = analyze(text).statements
    assert statement.speaker is not None
    assert statement.speaker.name == speaker
    if kind is not None:
        assert statement.speaker.kind == kind
    assert (statement.outlet.name if statement.outlet else None) == outlet


CHANNELS = [
    # Entertainment, sport and technology outlets the catalogue names.
    ("The singer told People magazine she was tired of touring.", "People"),
    ("The striker told Sky Sports that he would stay at the club.", "Sky Sports"),
    ("The coach told ESPN that the team was tired.", "ESPN"),
    ("In an interview with TMZ, the rapper said he was broke.", "TMZ"),
    ("The phone is fast, according to CNET.", "CNET"),
    ("The film was delayed, Deadline Hollywood reported.", "Deadline"),
    ("The player told The Athletic that he would stay.", "The Athletic"),
    # A participle beside the cue says where the words were given.
    ("Speaking to the BBC, the coach said the team was tired.", "BBC"),
    ("The team was tired, the coach said, speaking to Sky Sports.", "Sky Sports"),
    ("Writing in The Guardian, the professor argued that the plan would fail.", "The Guardian"),
    # Not outlets: ordinary words that name outlets, and people the participle names.
    ("People said the plan had failed.", None),
    ("Variety is the spice of life, the chef said.", None),
    ("Today the mayor said the plan had failed.", None),
    ("Speaking to reporters, the coach said the team was tired.", None),
    ("Talking to his lawyer, the coach said the team was tired.", None),
]


@pytest.mark.parametrize(("text", "outlet"), CHANNELS)
def test_the_outlet_a_statement_came_through(text: str, outlet: str | None) -> None:
    (statement,) = analyze(text).statements
    assert (statement.outlet.name if statement.outlet else None) == outlet
