"""misquote: a quote whose words differ from the source passage it comes from.

What it flags
-------------
A quoted segment found in the sources with words changed, added or dropped (verification
status ``altered``). Case, punctuation, quotation-mark style, whitespace and number forms
(``ten`` / ``10``, ``per cent`` / ``percent``) are not changes; an ellipsis for words left out
and a stand-alone ``[bracketed]`` insertion are the editor's marks and are not changes either.
The finding gives the source path, line and column, and the diff: ``"best" -> "greatest"``.

Only runs when sources are given (``--sources`` or ``sources`` in the config).

Why it matters
--------------
Quotation marks promise the reader the speaker's exact words. The AP Stylebook ("Never alter
quotations even to correct minor grammatical errors or word usage") and the Reuters Handbook
of Journalism ("quotes must be accurate") allow no silent change; a changed word is the most
common correction a newsroom publishes.

Examples that flag
------------------
- Source ``RUIZ: The best thing we ever did was to stay.``, draft ``"The greatest thing we ever
  did was to stay," Ruiz said.``

Examples that pass
------------------
- The same words: ``"The best thing we ever did was to stay," Ruiz said.``
- Words left out with an ellipsis: ``"The best thing ... was to stay," Ruiz said.``

What to write instead
---------------------
Quote the words as the source has them, mark left-out words with an ellipsis and your own
words with brackets, or paraphrase without quotation marks.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrib.model import Finding, Statement
from attrib.rules.base import Context, RuleOptions, finding
from attrib.rules.examples import Example
from attrib.verification.evidence import changes, segments_with_status, where

ID = "misquote"
SEVERITY = "error"
SUMMARY = "A quote whose words differ from the source passage it comes from."


def check(
    statements: Sequence[Statement], context: Context, options: RuleOptions
) -> Iterator[Finding]:
    """Quoted segments the sources have with other words."""
    for st, segment in segments_with_status(statements, "altered"):
        if segment.source is None:
            continue
        yield finding(
            ID,
            options.severity,
            f"quote differs from {where(segment.source)}: {changes(segment)}",
            st,
            segment.segment,
            segment,
        )


_SOURCE = "RUIZ: The best thing we ever did was to stay.\nLEE: We will see.\n"

EXAMPLES: tuple[Example, ...] = (
    Example.quoted(
        '"The greatest thing we ever did was to stay,"', "Ruiz", flags=True, source=_SOURCE
    ),
    # A dropped word, without an ellipsis.
    Example.quoted('"The best thing we did was to stay,"', "Ruiz", flags=True, source=_SOURCE),
    Example.quoted(
        '"The best thing we ever did was to stay,"', "Ruiz", flags=False, source=_SOURCE
    ),
    # The ellipsis says words were left out.
    Example.quoted('"The best thing ... was to stay,"', "Ruiz", flags=False, source=_SOURCE),
    # No sources given: nothing to compare with.
    Example.quoted('"The greatest thing we ever did was to stay,"', "Ruiz", flags=False),
)
