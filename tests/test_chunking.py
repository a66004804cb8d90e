"""Long texts are parsed in pieces split at paragraph boundaries, with exact offsets."""

from __future__ import annotations

import pytest

from attrib import api
from attrib.nlp import chunk_bounds

PARAGRAPH = (
    '"We will keep the plant open," said Maria Lopez, the mayor. She added that jobs matter.'
)


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 100, [(0, 5)]),
        ("aaaa\n\nbbbb\n\ncccc", 12, [(0, 12), (12, 16)]),
        ("aaaa\nbbbb\ncccc", 11, [(0, 10), (10, 14)]),
        ("one. two. three.", 10, [(0, 10), (10, 16)]),
        ("x" * 25, 10, [(0, 10), (10, 20), (20, 25)]),
    ],
)
def test_chunk_bounds(text: str, limit: int, expected: list[tuple[int, int]]) -> None:
    bounds = chunk_bounds(text, limit)
    assert bounds == expected
    assert "".join(text[a:b] for a, b in bounds) == text


def test_long_text_in_pieces_keeps_exact_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n\n".join(PARAGRAPH for _ in range(60))
    whole = api.analyze(text)
    monkeypatch.setattr(api, "chunk_bounds", lambda t: chunk_bounds(t, 1_000))
    pieces = api.analyze(text)
    assert len(chunk_bounds(text, 1_000)) > 5
    assert len(pieces.statements) == len(whole.statements) == 120
    for statement in pieces.statements:
        assert text[statement.content.start : statement.content.end] == statement.content.text
        assert statement.speaker is not None and statement.speaker.name == "Maria Lopez"
    # The pronoun in the last paragraph still resolves, across the piece boundaries.
    assert pieces.statements[-1].speaker is not None
    assert pieces.statements[-1].speaker.mention is not None
    assert pieces.statements[-1].speaker.mention.text == "She"
