"""unattributed-quote: a direct quote that nobody said.

What it flags
-------------
A direct quote with no speaker anywhere the conventions allow: its own sentence, its
paragraph, or the paragraph before it when the quote continues that paragraph's speaker.

To stay precise it only flags quotes that stand as speech: a quote that opens a sentence, not
a fragment inside the writer's sentence (``called it "a disaster"``), a title or name in
quotation marks (``"Contract with America"``), a transcript line (``"PENCE: ..."``), a quote
introduced by a colon (``a friend commented: "..."``) or credited with a dash (``"..." ― Ana
Ruiz``); not a quote attributed to a pronoun the engine could not resolve; and not when a
reporting verb outside quotation marks in its paragraph (or the paragraph before) shows that
the writer attributed it.

Why it matters
--------------
Quotation marks promise the reader that someone said exactly these words. The AP Stylebook
("quotations in the news") requires every quote to be attributed, and the Reuters Handbook of
Journalism asks that the reader always know who is speaking; an unattributed quote is also the
classic sign of a fabricated or mis-pasted one.

Examples that flag
------------------
- ``The deal collapsed overnight. "This is the end of the road."`` (no one in sight)
- ``The talks failed. Nobody expected more.`` then, as the next paragraph, ``"This is the end
  of the road. We go home."``

Examples that pass
------------------
- ``"We will not retreat," Defence Minister Ana Ruiz said.``
- A second paragraph opening with a quote that continues Ruiz, the speaker of the paragraph
  before (the engine attributes it to her).

What to write instead
---------------------
Name the speaker in the quote's sentence (``"...," Ruiz said.``), or make sure the quote follows
a paragraph whose speaker it continues. If nobody can be named, paraphrase and source it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from attrib.extraction.lexicon import SCARE_QUOTE_MAX_WORDS
from attrib.extraction.quotes import count_words
from attrib.layout import Layout
from attrib.model import Document, Finding, Statement
from attrib.rules import lexicon as lx
from attrib.rules.base import (
    Context,
    Intervals,
    RuleOptions,
    finding,
    is_hedged,
    is_title,
    phrase_pattern,
    quoted_regions,
)
from attrib.rules.examples import Example, Said

ID = "unattributed-quote"
SEVERITY = "error"
SUMMARY = "A direct quote with no speaker in its sentence, its paragraph or the one before."


# A quote followed by a dash and a name: "..." ― Sonya Herridge (vox pops, epigraphs).
_DASH_CREDIT = re.compile(r"[\"”»]\s*[―—–-]+\s*[A-Z]")
# Transcript lines: "PENCE: Well, ..." (the label names the speaker).
_TRANSCRIPT = re.compile(r"^[\"“„«]\s*[A-Z][A-Z.'’ -]{1,40}:")
_OPENING = '"“„«'
_QUOTE_MARKS = '"“”„«»'
_CLOSING = re.compile('["”»]')


def _opens_sentence(text: str, start: int) -> bool:
    """True when the quote at ``start`` begins a sentence (not a fragment inside the prose)."""
    before = text[:start].rstrip(" \t")
    if not before or before.endswith("\n"):
        return True
    return before[-1] in ".!?;" or (before[-1] in _QUOTE_MARKS and before[-2:-1] in ".!?,")


class _Attribution:
    """Where the writer attributed something: reporting words outside quotation marks."""

    def __init__(self, document: Document, layout: Layout, statements: Sequence[Statement]) -> None:
        self.text = document.text
        self.layout = layout
        self.quotes = Intervals(quoted_regions(statements, layout))
        self.pattern = phrase_pattern(lx.ATTRIBUTION_WORDS)

    def in_paragraph(self, start: int, end: int) -> bool:
        if self.pattern is None:
            return False
        for match in self.pattern.finditer(self.text, start, end):
            if not self.quotes.contains(match.start(), match.end(), strict=False):
                return True
        return False

    def nearby(self, statement: Statement) -> bool:
        """A reporting word in the quote's paragraph or, if the quote opens it, the one before."""
        start, end = self.layout.paragraph(statement.content.start)
        if self.in_paragraph(start, end):
            return True
        if self.text[start : statement.content.start].strip():
            return False
        previous_end = start
        while previous_end > 0 and self.text[previous_end - 1].isspace():
            previous_end -= 1
        if previous_end <= 0:
            return False
        p_start, p_end = self.layout.paragraph(previous_end - 1)
        return self.in_paragraph(p_start, p_end)


