"""unsourced-claim: a hedged claim that says nobody's name.

What it flags
-------------
A claim hedged with "reportedly", "allegedly", "it is understood", "is said to", "is believed
to", "rumoured" and the like, with no source; and a claim sourced only to "reports", "media
reports" or "local media" without naming the outlet. Hedge words inside a direct quote are the
speaker's and never flag. A hedge in a paragraph that credits an outlet, or just above one (a
headline over "According to Politico, ..."), passes: the source is given there.

Why it matters
--------------
A hedge tells the reader that someone says so without saying who, so the claim cannot be
checked. The AP Stylebook warns against "reportedly" and "allegedly" standing in for a source,
the Reuters Handbook of Journalism asks that every claim of fact not witnessed by the reporter
be attributed, and the BBC Editorial Guidelines (accuracy, section 3) require the source of
reports to be made clear.

Examples that flag
------------------
- ``Many officials reportedly favor military action.``
- ``The minister is said to be furious.``
- ``According to local media, the port was closed.``

Examples that pass
------------------
- ``The minister is furious, two aides told Reuters.`` (sourced; second-hand may apply)
- ``"The talks are reportedly over," Smith said.`` (the hedge is Smith's, inside his quote)
- ``According to the Jerusalem Post, the port was closed.``

What to write instead
---------------------
Say who reports it: ``..., according to a report by Haaretz``, ``..., two officials said``. If
the newsroom cannot name or describe a source, the claim is not ready to publish.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrib.layout import Layout
from attrib.model import Document, Finding, Statement
from attrib.rules.base import (
    Example,
    RuleOptions,
    Said,
    finding,
    hedge_in,
    is_media_only,
)

ID = "unsourced-claim"
SEVERITY = "error"
SUMMARY = "A hedged claim ('reportedly', 'is said to', 'media reports') that names no source."

# Speakers that a hedge does not source: the hedge's "someone" is still nobody.
_NOBODY_KINDS = frozenset({"group", "anonymous", "unknown"})


def _next_text(text: str, offset: int) -> int:
    """The offset of the first non-space character at or after ``offset`` (or the end)."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return min(offset, max(len(text) - 1, 0))


def check(
    statements: Sequence[Statement], document: Document, layout: Layout, options: RuleOptions
) -> Iterator[Finding]:
    """Hedged statements without a speaker or outlet, and statements sourced to "the media"."""
    # Paragraphs (by start offset) where the writer credits an outlet.
    credited = {layout.paragraph(st.content.start)[0] for st in statements if st.outlet}
    for st in statements:
        if st.outlet is not None:
            continue  # an outlet is named: second-hand's business
        start, end = layout.paragraph(st.content.start)
        following = layout.paragraph(_next_text(document.text, end))[0]
        if start in credited or following in credited:
            continue  # "Clinton campaign reportedly ..." above "According to Politico, ..."
        hedge = hedge_in(st.cue.text if st.cue else None, options.lexicon)
        speaker = st.speaker
        if speaker is not None and is_media_only(speaker.name):
            yield finding(
                ID,
                options.severity,
                f"claim sourced only to '{speaker.name}' with no outlet named",
                st,
                speaker.mention or st.cue,
            )
        elif hedge is not None and (speaker is None or speaker.kind in _NOBODY_KINDS):
            yield finding(
                ID,
                options.severity,
                f"hedged claim ('{hedge}') with no source: say who reports it",
                st,
                st.cue,
            )


EXAMPLES: tuple[Example, ...] = (
    Example(
        "Many Israeli officials reportedly favor military action.",
        (Said("Many Israeli officials reportedly favor military action", cue="reportedly"),),
        flags=True,
    ),
    Example(
        "Many Israeli officials reportedly favor military action.",
        (
            Said(
                "favor military action",
                cue="reportedly",
                speaker="Many Israeli officials",
                speaker_kind="group",
            ),
        ),
        flags=True,
    ),
    Example(
        "The minister is said to be furious about the leak.",
        (Said("The minister is said to be furious about the leak", cue="is said to"),),
        flags=True,
    ),
    Example(
        "It is understood that the ceasefire will hold.",
        (Said("the ceasefire will hold", cue="It is understood"),),
        flags=True,
    ),
    Example(
        "According to local media, the port was closed.",
        (
            Said(
                "the port was closed",
                cue="According to",
                speaker="local media",
                speaker_kind="group",
            ),
        ),
        flags=True,
    ),
    Example(
        "Media reports say the envoy resigned.",
        (Said("the envoy resigned", cue="say", speaker="Media reports", speaker_kind="document"),),
        flags=True,
    ),
    Example(
        "According to the Jerusalem Post, the port was closed.",
        (
            Said(
                "the port was closed",
                cue="According to",
                speaker="the Jerusalem Post",
                name="The Jerusalem Post",
                speaker_kind="outlet",
                outlet="The Jerusalem Post",
                outlet_mention="the Jerusalem Post",
            ),
        ),
        flags=False,
    ),
    Example(
        '"The talks are reportedly over," Smith said.',
        (Said('"The talks are reportedly over,"', kind="direct", cue="said", speaker="Smith"),),
        flags=False,
    ),
    Example(
        "The minister reportedly resigned, Haaretz reported.",
        (
            Said(
                "The minister reportedly resigned",
                cue="reported",
                speaker="Haaretz",
                speaker_kind="outlet",
                outlet="Haaretz",
                outlet_mention="Haaretz",
            ),
        ),
        flags=False,
    ),
    Example(
        "Campaign Reportedly Scrambling For Votes\nAccording to Politico, the campaign is worried.",
        (
            Said("Campaign Reportedly Scrambling For Votes", cue="Reportedly"),
            Said(
                "the campaign is worried",
                cue="According to",
                speaker="Politico",
                speaker_kind="outlet",
                outlet="Politico",
                outlet_mention="Politico",
            ),
        ),
        flags=False,
    ),
    Example(
        "The IMF report stated that growth will slow.",
        (
            Said(
                "growth will slow", cue="stated", speaker="The IMF report", speaker_kind="document"
            ),
        ),
        flags=False,  # a named body's report, not "the media"
    ),
    Example(
        "Israeli media reported that the envoy resigned.",
        (
            Said(
                "the envoy resigned", cue="reported", speaker="Israeli media", speaker_kind="group"
            ),
        ),
        flags=True,
    ),
    Example(
        "Smith said the plan was rumoured to be dead.",
        (Said("the plan was rumoured to be dead", cue="said", speaker="Smith"),),
        flags=False,  # Smith is the source; the rumour is his to stand behind
    ),
)
