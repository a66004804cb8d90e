"""Long texts are parsed in pieces split at paragraph boundaries, with exact offsets."""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import attrib.nlp
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


def test_each_piece_is_parsed_after_the_previous_one_is_released(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Streaming: a piece is parsed only once the previous piece's statements are out and its
    Doc is gone, so a long text's peak memory is one piece's, not the file's."""
    text = "\n\n".join(PARAGRAPH for _ in range(60))
    monkeypatch.setattr(api, "chunk_bounds", lambda t: chunk_bounds(t, 1_000))
    monkeypatch.setattr(attrib.nlp, "BATCH_CHARS", 1_000)
    parsed: list[weakref.ref[Doc]] = []
    pipe = Language.pipe

    def recording_pipe(self: Language, texts: Iterable[Any], **options: Any) -> Iterator[Any]:
        # With as_tuples, spaCy's pipe calls itself on the texts alone: record those Docs.
        for item in pipe(self, texts, **options):
            if not options.get("as_tuples"):
                parsed.append(weakref.ref(item))
            yield item

    extract = api.extract
    alive_at_extraction: list[int] = []

    def recording_extract(doc: Doc, *args: Any) -> Any:
        alive_at_extraction.append(sum(ref() is not None for ref in parsed))
        return extract(doc, *args)

    monkeypatch.setattr(Language, "pipe", recording_pipe)
    monkeypatch.setattr(api, "extract", recording_extract)
    report = api.analyze(text)
    assert len(report.statements) == 120
    assert len(parsed) == len(chunk_bounds(text, 1_000)) > 5
    assert alive_at_extraction == [1] * len(parsed)
