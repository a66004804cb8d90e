"""anonymous-source: unnamed people as the source.

What it flags
-------------
Statements whose source is an unnamed person or people: "officials", "a senior official", "an
aide", "people familiar with the matter", "a person close to the minister"; one person the
article introduces without a name ("One Washington-based trade expert said", "A second
vice-chancellor, who runs a research university, agreed", "One, who asked not to be named,
said"); a pseudonym ("Dan (not his real name)"); and any unnamed source whose description
gives a reason for anonymity. The severity follows what the article tells the reader about
them:

- one level up (error by default) when the source is bare, "a source" or "sources", with no
  description and no reason for anonymity;
- the rule's severity (warning by default) when the description or the reason is missing;
- one level down (info by default) when the article both describes the source and says why it
  is anonymous ("who spoke on condition of anonymity because they were not authorised to discuss
  the talks").

The message says what is missing. Sources named inside someone else's direct quote never flag,
and neither do statements that continue an anonymous speaker without naming them again, with
no mention or only a pronoun ("they emphasized"): the statement that names the source carries
the finding. An unnamed person whom the next paragraph that says anything names for the first
time ("A top health expert warns ... \n\n Prof Ann Lee, director of ..., says:", the lede's
delayed identification, unless the article gives a reason for anonymity) is named; for one the
engine did not type as anonymous ("a former party chairman"), the first person that paragraph
quotes will do ('"...," said Dan Reeve, who led the party'). So is one who only acts in the
story ("a radiologist dismissed the scan as normal").

Why it matters
--------------
Anonymous sources cost the reader the means to judge a claim. The New York Times' policy on
confidential sources asks that the reader be told as much as possible about the source's
position and why anonymity was granted; the AP Stylebook ("anonymous sources") and the Reuters
Handbook of Journalism require the same, and the BBC Editorial Guidelines (section 6, "anonymous
sources") ask that the source be described as fully as possible without identifying them.

Examples that flag
------------------
- ``Sources said the deal was dead.`` (error: bare)
- ``A senior official said the deal was dead.`` (warning: no reason for anonymity)
- ``A senior official in the administration, who spoke on condition of anonymity because he was
  not authorised to discuss the talks, said the deal was dead.`` (info)
- ``One, who asked not to be named, said the deal was dead.`` (warning: no description)
- ``A second negotiator, who runs a trade office, agreed that the deal was dead.`` (warning)

Examples that pass
------------------
- ``Foreign Minister Ana Ruiz said the deal was dead.``
- ``"Sources say it is over," Ruiz said.`` (the words inside her quote are hers)
- ``Aides said the deal was dead. But they emphasized ...`` (the second statement: "they" points
  back to the aides, flagged where they are named)
- ``A top trade expert warns that the deal is dead.`` followed by a paragraph opening ``Prof Ann
  Lee, who directs a trade institute, says ...`` (named at once)

What to write instead
---------------------
Name the source. If the newsroom granted anonymity, describe the source as precisely as safety
allows (position, how they know) and say why they could not be named: ``..., said a senior
official involved in the talks, who spoke on condition of anonymity because the talks are
confidential.``
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from attrib.model import Finding, Severity, Statement
from attrib.rules import lexicon as lx
from attrib.rules.base import (
    Context,
    Intervals,
    RuleOptions,
    finding,
    hedged_claims,
    is_pronoun,
    quoted_regions,
    shift,
    within_hedged_claim,
    words,
)
from attrib.rules.examples import Example, Said
from attrib.rules.sources import is_one_person, is_unnamed_individual

ID = "anonymous-source"
SEVERITY = "warning"
SUMMARY = "Unnamed people as the source; error when bare, info with a description and a reason."


_REASON_CLAUSE = re.compile(r"\b(?:who|whom|speaking|because|as)\b", re.IGNORECASE)


def _outside_quotes(text: str, start: int, end: int, quotes: Intervals) -> str:
    """``text[start:end]`` with quoted words blanked (they are the speaker's, not the writer's)."""
    chars = list(text[start:end])
    for q_start, q_end in quotes.overlapping(start, end):
        for i in range(max(q_start, start), min(q_end, end)):
            chars[i - start] = " "
    return "".join(chars)


def check(
    statements: Sequence[Statement], context: Context, options: RuleOptions
) -> Iterator[Finding]:
    """Statements whose speaker is anonymous, graded by description and reason."""
    document, layout = context.document, context.layout
    quotes = Intervals(quoted_regions(statements, layout))
    hedged = hedged_claims(statements, options.lexicon)
    introductions = context.introductions
    for st in statements:
        speaker = st.speaker
        if speaker is None or speaker.mention is None:
            continue  # no mention: a quote continuing the source, flagged where it is named
        if speaker.kind != "anonymous":
            if not is_unnamed_individual(speaker, options.lexicon):
                continue
            if st.cue is not None and set(words(st.cue.text)) & lx.LABEL_CUE_FORMS:
                continue  # "a radiologist dismissed the X-ray as normal": a part in the story
        if is_pronoun(speaker.mention):
            continue  # "they emphasized": the source was flagged where it was named
        if within_hedged_claim(st, hedged):
            continue  # the hedged claim around it is flagged as unsourced
        name_words = words(speaker.name)
        qualifiers = [w for w in name_words if w not in lx.EMPTY_QUALIFIERS]
        bare = all(w in lx.BARE_ANONYMOUS_HEADS for w in qualifiers)
        description = (speaker.description or "").strip()
        anchor = speaker.mention or st.content
        para_start, para_end = layout.paragraph(anchor.start)
        around = " ".join(
            (
                speaker.name,
                description,
                _outside_quotes(document.text, para_start, para_end, quotes),
            )
        )
        anonymity = options.lexicon.anonymity
        has_reason = anonymity is not None and anonymity.search(around) is not None
        if (
            not has_reason
            and is_one_person(speaker)
            and introductions.identified_next(st, anywhere=speaker.kind != "anonymous")
        ):
            continue  # "A top expert warns ..." over "Prof Ann Lee, ..., says:"
        # "who spoke on condition of anonymity" is a reason, not a description: keep only what
        # comes before the relative clause.
        descriptive = _REASON_CLAUSE.split(description, maxsplit=1)[0]
        # One word ("officials", "an aide") names a category, not a source.
        described = len(qualifiers) >= 2 or bool(words(descriptive))
        missing = []
        if not described:
            missing.append("no description")
        if not has_reason:
            missing.append("no reason for anonymity")
        if len(missing) == 2 and bare:
            severity = shift(options.severity, +1)
        elif not missing:
            severity = shift(options.severity, -1)
        else:
            severity = options.severity
        if missing:
            message = f"anonymous source '{speaker.name}' with {' and '.join(missing)}"
        else:
            message = (
                f"anonymous source '{speaker.name}', described and with a reason for "
                "anonymity: make sure an editor knows who it is"
            )
        yield finding(ID, severity, message, st, speaker.mention)


_DEAL = "the deal was dead"


def _dead(speaker: str, severity: Severity) -> Example:
    """``<speaker> said the deal was dead.``, an anonymous source flagged at ``severity``."""
    return Example.reported(
        speaker, "said", _DEAL, speaker_kind="anonymous", flags=True, severity=severity
    )


EXAMPLES: tuple[Example, ...] = (
    _dead("Sources", "error"),
    # A relative pronoun points back to the source: flagged once, where it is introduced.
    Example(
        "A resident who called the police said the house was empty.",
        (
            Said(
                "the police",
                cue="called",
                speaker="who",
                name="A resident",
                speaker_kind="anonymous",
            ),
            Said("the house was empty", cue="said", speaker="A resident", speaker_kind="anonymous"),
        ),
        flags=True,
        severity="warning",
        findings=1,
    ),
    _dead("A senior official", "warning"),
    _dead("People familiar with the matter", "warning"),
    Example(
        "Officials told reporters the deal was dead.",
        (Said(_DEAL, cue="told", speaker="Officials", speaker_kind="anonymous"),),
        flags=True,
        severity="warning",
    ),
    Example(
        "A senior official in the administration, who spoke on condition of anonymity because "
        "he was not authorised to discuss the talks, said the deal was dead.",
        (
            Said(
                _DEAL,
                cue="said",
                speaker="A senior official",
                speaker_kind="anonymous",
                description="in the administration, who spoke on condition of anonymity because "
                "he was not authorised to discuss the talks",
            ),
        ),
        flags=True,
        severity="info",
    ),
    Example(
        "A source, who asked not to be named, said the deal was dead.",
        (Said(_DEAL, cue="said", speaker="A source", speaker_kind="anonymous"),),
        flags=True,
        severity="warning",
    ),
    # A reason, but nothing about who they are.
    Example.reported(
        "One",
        "said",
        _DEAL,
        speaker_kind="unknown",
        aside="who asked not to be named",
        flags=True,
        severity="warning",
    ),
    Example(
        "A second negotiator, who runs a trade office, agreed that the deal was dead.",
        (
            Said(
                _DEAL,
                cue="agreed",
                speaker="A second negotiator",
                speaker_kind="unknown",
                description="who runs a trade office",
            ),
        ),
        flags=True,
        severity="warning",  # described, but no reason for anonymity
    ),
    Example(
        "One Geneva-based trade expert said that the deal was dead.",
        (Said(_DEAL, cue="said", speaker="One Geneva-based trade expert", speaker_kind="group"),),
        flags=True,  # one person, not a collective
    ),
    Example.reported(
        "Residents",
        "said",
        _DEAL,
        speaker_kind="group",
        aside="who asked not to be identified",
        flags=True,
    ),
    Example(
        "A top trade expert warns that the deal is dead.\n\n"
        "Prof Ann Lee, who directs a trade institute, says the talks failed.",
        (
            Said(
                "the deal is dead", cue="warns", speaker="A top trade expert", speaker_kind="group"
            ),
            Said(
                "the talks failed",
                cue="says",
                speaker="Ann Lee",
                description="Prof, who directs a trade institute",
            ),
        ),
        flags=False,  # the next paragraph names the expert: delayed identification
    ),
    Example(
        "A radiologist dismissed the scan as normal.",
        (
            Said(
                "the scan as normal",
                cue="dismissed",
                speaker="A radiologist",
                speaker_kind="unknown",
            ),
        ),
        flags=False,  # a part in the story, not its source
    ),
    Example(
        "Aides said the talks were over. But they emphasized the deal was dead.",
        (Said(_DEAL, cue="emphasized", speaker="they", name="Aides", speaker_kind="anonymous"),),
        flags=False,  # the pronoun points back to the aides, flagged where they are named
    ),
    Example.reported("Ana Ruiz", "said", _DEAL, title="Foreign Minister", flags=False),
    Example(
        '"Sources say the deal is dead," Ruiz said.',
        (
            Said('"Sources say the deal is dead,"', kind="direct", cue="said", speaker="Ruiz"),
            Said("the deal is dead", cue="say", speaker="Sources", speaker_kind="anonymous"),
        ),
        flags=False,
    ),
    Example(
        "Many diplomats reportedly oppose the deal, believing it is too weak.",
        (
            Said(
                "Many diplomats reportedly oppose the deal, believing it is too weak",
                cue="reportedly",
            ),
            Said(
                "it is too weak",
                cue="believing",
                speaker="Many diplomats",
                speaker_kind="anonymous",
            ),
        ),
        flags=False,  # part of a hedged claim: unsourced-claim flags the claim instead
    ),
)
