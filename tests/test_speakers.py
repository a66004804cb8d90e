"""Speaker rules on the real model: (text, expected speaker) tables, one row per rule."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from attrib.api import analyze
from attrib.extraction.subjects import subject_of

# Every test here runs the real model: load it once for the session.
pytestmark = pytest.mark.usefixtures("nlp")


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, description) of each statement."""
    return [
        (
            s.content.text,
            s.speaker.name if s.speaker else None,
            s.speaker.description if s.speaker else None,
        )
        for s in analyze(text).statements
    ]


SPEAKERS = [
    # "citing" beside a reporting verb is the same speaker's statement, not a source for it.
    (
        "Citing a new poll, officials said the race was tied.",
        [("a new poll", "officials", None), ("the race was tied", "officials", None)],
    ),
    (
        "The union called the senator a “champion” for its members, citing her votes on pensions.",
        [
            ("the senator a “champion” for its members", "The union", None),
            ("her votes on pensions", "The union", None),
        ],
    ),
    # A participle on a noun that cannot speak is the wording of the governing verb's subject;
    # a noun that can speak (a person, a document) speaks itself.
    (
        "Party leaders rewrote the platform, replacing the old plank with softer language "
        "calling for restraint.",
        [("restraint", "Party leaders", None)],
    ),
    (
        "The governor signed a policy urging employees to report abuse.",
        [("to report abuse", "The governor", None)],
    ),
    (
        "A man claiming to be a doctor said the water was safe.",
        [
            ("to be a doctor", "A man", None),
            ("the water was safe", "A man", "claiming to be a doctor"),
        ],
    ),
    # A participle inherits its subject through an adjective or a preposition's head.
    (
        "Reed will be unable to calm the crowd and accuse the council of lying.",
        [("the council of lying", "Reed", None)],
    ),
    (
        "Hale praised the plan but stopped short of calling the budget balanced.",
        [("the plan", "Hale", None), ("the budget balanced", "Hale", None)],
    ),
    (
        "Reed refuses to discuss names, aside from saying he wants a diverse team.",
        [("he wants a diverse team", "Reed", None)],
    ),
    # "Said Reed:" is a cue and a name, not the name "Said Reed".
    (
        "Said Reed: “We are done here and we are going home now.”",
        [("“We are done here and we are going home now.”", "Reed", None)],
    ),
    # "citing" a reason is the subject's own statement; citing a source attributes to it.
    (
        "The court blocked the sale, citing a threat to public health.",
        [("a threat to public health", "The court", None)],
    ),
    (
        "Citing a report from the county, the mayor closed the beach.",
        [("the mayor closed the beach", "a report", "from the county")],
    ),
    # A finite "cited" has a subject of its own.
    (
        "The race tightened when Smith cited the new jobs report.",
        [("the new jobs report", "Smith", None)],
    ),
    # A participle after a preposition speaks for the subject of the verb it hangs on.
    (
        "Senator Ruth Hale began by saying the bill would fail.",
        [("the bill would fail", "Ruth Hale", "Senator")],
    ),
    # An honorific addresses a person; it is not their description (issue 9).
    (
        "Mr. Tom Reed said the bridge was unsafe.",
        [("the bridge was unsafe", "Tom Reed", None)],
    ),
    # `"..." ― Name`: the name after a closing dash speaks; the description stops at the
    # paragraph's end.
    (
        "“A fair wage is all we ask for.” ― Maria Lopez, a nurse\n\n"
        "“Nobody listens to us anymore.” — Sam Ortiz",
        [
            ("“A fair wage is all we ask for.”", "Maria Lopez", "a nurse"),
            ("“Nobody listens to us anymore.”", "Sam Ortiz", None),
        ],
    ),
    # A quote split by its cue and its object ("she told the crowd") is one statement.
    (
        "Jane Porter spoke last.\n\n“We will not give up on this town,” she told the crowd, "
        "“not now and not ever.”",
        [
            (
                "“We will not give up on this town,” she told the crowd, “not now and not ever.”",
                "Jane Porter",
                None,
            )
        ],
    ),
]


