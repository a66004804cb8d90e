"""Plural and definite references to speakers (issue 9, class 5): sentences written for them."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from attrib.api import analyze
from attrib.attribution.references import reference_kind

# Every test here runs the real model: load it once for the session.
pytestmark = pytest.mark.usefixtures("nlp")


def speakers(text: str) -> list[tuple[str | None, str | None]]:
    """(speaker name, kind) of each statement, in reading order."""
    return [
        (s.speaker.name, s.speaker.kind) if s.speaker else (None, None)
        for s in analyze(text).statements
    ]


REFERENCES = [
    # An organisation noun is the organisation named before it.
    (
        "Hollow Pine Capital bought a stake in the chain last year.\n\n"
        "The company said on Friday that it would sell the stake.",
        [("Hollow Pine Capital", "organization")],
    ),
    # ... that spoke or acted, not one named in passing since ...
    (
        "The label that owns her songs, Granite Hill, says she may sing them at the Harbour "
        "Music Awards on Sunday.\n\n"
        "She won support after accusing the label of blocking her.\n\n"
        "But the company says she never needed its permission.",
        [("Granite Hill", "organization"), ("She", "person"), ("Granite Hill", "organization")],
    ),
    # A role noun is the person the article described with it, or the person named just before.
    (
        "Actor Tom Reyes spoke to reporters on Monday.\n\n"
        '"We grieve for the family and we ask for privacy," the actor said.',
        [("Tom Reyes", "person")],
    ),
    (
        "Jose Marin signed a contract with the club on Tuesday.\n\n"
        'The 56-year-old said: "I am excited to be here and ready to work."',
        [("Jose Marin", "person")],
    ),
    # An epithet no description holds is the person the story is about (the lead's subject),
    # not the one only named in the narrative since ...
    (
        "Maria Lopez has agreed a deal to replace Tom Baker as Leeds manager.\n\n"
        "Baker was sacked last night after three years in charge.\n\n"
        "Talks between the club and Lopez's agents went on into Tuesday night.\n\n"
        'The 48-year-old said after her appointment: "I am thrilled to be joining this club."',
        [("Maria Lopez", "person")],
    ),
    (
        "Maria Lopez has agreed a deal to replace Tom Baker as Leeds manager.\n\n"
        "Baker was sacked last night after three years in charge.\n\n"
        'The Portuguese coach said: "I am thrilled to be joining this club."',
        [("Maria Lopez", "person")],
    ),
    # ... but an age the article gave someone is theirs,
    (
        "Maria Lopez, 48, has agreed a deal to replace Tom Baker as Leeds manager.\n\n"
        "Tom Baker, 61, was sacked last night after three years in charge.\n\n"
        'The 61-year-old said: "I am sad to be leaving this club."',
        [("Tom Baker", "person")],
    ),
    # and the last speaker goes on speaking.
    (
        "Maria Lopez has agreed a deal to replace Tom Baker as Leeds manager.\n\n"
        'Baker said on Monday: "I leave with my head held high."\n\n'
        'The 61-year-old added: "I am sad to be leaving this club."',
        [("Tom Baker", "person")] * 2,
    ),
    # A party member is the latest person described with an elected office, not the subject
    # named nearer; with no such person it is the last person named as a subject.
    (
        "Tom Baker had a short meeting with Sen. Ann Lee, the chair of the farm committee, the "
        "Vermont Democrat said in a statement.",
        [("Ann Lee", "person")],
    ),
    (
        "Tom Baker met Senator Ann Lee on Monday.\n\n"
        "The Vermont Democrat said the talks had gone well.",
        [("Ann Lee", "person")],
    ),
    (
        "Tom Baker met Ann Lee, a bank manager, on Monday.\n\n"
        "The Vermont Democrat said the talks had gone well.",
        [("Tom Baker", "person")],
    ),
    # A title finds only a person described with it, not a bank's president named later.
    (
        "President Ada Kwan met the board on Monday. Bill Ruiz, the president of a local bank, "
        "was there too.\n\nThe president said that the talks had gone well.",
        [("Ada Kwan", "person")],
    ),
    # A name apposed to a description speaks, also when the parse hangs it on a relative clause.
    (
        "The label that owns her songs, Big Hill Records, says she may perform them.",
        [("Big Hill Records", "organization")],
    ),
    (
        "Another envoy, former special envoy to Peru Kurt Vollmer, said the talks had failed.",
        [("Kurt Vollmer", "person")],
    ),
    # A name apposed to an organisation noun is an organisation; one name with a plural verb
    # is a body of people; "they" and "it" then find it.
    (
        "The label that owns her songs, Big Hill, says she may perform them.\n\n"
        "Big Hill have twice denied doing anything wrong.\n\n"
        '"At no point did we say she could not perform at the awards," they said.',
        [("Big Hill", "organization")] * 3,
    ),
    # A phrase that names a body of its own is not a reference to an earlier one.
    (
        "Hollow Pine Capital bought a stake in the chain.\n\n"
        "The independent group of science advisers said the stake was too large.",
        [("The independent group", "unknown")],
    ),
]


# A later reference names the title by its full or plain form: "Sen." is "the senator",
# "Justice" "the judge".
TITLES = [
    (
        "Sen. Ann Lee met Tom Baker on Monday.\n\nThe senator said the talks had gone well.",
        [("Ann Lee", "person")],
    ),
    (
        "Ann Lee, the president of the union, met Rep. Tom Baker on Monday.\n\n"
        "The congressman said the talks had gone well.",
        [("Tom Baker", "person")],
    ),
    (
        "Mr Justice Tom Baker sentenced Lee to four years.\n\n"
        "The judge said the crime had shocked the town.",
        [("Tom Baker", "person")],
    ),
    (
        "Justice N Ravi Kumar of the High Court observed that the State must act swiftly. "
        '"Delay in relief is a denial of relief," the judge remarked.',
        [("N Ravi Kumar", "person")] * 2,
    ),
    # Near-miss: of two titled people, the one the reference's title describes.
    (
        "Sen. Ann Lee met Gov. Tom Baker on Monday.\n\nThe governor said the talks went well.",
        [("Tom Baker", "person")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_titles_by_another_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(text) == expected


# A wire lede describes its subject and names them at the opening of the next paragraph; a
# kinship reference later ("the father") finds them by that description.
LEDES = [
    (
        "The father of the bank robber came to Britain from Lagos in 1990.\n\n"
        "Samuel Okoro Adeyemi keeps a low profile in Leeds.\n\n"
        "Adeyemi met reporters at his home on Monday and called the robbery by his son, David "
        "Adeyemi, a disgrace.\n\n"
        "The robbery shocked the family, the father said.",
        "Samuel Okoro Adeyemi",
    ),
    (
        "LEEDS (AP) -- The father of the bank robber came to Britain from Lagos in 1990.\n\n"
        "Samuel Adeyemi keeps a low profile in Leeds.\n\n"
        "The robbery shocked the family, the father said.",
        "Samuel Adeyemi",
    ),
    # Near-miss: no name opens the next paragraph; "the father" stays unresolved.
    (
        "The father of the bank robber came to Britain from Lagos in 1990.\n\n"
        "Police in Leeds said the family kept a low profile.\n\n"
        "The robbery shocked the family, the father said.",
        "the father",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEDES)
def test_a_lede_description_names_the_person_of_the_next_paragraph(
    text: str, expected: str
) -> None:
    assert speakers(text)[-1][0] == expected


# Match reports name a player or manager by nationality, age or former role.
EPITHETS = [
    # A nationality noun after "the" is one person: the speaker goes on speaking.
    (
        "Rovers manager Pablo Ortega was delighted.\n\n"
        '"The boys never stopped believing," he said.\n\n'
        'The Spaniard added: "Diego took his chance."',
        [("Pablo Ortega", "person")] * 2,
    ),
    (
        "Ann Lee met the Dutch delegation on Monday.\n\nThe Dutchman said the talks went well.",
        [("Ann Lee", "person")],
    ),
    # An age the parser hangs on the verb ("the 29-year-old said") still names the speaker:
    # the subject of the epithet's own paragraph, not the lead.
    (
        "Diego Marin came off the bench to score the winner.\n\n"
        'Marin was mobbed by team-mates after the whistle. "I just hit it and hoped," the '
        "29-year-old said.",
        [("Diego Marin", "person")],
    ),
    # A word before an untagged name does not hide its first name ("Substitute Diego Marin").
    (
        "Substitute Diego Marin scored the winner in the last minute.\n\n"
        'Marin was mobbed after the whistle. "I just hit it," the 29-year-old said.',
        [("Diego Marin", "person")],
    ),
    (
        "Ann Reyes scored twice for City.\n\n"
        "Goalkeeper Tom Hale made five saves. "
        '"I just read the game," the 33-year-old said.',
        [("Tom Hale", "person")],
    ),
    # A person noun with a proper name before it is a reference, not a body of its own.
    (
        "City boss Graham Fielding refused to blame his players. "
        '"We lost concentration twice," said the former England defender.\n\n'
        '"We are still top of the league," the 54-year-old added.',
        [("Graham Fielding", "person")] * 2,
    ),
    # Near-misses: a people is no person; an indefinite age names someone new.
    (
        "Talks with Paris broke down on Monday.\n\nThe French said the offer was too low.",
        [("French", "organization")],
    ),
    (
        'Diego Marin scored twice.\n\n"It was never a penalty," a 41-year-old fan said.',
        [("a 41-year-old fan", "unknown")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EPITHETS)
def test_match_report_epithets(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), REFERENCES)
def test_definite_references(text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(text) == expected


def _doc(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    pos = {"DT": "DET", "NN": "NOUN", "VBD": "VERB", "NNP": "PROPN", "JJ": "ADJ", "POS": "PART"}
    return Doc(
        English().vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[pos[t] for t in tags],
        lemmas=[w.lower() for w in words],
    )


@pytest.mark.parametrize(
    ("words", "heads", "deps", "tags", "expected"),
    [
        (["the", "utility", "said"], [1, 2, 2], ["det", "nsubj", "ROOT"], ["DT", "NN", "VBD"],
         "organization"),
        (["the", "actor", "said"], [1, 2, 2], ["det", "nsubj", "ROOT"], ["DT", "NN", "VBD"],
         "person"),
        # Possessive of a name: "Acme's spokesman" is a reference too.
        (["Acme", "'s", "spokesman", "said"], [2, 0, 3, 3], ["poss", "case", "nsubj", "ROOT"],
         ["NNP", "POS", "NN", "VBD"], "person"),
        # Indefinite: someone new, not a reference.
        (["a", "company", "said"], [1, 2, 2], ["det", "nsubj", "ROOT"], ["DT", "NN", "VBD"],
         None),
        # A thing, not a speaker: "the letter" is a document, never a person.
        (["the", "letter", "said"], [1, 2, 2], ["det", "nsubj", "ROOT"], ["DT", "NN", "VBD"],
         None),
        # Its own name: "the Acme group" names a body of its own.
        (["the", "Acme", "group", "said"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
         ["DT", "NNP", "NN", "VBD"], None),
    ],
)  # fmt: skip
def test_reference_kind_on_built_docs(
    words: list[str], heads: list[int], deps: list[str], tags: list[str], expected: str | None
) -> None:
    doc = _doc(words, heads, deps, tags)
    head = next(t for t in doc if t.dep_ == "nsubj")
    assert reference_kind(head) == expected
