"""Names, kinds and descriptions of speakers (issue 9, class 6), on sentences written for them."""

from __future__ import annotations

import pytest

from attrib.api import analyze
from attrib.attribution.descriptions import tidy_description

# Every test here runs the real model: load it once for the session.
pytestmark = pytest.mark.usefixtures("nlp")


def all_speakers(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (s.speaker.name, s.speaker.kind, s.speaker.description)
        for s in analyze(text).statements
        if s.speaker is not None
    ]


def last_speaker(text: str) -> tuple[str, str, str | None]:
    """(name, kind, description) of the last statement's speaker."""
    statements = [s for s in analyze(text).statements if s.speaker is not None]
    assert statements, text
    speaker = statements[-1].speaker
    assert speaker is not None
    return speaker.name, speaker.kind, speaker.description


NAMES = [
    # A title inside the proper-noun run ends the description; the name starts after it.
    (
        "Springfield City Mayor Joan Okafor said that the roads would reopen.",
        ("Joan Okafor", "person", "Springfield City Mayor"),
    ),
    (
        "Deputy Press Secretary Laura Brandt said that the meeting was cancelled.",
        ("Laura Brandt", "person", "Deputy Press Secretary"),
    ),
    # A hyphenated title is a title ("Vice-President" is "Vice", "-", "President").
    (
        "Vice-President Mike Dunmore stressed that the virus was contagious.",
        ("Mike Dunmore", "person", "Vice-President"),
    ),
    # Words before a known first name describe the person: "Hawks DL Sheldon Marsh".
    (
        "Hawks DL Sheldon Marsh said the league should act.",
        ("Sheldon Marsh", "person", "Hawks DL"),
    ),
    # A document by a named person speaks for its author; by an organisation, for itself.
    (
        "According to a 2019 survey by Joan Okafor of the University of Leeds, the firm has "
        "cut its copy desks.",
        ("Joan Okafor", "person", "a 2019 survey"),
    ),
    (
        "A new study by Dr. Tom Baker says that most readers stop at the headline.",
        ("Tom Baker", "person", "A new study"),
    ),
    (
        "According to a 2019 report by the Congressional Budget Office, the deficit will grow.",
        ("a 2019 report", "document", "by the Congressional Budget Office"),
    ),
    (
        "The survey by Gallup shows that most readers stop at the headline.",
        ("The survey", "document", "by Gallup"),
    ),
    # A title before a name in a prepositional phrase is the description, not the noun the
    # phrase hangs on ("a meeting with Rep. ...").
    (
        "Tom Baker had a short meeting with Rep. Ann Lee on Monday.\n\n"
        "Lee said the meeting had been a routine one.",
        ("Ann Lee", "person", "Rep."),
    ),
    # Honorifics address a person; they are not a description.
    ("Mr Hollis said the deal was good.", ("Hollis", "person", None)),
    ("Ms. Garber insisted that prices would fall.", ("Garber", "person", None)),
    # A surname later resolves to the full name, with the person's kind, even when the model
    # labelled the full name an organisation.
    (
        "The envoy, former special envoy to Peru Kurt Vollmer, changed his account.\n\n"
        "Vollmer said the meeting was a routine one.",
        ("Kurt Vollmer", "person", "former special envoy to Peru"),
    ),
    # A lower-case word the tagger joined to a name is not part of it.
    (
        "Dr. Amy Feld called the patient, Martin Tagg, on Monday. She rang Tagg again.\n\n"
        "Tagg said he did not own any birds.",
        ("Martin Tagg", "person", None),
    ),
]


