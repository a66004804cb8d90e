"""Pronouns reach the person the article has just introduced (issue 9, class 4), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from attrib.api import analyze
from attrib.attribution.pronouns import Candidate, known_genders, resolve
from attrib.nlp import load


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    load()


def last_speaker(text: str) -> str | None:
    statements = analyze(text).statements
    assert statements, text
    speaker = statements[-1].speaker
    return speaker.name if speaker else None


PRONOUNS = [
    # A person introduced as a subject (or a passive's agent) after the last speaker's words is
    # whom the next "she"/"he" means.
    (
        'Mary Holt, the union leader, said: "We will not accept this offer today."\n\n'
        "The new panel will be chaired by Kate Dorner of the farmers' alliance. She said last "
        'night: "People expect the standards to stay as they are."',
        "Kate Dorner",
    ),
    (
        '"The rents are far too high for us," said Leo Park, an adviser to students.\n\n'
        "Fraser Amis, a final-year student, is helping to organise a rent strike.\n\n"
        '"Universities are putting revenue above our lives," he says.',
        "Fraser Amis",
    ),
    # A surname as the subject counts too, once the full name is known.
    (
        "Gavin Yardley, a professor at the university, warned of outbreaks last month.\n\n"
        '"We need more testing," said Leo Park, an adviser to students.\n\n'
        "But Yardley is angry about the blaming of students. He says it is unfair to them.",
        "Gavin Yardley",
    ),
    # With no one new, the speaker of the paragraph before keeps the pronoun.
    (
        '"The rents are far too high for us," said Leo Park, an adviser to students. He spoke '
        "to Dana Whitfield on Monday.\n\n"
        '"We will keep going," he said.',
        "Leo Park",
    ),
    # With no recent speaker, the person the story is about, not one named in passing.
    (
        "Tara Quill got support last week after accusing the label of blocking her songs.\n\n"
        "The label was bought by a company owned by the manager Scooter Brann this year.\n\n"
        'In a post at the time she described this as the "worst case scenario for an artist".',
        "Tara Quill",
    ),
    # An unnamed spokesperson is a "he" too.
    (
        '"Rents are too high," said Fraser Amis, a student.\n\n'
        "A spokesperson for the university urged students to talk to staff, saying: "
        '"We understand this is difficult." He added that the team had organised many events.',
        "A spokesperson",
    ),
    # A participle after the place a verb names belongs to the verb's subject.
    (
        "Last week, Tara Quill posted on Twitter accusing the label of blocking her songs.",
        "Tara Quill",
    ),
]

# Whom a quote names is talked about, not talking: the pronoun after the quote goes past them.
TALKED_ABOUT = [
    (
        "Zeta A. Quill, Baker's attorney, told The Times in a statement that her client did "
        "not intend to cause harm.\n\n"
        '"Mary Baker is passionate about her beliefs and her right to express them," she said '
        "in an email.",
        "Zeta A. Quill",
    ),
    (
        "Coach Dan Ruiz was asked about his striker after the match.\n\n"
        '"Tom Hale has been brilliant for us all season," he said.',
        "Dan Ruiz",
    ),
    # Near-miss: the speaker named in the statement's narration, outside the quotation marks,
    # is still the one who speaks.
    (
        'Senator Ann Voss scolded him: "Mary Baker was right about you," she said.',
        "Ann Voss",
    ),
    # Near-miss: a person named before the quote, not inside it, is a fair antecedent.
    (
        'Mary Baker took the stand on Monday. "I was never paid," she said.',
        "Mary Baker",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS)
def test_pronouns_reach_the_person_just_introduced(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(("text", "expected"), TALKED_ABOUT)
def test_a_pronoun_never_means_whom_its_own_quote_names(text: str, expected: str) -> None:
    assert last_speaker(text) == expected


def _person(name: str, position: int, paragraph: int, *, speaker: bool, subject: bool) -> Candidate:
    return Candidate(name, "person", None, False, position, paragraph, speaker, subject)


# Features name ordinary people by first name: listed before a shared surname, or alone.
FIRST_NAMES = [
    (
        "Lucy, Emma and Kate Morgan opened the bakery in 2015.\n\n"
        'Emma does the baking. "I love the quiet," she said.\n\n'
        'Lucy handles the money. "I am the boring one," she said.',
        ["Emma Morgan", "Lucy Morgan"],
    ),
    (
        "Tom and Ann Lee have run the farm since 1990.\n\n"
        'Tom does the milking. "The cows come first," he said.',
        ["Tom Lee"],
    ),
    (
        "Lucy, a teacher, and Kate Morgan opened the bakery in 2015.\n\n"
        'Lucy handles the money. "I am the boring one," she said.',
        ["Lucy"],
    ),
    # Near-miss: a first name in a clause about someone else is not the paragraph's topic.
    (
        "Actor Tom Reyes said in May that Kimberly was expecting their fifth child.\n\n"
        'Kimberly had a scan last week. "Hearing the heartbeat was special," the actor said.',
        ["Tom Reyes", "Tom Reyes"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_NAMES)
def test_people_named_by_first_name(text: str, expected: list[str]) -> None:
    found = [s.speaker.name if s.speaker else None for s in analyze(text).statements]
    assert found == expected


def test_with_no_recent_speaker_subjects_come_before_names_in_passing() -> None:
    candidates = [
        _person("Tara Quill", 0, 1, speaker=False, subject=True),
        _person("Scooter Brann", 10, 3, speaker=False, subject=False),
    ]
    found = resolve("she", 100, 4, candidates, known_genders(candidates))
    assert found is not None and found.name == "Tara Quill"
    # Beyond three paragraphs a subject no longer counts as the topic: the nearest wins.
    found = resolve("she", 100, 5, candidates, known_genders(candidates))
    assert found is not None and found.name == "Scooter Brann"


@pytest.mark.parametrize(
    ("candidates", "expected"),
    [
        # A subject named after the speaker's words wins.
        ([_person("A", 0, 0, speaker=True, subject=True),
          _person("B", 10, 1, speaker=False, subject=True)], "B"),
        # A name in an object does not.
        ([_person("A", 0, 0, speaker=True, subject=True),
          _person("B", 10, 1, speaker=False, subject=False)], "A"),
        # A subject named before the speaker's words does not either.
        ([_person("B", 0, 0, speaker=False, subject=True),
          _person("A", 10, 1, speaker=True, subject=True)], "A"),
    ],
)  # fmt: skip
def test_resolve_prefers_a_subject_named_after_the_last_speaker(
    candidates: list[Candidate], expected: str
) -> None:
    found = resolve("she", 100, 2, candidates, known_genders(candidates))
    assert found is not None and found.name == expected


def _speakers_of_i(text: str, author: str | None = None) -> list[str | None]:
    """Speakers of the statements whose cue's subject is the article's own "I"."""
    from dataclasses import replace

    from attrib.api import analyze_documents
    from attrib.model import Document, DocumentMeta

    document = replace(Document.from_text("<text>", text), meta=DocumentMeta(author=author))
    report = next(analyze_documents([document]))
    return [
        s.speaker.name if s.speaker else None
        for s in report.statements
        if s.speaker is not None and s.speaker.mention is not None and s.speaker.mention.text == "I"
    ]


NARRATOR = [
    # A first-person headline quote's speaker wrote the piece: the article's "I" is her.
    (
        "'I found the texts on his phone' Ana Reyes speaks out on her cheating ex\n\n"
        "It was the week before Christmas. I still wake up thinking, 'What did I do wrong?'",
        None,
        ["Ana Reyes"],
    ),
    # So is the one author the byline names.
    (
        "It was the week before Christmas. I still wake up thinking, 'What did I do wrong?'",
        "Ana Reyes",
        ["Ana Reyes"],
    ),
    # Not a first-person headline quote, several authors, or no byline: "I" stays as written.
    (
        "'They found the texts on his phone' Ana Reyes speaks out on the case\n\n"
        "It was the week before Christmas. I still wake up thinking, 'What did they do?'",
        None,
        ["I"],
    ),
    (
        "It was the week before Christmas. I still wake up thinking, 'What did I do wrong?'",
        "Ana Reyes and Tom Baker",
        ["I"],
    ),
    (
        "It was the week before Christmas. I still wake up thinking, 'What did I do wrong?'",
        None,
        ["I"],
    ),
]


@pytest.mark.parametrize(("text", "author", "expected"), NARRATOR)
def test_the_articles_own_i_is_its_writer(
    text: str, author: str | None, expected: list[str]
) -> None:
    assert _speakers_of_i(text, author) == expected
