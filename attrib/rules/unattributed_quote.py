"""unattributed-quote: a direct quote that nobody said.

What it flags
-------------
A direct quote (or a partial quote inside reported speech) with no speaker anywhere the
conventions allow: its own sentence, its paragraph, or the paragraph before it when the quote
continues that paragraph's speaker. Also a quote whose only attribution is a pronoun ("he
said") that the article never ties to a name.

Why it matters
--------------
Quotation marks promise the reader that someone said exactly these words. The AP Stylebook
("quotations in the news") requires every quote to be attributed, and the Reuters Handbook of
Journalism asks that the reader always know who is speaking; an unattributed quote is also the
classic sign of a fabricated or mis-pasted one.

Examples that flag
------------------
- ``The deal collapsed overnight. "This is the end of the road."`` (no one in sight)
- ``"We will not retreat," he said.`` when no earlier sentence names who "he" is.

Examples that pass
------------------
- ``"We will not retreat," Defence Minister Ana Ruiz said.``
- A second paragraph opening with a quote that continues Ruiz, the speaker of the paragraph
  before (the engine attributes it to her).

What to write instead
---------------------
Name the speaker in the quote's sentence (``"...," Ruiz said.``), or make sure the quote follows
a paragraph whose speaker it continues. If nobody can be named, paraphrase and source it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from attrib import lexicon_rules as lx
from attrib.model import Document, Finding, Statement
from attrib.rules.base import Example, RuleOptions, Said, finding, is_hedged

ID = "unattributed-quote"
SEVERITY = "error"
SUMMARY = "A direct quote with no speaker in its sentence, its paragraph or the one before."


def check(
    statements: Sequence[Statement], document: Document, options: RuleOptions
) -> Iterator[Finding]:
    """Direct and mixed statements without a speaker the reader can identify."""
    for st in statements:
        # Reported speech without a speaker is unsourced-claim's business, hedges too.
        if st.kind not in ("direct", "mixed") or is_hedged(st, options.lexicon):
            continue
        if st.speaker is None or not st.speaker.name.strip():
            yield finding(
                ID,
                options.severity,
                "direct quote with no speaker in its sentence, its paragraph "
                "or the paragraph before",
                st,
            )
        elif st.speaker.kind == "unknown" and st.speaker.name.strip().lower() in lx.PRONOUNS:
            yield finding(
                ID,
                options.severity,
                f"direct quote attributed only to '{st.speaker.name}', "
                "who is never named in the article",
                st,
                st.speaker.mention,
            )


EXAMPLES: tuple[Example, ...] = (
    Example(
        'The deal collapsed overnight. "This is the end of the road."',
        (Said('"This is the end of the road."', kind="direct"),),
        flags=True,
    ),
    Example(
        '"We will not retreat," he said.',
        (
            Said(
                '"We will not retreat,"',
                kind="direct",
                cue="said",
                speaker="he",
                speaker_kind="unknown",
            ),
        ),
        flags=True,
    ),
    Example(
        'The accord was hailed as a "historic step" toward peace.',
        (Said('hailed as a "historic step" toward peace', kind="mixed"),),
        flags=True,
    ),
    Example(
        '"We will not retreat," Defence Minister Ana Ruiz said.',
        (
            Said(
                '"We will not retreat,"',
                kind="direct",
                cue="said",
                speaker="Ana Ruiz",
                description="Defence Minister",
            ),
        ),
        flags=False,
    ),
    Example(
        'Ana Ruiz spoke first.\n"We stay," she said. "We hold the line."',
        (
            Said('"We stay,"', kind="direct", cue="said", speaker="she", name="Ana Ruiz"),
            Said('"We hold the line."', kind="direct", speaker="she", name="Ana Ruiz"),
        ),
        flags=False,
    ),
    Example(
        'The minister reportedly called the plan "a disaster".',
        (Said('called the plan "a disaster"', kind="mixed", cue="reportedly"),),
        flags=False,  # a hedged claim: unsourced-claim flags it, not this rule
    ),
)
