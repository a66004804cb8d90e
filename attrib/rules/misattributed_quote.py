"""misattributed-quote: the source gives the quoted words to someone else.

What it flags
-------------
A quote found in a source that names its speakers (a transcript's ``NAME:`` turns, a
subtitle's voice, a labelled cue) where the speaker there is not the one the draft attributes
the words to. Names are compared as elsewhere in attrib: titles dropped, a surname or any part
of a full name matches (``Mr. Trump`` is ``DONALD J. TRUMP``), spelling variants match
(rapidfuzz token-set ratio), two different first names with one surname do not. The finding
gives the source passage and who says it there.

Only runs when sources are given, and only for quotes attributed to a named person.

Why it matters
--------------
Putting one person's words in another's mouth is among the most damaging errors a story can
make. The BBC Editorial Guidelines require that contributions are attributed accurately, and
the Reuters Handbook of Journalism treats misattribution as a factual error to be corrected.

Examples that flag
------------------
- Source ``LEE: Nobody is asking anyone to leave.``, draft ``"Nobody is asking anyone to
  leave," Ruiz said.``

Examples that pass
------------------
- ``"Nobody is asking anyone to leave," Tom Lee said.`` (Lee, a part of the full name).
- The source has no speaker labels: it cannot say who spoke.

What to write instead
---------------------
Attribute the words to the person the source shows saying them, or check the recording.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrib.model import Finding, Statement
from attrib.rules import lexicon as lx
from attrib.rules.base import Context, RuleOptions, finding
from attrib.rules.examples import Example
from attrib.verification.evidence import segments_of, where
from attrib.verification.people import same_person

ID = "misattributed-quote"
SEVERITY = "error"
SUMMARY = "The source gives the quoted words to someone other than the attributed speaker."

# Verdicts that say the quoted passage was found (spliced pieces may be anyone's).
_FOUND = frozenset({"verbatim", "elided", "altered"})


def check(
    statements: Sequence[Statement], context: Context, options: RuleOptions
) -> Iterator[Finding]:
    """Quotes a source gives to another person than the draft does."""
    for st in statements:
        speaker = st.speaker
        if st.verification is None or speaker is None or speaker.kind != "person":
            continue
        if speaker.name.strip().lower() in lx.PRONOUNS:
            continue  # an unresolved "he": nobody to compare
        for segment in segments_of(st.verification):
            said_by = segment.speaker
            if segment.status not in _FOUND or said_by is None or segment.source is None:
                continue
            if same_person(speaker.name, said_by):
                continue
            yield finding(
                ID,
                options.severity,
                f"{where(segment.source)} gives these words to {said_by}, not {speaker.name}",
                st,
                segment.segment,
                segment,
            )
            break


_SOURCE = "TOM LEE: Nobody is asking anyone to leave.\nANA RUIZ: We stay.\n"
_NOBODY = '"Nobody is asking anyone to leave,"'

EXAMPLES: tuple[Example, ...] = (
    Example.quoted(_NOBODY, "Ruiz", flags=True, source=_SOURCE),
    Example.quoted(_NOBODY, "Lee", flags=False, source=_SOURCE),
    # The source names no speakers.
    Example.quoted(
        _NOBODY,
        "Ruiz",
        flags=False,
        source="Nobody is asking anyone to leave, the council said in March.\n",
    ),
    # A body speaks through its people.
    Example.quoted(
        _NOBODY, "the council", speaker_kind="organization", flags=False, source=_SOURCE
    ),
)
