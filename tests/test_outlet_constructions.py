"""Outlets the catalogue lacks, known by how the text names them, and "the newspaper" resolved
to the outlet named before it: each statement's outlet, and the second-hand flag."""

from __future__ import annotations

import pytest

from attrib.api import analyze
from attrib.nlp import load


@pytest.fixture(scope="module", autouse=True)
def _pipeline() -> None:
    load()  # once per module: the first analyze() would load it anyway


def _outlets(text: str) -> list[str | None]:
    return [s.outlet.name if s.outlet else None for s in analyze(text).statements]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # A descriptor before the name.
        (
            "The minister told the Danish newspaper Politiken that the talks would resume.",
            "Politiken",
        ),
        (
            "The mayor told the Norwegian weekly Morgenbladet that the plan was sound.",
            "Morgenbladet",
        ),
        ("He told the Swiss news site Watson that the vote was rigged.", "Watson"),
        ("She told the Lagos daily Punchline that the strike would end.", "Punchline"),
        # A descriptor after the name.
        ("In an interview with Hello! magazine, the actress said she was happy.", "Hello!"),
        ("The Sun newspaper said the prince was unwell.", "The Sun"),
        # The name's shape: a proper name ending in a masthead word.
        ("The council approved the plan, the Springfield Tribune reported.", "Springfield Tribune"),
        ("Heyward told the Lakeside Gazette that the team had moved on.", "Lakeside Gazette"),
        # Cues only outlets take.
        ("The memo, first reported by Deadline, says the studio will cut jobs.", "Deadline"),
        ("Richardson, via USA Today, said that Rudolph should be disciplined.", "USA Today"),
        # A later bare mention of a name found by construction.
        (
            "Lee spoke to the Danish newspaper Politiken in May. Politiken reported that she "
            "would resign.",
            "Politiken",
        ),
    ],
)
def test_outlet_named_by_construction(text: str, outlet: str) -> None:
    assert outlet in _outlets(text)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "The Springfield Tribune broke the story. The newspaper said the mayor had resigned.",
            "Springfield Tribune",
        ),
        (
            "Lee spoke to the Danish newspaper Politiken. The paper said she would resign.",
            "Politiken",
        ),
        ("Reuters broke the story. The news agency said the deal was close.", "Reuters"),
        ("CNN broke the story. The network said the deal was close.", "CNN"),
    ],
)
def test_descriptor_refers_to_the_outlet_named_before(text: str, outlet: str) -> None:
    assert _outlets(text)[-1] == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Smith said the paper Jones wrote was wrong.",  # a paper someone wrote
        "Lee said the network President Vladimir Putin built was vast.",
        "She told the agency Frontex that the border was closed.",  # not a news agency
        "Emily Post said manners matter.",  # a person whose surname is a masthead word
        "Ms Lee said in an interview with Dana that she was tired.",  # a person
        "The documents, obtained by the Justice Department, show the deal was close.",
        "Yamey wrote in the British Medical Journal that the risk was low.",  # a research journal
        "The social network Friendly said its users were safe.",  # not news
        "He said the Fake News media had lied about him.",
        # No outlet of that kind was named before: a newspaper is not "the network".
        "The Springfield Tribune broke the story. The network said the deal was close.",
        "The study was published in March. The paper said the risk was low.",
    ],
)
def test_no_outlet_made_up(text: str) -> None:
    assert _outlets(text) == [None] * len(_outlets(text))


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("The minister told the Danish newspaper Politiken that the talks would resume.", True),
        ("According to reports, the talks will resume.", True),
        ("Media reports say the minister will resign.", True),
        ("According to police reports, the man was armed.", False),  # documents, not media
        ("The minister told reporters that the talks would resume.", False),
    ],
)
def test_second_hand_flag(text: str, flags: bool) -> None:
    rules = [f.rule for f in analyze(text).findings]
    assert ("second-hand" in rules) is flags