NAMES += [
    # Of two people with one surname, the one the article quotes is meant, not the one named last.
    (
        "David Haddad said that he was shocked.\n\n"
        "His son, Omar Haddad, had left home in May.\n\n"
        "Haddad said that he would have stopped him himself.",
        ("David Haddad", "person", None),
    ),
    # A surname means the person named before it, not one the same sentence names after it;
    # "by his son" after an active verb is no passive agent: the father calls it that.
    (
        "Rahim Joon Karzan kept a high profile online, officials said.\n\n"
        'Karzan met reporters and called the attack by his son, Omar Karzan, "the act of a '
        'coward."',
        ("Rahim Joon Karzan", "person", None),
    ),
    (
        "Rahim Joon Karzan kept a high profile online, officials said.\n\n"
        "Karzan called the attack by his son, Omar Karzan, a crime.\n\n"
        "Karzan said that he had not seen it coming.",
        ("Rahim Joon Karzan", "person", None),
    ),
    # A name the model leaves untagged is still known; used with a plural verb it is a body.
    (
        "The label that owns her songs, Big Hill, says she may sing them.\n\n"
        "Big Hill have denied doing anything wrong.\n\n"
        '"We never said she could not perform," they said in a statement.',
        ("Big Hill", "organization", None),
    ),
    # A hyphenated name is one name; the hyphen of a title is not part of it.
    (
        'Cheuk Hau-yip, the commander of the district, said: "These rioters are criminals."',
        ("Cheuk Hau-yip", "person", "the commander of the district"),
    ),
    (
        "Congresswoman Alexandria Ocasio-Cortez said the deal was bad.",
        ("Alexandria Ocasio-Cortez", "person", "Congresswoman"),
    ),
    # A word the model did not tag stays with the name it opens ("He" is a surname here).
    (
        '"What is the incentive of this deal?" He Jianxiong, a former director at the fund, '
        "said at an event in Washington.",
        ("He Jianxiong", "person", "a former director at the fund"),
    ),
    # A person the article names only with a title is still the one "the president" means.
    (
        "President Grant has pressed his team to raise the figure.\n\n"
        "Mr. Grant's style is not limited to trade. He has threatened other partners.\n\n"
        "The president says his approach has created leverage.",
        ("Grant", "person", "President"),
    ),
    # A name inside a quote is not the new person a pronoun after it means.
    (
        "President Grant spoke on Monday.\n\n"
        "Ezra Pell, a professor at the college, said the talks were hard. "
        '"By hyping up the goals, Grant makes a deal less likely," he said.',
        ("Ezra Pell", "person", "a professor at the college"),
    ),
    # Someone who asked not to be named is an anonymous source, whatever the noun.
    (
        "Vice-chancellors reacted with fury this week.\n\n"
        'One, who asked not to be named, said: "The government looked to us to fix it."',
        ("One", "anonymous", "who asked not to be named"),
    ),
    # The agent of a passive in a subordinate phrase is no new topic for "the 56-year-old".
    (
        "Jose Marin has agreed a deal to manage the club.\n\n"
        "The coach had been out of work since being sacked by Manchester United.\n\n"
        'The 56-year-old said: "I am excited to be joining a club with such a heritage."',
        ("Jose Marin", "person", None),
    ),
    # A description the article later gives a named person, word for word, is that person.
    (
        "China’s ambassador to Britain accused the UK of meddling in its affairs.\n\n"
        "Police said the protests were violent.\n\n"
        "China’s ambassador to Britain Liu Xiaming has said that China would end the unrest.",
        ("Liu Xiaming", "person", "China’s ambassador to Britain"),
    ),
    # Indian English honorifics address the person and are no part of the name; initials
    # before a first name are.
    (
        "Agriculture Minister Shri R Kannan informed that a survey of crop damage was complete.",
        ("R Kannan", "person", "Agriculture Minister"),
    ),
    (
        "Union Minister Shri K Venu said the road would open in May.",
        ("K Venu", "person", "Union Minister"),
    ),
    (
        "Justice N Ravi Kumar of the High Court observed that the State must act swiftly.",
        ("N Ravi Kumar", "person", "Justice of the High Court"),
    ),
    (
        "Smt Asha Rao said the deficit would narrow next year.",
        ("Asha Rao", "person", None),
    ),
    # A trade opening the sentence describes the company it names (press releases, business
    # copy); a name that opens with a word of that kind keeps it.
    (
        "Developer Hartwell Homes said the scheme would include a new school.",
        ("Hartwell Homes", "organization", "Developer"),
    ),
    (
        "Carmaker Nordwerk said it would cut 500 jobs.",
        ("Nordwerk", "organization", "Carmaker"),
    ),
    (
        "Union Pacific said freight volumes fell.",
        ("Union Pacific", "organization", None),
    ),
    # A self-given first name is the name, and the person stays unidentified.
    (
        "A shopper, who gave her name only as Dana, said the prices had doubled.",
        ("Dana", "anonymous", "A shopper who gave her name only as Dana"),
    ),
    (
        "Dan (not his real name), a first-year student, said he felt unsafe in the halls.",
        ("Dan", "anonymous", "(not his real name), a first-year student"),
    ),
]


