"""Single quotation marks as a house style: quotes told from apostrophes, decided per document."""

from __future__ import annotations

import pytest

from attrib.api import analyze
from attrib.extraction.quotes import paragraph_breaks
from attrib.extraction.single_quotes import find_single_quotes, uses_single_quotes
from attrib.layout import scan
from attrib.nlp import load


def singles(text: str) -> list[str]:
    return [text[s:e] for s, e in find_single_quotes(text, paragraph_breaks(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Hale said: 'The Lords picked up the baton.' Then he left.",
         ["'The Lords picked up the baton.'"]),
        # Apostrophes inside words never open or close a quote.
        ("She said: 'Don't ask O'Neill about it.'", ["'Don't ask O'Neill about it.'"]),
        # Elisions that start with an apostrophe do not open one.
        ("The band of the '90s played rock 'n' roll all night.", []),
        ("Merry Christmas, 'tis the season to be jolly.", []),
        # A plural possessive inside a quote does not close it ...
        ("He said: 'The players' union will not sign this year.' Talks end.",
         ["'The players' union will not sign this year.'"]),
        # ... but closes it when another quote opens right after.
        ("It has 'raised the stakes' because 'we need good food for all'.",
         ["'raised the stakes'", "'we need good food for all'"]),
        # A possessive that is the only possible end still closes the quote.
        ("They called it 'a gift to the farmers' and moved on", ["'a gift to the farmers'"]),
        # A partial single-quoted quote in a sentence.
        ("He urged ministers to be 'a guardian of the land' in the talks.",
         ["'a guardian of the land'"]),
        # Typographic single marks.
        ("She said: ‘We’re not leaving the club this season.’", [
            "‘We’re not leaving the club this season.’"]),
        # A quote running over two paragraphs is one quote.
        ("He wrote: 'First part of it.\n\n'Second part of it.' Then he stopped.",
         ["'First part of it.\n\n'Second part of it.'"]),
        # An unbalanced mark is dropped, nothing raises.
        ("He said: 'never closed\n\nNext paragraph here.", []),
        # Doubled marks ('') stand for double quotation marks: not single quotes.
        ("''We will win,'' he said.", []),
    ],
)  # fmt: skip
def test_find_single_quotes(text: str, expected: list[str]) -> None:
    assert singles(text) == expected


def test_marks_inside_double_quotes_are_nested() -> None:
    text = "\"He told me 'we will win the cup this year' and left,\" she said."
    inside = [(0, text.index(',"') + 2)]
    assert find_single_quotes(text, paragraph_breaks(text), inside) == []


@pytest.mark.parametrize(
    ("text", "single_style"),
    [
        # Only single marks: the house style.
        ("He said: 'We will win the cup this year.' She said: 'We will not win it.'", True),
        # Double marks for speech, single marks for a label: not the house style.
        ("He said: \"We will win the cup this year.\" It was a 'win' of sorts.", False),
        # As many double as single quotes of three words or more: doubles are the default.
        ("He said: 'We will win it all.' She said: \"We will not win it.\"", False),
        # A single quote nested in a double quote is not evidence.
        ("\"He told me 'we will win the cup this year' then,\" she said.", False),
    ],
)
def test_document_convention(text: str, single_style: bool) -> None:
    layout = scan(text)
    found = any(text[q.start] in "'‘" for q in layout.quotes)
    assert found is single_style
    breaks = paragraph_breaks(text)
    doubles = [(q.start, q.end) for q in layout.quotes if text[q.start] not in "'‘"]
    spans = find_single_quotes(text, breaks, doubles)
    assert uses_single_quotes(text, spans, doubles) is single_style


@pytest.fixture(scope="module")
def _model() -> None:
    load()


@pytest.mark.usefixtures("_model")
@pytest.mark.parametrize(
    ("text", "quote", "kind", "speaker"),
    [
        ("Mr Parish said: 'The Lords picked up the baton. The Government still has time.'",
         "'The Lords picked up the baton. The Government still has time.'", "direct", "Parish"),
        ("'We will fight this decision all the way,' said Anna Cole.",
         "'We will fight this decision all the way,'", "direct", "Anna Cole"),
        ("Anna Cole urged ministers to be 'a guardian of the land and its people'.",
         "'a guardian of the land and its people'", "mixed", "Anna Cole"),
    ],
)  # fmt: skip
def test_single_quoted_statements(text: str, quote: str, kind: str, speaker: str) -> None:
    statements = analyze(text).statements
    match = [s for s in statements if quote in s.content.text]
    assert match, [s.content.text for s in statements]
    assert match[0].kind == kind
    assert match[0].speaker is not None and match[0].speaker.name == speaker
