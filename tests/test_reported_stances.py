"""Views, hopes and judgements reported without a plain verb of saying, on the real model.

Each table is one class found by error analysis on real newsroom copy, written as fresh
sentences, with near-misses the rule must not catch. Expected statements are (content, kind,
speaker name) in reading order; ``None`` as the speaker means no speaker.
"""

from __future__ import annotations

import pytest

from attrib.extraction.lemmas import repair_lemmas
from tests.test_extraction_patterns import Expected, statements

# Every test here runs the real model: load it once for the session.
pytestmark = pytest.mark.usefixtures("nlp")


# The small model lemmatizes every form of "hope" as "hop": the verb of hoping is a verb of
# knowing like "believe" (it reports a clause, not an infinitive), and a rabbit still hops.
HOPES = [
    (
        "The mayor hopes that the bridge will reopen by the spring.",
        [("that the bridge will reopen by the spring", "indirect", "The mayor")],
    ),
    (
        "Union leaders are hoping the talks will resume next week.",
        [("the talks will resume next week", "indirect", "Union leaders")],
    ),
    ("The rabbit hopped over the garden fence.", []),
    ("Hope alone will not fix the roads.", []),
]


@pytest.mark.parametrize(("text", "expected"), HOPES)
def test_a_hope_is_a_view(text: str, expected: Expected) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(
    ("text", "lemmas"),
    [
        ("She hoped it would rain.", {"hoped": "hope"}),
        ("The frog hopped away.", {"hopped": "hop"}),
    ],
)
def test_lemma_repair_by_word_form(nlp: object, text: str, lemmas: dict[str, str]) -> None:
    doc = nlp(text)  # type: ignore[operator]
    repair_lemmas(doc)
    assert {t.text: t.lemma_ for t in doc if t.text in lemmas} == lemmas


# A stance adjective whose "that" clause the parser hung on the linking verb ("is adamant
# [that ...]"); people named by a role noun ("the coach", "the actress") hold views too. A
# degree clause ("so tired that ...") and "it is certain that" (nobody's view) are no stance.
STANCE_CLAUSES = [
    (
        "Ms Okafor is adamant that the clinic will stay open.",
        [("that the clinic will stay open", "indirect", "Okafor")],
    ),
    (
        "The coach is adamant that his side can still win the title.",
        [("that his side can still win the title", "indirect", "The coach")],
    ),
    (
        "The actress is confident that the film will find an audience abroad.",
        [("that the film will find an audience abroad", "indirect", "The actress")],
    ),
    ("The riders were so tired that they slept on the bus.", []),
    ("It is certain that the vote will be close.", []),
]


@pytest.mark.parametrize(("text", "expected"), STANCE_CLAUSES)
def test_a_stance_clause_on_the_linking_verb(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# Verbs of judging aloud report their object alone: what was praised, decried or described is
# what the speaker said something about, as PolNeAR annotates it. A label keeps its reading, a
# participle with no subject of its own and a bare pronoun ("criticised it") report nothing, and
# a quote after the cue is still the statement.
VIEW_OBJECTS = [
    (
        "The nurses' union praised the new staffing rules.",
        [("the new staffing rules", "indirect", "The nurses' union")],
    ),
    (
        "Several parents expressed concern that the crossing was unsafe.",
        [("concern that the crossing was unsafe", "indirect", "Several parents")],
    ),
    (
        "The archbishop decried the sudden eviction.",
        [("the sudden eviction", "indirect", "The archbishop")],
    ),
    (
        "Opposition leaders have criticized the budget.",
        [("the budget", "indirect", "Opposition leaders")],
    ),
    (
        "He described the new stadium as a white elephant.",
        [("the new stadium as a white elephant", "indirect", "He")],
    ),
    (
        "The club's board rejected the takeover offer on Friday.",
        [("the takeover offer", "indirect", "The club's board")],
    ),
    ("The much-praised scheme closed in March.", []),
    ("The cash machine rejected the card twice.", []),
    ("The minister has criticised it before.", []),
    (
        'She praised the volunteers: "They worked through the night."',
        [('"They worked through the night."', "direct", "She")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), VIEW_OBJECTS)
def test_what_was_praised_or_decried(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# An appeal: whom someone called on and what to do is what they asked for. A date after "on"
# is when someone called, and "called on her way home" asks for nothing.
APPEALS = [
    (
        "Campaigners have called on the council to scrap the new parking charges.",
        [("the council to scrap the new parking charges", "indirect", "Campaigners")],
    ),
    (
        "The coroner called upon the hospital to review its night staffing.",
        [("the hospital to review its night staffing", "indirect", "The coroner")],
    ),
    (
        'The teachers\' union called on parents to "stay calm and keep talking."',
        [('parents to "stay calm and keep talking."', "mixed", "The teachers' union")],
    ),
    ("The plumber called on Monday to fix the boiler.", []),
    ("The minister called on her way home from the airport.", []),
]


@pytest.mark.parametrize(("text", "expected"), APPEALS)
def test_an_appeal_to_someone(text: str, expected: Expected) -> None:
    assert statements(text) == expected


# An order: "told" with someone told and an infinitive is what they were told to do. A purpose
# clause after a thing told ("told a joke to break the ice") orders nothing.
ORDERS = [
    (
        "The coach told the players to keep the ball on the ground.",
        [("to keep the ball on the ground", "indirect", "The coach")],
    ),
    (
        "Ms Okafor told reporters to expect an announcement on Friday.",
        [("to expect an announcement on Friday", "indirect", "Okafor")],
    ),
    ("She told a joke to break the ice.", []),
]


@pytest.mark.parametrize(("text", "expected"), ORDERS)
def test_an_order_to_someone(text: str, expected: Expected) -> None:
    assert statements(text) == expected
