"""second-hand: a statement that reaches the article through another outlet.

What it flags
-------------
Statements the article takes from another news outlet or its report: "according to the Post",
"The New York Times reported", "a report published by ...", "citing CNN", "X told Reuters",
"as reported by ...". The message names the outlet. Statements credited to the publication's own
names (config key ``publication``) pass.

Why it matters
--------------
Repeating another outlet's reporting repeats its errors under your name. The Reuters Handbook of
Journalism asks reporters to credit other media and, wherever possible, to confirm their
reporting independently; the AP Stylebook requires credit for material from other outlets, and
the BBC Editorial Guidelines (accuracy, section 3) say reports from other media should be
attributed and, where possible, checked before being reported as fact.

Examples that flag
------------------
- ``The envoy resigned, according to the Post.``
- ``The New York Times reported that the strike was called off.``
- ``The minister told Reuters the talks would resume.``

Examples that pass
------------------
- ``The minister told reporters the talks would resume.``
- ``Haaretz learned that ...`` in an article of Haaretz, when ``publication = "Haaretz"`` is
  configured.

What to write instead
---------------------
Confirm the claim with the original source and attribute it to them; if you cannot, keep the
credit visible (``..., The New York Times reported, citing two officials``) and say whether your
newsroom has confirmed it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrib.model import Document, Finding, Statement
from attrib.rules.base import Example, RuleOptions, Said, finding, normal

ID = "second-hand"
SEVERITY = "warning"
SUMMARY = "A statement taken from another outlet's reporting: confirm it or credit it."


def check(
    statements: Sequence[Statement], document: Document, options: RuleOptions
) -> Iterator[Finding]:
    """Statements with an outlet other than the publication's own."""
    own = {normal(name) for name in options.publication}
    for st in statements:
        outlet = st.outlet
        if outlet is None or normal(outlet.name) in own:
            continue
        yield finding(
            ID,
            options.severity,
            f"reaches the article through {outlet.name}: confirm it with the original source "
            f"or credit {outlet.name} clearly",
            st,
            # Where this statement names the outlet; else where it names its source ("the
            # report" that an earlier sentence credited to the outlet); else its cue.
            outlet.mention or (st.speaker.mention if st.speaker else None) or st.cue,
        )


_RESUME = "the talks would resume"
EXAMPLES: tuple[Example, ...] = (
    Example(
        "The envoy resigned, according to the Post.",
        (
            Said(
                "The envoy resigned",
                cue="according to",
                speaker="the Post",
                name="The Jerusalem Post",
                speaker_kind="outlet",
                outlet="The Jerusalem Post",
                outlet_mention="the Post",
            ),
        ),
        flags=True,
    ),
    Example(
        "The minister told Reuters the talks would resume.",
        (
            Said(
                _RESUME,
                cue="told",
                speaker="The minister",
                outlet="Reuters",
                outlet_mention="Reuters",
            ),
        ),
        flags=True,
    ),
    Example(
        "A report published by The New York Times claimed the strike was called off.",
        (
            Said(
                "the strike was called off",
                cue="claimed",
                speaker="A report",
                speaker_kind="document",
                outlet="The New York Times",
                outlet_mention="The New York Times",
            ),
        ),
        flags=True,
    ),
    Example(
        "Iran is gaining ground, Beni Sabti said (as reported by Peled Arbeli).",
        (
            Said(
                "Iran is gaining ground",
                cue="said",
                speaker="Beni Sabti",
                outlet="Peled Arbeli",
                outlet_mention="Peled Arbeli",
            ),
        ),
        flags=True,
    ),
    Example(
        "The minister told reporters the talks would resume.",
        (Said(_RESUME, cue="told", speaker="The minister"),),
        flags=False,
    ),
    Example(
        "Haaretz learned that the talks would resume.",
        (
            Said(
                _RESUME,
                cue="learned",
                speaker="Haaretz",
                speaker_kind="outlet",
                outlet="Haaretz",
                outlet_mention="Haaretz",
            ),
        ),
        flags=False,  # the rule's example options name "Haaretz" as publication
    ),
)

# Options the example table runs with (see tests/test_rules.py).
EXAMPLE_SETTINGS: dict[str, object] = {"publication": ("Haaretz",)}
