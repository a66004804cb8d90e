"""Names the article introduces, found from the model's entities: people (for surnames and
pronouns) and organisations (for "the company").

The small model's labels are hints: it tags "Kurt Volker" ORG and "Manchester United" PERSON.
A span with a known first name before its last word is a person whatever its label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from attrib.attribution.gender import is_known_first_name
from attrib.extraction.lexicon import KINSHIP_NOUNS, PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from attrib.attribution.outlet_mentions import OutletIndex
    from attrib.layout import Layout


def entity_spans(doc: Doc, *labels: str) -> list[SpacySpan]:
    """Entities with one of ``labels``, found with array operations on the IOB tags.

    ``doc.ents`` would build a Span for every entity by walking the tokens in Python.
    """
    from spacy.attrs import ENT_IOB, ENT_TYPE

    if len(doc) == 0:
        return []
    iob, kind = doc.to_array([ENT_IOB, ENT_TYPE]).T
    wanted = np.isin(kind, [doc.vocab.strings[label] for label in labels])
    starts = np.flatnonzero((iob == 3) & wanted)  # 3 = B(egin)
    if len(starts) == 0:
        return []
    # 1 = I(nside): an entity ends at the next token that is not inside it, or at the Doc's end.
    breaks = np.append(np.flatnonzero(iob != 1), len(doc))
    ends = breaks[np.searchsorted(breaks, starts, side="right")]
    return [doc[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]


def person_names(doc: Doc) -> list[SpacySpan]:
    """Names of people of two or more tokens: PERSON entities; the ORG entities the small
    model makes of a person's name ("Kurt Volker", "Marcelo Claure") when a word before the
    last is a known first name; and a place-like name that opens with a known first name and is
    listed with a person ("Ann Smith and Kate York": York is a surname there, not the city)."""
    return [
        ent
        for ent in entity_spans(doc, "PERSON", "ORG", "GPE", "LOC")
        if len(ent) >= 2
        and (
            ent[0].ent_type_ == "PERSON"
            or (
                any(is_known_first_name(t.text) for t in ent[:-1])
                and (ent[0].ent_type_ == "ORG" or _listed_with_a_person(ent))
            )
        )
    ]


def _listed_with_a_person(ent: SpacySpan) -> bool:
    """Whether ``ent`` is joined by "and"/"or" to a PERSON entity (either side of it)."""
    root = ent.root
    joined = [root.head] if root.dep_ == "conj" else []
    joined += [child for child in root.children if child.dep_ == "conj"]
    return any(token.ent_type_ == "PERSON" for token in joined)


def shared_surnames(names: list[SpacySpan]) -> list[tuple[Token, str]]:
    """First names listed before a full name that share its surname: "Lucy, Emma and Kate
    Morgan" gives (Lucy, "Lucy Morgan") and (Emma, "Emma Morgan"); "Tom and Ann Lee" gives
    (Tom, "Tom Lee"). Only known first names alone in the list count."""
    found: list[tuple[Token, str]] = []
    for name in names:
        if len(name) != 2 or not is_known_first_name(name[0].text):
            continue
        doc, i = name.doc, name.start - 1
        if i < 1 or doc[i].lower_ not in {"and", "&"}:
            continue
        listed: list[Token] = []
        i -= 1
        while i >= 0 and _lone_first_name(doc[i]):
            listed.append(doc[i])
            if i < 2 or doc[i - 1].text != ",":
                break
            i -= 2
        found.extend((first, f"{first.text} {name[-1].text}") for first in reversed(listed))
    return found


def _lone_first_name(token: Token) -> bool:
    """A capitalised known first name with no surname after it (the list's comma or "and")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.pos_ == "PROPN"
        and is_known_first_name(token.text)
        and after is not None
        and (after.text == "," or after.lower_ in {"and", "&"})
    )


def titled_surnames(doc: Doc) -> list[SpacySpan]:
    """One-word PERSON entities ("Grant" in "President Grant said"): the caller keeps those
    a title or an honorific introduces."""
    return [ent for ent in entity_spans(doc, "PERSON") if len(ent) == 1]


