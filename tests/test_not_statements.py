"""Not statements: interviewer framing, reader instructions, titles; and quotes whose marks are
mixed or left open, or that an earlier paragraph's colon introduces."""

from __future__ import annotations

import pytest

from attrib.api import analyze
from attrib.extraction.not_statements import is_title
from attrib.extraction.quotes import find_quotes
from attrib.nlp import load


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    load()


def contents(text: str) -> list[str]:
    return [s.content.text for s in analyze(text).statements]


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # The interviewer's question is not the statement of the person asked.
        ("Asked why he chose the mayor, Tom Blake said she had always fought for workers.",
         "why he chose the mayor", "she had always fought for workers"),
        ("Pressed on how the money would be raised, Ms Lee said taxes would rise.",
         "how the money would be raised", "taxes would rise"),
        ("When asked about the deal, the minister said it was a good outcome for all.",
         "about the deal", "it was a good outcome for all"),
        # Words to the reader report nobody.
        ("To urge your MP to vote for the amendment, click here.", "to vote for the amendment",
         None),
        # Titles of shows and videos in quotation marks are not speech.
        ('She appeared on "Dancing with the Stars" last year and said she loved it.',
         '"Dancing with the Stars"', "she loved it"),
        ('The videos were called the "Border Council Show." Few people watched them.',
         '"Border Council Show."', None),
        ('Few people had seen an episode of "The Morning Table Show" before.',
         '"The Morning Table Show"', None),
    ],
)  # fmt: skip
def test_not_statements(text: str, absent: str, present: str | None) -> None:
    found = contents(text)
    assert not [c for c in found if absent in c], found
    if present is not None:
        assert [c for c in found if present in c], found


SET_PHRASES = [
    # The writer's own connectives: no statement, whoever seems to be "saying".
    ("That said, the council has raised rents twice this year.", []),
    ("Having said that, the council has raised rents twice this year.", []),
    ("That being said, the council has raised rents twice this year.", []),
    ("When all is said and done, the council will have raised rents twice.", []),
    ("It goes without saying that the council has raised rents twice.", []),
    ("Suffice it to say the council has raised rents twice this year.", []),
    ("Rents are high, to say nothing of the heating bills.", []),
    ("Let's say the council raises rents again next year.", []),
    # The same verbs reporting someone stay statements.
    ("Having said that rents would fall, the mayor raised them.", ["that rents would fall"]),
    (
        "The mayor said that, in her view, rents were too high.",
        ["that, in her view, rents were too high"],
    ),
    ("The mayor said rents would fall. That said, she raised them.", ["rents would fall"]),
]


@pytest.mark.parametrize(("text", "expected"), SET_PHRASES)
def test_set_phrases_report_nobody(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A speaker's next sentence may be capitalised like a title: still speech.
        ('"We will win this," Lee said. "No Doubt About It."', True),
        # A chant is speech, even in capitals.
        ('The crowd kept chanting "U-S-A! U-S-A!" as he spoke.', True),
    ],
)
def test_capitalised_speech_stays(text: str, expected: bool) -> None:
    found = contents(text)
    assert bool([c for c in found if "No Doubt" in c or "U-S-A" in c]) is expected, found


@pytest.mark.parametrize(
    ("quoted", "title"),
    [
        ('She was on "Dancing with the Stars" again.', True),
        ('He read "The Hard Thing About Hard Things" twice.', False),  # no title context
        ('He read the book "The Hard Thing About Hard Things" twice.', True),
        ('She said "we will win" again.', False),
        ('They introduced the "War On Drugs" then.', False),  # a campaign, not a work
    ],
)
def test_is_title(quoted: str, title: bool) -> None:
    start = quoted.index('"')
    end = quoted.index('"', start + 1) + 1
    assert is_title(quoted, start, end) is title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Mixed marks: a double opening closed by a single mark before the cue.
        ("Green says. “This approach is wrong. We must live with it,’ he says.\n\nNext.",
         ["“This approach is wrong. We must live with it,’"]),
        # A quote that ran on and whose next paragraph lost its mark (an embed came between).
        ('Spurs said: "Jose is great.\n\n"He is renowned.\n\nClub statement\n\n"He won."',
         ['"Jose is great.\n\n"He is renowned.', '"He won."']),
        # A colon introduces a quote that never closes: it runs to the paragraph's end.
        ('He told me: "we will win it all\n\nNext paragraph.', ['"we will win it all']),
        # Otherwise an unclosed quote is still dropped.
        ('He said "never closed.\nShe said "closed here".', ['"closed here"']),
    ],
)  # fmt: skip
def test_unbalanced_quotes(text: str, expected: list[str]) -> None:
    assert [q.text(text) for q in find_quotes(text)] == expected


def test_partial_quote_inside_reported_speech_is_mixed() -> None:
    text = (
        'Hale was known for telling others "he was in charge of the port" despite his job, '
        "said another witness, Anna Cole."
    )
    (statement,) = [s for s in analyze(text).statements if "in charge" in s.content.text]
    assert statement.kind == "mixed"


def test_colon_closing_the_paragraph_before_names_the_speaker() -> None:
    text = 'On Monday, Sanders made the following comment:\n\n"Young people deserve better jobs."'
    (statement,) = analyze(text).statements
    assert statement.kind == "direct"
    assert statement.speaker is not None and statement.speaker.name == "Sanders"
