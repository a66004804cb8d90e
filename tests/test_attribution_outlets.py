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
