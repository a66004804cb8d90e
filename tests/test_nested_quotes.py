"""Quotes inside quotes (`attrib.extraction.nested_quotes`) and cue-less quotes after narrative
about someone (`attrib.extraction.paragraph_topic`), on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from attrib.api import analyze, check_paths
from attrib.extraction.nested_quotes import inner_quotes
from attrib.extraction.quotes import Quote, find_quotes

pytestmark = pytest.mark.usefixtures("nlp")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“He asked, ‘So is the deal done today?’ and left.”", ["‘So is the deal done today?’"]),
        ("\"He told me, 'You cannot do that,' and left.\"", ["'You cannot do that,'"]),
        # Apostrophes are no quotation marks.
        ("“The players’ union said it’s the ’90s again.”", []),
        # One or two words are a scare quote, not a quotation.
        ("“They called it ‘a disgrace’ on Monday.”", []),
        # Inside a single-marked quote the inner marks are double.
        ("'He said \"we will never give up\" and walked out.'", ['"we will never give up"']),
    ],
)
def test_inner_quotes(text: str, expected: list[str]) -> None:
    outer = Quote(0, len(text), 10)
    assert [q.text(text) for q in inner_quotes(text, outer)] == expected


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [
        (s.content.text, s.speaker.name if s.speaker else None) for s in analyze(text).statements
    ]


NESTED = [
    # A cue inside the outer quote gives the inner words to the one it names.
    (
        "“Ambassador Sandland replied that ‘he is going to do it,’ adding that the minister "
        "will, quote, ‘do anything you ask him to.’” Holmes testified.",
        {
            "‘he is going to do it,’": "Sandland",
            "‘do anything you ask him to.’": "Sandland",
        },
    ),
    # After a verb of perception the bare speaking verb is the cue, even when the small model
    # tags it a noun or part of a name ("Diaz ask", "Trump ask").
    (
        "“I then heard Governor Diaz ask, quote, ‘So is the money coming to us?’” Holmes "
        "testified.",
        {"‘So is the money coming to us?’": "Diaz"},
    ),
    (
        "“I then heard President Trump ask, quote, ‘So is the money coming to us?’” Holmes "
        "testified.",
        {"‘So is the money coming to us?’": "Trump"},
    ),
    (
        "“I overheard the minister say, ‘We will not pay for any of it.’” Kerr said.",
        {"‘We will not pay for any of it.’": "the minister"},
    ),
    # "They said" inside the quote: the people the article has named, not the speaker.
    (
        "President Grant's advisers suggested that China buy more farm goods.\n\n"
        "“My people had it done,” Grant recounted. “They said, ‘The farmers can’t handle "
        "it.’ I said, ‘Tell them to buy larger tractors.’”",
        {"‘The farmers can’t handle it.’": "President Grant's advisers"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NESTED)
def test_inner_quotes_belong_to_whom_the_speaker_quotes(
    text: str, expected: dict[str, str]
) -> None:
    found = dict(speakers(text))
    for quote, speaker in expected.items():
        assert found.get(quote) == speaker, found


@pytest.mark.parametrize(
    "text",
    [
        # "I said" is the speaker quoting themselves: the words stay theirs, no inner statement.
        "“I said, ‘Tell them to buy larger tractors,’ and they laughed,” Grant recounted.",
        # A perception verb with no one between it and the speaking verb, or the speaker
        # hearing themselves: the words stay the speaker's.
        "“We heard about it on the radio and asked, ‘Why would anyone do that?’” Grant said.",
        "“I heard myself say, ‘We will not pay for any of it,’ and froze,” Grant said.",
        # No cue inside the outer quote before the inner one.
        "“The sign read ‘no entry after dark today’ in red,” Grant said.",
    ],
)
def test_inner_quotes_without_someone_else_stay_in_the_outer_statement(text: str) -> None:
    found = speakers(text)
    assert len(found) == 1 and found[0][1] == "Grant", found


TOPICS = [
    # The paragraph introduces someone, then lets them speak without a cue.
    (
        '"Rents are too high," said Fraser Amis, a student.\n\n'
        "Dan (not his real name), a first-year student, went home after a week. He does not "
        'plan to go back. "I felt left out staying on my own in the flat."',
        ("Dan", "anonymous"),
    ),
    (
        '"Rents are too high," said Fraser Amis, a student.\n\n'
        'Ann Reyes moved to the city in May. "It was a hard year for all of us."',
        ("Ann Reyes", "person"),
    ),
    # A pronoun for one person opens the paragraph: the person it stands for, also for a quote
    # no cue has come before (a feature's opening voice).
    (
        "When the river rose in 2019, Helen Carver was the nurse on the night shift.\n\n"
        'She remembers every detail. "The water came in through the basement first."',
        ("Helen Carver", "person"),
    ),
    (
        "Ann Reyes runs the shelter on Dock Street.\n\n"
        '"Rents are too high," said Tom Amis, a student.\n\n'
        'She shook her head. "It was a hard year for all of us."',
        ("Ann Reyes", "person"),
    ),
    # A live blog's timestamp before the name does not hide it.
    (
        '22:31 Maria Chen has held the seat. "The voters have spoken," Chen told supporters.\n\n'
        '23:10 Ron Ellis says turnout was high. "Young people came out," Ellis said.\n\n'
        '23:42 Chen has just spoken again. "We will govern for everyone."',
        ("Maria Chen", "person"),
    ),
    # Not a person: the quote carries on the previous speaker's words.
    (
        '"Rents are too high," said Fraser Amis, a student.\n\n'
        'The council met on Monday. "It was a hard year for the town."',
        ("Fraser Amis", "person"),
    ),
    (
        '"Rents are too high," said Fraser Amis, a student.\n\n'
        'It was cold that winter. "It was a hard year for the town."',
        ("Fraser Amis", "person"),
    ),
    (
        '10:05 "Rents are too high," said Fraser Amis, a student.\n\n'
        '10:20 The council met. "It was a hard year for the town."',
        ("Fraser Amis", "person"),
    ),
    # A possessive opens the paragraph: no one is introduced.
    (
        '"Rents are too high," said Fraser Amis, a student.\n\n'
        'Ann Reyes\'s flat was cold all winter. "It was a hard year for all of us."',
        ("Fraser Amis", "person"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOPICS)
def test_a_cueless_quote_after_narrative_about_someone_is_theirs(
    text: str, expected: tuple[str, str]
) -> None:
    last = analyze(text).statements[-1]
    assert last.speaker is not None
    assert (last.speaker.name, last.speaker.kind) == expected


def test_find_quotes_keeps_the_outer_quote_whole() -> None:
    # The nested statements come in addition to the outer quote, which stays one quotation.
    text = "“He asked, ‘So is the deal done today?’ and left.” Holmes said."
    assert [q.text(text) for q in find_quotes(text)] == [text[: text.index("”") + 1]]


def test_a_paragraph_topic_in_a_web_page(tmp_path: Path) -> None:
    # The blanks markup leaves at a paragraph's start do not hide the name that opens it.
    page = tmp_path / "story.html"
    page.write_text(
        "<html><body><article>"
        "<p>“Rents are too high for all of us,” said Fraser Amis, a student at the college.</p>"
        "<p>  <span>Dan (not his real name), a first-year student, went home after a week. "
        "He does not plan to go back. “I felt left out staying on my own in the flat.”</span></p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    report = check_paths([str(page)])
    last = report.files[0].statements[-1]
    assert last.speaker is not None and last.speaker.name == "Dan"
