"""Quote finding on plain text: every mark style, nesting, multi-paragraph quotes, bad marks."""

from __future__ import annotations

import pytest

from attrib.extraction.quotes import find_quotes
from attrib.layout import scan


def texts(source: str) -> list[str]:
    return [q.text(source) for q in find_quotes(source)]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('He said "we will win" today.', ['"we will win"']),
        ("He said “we will win” today.", ["“we will win”"]),
        ("Er sagte „wir gewinnen“ heute.", ["„wir gewinnen“"]),
        ("Il a dit « nous gagnerons » hier.", ["« nous gagnerons »"]),
        ("\"It's 'fine' now,\" she said.", ["\"It's 'fine' now,\""]),
        ('"One," he said, "two."', ['"One,"', '"two."']),
        # A stray closing mark is skipped; the balanced quote after it is still found.
        ('Oops” then "a real quote here".', ['"a real quote here"']),
        # An unclosed quote at the end of a paragraph is dropped; the next paragraph is clean.
        ('He said "never closed.\nShe said "closed here".', ['"closed here"']),
        # A typographic quote inside another of the same kind nests: one outer quote.
        ("She said “he calls it “hell” and leaves” then.", ["“he calls it “hell” and leaves”"]),
        # An outer quote that never closes: the balanced quote inside it still counts.
        ("She said “he calls it “hell” and leaves.\nNext.", ["“hell”"]),
        ("", []),
        ('"', []),
        ('""', ['""']),
    ],
)
def test_find_quotes(source: str, expected: list[str]) -> None:
    assert texts(source) == expected


def test_multi_paragraph_quote_continues_when_next_paragraph_opens_with_a_mark() -> None:
    source = 'He said: "First part.\n\n"Second part," he added.\n\nAfter.'
    assert texts(source) == ['"First part.\n\n"Second part,"']


def test_open_quote_not_continued_without_opening_mark() -> None:
    source = '"First part.\n\nPlain paragraph with "a quote" in it.'
    assert texts(source) == ['"a quote"']


@pytest.mark.parametrize(
    ("source", "words", "scare"),
    [
        ('a "fear"', 1, True),
        ('a "psychological pressure"', 2, True),
        ('"They are simply enjoying it"', 5, False),
    ],
)
def test_word_counts_and_scare_quotes(source: str, words: int, scare: bool) -> None:
    (quote,) = find_quotes(source)
    assert quote.words == words
    assert quote.is_scare is scare


def test_layout_paragraphs_single_newlines_when_no_blank_lines() -> None:
    layout = scan("One.\nTwo.\nThree.")
    assert layout.paragraph_starts == (0, 5, 10)
    assert layout.paragraph_of(6) == 1


def test_layout_paragraphs_blank_lines_keep_wrapped_lines_together() -> None:
    layout = scan("One\nwrapped.\n\nTwo.")
    assert layout.paragraph_starts == (0, 14)
    assert layout.paragraph_of(5) == 0


def test_quote_lookups() -> None:
    source = 'A "b c d" e "f g h" i'
    layout = scan(source)
    assert layout.quote_at(3) is not None and layout.quote_at(3).text(source) == '"b c d"'
    assert layout.quote_at(10) is None
    assert [q.text(source) for q in layout.quotes_between(0, 13)] == ['"b c d"', '"f g h"']
    assert [q.text(source) for q in layout.quotes_between(0, 12)] == ['"b c d"']


@pytest.mark.parametrize(
    ("text", "offset", "bounds"),
    [
        ("one\ntwo\n\nthree\n \nfour", 5, (0, 7)),  # blank lines: newlines inside wrap
        ("one\ntwo\n\nthree\n \nfour", 10, (9, 14)),
        ("one\ntwo\n\nthree\n \nfour", 18, (17, 21)),  # a line of spaces is blank
        ("one\ntwo", 5, (4, 7)),  # no blank line: each line is a paragraph
        ("one\ntwo", 0, (0, 3)),
    ],
)
def test_paragraph_bounds(text: str, offset: int, bounds: tuple[int, int]) -> None:
    assert scan(text).paragraph(offset) == bounds


def test_quotes_within_a_range() -> None:
    source = 'a "b c d" e "f g h"'
    layout = scan(source)
    assert [q.text(source) for q in layout.quotes_within(0, 10)] == ['"b c d"']
    assert layout.quotes_within(3, 10) == ()  # the range starts inside the quote
