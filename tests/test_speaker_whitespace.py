"""Speaker names and mentions never start with whitespace or blanked markup (issue 14, item 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from attrib.api import analyze, check_paths

pytestmark = pytest.mark.usefixtures("nlp")


@pytest.mark.parametrize(
    "text",
    [
        " The mayor said taxes would rise.",
        "\t  The mayor said taxes would rise.",
        "Budget\n\n   The mayor said taxes would rise.",
    ],
)
def test_leading_whitespace_is_not_part_of_the_speaker(text: str) -> None:
    (statement,) = analyze(text).statements
    assert statement.speaker is not None and statement.speaker.mention is not None
    assert statement.speaker.name == "The mayor"
    assert statement.speaker.mention.text == "The mayor"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("a.html", "<html><body><article><p>\n\n The mayor said taxes would rise.</p></article>"),
        ("b.md", "---\ntitle: " + "x" * 5000 + "\n---\nThe mayor said taxes would rise.\n"),
    ],
)
def test_blanked_markup_is_not_part_of_the_speaker(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (file,) = check_paths([str(path)]).files
    (statement,) = file.statements
    assert statement.speaker is not None and statement.speaker.mention is not None
    assert (statement.speaker.name, statement.speaker.mention.text) == ("The mayor", "The mayor")
