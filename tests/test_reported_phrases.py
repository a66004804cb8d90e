"""Reported statements whose content is a phrase rather than a clause, on the real model.

Each table is one class found by error analysis, written as fresh sentences, with near-misses
the rule must leave alone. Expected statements are (content, kind, speaker name) in reading
order; ``None`` as the speaker means no speaker.
"""

from __future__ import annotations

import pytest

from tests.test_extraction_patterns import Expected, statements

pytestmark = pytest.mark.usefixtures("nlp")


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
    # A paragraph break ends a sentence: the headings above do not run into the subject.
    (
        "The Latest on the race (all times EDT):\n\n7 p.m.\n\n"
        "Donald Trump is once again questioning the integrity of the voting system.",
        [("the integrity of the voting system", "indirect", "Donald Trump")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROPOSALS_AND_DOUBTS)
def test_proposals_and_doubts(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# What someone speaks about or of is the gist of what they said; "spoke on Tuesday" and "spoke
# to reporters" name when and to whom, and the writer's own "we" is no source.
TOPICS = [
    (
        "The senator spoke of the legacy of the war.",
        [("the legacy of the war", "indirect", "The senator")],
    ),
    (
        "The coach has spoken about the need for patience.",
        [("the need for patience", "indirect", "The coach")],
    ),
    (
        "Funeral directors talk openly about how scared they are.",
        [("how scared they are", "indirect", "Funeral directors")],
    ),
    ("We talked about the weather.", []),
    ("The president spoke on Tuesday in Ohio.", []),
    ("She spoke to reporters after the hearing.", []),
]


@pytest.mark.parametrize(("text", "expected"), TOPICS)
def test_what_someone_spoke_of(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# A headline that opens with a source and a colon states that source's claim; a topic, a
# dateline, a desk label or a title-cased phrase before the colon is no source.
HEADLINE_CLAIMS = [
    (
        "Sanders: Clinton needs a sharper message on jobs\n\n"
        "Bernie Sanders offered some advice on Friday.",
        [("Clinton needs a sharper message on jobs", "indirect", "Bernie Sanders")],
    ),
    (
        "Pat Caddell: Voters Worried About the Candidate's Health.\n\nThe race is close.",
        [("Voters Worried About the Candidate's Health", "indirect", "Pat Caddell")],
    ),
    (
        "Poll: Voters Abandon Incumbent Over Taxes\n\nThe race is close.",
        [("Voters Abandon Incumbent Over Taxes", "indirect", "Poll")],
    ),
    # A quoted claim stays a direct quote.
    (
        "Ana Reyes: 'We will never give up on this town'\n\nThe mayor, Ana Reyes, spoke.",
        [("'We will never give up on this town'", "direct", "Ana Reyes")],
    ),
    ("Brexit: UK and EU agree on a deal\n\nThe deal was struck late. Brexit will happen.", []),
    ("NEW DELHI: Nearly 150 travellers returned home on Wednesday.", []),
    ("Watch: The moment a whale leaps from the sea", []),
    ("Stealth Over Health: The Candidate Was Headed to Hospital.", []),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_CLAIMS)
def test_a_headline_source_and_its_claim(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# A cue closing its paragraph with a colon introduces the next paragraph, a block quote whose
# marks the page dropped; a quoted paragraph is the quote conventions' and a colon after a
# clause with no cue verb introduces no one's words.
BLOCK_QUOTES = [
    (
        "The governor added:\n\nIt is typical of her. She knows nothing about the city.",
        [("It is typical of her. She knows nothing about the city.", "indirect", "The governor")],
    ),
    (
        'Ana Reyes added:\n\n"This reeks of fear."',
        [('"This reeks of fear."', "direct", "Ana Reyes")],
    ),
    ("The plan has three parts:\n\nFirst, taxes will rise.", []),
]


@pytest.mark.parametrize(("text", "expected"), BLOCK_QUOTES)
def test_a_block_quote_after_a_colon_cue(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# What someone agrees to do and whom they endorse are their stated positions; a relative
# clause set off by a comma after the object is the object's own (a statement of its own).
COMMITMENTS = [
    (
        "The union agreed to end the strike.",
        [("to end the strike", "indirect", "The union")],
    ),
    ("The two sides agreed on a date.", []),
    (
        "The senator endorsed Ana Reyes for mayor.",
        [("Ana Reyes", "indirect", "The senator")],
    ),
    (
        "The paper endorsed Ana Reyes, who says she is honored.",
        [
            ("Ana Reyes", "indirect", "The paper"),
            ("she is honored", "indirect", "Ana Reyes"),
        ],
    ),
    ("The endorsed candidate lost.", []),
]


@pytest.mark.parametrize(("text", "expected"), COMMITMENTS)
def test_agreements_and_endorsements(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# "As X said, ..." attributes the clause it opens or closes; a time clause with "as" does not.
# What someone points to (and what they say it shows) is what they argued; a gesture is not.
AS_CLAUSES_AND_POINTING = [
    (
        "As the senator has pointed out, the law is badly drafted.",
        [("the law is badly drafted", "indirect", "the senator")],
    ),
    (
        "The law is badly drafted, as the senator noted.",
        [("The law is badly drafted", "indirect", "the senator")],
    ),
    ("As Ann joked with her friends, her brother grew impatient.", []),
    ("As expected, the law passed.", []),
    (
        "The governor pointed to the new jobs report as evidence of recovery.",
        [("the new jobs report as evidence of recovery", "indirect", "The governor")],
    ),
    (
        "Critics point to technology that has removed such content elsewhere.",
        [("technology that has removed such content elsewhere", "indirect", "Critics")],
    ),
    ("He pointed to the door.", []),
    ("The extremes of failure and success point to an upheaval in the sport.", []),
]


@pytest.mark.parametrize(("text", "expected"), AS_CLAUSES_AND_POINTING)
def test_as_clauses_and_pointing(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# What a poll, a document or footage shows is its finding, object and all; a person or a
# museum that shows something reports nothing.
FINDINGS_SHOWN = [
    (
        "A new poll shows Clinton leading Trump by three points.",
        [("Clinton leading Trump by three points", "indirect", "A new poll")],
    ),
    (
        "The video shows him with his hands in the air, but the officer said he was armed.",
        [
            ("him with his hands in the air", "indirect", "The video"),
            ("he was armed", "indirect", "the officer"),
        ],
    ),
    (
        "Polling of union voters shows that the senator remains popular.",
        [("that the senator remains popular", "indirect", "Polling")],
    ),
    ("Neither candidate showed much of an appetite for a fight.", []),
    ("The museum shows paintings by local artists.", []),
]


@pytest.mark.parametrize(("text", "expected"), FINDINGS_SHOWN)
def test_what_a_poll_shows(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# What a speech verb with nothing else reported is about is the gist of what was said; a quote
# right after it is what was said, and a thing made about someone is no topic of speech.
SPOKEN_ABOUT = [
    (
        "Residents complained about the noise from the plant.",
        [("the noise from the plant", "indirect", "Residents")],
    ),
    (
        "The host asked Clinton about her email scandal.",
        [("her email scandal", "indirect", "The host")],
    ),
    ('She said about the plan, "It is a disaster."', [('"It is a disaster."', "direct", "She")]),
    ("The band has written songs about him for years.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_ABOUT)
def test_what_was_said_about(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# "according to X": a source the parser read as a verb phrase is its last noun; a clause the
# parser ran into the source phrase past a comma is the content; an apposition stays the
# source's description.
ACCORDING_TO = [
    (
        "The tycoon demeaned women on the set, according to show insiders.",
        [("The tycoon demeaned women on the set", "indirect", "insiders")],
    ),
    (
        "The port was closed, according to Ana Reyes, a spokeswoman for the ministry.",
        [("The port was closed", "indirect", "Ana Reyes")],
    ),
    (
        "The port was closed, according to Ana Reyes, a spokeswoman who has criticised it.",
        [("The port was closed", "indirect", "Ana Reyes")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO)
def test_according_to(text: str, expected: Expected) -> None:
    assert statements(text) == expected
