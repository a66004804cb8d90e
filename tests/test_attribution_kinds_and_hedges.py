"""Speaker kinds, outlet descriptions, hedged cues and config hedges: tables on the real model,
and the hedge rule on a hand-built Doc."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from attrib.api import analyze
from attrib.config import Settings
from attrib.extraction.cue_drafts import is_hedged_cue
from attrib.extraction.cues import find_cues
from attrib.extraction.lexicon import Lexicon
from attrib.model import Statement
from attrib.profile import build_profile

# Every test here runs the real model: load it once for the session.
pytestmark = pytest.mark.usefixtures("nlp")


def only(text: str, settings: Settings | None = None) -> Statement:
    statements = analyze(text, build_profile(settings)).statements
    assert len(statements) == 1, [s.content.text for s in statements]
    return statements[0]


KINDS = [
    # A quantified plural of an unnamed noun is a vague collective.
    ("Many officials said the plan would fail.", "Many officials", "group"),
    ("Some senior aides said the plan would fail.", "Some senior aides", "group"),
    ("Several diplomats said the plan would fail.", "Several diplomats", "group"),
    # One unnamed person, a bare plural or a counted plural stays anonymous.
    ("A senior official said the plan would fail.", "A senior official", "anonymous"),
    ("Officials said the plan would fail.", "Officials", "anonymous"),
    ("Two officials said the plan would fail.", "Two officials", "anonymous"),
]


@pytest.mark.parametrize(("text", "name", "kind"), KINDS)
def test_speaker_kind(text: str, name: str, kind: str) -> None:
    speaker = only(text).speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, kind)


OUTLET_DESCRIPTIONS = [
    # The document phrase without the outlet and the word that links them.
    (
        "A report published on Monday by Reuters claimed that the mayor would resign.",
        "A report published on Monday",
    ),
    ("Citing information from Reuters, the city is preparing for a long strike.", "information"),
    # The outlet itself speaks: nothing to describe.
    ("Reuters reported that the mayor would resign.", None),
]


@pytest.mark.parametrize(("text", "description"), OUTLET_DESCRIPTIONS)
def test_outlet_speaker_description(text: str, description: str | None) -> None:
    statement = only(text)
    assert statement.speaker is not None and statement.speaker.kind == "outlet"
    assert statement.speaker.name == "Reuters"
    assert statement.speaker.description == description
    assert (statement.speaker.description or "").lower().split()[-1:] != ["from"]


def test_definite_report_keeps_the_outlet_without_its_mention() -> None:
    text = (
        "A report by Reuters said that the mayor would resign. "
        "The report suggested that taxes would rise."
    )
    first, second = analyze(text).statements
    assert first.outlet is not None and first.outlet.mention is not None
    assert first.outlet.mention.text == "Reuters"
    assert second.speaker is not None and second.speaker.mention is not None
    assert second.speaker.mention.text == "The report"
    assert second.outlet is not None
    assert (second.outlet.name, second.outlet.mention) == ("Reuters", None)


HEDGED = [
    # A hedge on a cue verb makes one sourceless statement, the hedge's.
    ("Officials reportedly expect the talks to resume.", "reportedly", None),
    ("Many voters apparently believe the race is over.", "apparently", None),
    # A name with a speech verb is still the source.
    ("Smith reportedly said that the deal was dead.", "said", "Smith"),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), HEDGED)
def test_hedged_cue_is_one_statement(text: str, cue: str, speaker: str | None) -> None:
    statement = only(text)
    assert statement.cue is not None and statement.cue.text == cue
    assert (statement.speaker.name if statement.speaker else None) == speaker


def test_config_hedges_reach_the_engine() -> None:
    text = "Officials reputedly expect the talks to resume."
    plain = only(text)
    assert plain.speaker is not None and plain.speaker.name == "Officials"
    hedged = only(text, Settings(extra_hedges=("reputedly",)))
    assert hedged.cue is not None and hedged.cue.text == "reputedly"
    assert hedged.speaker is None


def test_lexicon_build_adds_single_word_hedges() -> None:
    lexicon = Lexicon.build(extra_hedges=(" Reputedly ", "it is understood"))
    assert "reputedly" in lexicon.hedges and "reportedly" in lexicon.hedges
    assert "it is understood" not in lexicon.hedges


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    lemmas = [w.lower() for w in words]
    return Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


@pytest.mark.parametrize(
    ("words", "subject_pos", "expected"),
    [
        (["Aides", "reportedly", "fear", "defeat"], "NOUN", True),
        (["Aides", "reportedly", "say", "defeat"], "NOUN", True),
        (["Lee", "reportedly", "say", "defeat"], "PROPN", False),
        (["Lee", "quickly", "say", "defeat"], "PROPN", False),
    ],
)
def test_hedged_on_a_hand_built_doc(words: list[str], subject_pos: str, expected: bool) -> None:
    doc = _doc(
        words,
        [2, 2, 2, 2],
        ["nsubj", "advmod", "ROOT", "dobj"],
        [subject_pos, "ADV", "VERB", "NOUN"],
    )
    lexicon = Lexicon.build()
    assert is_hedged_cue(doc[2], lexicon) is expected
    hedges = [c for c in find_cues(doc, lexicon) if c.kind == "hedge"]
    assert bool(hedges) is (words[1] == "reportedly")
