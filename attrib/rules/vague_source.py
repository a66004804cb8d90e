"""vague-source: collective or unidentified sources.

What it flags
-------------
Statements sourced to a collective that names no one: "experts", "analysts", "critics",
"observers", "many", "some", "Israeli officials", "recent reports and expert analysis", a bare
plural of people ("protesters believe", "executives across the world say", "forecasters
warning"), "those in favor of a ban"; a view in the passive with no agent ("has been seen as
a blow", "hailed as one of the best"); to a document that names no author or publisher: "a
report", "studies", "research", "stats show", "according to one estimate"; and to "reports",
"media reports" or "local media" with no outlet named (unless the paragraph, or the one after
it, credits an outlet). Groups tied to a named institution in their description ("analysts at
Barclays") pass, and so do documents whose publisher is named. The rule flags a source where it
is introduced: "the report", "the experts" or "they", pointing back to a source named earlier,
pass, and so do quotes that continue the source without naming it again. A group followed by a
name ("Another critic, Laurence Tribe,") is named. One unnamed person ("one trade expert") is
anonymous-source's, and so is a group that asked not to be named. A people or a party by name
("Palestinians", "Democrats") is not vague. A hypothetical cue still flags: "critics would call
it reckless" is the writer's view passed off as the critics'. Hedged claims are
unsourced-claim's.

Why it matters
--------------
"Experts say" lets the writer's own view pass as consensus and cannot be checked. The AP
Stylebook asks for sources to be identified as specifically as possible, the Reuters Handbook of
Journalism warns against "vague attribution" such as "analysts said" with no analyst named, and
the BBC Editorial Guidelines (accuracy) ask for claims to be attributed to identifiable sources.

Examples that flag
------------------
- ``Experts say the sanctions have failed.``
- ``The move is benefiting Tehran, according to recent reports and expert analysis.``
- ``A study found that the policy cut emissions.``
- ``Protesters believe the sanctions have failed.``
- ``The ruling has been seen as a blow to the mayor.`` (whose view?)
- ``Those opposed to the plan say the sanctions have failed.``
- ``According to reports, the port was closed.``
- ``His ideals (critics would call them delusions) guide him.``

Examples that pass
------------------
- ``Analysts at Barclays said the sanctions have failed.``
- ``The report suggested Trump favored negotiations.`` (a report already identified)
- ``Economist Maya Levi said the sanctions have failed.``
- ``Another critic, Laurence Tribe, said the sanctions have failed.``
- ``Democrats say the sanctions have failed.`` (a party by name)

What to write instead
---------------------
Name the experts, or at least one of them, and what they are expert in: ``said Maya Levi, an
economist at Tel Aviv University``. For documents, say who published them and when: ``a study
published in March by the Grantham Institute``; for reports, which outlet: ``the BBC reported``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrib.model import Finding, SpeakerKind, Statement
from attrib.rules import lexicon as lx
from attrib.rules.base import (
    Context,
    RuleOptions,
    finding,
    hedged_claims,
    is_hedged,
    is_media_only,
    within_hedged_claim,
    words,
)
from attrib.rules.examples import Example, Said
from attrib.rules.sources import (
    collective,
    credited_paragraphs,
    is_unnamed_individual,
    names_a_member,
    names_a_person,
    names_an_institution,
    near_credit,
    refers_back,
)

ID = "vague-source"
SEVERITY = "warning"
SUMMARY = "A collective or unidentified source: 'experts', 'protesters', 'many', 'a report'."


# Modals of obligation: a cue that says what someone ought to think reports nothing.
_DEONTIC = frozenset({"should", "must", "ought"})


def check(
    statements: Sequence[Statement], context: Context, options: RuleOptions
) -> Iterator[Finding]:
    """Statements whose speaker is a vague group or an authorless document."""
    document, layout = context.document, context.layout
    hedged = hedged_claims(statements, options.lexicon)
    credited = credited_paragraphs(statements, document, layout)
    for st in statements:
        speaker = st.speaker
        if is_hedged(st, options.lexicon):
            continue
        if st.cue is not None and set(words(st.cue.text)) & _DEONTIC:
            continue  # "voters should know ...": what they ought to do, not what they say
        if speaker is None:
            judged = st.cue is not None and words(st.cue.text)[-1:]
            if judged and judged[0] in lx.JUDGEMENT_PARTICIPLES:
                yield finding(
                    ID,
                    options.severity,
                    f"a view ('{st.cue.text if st.cue else ''} as') that names no one: say whose",
                    st,
                    st.cue,
                )
            continue
        if speaker.mention is None:
            continue  # a quote continuing the source: flagged where the source is named
        if within_hedged_claim(st, hedged):
            continue  # the hedged claim around it is flagged as unsourced
        if is_media_only(speaker.name):
            if st.outlet is None and not near_credit(st, credited, document, layout):
                yield finding(
                    ID,
                    options.severity,
                    f"claim sourced only to '{speaker.name}': name the outlet",
                    st,
                    speaker.mention,
                )
            continue
        name_words = words(speaker.name)
        if refers_back(speaker):
            continue  # "the researchers", "they": the first mention was checked
        if is_unnamed_individual(speaker, options.lexicon):
            continue  # one unnamed person: anonymous-source asks who they are
        if speaker.kind == "group":
            if not collective(speaker, options.lexicon.vague_terms):
                continue
            if names_an_institution(speaker.description):
                continue
            if names_a_person(speaker.description):
                continue  # "Another critic, Laurence H. Tribe": the source is named
            if names_a_member(speaker.name, options.lexicon.vague_terms):
                continue  # "Holcomb and GOP legislative leaders": one of them is named
            if (speaker.description or "").lower().startswith(("of whom", "of which")):
                continue  # "generals -- most of whom": a part of a set named before
            yield finding(
                ID,
                options.severity,
                f"vague source '{speaker.name}': name who they are",
                st,
                speaker.mention,
            )
        elif speaker.kind == "document" and st.outlet is None:
            if not name_words or name_words[0] in lx.DEFINITE_WORDS:
                continue  # "the report": points back to one already identified
            if not any(w in lx.DOCUMENT_HEADS for w in name_words):
                continue
            if any(word[:1].isupper() for word in speaker.name.split()[1:]):
                continue  # "a Pentagon report": the author is named
            if any(word[:1].isupper() for word in (speaker.description or "").split()):
                continue  # "a study released by the Department of ...": so is the publisher
            yield finding(
                ID,
                options.severity,
                f"vague source '{speaker.name}': say who published it and when",
                st,
                speaker.mention,
            )


_FAILED = "the sanctions have failed"


def _failed(
    speaker: str,
    cue: str,
    kind: SpeakerKind = "group",
    *,
    flags: bool,
    **described: str,
) -> Example:
    """``<speaker> <cue> the sanctions have failed.``, said by a group (or ``kind``), described
    as `Example.reported` places it."""
    return Example.reported(speaker, cue, _FAILED, speaker_kind=kind, flags=flags, **described)


EXAMPLES: tuple[Example, ...] = (
    _failed("Experts", "say", flags=True),
    Example.according(
        "recent reports and expert analysis",
        "The rift is benefiting Tehran",
        speaker_kind="group",
        flags=True,
    ),
    _failed("Israeli officials", "believe", flags=True),
    _failed("Many", "argue", flags=True),
    Example(
        "A study found that the sanctions have failed.",
        (Said(_FAILED, cue="found", speaker="A study", speaker_kind="document"),),
        flags=True,
    ),
    _failed("Analysts", "said", description="at Barclays", flags=False),
    _failed(
        "A study",
        "found",
        "document",
        description="released by the Department of Energy",
        flags=False,
    ),
    _failed("The report", "suggested", "document", flags=False),
    _failed("A Pentagon report", "found", "document", flags=False),
    _failed("Maya Levi", "said", "person", title="Economist", flags=False),
    # A name apposed to the group names the source.
    _failed("Another critic", "said", aside="Laurence H. Tribe", flags=False),
    # A place is not a name.
    _failed("Political observers", "say", description="in Virginia", flags=True),
    Example(
        "His ideals (critics would call them delusions) guide him.",
        (Said("them delusions", cue="would call", speaker="critics", speaker_kind="group"),),
        flags=True,  # hypothetical, but still the writer's view passed off as the critics'
    ),
    Example(
        'Many lawmakers say the visas are risky. "There are no safeguards at all."',
        (
            Said(
                '"There are no safeguards at all."',
                kind="direct",
                speaker="Many lawmakers",
                speaker_kind="group",
                unmentioned=True,
            ),
        ),
        flags=False,  # continues the lawmakers: the statement that names them carries the flag
    ),
    # A bare plural of people names no one.
    _failed("Protesters", "believe", flags=True),
    _failed("Executives", "say", description="across the region", flags=True),
    # "Those" with a description of its own points back to nobody.
    _failed("Those", "say", description="opposed to the plan", flags=True),
    Example(
        "Stats show that the sanctions have failed.",
        (Said(_FAILED, cue="show", speaker="Stats", speaker_kind="group"),),
        flags=True,
    ),
    Example.according(
        "one estimate", "The sanctions have failed", speaker_kind="document", flags=True
    ),
    Example.according(
        "reports", "the port was closed", speaker_kind="group", first=True, flags=True
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
    Example.reported(
        "Media reports", "say", "the envoy resigned", speaker_kind="document", flags=True
    ),
    Example(
        "According to reports in the Jerusalem Post, the port was closed.",
        (
            Said(
                "the port was closed",
                cue="According to",
                speaker="reports",
                speaker_kind="group",
                outlet="The Jerusalem Post",
                outlet_mention="the Jerusalem Post",
            ),
        ),
        flags=False,  # the outlet is named: second-hand's business
    ),
    Example(
        "The ruling has been seen as a blow to the mayor.",
        (Said("The ruling has been seen as a blow to the mayor", cue="has been seen"),),
        flags=True,  # a judgement with no agent: whose view is it?
    ),
    Example(
        "The ruling was described by the mayor as a blow.",
        (
            Said(
                "The ruling was described by the mayor as a blow",
                cue="was described",
                speaker="the mayor",
            ),
        ),
        flags=False,  # the agent holds the view
    ),
    # A party by name.
    _failed("Democrats", "say", flags=False),
    # A people by name.
    _failed("Palestinians", "say", flags=False),
    # One unnamed person: anonymous-source's.
    _failed("One economist", "said", aside="who asked not to be named", flags=False),
    _failed("Hamas and Hezbollah", "said", flags=False),
    # A coordinated source that names one of its members is named.
    _failed("Holcomb and Republican legislative leaders", "said", flags=False),
    _failed("Sen. Ann Lee and other senators", "say", flags=False),
    _failed("Experts and brokerages", "say", flags=True),  # capitals at the start name no one
    _failed("Israeli officials and analysts", "say", flags=True),
)
