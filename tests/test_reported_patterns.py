"""Reported (indirect) statements in newsroom constructions, on the real model.

Each table is one class of reported statement found by error analysis on real newsroom copy,
written as fresh sentences, with near-misses the rule must not catch. Expected statements are
(content, kind, speaker name) in reading order; ``None`` as the speaker means no speaker.
"""

from __future__ import annotations

import pytest

from attrib.api import analyze
from tests.test_extraction_patterns import Expected, statements

# Every test here runs the real model: load it once for the session.
pytestmark = pytest.mark.usefixtures("nlp")


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


# A "that" clause right after a phrase of the cue ("at the time", "during the debate") is what
# was said, though the parser hangs it on the phrase's noun as a relative clause; a real
# relative clause ("a rally that drew thousands") is not.
AFTER_A_PHRASE = [
    (
        "The minister argued during the debate that taxes were too high.",
        [("that taxes were too high", "indirect", "The minister")],
    ),
    (
        "Both hostages claimed at the time that they were being fed well.",
        [("that they were being fed well", "indirect", "Both hostages")],
    ),
    (
        "Officials told reporters at the time that the road was closed.",
        [("that the road was closed", "indirect", "Officials")],
    ),
    ("She spoke at a rally that drew thousands.", []),
    # A relative clause is no complement: what he complained about is the noise, clause and all.
    (
        "He complained about the noise that kept him awake.",
        [("the noise that kept him awake", "indirect", "He")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_A_PHRASE)
def test_that_clause_after_a_phrase(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# A clause whose subject is a gerund ("says shutting the halls is unsustainable") is what was
# said, though the parser reads the gerund as the verb's complement; a gerund with no finite
# verb of its own reports nothing.
GERUND_CLAUSES = [
    (
        "The dean accepts that the halls face real risks, but says shutting campuses down and "
        "moving most teaching online is unsustainable.",
        [
            (
                "shutting campuses down and moving most teaching online is unsustainable",
                "indirect",
                "The dean",
            )
        ],
    ),
    (
        "The coach says resting the players was the right call.",
        [("resting the players was the right call", "indirect", "The coach")],
    ),
    ("He continued talking while the band played.", []),
]


@pytest.mark.parametrize(("text", "expected"), GERUND_CLAUSES)
def test_gerund_subject_clause(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# A denied phrase reads as its opposite without the verb: the statement is the denial itself.
# A denied clause ("denied that ...") is a proposition of its own and keeps its bounds.
DENIALS = [
    (
        "The manager has consistently denied being unfair to the players.",
        [("denied being unfair to the players", "indirect", "The manager")],
    ),
    (
        "The firm has twice denied doing anything wrong.",
        [("denied doing anything wrong", "indirect", "The firm")],
    ),
    (
        "The ministry denies the allegations.",
        [("denies the allegations", "indirect", "The ministry")],
    ),
    (
        "The mayor denied that she had misled the council.",
        [("that she had misled the council", "indirect", "The mayor")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DENIALS)
def test_a_denial_keeps_its_verb(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# A noun for something said with a "that" clause right after it: the clause is what was said;
# the noun's possessor, its "by" phrase, a name compounded with it, or the subject of a verb
# that puts it forward said it. Reacting to a claim or a circumstance names no source; a
# relative clause ("the claims that he made") and "the fact that" are no statements.
REPORT_NOUNS = [
    (
        "The exit came days after the actor's announcement that his wife had been taken to "
        "hospital.",
        [("that his wife had been taken to hospital", "indirect", "the actor")],
    ),
    (
        "The ministry has repeatedly touted estimates that two million homes could lose power.",
        [("that two million homes could lose power", "indirect", "The ministry")],
    ),
    (
        "The board issued a warning that fares would rise.",
        [("that fares would rise", "indirect", "The board")],
    ),
    (
        "Ann Lee spoke first. Her claim that the vote was rigged was rejected.",
        [("that the vote was rigged", "indirect", "Ann Lee")],
    ),
    (
        "A claim by the union that wages had fallen was disputed.",
        [("that wages had fallen", "indirect", "the union")],
    ),
    (
        "A Reuters report that the plant would close was denied.",
        [("that the plant would close", "indirect", "Reuters")],
    ),
    # The parser's noun is the verb: "Cole charges that ...".
    (
        "Cole charges that the council hid the report.",
        [("that the council hid the report", "indirect", "Cole")],
    ),
    (
        "Democrats also persisted in arguments that the panel was biased.",
        [("that the panel was biased", "indirect", "Democrats")],
    ),
    (
        "Officials rejected claims that the dam was unsafe.",
        [("that the dam was unsafe", "indirect", None)],
    ),
    (
        "Amid claims that the dam was unsafe, residents left.",
        [("that the dam was unsafe", "indirect", None)],
    ),
    ("The claims that he made were false.", []),
    ("The fact that the plant closed hurt the town.", []),
    # A closing cue whose verb the parser took for a noun compounded with its subject.
    (
        "Engineers have measured the leak directly for the first time, a new study reports.",
        [
            (
                "Engineers have measured the leak directly for the first time",
                "indirect",
                "study",
            )
        ],
    ),
    ("The town keeps two new study reports.", []),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_NOUNS)
def test_report_noun_with_a_that_clause(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# An outlet that modifies another person's title inside the speaker's phrase is that person's
# employer: the letter speaks, not the outlet.
def test_an_outlet_in_a_backer_s_title_does_not_speak_for_the_letter() -> None:
    text = (
        "The letter, also backed by BBC Radio presenter Ann Lee, demands assurances that "
        "cheap imports will not be sold in shops."
    )
    report = analyze(text)
    speakers = [(s.speaker.name, s.speaker.kind) for s in report.statements if s.speaker]
    assert speakers == [("The letter", "document")]


# Blaming and attributing characterise in someone's words as labelling does: the object and
# the charge are what they said. "call" keeps a label the parser hung inside the object; an
# apposition set off by commas is no label.
CHARGES = [
    (
        "The president has publicly blamed the neighbours and their spies for arming the rebels.",
        [
            (
                "the neighbours and their spies for arming the rebels",
                "indirect",
                "The president",
            )
        ],
    ),
    (
        "The analyst attributed the rally in bank stocks to the court's ruling.",
        [("the rally in bank stocks to the court's ruling", "indirect", "The analyst")],
    ),
    (
        "The bank had called the court decision on the steel case a landmark judgment.",
        [("the court decision on the steel case a landmark judgment", "indirect", "The bank")],
    ),
    ("She blamed herself.", []),
    ("The coach called the referee, a former colleague, after the game.", []),
]


@pytest.mark.parametrize(("text", "expected"), CHARGES)
def test_blaming_and_labelling(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# A company that reports a result makes it public; the bookkeeping sense (an infinitive or a
# participle: "to report profits", "reporting gains") reports nothing.
RESULTS = [
    (
        "The chain reported a loss of $30 million on revenue of $16 million in the quarter.",
        [
            (
                "a loss of $30 million on revenue of $16 million in the quarter",
                "indirect",
                "The chain",
            )
        ],
    ),
    ("The rules make it easier to report offshore profits.", []),
    ("Taxpayers reporting capital gains would pay more.", []),
]


@pytest.mark.parametrize(("text", "expected"), RESULTS)
def test_reported_results(text: str, expected: Expected) -> None:
    assert statements(text) == expected


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    report = analyze(text)
    return [
        (
            s.content.text,
            s.speaker.name if s.speaker else None,
            s.speaker.kind if s.speaker else None,
        )
        for s in report.statements
    ]


_LEDE = (
    "A leading flood engineer is now warning that the river defences could fail this winter.\n\n"
)

# Delayed identification: one unnamed person described in a lede and named at the opening of
# the next paragraph is that person. Not when the next paragraph opens with someone else's
# words, when the person was named before, or when the source asked not to be named.
INTRODUCED = [
    (
        _LEDE + 'Dr Maria Okafor, who leads the regional survey, says: "The walls are too low."',
        [
            ("that the river defences could fail this winter", "Maria Okafor", "person"),
            ('"The walls are too low."', "Maria Okafor", "person"),
        ],
    ),
    (
        "Maria Okafor visited the site in May.\n\n"
        + _LEDE
        + 'Dr Maria Okafor, who leads the regional survey, says: "The walls are too low."',
        [
            (
                "that the river defences could fail this winter",
                "A leading flood engineer",
                "unknown",
            ),
            ('"The walls are too low."', "Maria Okafor", "person"),
        ],
    ),
    (
        "A senior engineer, who asked not to be named, is warning that the walls could fail."
        '\n\nDr Maria Okafor, who leads the survey, says: "The walls are too low."',
        [
            ("that the walls could fail", "A senior engineer", "anonymous"),
            ('"The walls are too low."', "Maria Okafor", "person"),
        ],
    ),
    (
        "A senior official, who was not authorized to speak publicly, said the talks failed."
        "\n\nMinister Ann Vale, who chairs the talks, said they would go on.",
        [
            ("the talks failed", "A senior official", "anonymous"),
            ("they would go on", "Ann Vale", "person"),
        ],
    ),
    (
        _LEDE + "Minister Ann Vale told lawmakers the walls would hold.",
        [
            (
                "that the river defences could fail this winter",
                "A leading flood engineer",
                "unknown",
            ),
            ("the walls would hold", "Ann Vale", "person"),
        ],
    ),
    (
        _LEDE + 'The council disagrees. "The walls are fine," said Dr Maria Okafor.',
        [
            (
                "that the river defences could fail this winter",
                "A leading flood engineer",
                "unknown",
            ),
            ('"The walls are fine,"', "Maria Okafor", "person"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTRODUCED)
def test_a_source_named_in_the_next_paragraph(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert speakers(text) == expected


# A name joined to the people working with them speaks as one group; a spouse is no team.
TEAMS = [
    (
        "Such flares probably recur every few weeks, Maria Okafor and her team wrote.",
        [
            (
                "Such flares probably recur every few weeks",
                "Maria Okafor and her team",
                "group",
            )
        ],
    ),
    (
        "Ann Lee and her husband said they would sell the farm.",
        [("they would sell the farm", "Ann Lee", "person")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEAMS)
def test_a_name_and_their_team(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert speakers(text) == expected
