"""A name set beside a noun phrase that describes it: "His lawyer, Tom Baker, said" (with a
comma) and "China's ambassador to Britain Liu Xiaming said" (without one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.attribution.gender import PERSON_TITLES
from attrib.extraction.lexicon import ANONYMOUS_NOUNS, PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


def apposed_role(head: Token, run_start: int) -> list[Token]:
    """The role a subject names before a name set beside it with a comma ("His lawyer, Tom
    Baker, said", "The accused, Ravi Kumar, told"): a person's role or kin, not a body."""
    noun = head.head
    doc = head.doc
    if (
        head.dep_ != "appos"
        or noun.i >= run_start
        or noun.dep_ not in {"nsubj", "nsubjpass"}
        or doc[run_start - 1].text != ","
        or any(t.is_punct for t in doc[noun.i + 1 : run_start - 1])
    ):
        return []
    lemma = noun.lemma_.lower()
    person = lemma in PERSON_TITLES or lemma in PERSON_NOUNS or lemma in ANONYMOUS_NOUNS
    if not (person or noun.tag_ == "VBN"):  # "the accused", "the deceased"
        return []
    return list(doc[noun.left_edge.i : noun.i + 1])


def apposed_without_comma(head: Token, run_start: int) -> bool:
    """Whether a name is apposed to a subject noun whose phrase runs straight into it, with no
    comma ("the ambassador to Britain Liu Xiaming said", not "the ambassador, Liu Xiaming")."""
    noun = head.head
    if head.dep_ != "appos" or noun.pos_ != "NOUN" or noun.i >= run_start:
        return False
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False  # only a subject phrase: a name in a list of sources keeps its title
    between = head.doc[noun.i + 1 : run_start]
    return not any(t.is_punct for t in between)
