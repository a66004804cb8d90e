"""Whether two names are one person, as names are merged elsewhere in attrib (rapidfuzz).

A transcript says ``TRUMP:`` or ``Donald J. Trump``, the article ``Mr. Trump`` or ``Donald
Trump``: titles are dropped, and the names agree when one's words are all among the other's
(token-set ratio 100), when the surnames agree, or when the token-set ratio is high enough to
be a spelling variant of one name; two different first names with one surname are two people.

Examples::

    >>> same_person("Mr. Trump", "DONALD J. TRUMP")
    True
    >>> same_person("Ana Ruiz", "Tom Lee")
    False
    >>> same_person("Hillary Clinton", "Bill Clinton")
    False
"""

from __future__ import annotations

from rapidfuzz import fuzz, utils

# Titles and honorifics that say nothing about who someone is.
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "president",
        "vice",
        "senator",
        "sen",
        "rep",
        "gov",
        "governor",
        "mayor",
        "minister",
        "secretary",
        "chancellor",
        "judge",
        "justice",
        "gen",
        "general",
        "col",
        "capt",
        "officer",
        "chief",
        "the",
        "jr",
        "sr",
    ]
)
# A token-set ratio this high is the same name spelt another way ("Zelenskyy" / "Zelensky").
SAME_NAME = 90


def name_words(name: str) -> list[str]:
    """Lower-case words of a name, titles and initials dropped."""
    return [w for w in utils.default_process(name).split() if w not in _TITLES and len(w) > 1]


def same_person(a: str, b: str) -> bool:
    """True when names ``a`` and ``b`` may well be one person."""
    x, y = name_words(a), name_words(b)
    if not x or not y:
        return False
    if set(x) <= set(y) or set(y) <= set(x):
        return True
    if x[-1] == y[-1]:
        # One surname: the same person unless both give different first names ("Bill" and
        # "Hillary Clinton").
        return len(x) == 1 or len(y) == 1 or x[0].startswith(y[0]) or y[0].startswith(x[0])
    return fuzz.token_set_ratio(" ".join(x), " ".join(y)) >= SAME_NAME
