"""Words that characterise a person rather than name their part in the story: an age ("the
56-year-old"), a nationality ("the Spaniard", "the Portuguese boss"), a party ("the California
Republican"). `references` uses them to find whom such a word means.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# "the 56-year-old": an age stands for a person (the tokenizer splits it at the hyphens).
_AGE = re.compile(r"\d+-years?-old$")
# Members of a party, as a reference to a politician: "the California Republican".
PARTY_MEMBERS = frozenset({"republican", "democrat", "tory"})


# Nationality words that, after "the", name a people rather than one person ("the French
# said"): the adjective forms. "the Spaniard", "the Dutchman", "the Brazilian" are one person.
_COLLECTIVE_ENDINGS = ("ese", "ish", "ch", "ss")
# Nouns for one person of a nation that the small model seldom tags NORP ("the Dutchman": ORG).
_DEMONYMS = frozenset(
    {"spaniard", "dutchman", "dutchwoman", "frenchman", "frenchwoman", "englishman"}
    | {"englishwoman", "irishman", "irishwoman", "scotsman", "scotswoman", "welshman"}
    | {"welshwoman", "scot", "swede", "dane", "finn", "pole", "turk", "brit", "croat", "serb"}
    | {"czech", "slovak", "greek", "argentine", "kiwi", "aussie", "filipino", "filipina"}
)


def demonym(head: Token) -> bool:
    """A singular nationality noun as a subject: "Spaniard", "Brazilian", "Dutchman"."""
    if head.tag_ not in {"NN", "NNP"} or head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    word = head.lower_
    if not head.text[:1].isupper() or word in PARTY_MEMBERS:
        return False
    return word in _DEMONYMS or (
        head.ent_type_ == "NORP" and not word.endswith(_COLLECTIVE_ENDINGS)
    )


def age_of(head: Token) -> str | None:
    """The number of an age epithet ("56" in "the 56-year-old"), else None."""
    if head.lower_ != "old":
        return None
    found = _AGE.search(head.doc[max(0, head.i - 4) : head.i + 1].text)
    return found.group(0).split("-")[0] if found else None


def is_epithet(head: Token, age: str | None) -> bool:
    """An age ("the 56-year-old") or a nationality before a role ("the Portuguese boss"):
    words that characterise a person rather than name their part in the story."""
    return (
        age is not None
        or demonym(head)
        or any(child.i < head.i and child.ent_type_ == "NORP" for child in head.children)
    )
