"""name-mismatch: one person's name spelled two ways in one article.

What it flags
-------------
A speaker whose name appears in two spellings ("Witkoff" and "Witkopf", "Ron Dermer" and "Ron
Dermar"), compared with rapidfuzz over speaker names and the mentions that name them. The
finding sits on the first use of the rarer spelling. Two different people who share a surname
("Yossi Cohen" and "Eli Cohen") never flag, and neither do a surname and the full name
("Sabti" and "Beni Sabti"). Capitals are not spelling: a transcript's "PENCE:" is "Pence".

Why it matters
--------------
A misspelt name is the error readers and sources notice first, and it makes the reader wonder
whether two people are meant. The AP Stylebook asks for names to be checked against an
authoritative source on every use, and the Reuters Handbook of Journalism lists misspelt names
among the most common corrections.

Examples that flag
------------------
- ``Steve Witkoff said ... Witkopf added ...``
- ``Ron Dermer said ... Ron Dermar added ...``

Examples that pass
------------------
- ``Yossi Cohen said ... Eli Cohen added ...`` (two people)
- ``Beni Sabti said ... Sabti added ...`` (a short form)
- ``Mike Pence said ... PENCE: ...`` (a transcript label in capitals)

What to write instead
---------------------
Check the name against an authoritative source and use one spelling throughout.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from attrib.model import Finding, Span, Statement
from attrib.rules import lexicon as lx
from attrib.rules.base import Context, RuleOptions
from attrib.rules.examples import Example, Said

ID = "name-mismatch"
SEVERITY = "warning"
SUMMARY = "One speaker's name spelled two ways in the article ('Witkoff' / 'Witkopf')."

# Kinds whose names are people's (organisations are left out: "Hamas" / "Hamad" are two), and the
# engine keeps "unknown" for names it could not classify.
_NAMED_KINDS = frozenset({"person", "unknown"})
# Similarity (rapidfuzz ratio, 0..100) above which two different words are one spelled twice.
_SIMILAR = 80.0
# Words this short differ by one letter between different names too ("Dan" / "Don").
_MIN_LENGTH = 4
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")


@dataclass(frozen=True)
class _Use:
    text: str  # the name as one spelling: its capitalised words joined by spaces
    span: Span | None
    statement: str


def _spelling(text: str) -> str | None:
    """The capitalised words of a name, or None for pronouns and lower-case descriptions."""
    parts = _NAME_WORD.findall(text.replace("’", "'").replace("‘", "'"))
    if not parts or (len(parts) == 1 and parts[0].lower() in lx.PRONOUNS):
        return None
    # Capitals are not spelling: "PENCE" (a transcript label) is compared as "Pence".
    return " ".join(_case(part) for part in parts)


def _case(word: str) -> str:
    """The word in one capitalisation when it is written in capitals ("PENCE" -> "Pence")."""
    return word.capitalize() if word.isupper() and len(word) > 1 else word


def _uses(statements: Sequence[Statement]) -> list[_Use]:
    uses = []
    for st in statements:
        speaker = st.speaker
        if speaker is None or speaker.kind not in _NAMED_KINDS:
            continue
        name = _spelling(speaker.name)
        if name:
            uses.append(_Use(name, None, st.id))
        mention = speaker.mention
        spelled = _spelling(mention.text) if mention is not None else None
        if spelled and mention is not None:
            uses.append(_Use(spelled, mention, st.id))
    return uses


def _variant(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` look like one name spelled two ways."""
    wa, wb = a.split(), b.split()
    last_a, last_b = wa[-1], wb[-1]
    first_a, first_b = (wa[0] if len(wa) > 1 else None), (wb[0] if len(wb) > 1 else None)
    if last_a == last_b:
        # Same surname: one person only if the first names are near-identical spellings.
        if first_a is None or first_b is None or first_a == first_b:
            return False
        return _near(first_a, first_b)
    if not _near(last_a, last_b):
        return False
    # Different surnames spelled alike: the first names (if both given) must agree.
    return first_a is None or first_b is None or first_a == first_b or _near(first_a, first_b)


def _near(x: str, y: str) -> bool:
    if min(len(x), len(y)) < _MIN_LENGTH or x.startswith(y) or y.startswith(x):
        return False  # short names and short forms ("Dan" / "Dani") are different names
    return fuzz.ratio(x.lower(), y.lower()) >= _SIMILAR


def check(
    statements: Sequence[Statement], context: Context, options: RuleOptions
) -> Iterator[Finding]:
    """Pairs of similar but different speaker names; one finding per rarer spelling."""
    uses = _uses(statements)
    counts = Counter(use.text for use in uses)
    first: dict[str, _Use] = {}
    for use in uses:
        if use.span is not None and use.text not in first:
            first[use.text] = use
    spellings = list(counts)
    reported: set[str] = set()
    for i, a in enumerate(spellings):
        for b in spellings[i + 1 :]:
            if not _variant(a, b):
                continue
            # The rarer spelling is the suspect; on a tie, the later one.
            rare, common = (b, a) if counts[b] <= counts[a] else (a, b)
            suspect = first.get(rare)
            if suspect is None or suspect.span is None or rare in reported:
                continue
            reported.add(rare)
            yield Finding(
                ID,
                options.severity,
                f"'{rare}' looks like a misspelling of '{common}' "
                f"(used {counts[common]} time{'s' if counts[common] != 1 else ''})",
                suspect.statement,
                suspect.span,
            )


def _two(first: str, second: str, *, flags: bool, name: str | None = None) -> Example:
    """``<first> said the talks went well. <second> added that more would follow.``, the second
    speaker resolved to ``name`` when given."""
    return Example(
        f"{first} said the talks went well. {second} added that more would follow.",
        (
            Said("the talks went well", cue="said", speaker=first),
            Said("more would follow", cue="added", speaker=second, name=name),
        ),
        flags=flags,
    )


EXAMPLES: tuple[Example, ...] = (
    _two("Steve Witkoff", "Witkopf", flags=True),
    # The engine merged the misspelt short form into the full name: the mention shows it.
    _two("Steve Witkoff", "Witkopf", name="Steve Witkoff", flags=True),
    _two("Ron Dermer", "Ron Dermar", flags=True),
    # Typographic and straight apostrophes are one spelling.
    _two("James O’Neill", "O'Neill", flags=False),
    _two("Yossi Cohen", "Eli Cohen", flags=False),
    _two("Beni Sabti", "Sabti", name="Beni Sabti", flags=False),
    Example(
        "Mike Pence said the talks went well.\nPENCE: More will follow.",
        (
            Said("the talks went well", cue="said", speaker="Mike Pence"),
            Said("More will follow", kind="direct", speaker="PENCE", name="Mike Pence"),
        ),
        flags=False,  # a transcript label in capitals is the same spelling
    ),
    _two("Dan Levy", "Don Levy", flags=False),
)
