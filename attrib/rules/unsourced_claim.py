"""unsourced-claim: a hedged claim that says nobody's name.

What it flags
-------------
A claim hedged with "reportedly", "allegedly", "it is understood", "is said to", "is thought
to", "is believed to", "rumoured" and the like, with no source; and transfer or market rumour in
the agentless passive ("has been linked with a move to Madrid", "is tipped for the job").
"Apparently" flags one severity level down (warning by default): it may be the writer's own
inference, and the reader should be told which. Hedge words inside a direct quote are the
speaker's and never flag. A hedge in a paragraph that credits an outlet, or just above one (a
headline over "According to Politico, ..."), passes: the source is given there. Claims sourced
to "reports" or "local media" name a source, however vague: vague-source flags them.

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
- ``The lake, which is thought to hold rare fish, was drained.``
- ``She apparently left the firm in 2019.`` (warning: perhaps the writer's inference)
- ``The striker has been linked with a move to Madrid.``

Examples that pass
------------------
- ``The minister is furious, two aides told Reuters.`` (sourced; second-hand may apply)
- ``"The talks are reportedly over," Smith said.`` (the hedge is Smith's, inside his quote)
- ``According to the Jerusalem Post, the port was closed.``
- ``The plan was said by the mayor to be dead.`` (the mayor is the source)

What to write instead
---------------------
Say who reports it: ``..., according to a report by Haaretz``, ``..., two officials said``. If
the newsroom cannot name or describe a source, the claim is not ready to publish. If the claim
is the writer's own inference, say what it rests on: ``records show he left in 2019``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrib.model import Finding, Severity, Statement
from attrib.rules import lexicon as lx
from attrib.rules.base import (
    Context,
    RuleOptions,
    finding,
    hedge_in,
    normal,
    shift,
)
from attrib.rules.examples import Example, Said
from attrib.rules.sources import (
    credited_paragraphs,
    near_credit,
)

ID = "unsourced-claim"
SEVERITY = "error"
SUMMARY = "A hedged claim ('reportedly', 'is said to', 'apparently') that names no source."

# Speakers that a hedge does not source: the hedge's "someone" is still nobody.
_NOBODY_KINDS = frozenset({"group", "anonymous", "unknown"})


def check(
    statements: Sequence[Statement], context: Context, options: RuleOptions
) -> Iterator[Finding]:
    """Hedged statements without a speaker or outlet."""
    document, layout = context.document, context.layout
    credited = credited_paragraphs(statements, document, layout)
    for st in statements:
        if st.outlet is not None:
            continue  # an outlet is named: second-hand's business
        if near_credit(st, credited, document, layout):
            continue  # "Clinton campaign reportedly ..." above "According to Politico, ..."
        hedge = hedge_in(st.cue.text if st.cue else None, options.lexicon)
        speaker = st.speaker
        if hedge is None or (speaker is not None and speaker.kind not in _NOBODY_KINDS):
            continue
        if normal(hedge) in lx.WEAK_HEDGES:
            # "apparently" may be the writer's own inference: ask, one level down.
            yield finding(
                ID,
                shift(options.severity, -1),
                f"hedged claim ('{hedge}') with no source: say who reports it, or that it is "
                "the writer's inference",
                st,
                st.cue,
            )
        else:
            yield finding(
                ID,
                options.severity,
                f"hedged claim ('{hedge}') with no source: say who reports it",
                st,
                st.cue,
            )


def _hedged(text: str, hedge: str, *, flags: bool, severity: Severity | None = None) -> Example:
    """A sentence that is one claim, hedged by ``hedge``, with no source."""
    return Example(text, (Said(text.removesuffix("."), cue=hedge),), flags, severity)


EXAMPLES: tuple[Example, ...] = (
    _hedged("Many Israeli officials reportedly favor military action.", "reportedly", flags=True),
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
    _hedged("The minister is said to be furious about the leak.", "is said to", flags=True),
    Example(
        "It is understood that the ceasefire will hold.",
        (Said("the ceasefire will hold", cue="It is understood"),),
        flags=True,
    ),
    Example(
        "The lake, which is thought to hold rare fish, was drained.",
        (Said("which is thought to hold rare fish", cue="is thought"),),
        flags=True,  # the engine cuts the cue before "to": the passive alone is the hedge
    ),
    _hedged(
        "The town is said to be the oldest in the region.", "is said", flags=True, severity="error"
    ),
    # Perhaps the writer's own inference: one level down.
    _hedged("She apparently left the firm in 2019.", "apparently", flags=True, severity="warning"),
    # Transfer rumour, as the engine cuts the cue.
    _hedged("The striker has been linked with a move to Madrid.", "has been linked", flags=True),
    Example(
        "The plan was said by the mayor to be dead.",
        (Said("The plan was said by the mayor to be dead", cue="was said", speaker="the mayor"),),
        flags=False,  # the agent is the source
    ),
    # A source, if a vague one: vague-source flags it.
    Example.according(
        "local media", "the port was closed", speaker_kind="group", first=True, flags=False
    ),
    Example(
        "According to the Jerusalem Post, the port was closed.",
        (
            Said.from_outlet(
                "the port was closed",
                "the Jerusalem Post",
                "The Jerusalem Post",
                cue="According to",
            ),
        ),
        flags=False,
    ),
    Example.quoted('"The talks are reportedly over,"', "Smith", flags=False),
    Example(
        "The minister reportedly resigned, Haaretz reported.",
        (Said.from_outlet("The minister reportedly resigned", "Haaretz", cue="reported"),),
        flags=False,
    ),
    Example(
        "Campaign Reportedly Scrambling For Votes\nAccording to Politico, the campaign is worried.",
        (
            Said("Campaign Reportedly Scrambling For Votes", cue="Reportedly"),
            Said.from_outlet("the campaign is worried", "Politico", cue="According to"),
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
        "Smith said the plan was rumoured to be dead.",
        (Said("the plan was rumoured to be dead", cue="said", speaker="Smith"),),
        flags=False,  # Smith is the source; the rumour is his to stand behind
    ),
)