# (text, [(content, speaker name, mention)]): where the statement names its speaker.
MENTIONS = [
    # A quote after a clause and a colon: the clause's subject speaks, unless a name ends it.
    (
        "Mayor Ann Cole ended her speech with a warning: “We will not let this city fall to "
        "the developers.”",
        [("“We will not let this city fall to the developers.”", "Ann Cole", "Ann Cole")],
    ),
    (
        "Ruth Hale spoke first. The crowd wanted more, so she gave them an answer: “We will "
        "build the new school next year.”",
        [("“We will build the new school next year.”", "Ruth Hale", "she")],
    ),
    (
        "Tom Reed was blunt.\n\nThe timing did not surprise the pollster Dana Wells: “Voters "
        "always wake up late in the race.”",
        [("“Voters always wake up late in the race.”", "Dana Wells", "Dana Wells")],
    ),
    # A relative pronoun names the speaker; the name is whom it stands for.
    (
        "The committee heard from Dana Wells, who said the new tax would hurt farmers.",
        [("the new tax would hurt farmers", "Dana Wells", "who")],
    ),
    (
        "The agency released a memo that said the bridge was unsafe.",
        [("the bridge was unsafe", "a memo", "that")],
    ),
]


def mentions(text: str) -> list[tuple[str, str | None, str | None]]:
    """(content, speaker name, mention text) of each statement."""
    return [
        (
            s.content.text,
            s.speaker.name if s.speaker else None,
            s.speaker.mention.text if s.speaker and s.speaker.mention else None,
        )
        for s in analyze(text).statements
    ]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_mentions(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speakers(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert speakers(text) == expected


def test_participle_after_preposition_on_a_hand_built_doc() -> None:
    # Smith began by saying taxes rise
    words = ["Smith", "began", "by", "saying", "taxes", "rise"]
    doc = Doc(
        English().vocab,
        words=words,
        heads=[1, 1, 1, 2, 5, 3],
        deps=["nsubj", "ROOT", "prep", "pcomp", "nsubj", "ccomp"],
        pos=["PROPN", "VERB", "ADP", "VERB", "NOUN", "VERB"],
        lemmas=["Smith", "begin", "by", "say", "tax", "rise"],
    )
    found = subject_of(doc[3])
    assert found is not None and found.text == "Smith"


def test_lost_subject_is_the_name_before_a_finite_cue_on_a_hand_built_doc() -> None:
    # "In talks with the board Reed said taxes rise": the parser hung "Reed" on the preposition.
    from attrib.extraction.lexicon import Lexicon
    from attrib.extraction.statements import extract
    from attrib.layout import scan

    words = ["In", "talks", "with", "the", "board", "Reed", "said", "taxes", "rise", "."]
    doc = Doc(
        English().vocab,
        words=words,
        heads=[6, 0, 1, 4, 2, 4, 6, 8, 6, 6],
        deps=["prep", "pobj", "prep", "det", "pobj", "appos", "ROOT", "nsubj", "ccomp", "punct"],
        pos=["ADP", "NOUN", "ADP", "DET", "NOUN", "PROPN", "VERB", "NOUN", "VERB", "PUNCT"],
        tags=["IN", "NNS", "IN", "DT", "NN", "NNP", "VBD", "NNS", "VBP", "."],
        lemmas=["in", "talk", "with", "the", "board", "Reed", "say", "tax", "rise", "."],
    )
    text = doc.text
    drafts = extract(doc, 0, scan(text), Lexicon(), text)
    assert [(text[slice(*d.content)], d.subject.text if d.subject else None) for d in drafts] == [
        ("taxes rise", "Reed")
    ]


def test_subject_inside_the_quote_is_a_misparse_on_a_hand_built_doc() -> None:
    # `"We win," Cole said.` with "We" misparsed as the subject of "said".
    from attrib.extraction.lexicon import Lexicon
    from attrib.extraction.statements import extract
    from attrib.layout import scan

    words = ["“", "We", "win", ",", "”", "Cole", "said", "."]
    doc = Doc(
        English().vocab,
        words=words,
        spaces=[False, True, False, False, True, True, False, False],
        heads=[2, 6, 6, 2, 2, 6, 6, 6],
        deps=["punct", "nsubj", "ccomp", "punct", "punct", "npadvmod", "ROOT", "punct"],
        pos=["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"],
        tags=["``", "PRP", "VBP", ",", "''", "NNP", "VBD", "."],
        lemmas=["“", "we", "win", ",", "”", "Cole", "say", "."],
    )
    text = doc.text
    drafts = extract(doc, 0, scan(text), Lexicon(), text)
    assert [d.subject.text if d.subject else None for d in drafts] == ["Cole"]
