"""Quote conventions on the real model: split quotes, continued paragraphs, transcript lines."""

from __future__ import annotations

import pytest

from attrib.api import analyze

# Every test here runs the real model: load it once for the session.
pytestmark = pytest.mark.usefixtures("nlp")


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, the mention's text) of each statement."""
    return [
        (
            s.content.text,
            s.speaker.name if s.speaker else None,
            s.speaker.mention.text if s.speaker and s.speaker.mention else None,
        )
        for s in analyze(text).statements
    ]


SPLIT_QUOTES = [
    # A title's full stop between a quote and its cue does not end the sentence.
    (
        '"Is it ready? Not yet," Ms. Lane said. "Will it pass? Surely."',
        [('"Is it ready? Not yet," Ms. Lane said. "Will it pass? Surely."', "Lane", "Lane")],
    ),
    # A question that ends its sentence still belongs to a cue that reports nothing else.
    (
        '"How many more years must we wait?" Ann Cole said. "The bridge is falling down."',
        [
            (
                '"How many more years must we wait?" Ann Cole said. "The bridge is falling down."',
                "Ann Cole",
                "Ann Cole",
            )
        ],
    ),
    # A colon cue closing one paragraph introduces the quote that opens the next.
    (
        'Mayor Ann Cole spoke at noon.\n\nShe said:\n\n"We will build the bridge next year."',
        [('"We will build the bridge next year."', "Ann Cole", "She")],
    ),
    # "continued" is a reporting verb.
    (
        'Tom Avery spoke first.\n\nHe continued, "We have waited ten years for this bridge."',
        [('"We have waited ten years for this bridge."', "Tom Avery", "He")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_QUOTES)
def test_split_quotes(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert speakers(text) == expected


def test_second_part_of_a_split_quote_is_named_by_the_cue_between() -> None:
    text = (
        'Rita Moss was asked about the budget: "It is a fair plan for the city," she said. '
        '"We can pay for the new school without raising taxes."'
    )
    found = speakers(text)
    last = found[-1]
    assert last[0].startswith('"We can pay') or last[0].endswith('raising taxes."')
    assert (last[1], last[2]) == ("Rita Moss", "she")


def test_a_quote_that_carries_on_a_paragraph_names_nobody() -> None:
    text = (
        'Ann Reyes, a teacher, said the school needs a new roof. "The rain comes through the '
        'ceiling every spring and we move the desks," she wrote.\n\n'
        '"We have asked the board for help for years."'
    )
    found = speakers(text)
    assert found[-1] == ('"We have asked the board for help for years."', "Ann Reyes", None)


TRANSCRIPTS = [
    # An all-caps name and a colon opening a paragraph: that paragraph is the speaker's words.
    (
        "Chris Lane interviewed Ann Moss on Sunday.\n\nLANE: I want to ask you, will the bridge "
        "open?\n\nMOSS: I think that the bridge will open in May.",
        [
            ("will the bridge open?", "Chris Lane", "I"),
            ("that the bridge will open in May", "Ann Moss", "I"),
        ],
    ),
    # A label that opens several paragraphs is a speaker even if the article never names them;
    # in such a transcript each turn is one statement of its speaker.
    (
        "LANE: Hello.\n\nMOSS: Hello.\n\nLANE: We believe that taxes will fall.",
        [
            ("Hello.", "LANE", "LANE"),
            ("Hello.", "MOSS", "MOSS"),
            ("We believe that taxes will fall.", "LANE", "LANE"),
        ],
    ),
    (
        "Chris Lane interviewed Ann Moss on Sunday.\n\nLANE: Will the bridge open?\n\nMOSS: "
        "I think it will.\n\nLANE: And then?\n\nMOSS: Then we celebrate with the town.",
        [
            ("Will the bridge open?", "Chris Lane", "LANE"),
            ("I think it will.", "Ann Moss", "MOSS"),
            ("And then?", "Chris Lane", "LANE"),
            ("Then we celebrate with the town.", "Ann Moss", "MOSS"),
        ],
    ),
    # A headline label is not a speaker.
    (
        "UPDATE: I think that the bridge will open in May.",
        [("that the bridge will open in May", "I", "I")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRANSCRIPTS)
def test_transcript_lines(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert speakers(text) == expected


PARTICIPLES = [
    # A participle that describes a noun after the quote names what was said, not who said
    # it: the cue after it does.
    (
        '"We want a bigger deal with them. Bigger than just the little deal" announced in May, '
        "said Tom Baker, a trade scholar.",
        "Tom Baker",
    ),
    (
        '"They need a better plan. Better than the small plan" revealed last week, said Ann '
        "Cole, an economist.",
        "Ann Cole",
    ),
    ('"The numbers are bad. Worse than the figures" reported in May, said Ann Cole.', "Ann Cole"),
    # A cue with its own subject keeps its quote.
    ('"We will fight on to the very end," announced Ann Cole on Monday.', "Ann Cole"),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES)
def test_a_participle_describing_a_noun_does_not_take_the_quote(text: str, expected: str) -> None:
    assert speakers(text)[0][1] == expected


_STATEMENT = (
    'Leeds Rovers said in a statement: "Ana is one of the most accomplished managers in the '
    "game.\n\n"
    '"She is known for her tactical skill and has managed four clubs.\n\n'
)
_LAST = '"She has won a league title in three different countries and the cup twice."'


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # Subheads and an embedded post's credit line between the paragraphs of one statement:
        # the quote after them runs on.
        ("Club statement\n\n— Leeds Rovers (@RoversOfficial) May 20, 2021\n\n", "Leeds Rovers"),
        ("Club statement\n\n", "Leeds Rovers"),
        # A sentence of narrative between: no continuation over it.
        ("The club was founded in 1901 and has never won the cup.\n\n", None),
        # Too many headings between: no continuation either.
        ("One\n\nTwo\n\nThree\n\nFour\n\n", None),
    ],
)
def test_a_quote_continues_past_headings_between_its_paragraphs(
    between: str, expected: str | None
) -> None:
    found = speakers(_STATEMENT + between + _LAST)
    assert (found[-1][0], found[-1][1]) == (_LAST, expected)


_OPENING = 'The merger will create a new company "with deep local roots and national scale."'


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # The next sentence sums the words up as a person's view, message or claim.
        ("\n\nThat is the optimistic view voiced by Ana Reyes, the chief executive.", "Ana Reyes"),
        (" That was the message from Tom Baker at the meeting.", "Tom Baker"),
        ("\n\nThis is the claim of Tom Baker, who runs the firm.", "Tom Baker"),
        # No person named with the noun, no summing-up noun, or no demonstrative: no speaker.
        ("\n\nThat is the optimistic view of the board.", None),
        ("\n\nThat was the view in Leeds, where Ana Reyes works.", None),
        ("\n\nThat is the plan of Tom Baker, who runs the firm.", None),
        ("\n\nAna Reyes, the chief executive, voiced that view.", None),
    ],
)
def test_a_quote_the_next_sentence_sums_up_as_someones_view(
    after: str, expected: str | None
) -> None:
    found = speakers(_OPENING + after)
    quote = next(f for f in found if "deep local roots" in f[0])
    assert quote[1] == expected
