"""Colon quotes after a clause (issue 9, class 3): the clause's subject speaks, not the object or
addressee nearest the colon. Sentences written for these tests."""

from __future__ import annotations

import pytest

from attrib.api import analyze
from attrib.nlp import load


@pytest.fixture(scope="module", autouse=True)
def _model() -> None:
    load()


COLONS = [
    ('The letter warns Mr Hollis: "If we get this wrong, the progress will be lost."',
     ("The letter", "document")),
    ("Senator Ann Lee echoed the point, but laid the blame on the governor: "
     '"We have had four months of this and nothing has changed."', ("Ann Lee", "person")),
    ('Dale Hart told Reuters: "We will appeal the ruling as soon as we can."',
     ("Dale Hart", "person")),
    # A name that is the clause's subject still speaks.
    ('Said Reed: "We are done here and we are going home now."', ("Reed", "person")),
    ('Mr Hollis added: "The farmers cannot handle another year like this one."',
     ("Hollis", "person")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COLONS)
def test_colon_quotes_belong_to_the_clause_subject(text: str, expected: tuple[str, str]) -> None:
    statements = analyze(text).statements
    assert len(statements) == 1
    speaker = statements[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == expected
