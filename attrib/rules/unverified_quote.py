"""unverified-quote: a quote the sources do not contain.

What it flags
-------------
A quoted segment of three words or more for which no source passage is close enough (not even
an altered one). Titles in quotation marks (``"Face the Nation"``) and one- or two-word
fragments held at arm's length are left alone. It is information, not an error: the sources
given may simply not be all the material the reporter had.

Only runs when sources are given.

Why it matters
--------------
A quote that is in none of the notes, recordings or documents is the one a fact-checker must
trace before publication. The Reuters Handbook of Journalism asks reporters to be able to
produce the source of every quote; the New York Times' standards editors ask the same of
quotes taken from other outlets.

Examples that flag
------------------
- Source ``RUIZ: We will never retreat from this city.``; draft ``"We have a plan for every
  street in this town," Ruiz said.``

Examples that pass
------------------
- ``"We will never retreat from this city," Ruiz said.``
- Any quote when no sources are given.

What to write instead
---------------------
Add the recording, transcript or document the quote comes from to the sources, or check the
quote with the person before publishing it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrib.model import Finding, Statement
from attrib.rules.base import Context, RuleOptions, finding, is_quoted_title, words
from attrib.rules.examples import Example, Said
from attrib.verification.evidence import segments_with_status

ID = "unverified-quote"
SEVERITY = "info"
SUMMARY = "A quote the given sources do not contain."

# Fewer words than this are a fragment ("a disaster"): too short to say anything by absence.
MIN_WORDS = 3


def check(
    statements: Sequence[Statement], context: Context, options: RuleOptions
) -> Iterator[Finding]:
    """Quoted segments of some length that no source holds."""
    for st, segment in segments_with_status(statements, "not-found"):
        span = segment.segment or st.content
        if len(words(span.text)) < MIN_WORDS or is_quoted_title(st):
            continue
        yield finding(ID, options.severity, "quote not found in the sources", st, span, segment)


_SOURCE = "RUIZ: We will never retreat from this city.\nLEE: We will see.\n"

EXAMPLES: tuple[Example, ...] = (
    Example.quoted(
        '"We have a plan for every street in this town,"', "Ruiz", flags=True, source=_SOURCE
    ),
    Example.quoted('"We will never retreat from this city,"', "Ruiz", flags=False, source=_SOURCE),
    Example(
        'Ruiz called the plan "a disaster".',
        (Said('called the plan "a disaster"', "mixed", "called", "Ruiz"),),
        flags=False,  # a two-word fragment
        source=_SOURCE,
    ),
    # No sources given.
    Example.quoted('"We have a plan for every street in this town,"', "Ruiz", flags=False),
)
