"""second-hand: a statement that reaches the article through another outlet.

What it flags
-------------
Statements the article takes from another news outlet or its report: "according to the Post",
"The New York Times reported", "a report published by ...", "citing CNN", "X told Reuters",
"as reported by ...", "X, via USA Today, said", "told the Danish newspaper Politiken" (an outlet
the catalogue lacks, known by how the text names it), "the newspaper said" (the outlet named
before). The message names the outlet. Statements credited to media reports that name no outlet
("according to reports", "media reports say") flag too. Statements credited to the publication's own
names (config key ``publication``) pass.

An outlet named only inside what the speaker says is part of the statement, not where it comes
from: in ``Clinton stressed her support during a forum sponsored by NBC News`` NBC is the
forum's sponsor, not Clinton's channel to the reader. A title in quotation marks (``"Face the
Nation"``) is not a statement and never flags.

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
- ``The minister told the Danish newspaper Politiken the talks would resume.``
- ``According to reports, the talks will resume.``

Examples that pass
------------------
- ``The minister told reporters the talks would resume.``
- ``Trump cited criticism of NBC's Matt Lauer.`` (NBC is part of what Trump cited)
- ``Haaretz learned that ...`` in an article of Haaretz, when ``publication = "Haaretz"`` is
  configured.

What to write instead
---------------------
Confirm the claim with the original source and attribute it to them; if you cannot, keep the
credit visible (``..., The New York Times reported, citing two officials``) and say whether your
newsroom has confirmed it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from attrib.model import Finding, Span, Statement
from attrib.rules.base import Context, RuleOptions, finding, is_quoted_title, normal
from attrib.rules.examples import Example, Said

ID = "second-hand"
SEVERITY = "warning"
SUMMARY = "A statement taken from another outlet's reporting: confirm it or credit it."


def _inside(inner: Span | None, outer: Span) -> bool:
    return inner is not None and outer.start <= inner.start and inner.end <= outer.end


def _named_in_content(statement: Statement) -> bool:
    """True when the outlet is named only inside what the speaker says, away from the cue.

    A cue inside the content ('There is "concern", according to the Post, that ...') means the
    content runs across the credit, so the outlet named there is still the credit.
    """
    outlet = statement.outlet
    if outlet is None or not _inside(outlet.mention, statement.content):
        return False
    return not _inside(statement.cue, statement.content)


# Media reports that name no outlet ("according to reports", "media reports say"): no determiner,
# so not "the reports" (which points back to a named one); not "police reports" (documents).
_UNNAMED_REPORTS = re.compile(
    r"(?:(?:media|news|press|unconfirmed|foreign|international|local|several|some|multiple|"
    r"recent|published)\s+)?reports",
    re.IGNORECASE,
)


def _unnamed_reports(statement: Statement) -> Span | None:
    """Where a statement credits media reports that name no outlet, or None."""
    speaker = statement.speaker
    if statement.outlet is not None or speaker is None or speaker.mention is None:
        return None
    return speaker.mention if _UNNAMED_REPORTS.fullmatch(speaker.mention.text.strip()) else None


def check(
    statements: Sequence[Statement], context: Context, options: RuleOptions
) -> Iterator[Finding]:
    """Statements with an outlet other than the publication's own, or credited to unnamed
    media reports."""
    own = options.own_outlets
    for st in statements:
        outlet = st.outlet
        unnamed = _unnamed_reports(st)
        if unnamed is not None:
            yield finding(
                ID,
                options.severity,
                f"reaches the article through {unnamed.text.strip().lower()} that name no "
                "outlet: find the original report and credit it, or confirm the claim",
                st,
                unnamed,
            )
            continue
        if outlet is None or normal(outlet.name) in own:
            continue
        if is_quoted_title(st) or _named_in_content(st):
            continue  # a programme's title; an outlet the speaker talks about
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
_POST = "The Jerusalem Post"
EXAMPLES: tuple[Example, ...] = (
    Example(
        "The minister told the Danish newspaper Politiken the talks would resume.",
        (Said(_RESUME, cue="told", speaker="The minister", outlet="Politiken"),),
        flags=True,  # not in the catalogue: "the Danish newspaper" says what it is
    ),
    # Media reports that name no outlet.
    Example.according(
        "reports", "the talks will resume", speaker_kind="group", first=True, flags=True
    ),
    Example(
        'There is "deep concern" in Jerusalem, according to the Post, that talks will fail.',
        (
            Said.from_outlet(
                'There is "deep concern" in Jerusalem, according to the Post, that talks will fail',
                "the Post",
                _POST,
                kind="mixed",
                cue="according to",
            ),
        ),
        flags=True,  # the content runs across the credit: the cue is inside it too
    ),
    Example(
        "Clinton stressed her support during a forum sponsored by NBC News.",
        (
            Said(
                "her support during a forum sponsored by NBC News",
                cue="stressed",
                speaker="Clinton",
                outlet="NBC News",
            ),
        ),
        flags=False,  # NBC is named in what she said, not as her channel to the reader
    ),
    Example(
        'Pence spoke on CNN. On "Face the Nation," Sanders spoke too.',
        (Said('"Face the Nation,"', kind="direct", speaker="Pence", outlet="CNN"),),
        flags=False,  # a programme's title in quotation marks is not a statement
    ),
    Example(
        "The envoy resigned, according to the Post.",
        (Said.from_outlet("The envoy resigned", "the Post", _POST, cue="according to"),),
        flags=True,
    ),
    Example(
        "The minister told Reuters the talks would resume.",
        (Said(_RESUME, cue="told", speaker="The minister", outlet="Reuters"),),
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
            ),
        ),
        flags=True,
    ),
    Example(
        "Iran is gaining ground, Beni Sabti said (as reported by Peled Arbeli).",
        (Said("Iran is gaining ground", cue="said", speaker="Beni Sabti", outlet="Peled Arbeli"),),
        flags=True,
    ),
    Example(
        "The minister told reporters the talks would resume.",
        (Said(_RESUME, cue="told", speaker="The minister"),),
        flags=False,
    ),
    Example(
        "Haaretz learned that the talks would resume.",
        (Said.from_outlet(_RESUME, "Haaretz", cue="learned"),),
        flags=False,  # the rule's example options name "Haaretz" as publication
    ),
)

# Options the example table runs with (see tests/test_rules.py).
EXAMPLE_SETTINGS: dict[str, object] = {"publication": ("Haaretz",)}