# A place-like name listed with a person is a person ("Kate York" is tagged as a place): a later
# "York said" is her. Near-miss: a place that opens with a first name, listed with no person,
# stays a place and never takes a pronoun.
LISTED_WITH_A_PERSON = [
    (
        "Both veterans of country radio, Miller’s co-writers Ann Smith and Kate York came to the "
        "project with the same idea. “It’s a totally different job,” York said.",
        "Kate York",
    ),
    ("Ann Smith moved to Virginia Beach in May. “The summers are long,” she said.", "Ann Smith"),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_WITH_A_PERSON)
def test_a_place_like_name_listed_with_a_person(text: str, expected: str) -> None:
    assert last_speaker(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_speaker_names(text: str, expected: tuple[str, str, str | None]) -> None:
    assert last_speaker(text) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a teacher (at   the school", "a teacher at the school"),
        ("Dan (not his real name)", "Dan (not his real name)"),
        ("the director) of the lab", "the director of the lab"),
        ("  [a] spokesman ]", "[a] spokesman"),
        ("   ", None),
        ("— who landed the part in May —", "who landed the part in May"),
        ("the singer – a Glasgow native", "the singer – a Glasgow native"),
    ],
)
def test_descriptions_carry_no_space_runs_or_half_brackets(raw: str, expected: str | None) -> None:
    assert tidy_description(raw) == expected


def test_a_description_used_before_the_name_is_the_named_person() -> None:
    text = (
        "China’s ambassador to Britain accused the UK of meddling in its affairs.\n\n"
        "China’s ambassador to Britain Liu Xiaming has said that China would end the unrest."
    )
    expected = ("Liu Xiaming", "person", "China’s ambassador to Britain")
    assert all_speakers(text) == [expected, expected]


def test_a_description_two_people_share_names_neither() -> None:
    text = (
        "The head of the union said the strike would go on.\n\n"
        "The head of the union Ann Pell said the talks failed.\n\n"
        "The head of the union Joe Marr said the talks resumed."
    )
    assert all_speakers(text)[0][0] == "The head"


def test_an_inverted_speaker_the_parser_took_for_an_object() -> None:
    text = (
        "The envoy was known for telling others he was in charge of the talks, said another "
        "witness in the probe, former White House adviser Fiona Hall.\n\n"
        "Sondland was known for telling others “he was in charge of the talks” despite being "
        "the envoy in Brussels, said another witness, former adviser Fiona Hall."
    )
    assert {s[0] for s in all_speakers(text)} == {"Fiona Hall"}


# A source quoted in their own words as an unnamed role keeps it, whoever the next paragraph
# introduces: delayed identification is for a source the lede tells about, not quotes.
QUOTED_UNNAMED = [
    (
        "The developer said the scheme would include a new school. A spokeswoman said: "
        "'We have listened to local people.'\n\n"
        "Sarah Finch, 38, whose house backs on to the site, said: 'My children play there.'",
        [("A spokeswoman", "anonymous"), ("Sarah Finch", "person")],
    ),
    (
        'A senior engineer said: "The walls are too low."\n\n'
        'Dr Maria Okafor, who leads the survey, says: "We need a new plan."',
        [("A senior engineer", "unknown"), ("Maria Okafor", "person")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_UNNAMED)
def test_a_quoted_unnamed_source_is_not_named_by_the_next_paragraph(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(s.speaker.name, s.speaker.kind) for s in analyze(text).statements if s.speaker]
    assert found[-2:] == expected
