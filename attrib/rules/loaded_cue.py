"""loaded-cue: a reporting verb that judges the speaker.

What it flags
-------------
Cues such as "claimed", "admitted", "insisted", "conceded", "confessed", "alleged", "revealed",
"boasted" that tell the reader what to think of the speaker or the statement. The message
suggests a neutral "said".

Why it matters
--------------
"Claimed" casts doubt, "admitted" implies guilt, "revealed" vouches for the truth. The AP
Stylebook ("said") recommends "said" as the neutral verb of attribution and warns that others
carry connotations; the Reuters Handbook of Journalism asks for neutral attribution verbs so that
the reporter's view does not colour the quote.

Examples that flag
------------------
- ``The minister claimed the talks were on track.``
- ``"We made mistakes," the CEO admitted.``

Examples that pass
------------------
- ``The minister said the talks were on track.``
- ``"He admitted nothing," the lawyer said.`` (the word is inside the quote)
- ``Police did not reveal where the crash happened.`` (negated: nothing was said so)

What to write instead
---------------------
Use "said" (or "told", "added", "asked"). If the verb's judgement is the news, for example a
confession in court, report the fact that makes it so instead of loading the verb.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrib.model import Finding, Statement
from attrib.rules.base import Context, RuleOptions, finding, is_hedged, is_hypothetical, words
from attrib.rules.examples import Example, Said

ID = "loaded-cue"
SEVERITY = "info"
SUMMARY = "A cue verb that judges the speaker (claimed, admitted, insisted): prefer 'said'."


def check(
    statements: Sequence[Statement], context: Context, options: RuleOptions
) -> Iterator[Finding]:
    """Statements whose cue contains a loaded reporting verb."""
    loaded = options.lexicon.loaded_cues
    for st in statements:
        if st.cue is None or st.speaker is None or is_hedged(st, options.lexicon):
            continue  # "allegedly" is a hedge; with no speaker, there is nobody to judge
        cue_words = words(st.cue.text)
        if is_hypothetical(st) or "to" in cue_words:
            continue  # "would reveal", "refused to admit": not a report of what someone said
        if any(w in _NEGATIONS or w.endswith(("n't", "n’t")) for w in cue_words):
            continue  # "did not reveal the location", "never claimed": nothing was said so
        for word in cue_words:
            if word in loaded:
                yield finding(
                    ID,
                    options.severity,
                    f"'{word}' {loaded[word]}: a neutral 'said' lets the reader judge",
                    st,
                    st.cue,
                )
                break


# A negated cue reports that something was not said: there is no wording to judge.
_NEGATIONS = frozenset({"not", "never"})

_ON_TRACK = "the talks were on track"
EXAMPLES: tuple[Example, ...] = (
    Example.reported("The minister", "claimed", _ON_TRACK, flags=True),
    Example.quoted('"We made mistakes,"', "the CEO", cue="admitted", flags=True),
    Example.reported("Ruiz", "insists", "the talks are on track", flags=True),
    Example.reported("The minister", "said", _ON_TRACK, flags=False),
    # The word is inside the quote.
    Example.quoted('"He admitted nothing,"', "the lawyer", flags=False),
    Example(
        "Warren urged the chief executive to admit the bank had failed.",
        (Said("the bank had failed", cue="to admit", speaker="the chief executive"),),
        flags=False,  # demanded, not reported
    ),
    Example(
        "Police did not reveal where the crash happened.",
        (Said("where the crash happened", cue="did not reveal", speaker="Police"),),
        flags=False,  # nothing was revealed
    ),
    Example(
        "The mayor didn't admit that the plan had failed.",
        (Said("that the plan had failed", cue="didn't admit", speaker="The mayor"),),
        flags=False,
    ),
    Example(
        "Police revealed that the driver had been drinking.",
        (Said("that the driver had been drinking", cue="revealed", speaker="Police"),),
        flags=True,
    ),
    Example(
        "The minister pointed out that the talks were on track.",
        (Said(_ON_TRACK, cue="pointed out", speaker="The minister"),),
        flags=False,
    ),
)
