"""Golden test on the product owner's sample article, samples/iran-talks.txt.

The expected statements below were read off the article by hand: each row is a snippet of the
statement's content, its kind, its speaker (resolved name and kind) and the outlet it came through.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from attrib.api import analyze
from attrib.model import FileReport, Statement

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "iran-talks.txt"

# (snippet of the content, kind, speaker name, speaker kind, outlet name)
EXPECTED = [
    (
        "significantly benefiting Tehran",
        "indirect",
        "recent reports and expert analysis",
        "group",
        None,
    ),
    (
        "President Trump personally intervened",
        "indirect",
        "The New York Times",
        "outlet",
        "The New York Times",
    ),
    (
        "Trump favored pursuing renewed negotiations",
        "indirect",
        "The New York Times",
        "outlet",
        "The New York Times",
    ),
    ("Tehran views this division as highly advantageous", "indirect", "Beni Sabti", "person", None),
    ('"A rift between Israel and the United States', "direct", "Beni Sabti", "person", None),
    ("Iran's relative silence on the leak", "indirect", "Beni Sabti", "person", None),
    ("\"They're simply enjoying it", "direct", "Beni Sabti", "person", None),
    ("a shift in Iranian confidence", "indirect", "Beni Sabti", "person", None),
    ('Initial "fear" and "psychological pressure"', "mixed", "Beni Sabti", "person", None),
    ("\"[Trump] doesn't speak against the regime", "direct", "Beni Sabti", "person", None),
    ('"feeling that they have the upper hand."', "mixed", "Beni Sabti", "person", None),
    ("a stark contrast between the regime's position", "indirect", "Beni Sabti", "person", None),
    ("desire harsher measures", "indirect", "Beni Sabti", "person", None),
    (
        "a secret meeting Friday in Paris",
        "indirect",
        "The Jerusalem Post",
        "outlet",
        "The Jerusalem Post",
    ),
    (
        'There is "deep concern" in Jerusalem',
        "mixed",
        "The Jerusalem Post",
        "outlet",
        "The Jerusalem Post",
    ),
]


@pytest.fixture(scope="module")
def report() -> FileReport:
    return analyze(SAMPLE.read_text(encoding="utf-8"), path=str(SAMPLE))


def find(report: FileReport, snippet: str) -> Statement:
    found = [s for s in report.statements if snippet in s.content.text]
    assert found, f"no statement contains {snippet!r}"
    return found[0]


@pytest.mark.parametrize(("snippet", "kind", "speaker", "speaker_kind", "outlet"), EXPECTED)
def test_expected_statement(
    report: FileReport, snippet: str, kind: str, speaker: str, speaker_kind: str, outlet: str | None
) -> None:
    statement = find(report, snippet)
    assert statement.kind == kind
    assert statement.speaker is not None
    assert (statement.speaker.name, statement.speaker.kind) == (speaker, speaker_kind)
    assert (statement.outlet.name if statement.outlet else None) == outlet


def test_sabti_has_his_description_and_pronoun_mentions(report: FileReport) -> None:
    sabti = [s for s in report.statements if s.speaker and s.speaker.name == "Beni Sabti"]
    assert len(sabti) == 10
    assert {s.speaker.description for s in sabti if s.speaker} == {"Iran expert"}
    mentions = sorted(s.speaker.mention.text for s in sabti if s.speaker and s.speaker.mention)
    assert mentions.count("He") == 2 and mentions.count("he") == 2
    # The two continuation quotes name nobody themselves.
    assert sum(1 for s in sabti if s.speaker and s.speaker.mention is None) == 2


def test_hedged_claim_has_no_source(report: FileReport) -> None:
    statement = find(report, "many Israeli officials reportedly favor military action")
    assert statement.speaker is None
    assert statement.cue is not None and statement.cue.text == "reportedly"


def test_scare_quotes_are_not_statements(report: FileReport) -> None:
    texts = {s.content.text for s in report.statements}
    assert '"fear"' not in texts and '"deep concern"' not in texts


def test_offsets_slice_the_text(report: FileReport) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for statement in report.statements:
        spans = [statement.content, statement.cue]
        if statement.speaker:
            spans.append(statement.speaker.mention)
        for span in spans:
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_sources_roster(report: FileReport) -> None:
    roster = {s.name: s for s in report.sources}
    assert roster["Beni Sabti"].statements == 10
    assert roster["Beni Sabti"].description == "Iran expert"
    assert roster["The Jerusalem Post"].outlets == ("The Jerusalem Post",)