def _standalone_quote(document: Document, statement: Statement) -> bool:
    """True for a quote that stands as speech: a sentence of its own, not a title or label."""
    text = document.text
    content = statement.content
    first_mark = next((i for i, ch in enumerate(content.text) if ch in _OPENING), None)
    if first_mark is None:
        return False
    start = content.start + first_mark
    inner = content.text[first_mark + 1 :].lstrip()
    if not inner or not inner[0].isupper() or is_title(inner.rstrip(_QUOTE_MARKS + " .,")):
        return False  # "thousands of shootings": a fragment the sentence around it attributes
    quoted = _CLOSING.split(inner, maxsplit=1)[0]
    if statement.kind == "mixed" and count_words(quoted) <= SCARE_QUOTE_MAX_WORDS:
        return False  # 'known as the "Black Death"': a name held at arm's length, not speech
    if _TRANSCRIPT.match(text, start) or _DASH_CREDIT.match(text, content.end - 1):
        return False
    if text[:start].rstrip().endswith(":"):
        return False  # 'a friend commented: "..."', or a paragraph ending "... by Trump:"
    return statement.kind == "mixed" or _opens_sentence(text, start)


def check(
    statements: Sequence[Statement], context: Context, options: RuleOptions
) -> Iterator[Finding]:
    """Direct and mixed statements without a speaker the reader can identify."""
    document, layout = context.document, context.layout
    attribution = _Attribution(document, layout, statements)
    for st in statements:
        # Reported speech without a speaker is unsourced-claim's business, hedges too.
        if st.kind not in ("direct", "mixed") or is_hedged(st, options.lexicon):
            continue
        if st.speaker is None or not st.speaker.name.strip():
            if not _standalone_quote(document, st) or attribution.nearby(st):
                continue
            yield finding(
                ID,
                options.severity,
                "direct quote with no speaker in its sentence, its paragraph "
                "or the paragraph before",
                st,
            )


EXAMPLES: tuple[Example, ...] = (
    Example.unattributed(
        'The deal collapsed overnight. "This is the end of the road."', flags=True
    ),
    # An unresolved pronoun is the engine's miss far more often than the writer's.
    Example(
        '"We will not retreat," he said.',
        (Said('"We will not retreat,"', "direct", "said", "he", speaker_kind="unknown"),),
        flags=False,
    ),
    Example.unattributed(
        'The talks failed. Nobody expected more.\n"This is the end of the road. We go home."',
        flags=True,
    ),
    Example(
        'The disease was known as the "Black Death" in the fourteenth century.',
        (Said('The disease was known as the "Black Death" in the fourteenth century', "mixed"),),
        flags=False,  # a name of two words in quotation marks, not someone's words
    ),
    Example(
        'The deal collapsed. The mood was "Nobody will ever trust them again" in Vienna.',
        (Said('The mood was "Nobody will ever trust them again" in Vienna', "mixed"),),
        flags=True,  # someone's words, and nobody says whose
    ),
    Example(
        'The accord was hailed as a "historic step" toward peace.',
        (Said('hailed as a "historic step" toward peace', kind="mixed"),),
        flags=False,  # a fragment: the sentence around it usually says whose words they are
    ),
    # Attributed in its paragraph, even if the speaker was not resolved.
    Example.unattributed('"Are we there? Probably not," Ms. Moore said.', flags=False),
    # A dash credit after the quote.
    Example.unattributed('"Trump scares me." ― Krys Cole', flags=False),
    # A title in quotation marks.
    Example.unattributed('She starred in "The Long Road Home" last year.', flags=False),
    # A transcript line names its speaker.
    Example.unattributed('"RUIZ: We will win this fight."', flags=False),
    # The colon introduces it.
    Example.unattributed('A friend commented: "For you, the economy is the reason."', flags=False),
    Example(
        '"We will not retreat," Defence Minister Ana Ruiz said.',
        (
            Said(
                '"We will not retreat,"',
                "direct",
                "said",
                "Ana Ruiz",
                description="Defence Minister",
            ),
        ),
        flags=False,
    ),
    Example(
        'Ana Ruiz spoke first.\n"We stay," she said. "We hold the line."',
        (
            Said('"We stay,"', kind="direct", cue="said", speaker="she", name="Ana Ruiz"),
            Said('"We hold the line."', kind="direct", speaker="she", name="Ana Ruiz"),
        ),
        flags=False,
    ),
    Example(
        'The minister reportedly called the plan "a disaster".',
        (Said('called the plan "a disaster"', kind="mixed", cue="reportedly"),),
        flags=False,  # a hedged claim: unsourced-claim flags it, not this rule
    ),
)
