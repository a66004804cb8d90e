"""The names of bodies as a speaker's phrase gives them: a name that runs on through "of", "on"
or "for" ("Department of Justice", "National Institute on Drug Abuse"), and a trade that opens a
sentence before a company's name ("Developer Hartwell Homes said")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.attribution.gender import is_known_first_name
from attrib.extraction.lexicon import ORGANIZATION_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions inside the names of bodies: "Department of Justice", "National Institute on Drug
# Abuse", "Centers for Disease Control".
NAME_PREPOSITIONS = frozenset({"of", "on", "for"})


def name_tail(head: Token) -> list[Token]:
    """The words after ``head`` that finish the name of a body ("of Justice" after
    "Department"): a preposition right after it whose object is all capitalised words (with
    "the" and "and"), when the head is an organisation word or the model's ORG entity runs on
    through it. Empty when there are none: "Ann Smith of the University of Leeds" is a person
    and where she works."""
    doc = head.doc
    if head.i + 2 >= len(doc) or any(
        is_known_first_name(t.text) for t in head.lefts if t.dep_ == "compound"
    ):
        return []  # "Ann Smith of Acme" is a person, whatever span the model tags
    prep = doc[head.i + 1]
    if prep.lower_ not in NAME_PREPOSITIONS or prep.head.i != head.i or prep.dep_ != "prep":
        return []
    words = list(doc[prep.i : prep.right_edge.i + 1])
    if not all(
        t.pos_ == "PROPN" or t.lower_ in {"the", "and", "&", "of", "for", "on"} for t in words[1:]
    ) or not any(t.pos_ == "PROPN" for t in words):
        return []
    body = head.lower_ in ORGANIZATION_WORDS or head.lemma_.lower() in ORGANIZATION_WORDS
    runs_on = head.ent_type_ == "ORG" and words[-1].ent_type_ == "ORG" and prep.ent_iob_ == "I"
    return words if body or runs_on else []


# Trades that open a sentence before a company's name, capitalised only by their place:
# "Developer Hartwell Homes", "Carmaker Nissan". Not "union", "team", "club", "bank" and the
# like, which open names ("Union Pacific", "Team Sky").
_TRADES = frozenset(
    {"developer", "retailer", "manufacturer", "publisher", "insurer", "lender", "airline"}
    | {"broadcaster", "supermarket", "housebuilder", "brewer", "miner", "regulator", "operator"}
    | {"startup", "conglomerate", "brokerage", "distributor", "wholesaler", "grocer"}
)


def trade_word(run: list[Token]) -> Token | None:
    """The trade noun opening a sentence before a company's name, or None."""
    first = run[0]
    if len(run) < 2 or not first.is_sent_start:
        return None
    word = first.lower_
    return first if word in _TRADES or (word.endswith("maker") and len(word) > 5) else None
