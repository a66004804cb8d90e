"""spliced-quote: one quote joined from separate places in the sources.

What it flags
-------------
A quoted segment whose parts the sources have in different places: far apart, in another order,
in different answers or different sources, joined without an ellipsis (or with one that hides
more than a short stretch, or a change of speaker). Words dropped from the middle of one
sentence without an ellipsis are ``misquote``'s business; this rule is about stitching. The
finding names each place a part comes from.

Only runs when sources are given.

Why it matters
--------------
Each part may be accurate while the whole says something the speaker never said: an answer to
one question glued to an answer to another. The New York Times' guidelines on quotations and
the BBC Editorial Guidelines both forbid presenting remarks made at different times as one
continuous statement without saying so.

Examples that flag
------------------
- Source ``RUIZ: We will never retreat from this city.`` ... (later) ``RUIZ: The money came too
  late.``; draft ``"We will never retreat from this city. The money came too late," Ruiz said.``

Examples that pass
------------------
- ``"We will never retreat from this city," Ruiz said.`` (one place)
- Two quotes, each from its own place: ``"We will never retreat," Ruiz said. Later she added:
  "The money came too late."``

What to write instead
---------------------
Quote each passage separately, with attribution that says when it was said, or mark the join
with an ellipsis when the parts are close together in one answer.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrib.model import Finding, Statement
from attrib.rules.base import Context, RuleOptions, finding
from attrib.rules.examples import Example
from attrib.verification.evidence import segments_with_status, where

ID = "spliced-quote"
SEVERITY = "warning"
SUMMARY = "A quote joined from separate places in the sources without saying so."


def check(
    statements: Sequence[Statement], context: Context, options: RuleOptions
) -> Iterator[Finding]:
    """Quoted segments stitched together from separate passages."""
    for st, segment in segments_with_status(statements, "spliced"):
        places = " and ".join(where(p) for p in segment.parts) or (
            where(segment.source) if segment.source else "the sources"
        )
        yield finding(
            ID,
            options.severity,
            f"quote joins passages from {places} without an ellipsis",
            st,
            segment.segment,
            segment,
        )


_SOURCE = (
    "RUIZ: We will never retreat from this city. Our families have lived here for generations.\n"
    "LEE: The council has found the money for new flood barriers on the river.\n"
    "RUIZ: The money came too late for the people on the east side.\n"
)

EXAMPLES: tuple[Example, ...] = (
    Example.quoted(
        '"We will never retreat from this city. The money came too late,"',
        "Ruiz",
        flags=True,
        source=_SOURCE,
    ),
    Example.quoted('"We will never retreat from this city,"', "Ruiz", flags=False, source=_SOURCE),
    # Close together in one answer, joined by an ellipsis.
    Example.quoted(
        '"We will never retreat ... Our families have lived here,"',
        "Ruiz",
        flags=False,
        source=_SOURCE,
    ),
)
