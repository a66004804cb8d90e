"""Colon quotes after a clause (issue 9, class 3): the clause's subject speaks, not the object or
addressee nearest the colon. Sentences written for these tests."""

from __future__ import annotations

import pytest

from attrib.api import analyze
from attrib.nlp import load


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    load()


COLONS = [
    ('The letter warns Mr Hollis: "If we get this wrong, the progress will be lost."',
     ("The letter", "document")),
    ("Senator Ann Lee echoed the point, but laid the blame on the governor: "
     '"We have had four months of this and nothing has changed."', ("Ann Lee", "person")),
    ('Dale Hart told Reuters: "We will appeal the ruling as soon as we can."',
     ("Dale Hart", "person")),
    # A name that is the clause's subject still speaks.
    ('Said Reed: "We are done here and we are going home now."', ("Reed", "person")),
    ('Mr Hollis added: "The farmers cannot handle another year like this one."',
     ("Hollis", "person")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COLONS)
def test_colon_quotes_belong_to_the_clause_subject(text: str, expected: tuple[str, str]) -> None:
    statements = analyze(text).statements
    assert len(statements) == 1
    speaker = statements[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == expected


HEADLINES = [
    # A headline puts the words first and the speaker after them: no comma, no verb needed.
    (
        "'I found the texts on his phone' Ana Reyes speaks out on her cheating ex\n\n"
        "It was the week before Christmas.",
        ("Ana Reyes", "person"),
    ),
    (
        "'We were never told anything': Ana Reyes on the night the dam broke\n\n"
        "The dam broke at night.",
        ("Ana Reyes", "person"),
    ),
    (
        "“It is time for me to go” — Tom Baker quits after ten years\n\nHe quit on Monday.",
        ("Tom Baker", "person"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_a_headline_quote_is_the_name_after_it(text: str, expected: tuple[str, str]) -> None:
    speaker = analyze(text).statements[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == expected


@pytest.mark.parametrize(
    ("text", "not_the_speaker"),
    [
        # A possessive after the quote names no speaker; nor does a day or a place.
        ("'We will never give up on this strike' Reyes's fight goes on\n\nIt went on.", "Reyes"),
        ("'We will never give up on this strike' Monday in Leeds\n\nIt went on.", "Monday"),
        # Not a headline: a sentence of the body (it ends with a full stop) is left to its cues.
        (
            "The strike went on. 'We will never give up on this strike' Ana Reyes speaks out.",
            "Ana Reyes",
        ),
    ],
)
def test_a_quote_outside_a_headline_or_with_no_person_after_it_is_not_a_headline_quote(
    text: str, not_the_speaker: str
) -> None:
    quote = next(s for s in analyze(text).statements if "never give up" in s.content.text)
    assert quote.speaker is None or not_the_speaker not in quote.speaker.name


_REVIEW = '"The controller is comfortable to hold for hours and the battery lasts all weekend."'
_SECOND = '"Setting it up took two minutes, and the picture on a big television is sharp."'
CREDIT_LINES = [
    # A credit line in brackets after the excerpt names its source.
    (f"The reviews are in.\n\n{_REVIEW}\n\n[ Engadget ]", ["Engadget"]),
    (f"The reviews are in.\n\n{_REVIEW}\n\n(Tech Weekly)", ["Tech Weekly"]),
    # An excerpt of two paragraphs, credited once after both.
    (f"The reviews are in.\n\n{_REVIEW}\n\n{_SECOND}\n\n[ Engadget ]", ["Engadget", "Engadget"]),
    # Before a colon that introduces the round-up.
    (f"Here is what the reviews say:\n\n{_REVIEW}\n\n[ Engadget ]", ["Engadget"]),
    # Not a credit line: narrative between, a sentence in brackets, a quote inside a sentence.
    (f"The reviews are in.\n\n{_REVIEW}\n\nThe price is high.\n\n[ Engadget ]", [None]),
    (f"The reviews are in.\n\n{_REVIEW}\n\n(Prices were cut later.)", [None]),
]


@pytest.mark.parametrize(("text", "expected"), CREDIT_LINES)
def test_a_credit_line_names_the_excerpt_before_it(text: str, expected: list[str | None]) -> None:
    statements = [s for s in analyze(text).statements if s.kind == "direct"]
    assert [s.speaker.name if s.speaker else None for s in statements] == expected