def untagged_subject_names(doc: Doc) -> list[SpacySpan]:
    """Runs of two to four capitalised proper nouns that are a clause's subject but no PERSON
    entity: in context the small model misses unfamiliar names ("Seddique Mir Mateen") or
    takes part of one for a place ("Rahim [Joon Karzan]" GPE), and a surname later in the
    article ("Karzan said") must still find them. A run counts when the model tagged none of
    it, or when it opens with a known first name and no part of it is an organisation. What
    the name stands for (a person, or a body such as "Big Hill have denied ...") is left to
    how the article goes on to use it."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, POS
    from spacy.symbols import PROPN, nsubj, nsubjpass

    if len(doc) == 0:
        return []
    strings = doc.vocab.strings
    compound, org, person = strings["compound"], strings["ORG"], strings["PERSON"]
    pos, dep, iob, kind = doc.to_array([POS, DEP, ENT_IOB, ENT_TYPE]).T
    proper = pos == PROPN
    heads = np.flatnonzero(proper & (kind != person) & ((dep == nsubj) | (dep == nsubjpass)))
    found: list[SpacySpan] = []
    for i in heads.tolist():
        start = i
        while (
            start > 0
            and i - start < 3
            and proper[start - 1]
            and dep[start - 1] == compound
            and doc[start - 1].head.i == i
        ):
            start -= 1
        words = doc[start : i + 1]
        if len(words) < 2 or not all(t.is_title and t.is_alpha for t in words):
            continue
        untagged = bool((iob[start : i + 1] == 2).all())  # 2 = O(utside)
        if untagged or (
            is_known_first_name(words[0].text) and not (kind[start : i + 1] == org).any()
        ):
            found.append(words)
    return found


def organisation_names(doc: Doc, outlets: OutletIndex) -> list[tuple[str, int]]:
    """(name, character offset in ``doc``) of each ORG entity that is neither a news outlet
    (those are found apart) nor a person's name the model tagged ORG; without a leading "the"
    or a trailing possessive ("The Acme Group's" -> "Acme Group")."""
    found: list[tuple[str, int]] = []
    for ent in entity_spans(doc, "ORG"):
        if outlets.within(ent.start_char, ent.end_char) or any(
            is_known_first_name(t.text) for t in ent[:-1]
        ):
            continue
        words = ent[1:] if ent[0].lower_ == "the" else ent
        if len(words) and words[-1].tag_ == "POS":
            words = words[:-1]
        if len(words):
            found.append((words.text, words.start_char))
    return found


# Prepositions that put a place after them ("arrived in Sri Lanka"): never a person, unlike
# "to" or "from" (a letter to Ann Lee) or "in" after a noun ("confidence in Biden").
_LOCATIVE = frozenset({"in", "across", "throughout", "inside"})


def place_names(doc: Doc) -> set[str]:
    """Names (case-folded) the article uses as places: a GPE or LOC entity after "in" and the
    like that hangs on a verb ("will play in Sri Lanka"). The small model tags some countries
    as people where they speak ("Sri Lanka said"); a name used as a place is a body there."""
    found: set[str] = set()
    for ent in entity_spans(doc, "GPE", "LOC"):
        root = ent.root
        prep = root.head
        if (
            root.dep_ == "pobj"
            and prep.lower_ in _LOCATIVE
            and prep.head.pos_ in {"VERB", "AUX"}
            and not any(c.tag_ == "POS" for c in root.children)
        ):
            words = ent[1:] if ent[0].lower_ == "the" else ent
            found.add(" ".join(words.text.casefold().split()))
    return found


_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "parataxis"})
# Clauses that hang on another as its circumstance or its noun's description.
_SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl"})


def is_salient(head: Token) -> bool:
    """Whether a name is its clause's subject (or the agent of a passive, or apposed to the
    subject): the person a following "he" or "she" most likely means ("It will be chaired by
    Kate Dalmeny. She said ..."), unlike a name in an object or a prepositional phrase."""
    if head.dep_ == "appos":
        head = head.head
    if head.dep_ in _SUBJECT_DEPS:
        # The subject of a clause set after another ("after Jim Reed had left") or inside a
        # noun phrase is in the background: "Tom Baker spoke after Jim Reed had left. He said
        # ..." is Baker. A clause set first leads into what follows: "By the time Webb
        # learned it, she was ..." is Webb.
        clause = head.head
        if clause.dep_ == "advcl":
            return clause.i < clause.head.i
        return clause.dep_ not in _SUBORDINATE_DEPS
    # The agent of a main clause's passive ("It will be chaired by Kate Dalmeny"), not of one
    # in a subordinate phrase ("out of work since being sacked by Manchester United").
    return (
        head.dep_ == "pobj"
        and head.head.dep_ == "agent"
        and head.head.head.dep_ in _MAIN_CLAUSE_DEPS
    )


def lone_names(doc: Doc) -> list[Token]:
    """One-word proper names in subject position ("Yamey is angry ..."): a surname the article
    may have introduced in full. Found with array operations on the parse."""
    from spacy.attrs import DEP, POS
    from spacy.symbols import PROPN, nsubj, nsubjpass

    if len(doc) == 0:
        return []
    pos, dep = doc.to_array([POS, DEP]).T
    hits = np.flatnonzero((pos == PROPN) & ((dep == nsubj) | (dep == nsubjpass)))
    return [
        doc[int(i)]
        for i in hits
        if not any(c.dep_ in {"compound", "flat"} for c in doc[int(i)].lefts)
    ]


def lede_description(doc: Doc, layout: Layout) -> tuple[str, Token] | None:
    """A wire lede's unnamed subject and the name that opens the next paragraph: "The father of
    the gunman came to the U.S. ...\n\nSeddique Mateen maintained ..." gives ("The father of
    the gunman", the token "Mateen"). For the first piece of a text only (offsets from 0)."""
    if len(layout.paragraph_starts) < 2 or len(doc) == 0:
        return None
    # The lede's first clause, past a dateline the parser made a sentence of ("KABUL (AP) --").
    end = layout.paragraph_ends[0]
    first = next(
        (s for s in doc.sents if s.root.pos_ in {"VERB", "AUX"} or s.start_char >= end), None
    )
    if first is None or first.start_char >= end:
        return None
    subject = next((c for c in first.root.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.pos_ != "NOUN"
        or subject.lemma_.lower() not in KINSHIP_NOUNS | PERSON_NOUNS
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.lefts)
    ):
        return None
    paragraph = layout.paragraph_of(subject.idx)
    if paragraph + 1 >= len(layout.paragraph_starts):
        return None
    opening = doc.char_span(
        layout.paragraph_starts[paragraph + 1],
        layout.paragraph_starts[paragraph + 1] + 1,
        alignment_mode="expand",
    )
    if opening is None or not len(opening):
        return None
    name = opening[0]
    while name.i + 1 < len(doc) and name.dep_ in {"compound", "flat"} and name.head.i > name.i:
        name = name.head
    if name.pos_ != "PROPN" or name.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    phrase = " ".join(doc[subject.left_edge.i : subject.right_edge.i + 1].text.split())
    return phrase, name
