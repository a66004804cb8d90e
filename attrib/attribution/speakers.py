"""Describe the noun phrase that names a speaker: its name, the article's description, its kind.

Examples::

    Iran expert Beni Sabti          -> name "Beni Sabti", description "Iran expert", person
    Mossad Director David Barnea    -> name "David Barnea", description "Mossad Director", person
    President Trump                 -> name "Trump", description "President", person
    Dermer, a close Netanyahu confidant -> name "Dermer", description "a close Netanyahu confidant"
    a senior official who spoke on condition of anonymity
        -> name "a senior official", description "who spoke ...", anonymous
    many experts                    -> group;   the report -> document;   the Post -> outlet

The small model's entity labels are hints, not truth: it tags "Beni Sabti" as ORG and "Barnea" as
GPE. A proper name with a person's title, honorific or known first name is a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from attrib.attribution.gender import (
    FEMALE_HONORIFICS,
    FEMALE_TITLES,
    MALE_HONORIFICS,
    MALE_TITLES,
    PERSON_TITLES,
    first_name_gender,
    is_known_first_name,
)
from attrib.extraction.lexicon import (
    ANONYMOUS_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    ORGANIZATION_NOUNS,
    ORGANIZATION_WORDS,
    PERSON_NOUNS,
    PRONOUNS_FEMALE,
    PRONOUNS_MALE,
    PRONOUNS_NEUTER,
    PRONOUNS_PLURAL,
    SPEAKING_SUFFIXES,
    VAGUE_QUANTIFIERS,
)
from attrib.model import SpeakerKind

if TYPE_CHECKING:
    from spacy.tokens import Token

# Post-modifiers that describe a speaker ("a source close to the campaign", "who spoke ...").
_DESCRIBING_DEPS = frozenset({"appos", "relcl", "acl", "prep", "amod"})
_NAME_DEPS = frozenset(
    {
        "compound",
        "flat",
        "nmod",
        "nsubj",
        "appos",
        "pobj",
        "dobj",
        "nsubjpass",
        "conj",
        "ROOT",
        "attr",
        "npadvmod",
        "poss",
        "dep",
    }
)
_CUE_WORDS = frozenset({"said", "says", "added", "asked", "told", "wrote", "continued"})
_HONORIFICS = frozenset(h.lower().rstrip(".") for h in MALE_HONORIFICS | FEMALE_HONORIFICS)


@dataclass(frozen=True)
class Mention:
    """How one noun phrase names a speaker (character offsets are relative to the Doc)."""

    start: int
    end: int
    name: str
    description: str | None
    kind: SpeakerKind
    gender: str | None = None
    plural: bool = False
    pronoun: str | None = None
    definite_document: bool = False
    # The whole noun phrase, determiner and post-modifiers included (where an outlet may be named).
    phrase_start: int = 0
    phrase_end: int = 0
    proper: bool = False


def _text(tokens: list[Token]) -> str:
    """The words of ``tokens`` as display text: runs of whitespace (line breaks, the blanks
    where an HTML page's inline tags were) become one space; offsets stay with the tokens."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    return " ".join(doc[tokens[0].i : tokens[-1].i + 1].text.split())


def _name_run(head: Token) -> list[Token]:
    """The proper-noun run that ends at ``head`` ("Beni Sabti" in "Iran expert Beni Sabti")."""
    doc = head.doc
    run = [head]
    # Blanks inside a line (where a web page's inline tags were: "<b>Beni</b> <i>Sabti</i>")
    # are whitespace tokens that neither end a name nor belong to it.
    blanks: set[int] = set()
    i = head.i - 1
    while i >= 0:
        token = doc[i]
        if token.is_space and "\n" not in token.text:
            blanks.add(i)
            i -= 1
            continue
        if _joins_name(token):
            run.insert(0, token)  # "Cheuk Hau-yip": the hyphen of a hyphenated name
            i -= 1
            continue
        if (
            token.pos_ != "PROPN"
            or token.head.i not in {t.i for t in run} | {head.i} | blanks
            or token.lower_ in _CUE_WORDS  # "Said Reed:" tagged as one name
        ):
            break
        run.insert(0, token)
        i -= 1
    # "Sen." / "Dr." tokens and the like are PROPN too; they are stripped as titles below.
    return run


def _joins_name(token: Token) -> bool:
    """A hyphen written tight between two capitalised words of a name ("Hau-yip",
    "Ocasio-Cortez"), not the hyphen of a title ("Vice-President")."""
    doc = token.doc
    if token.text not in {"-", "‐"} or token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return (
        not before.whitespace_
        and not token.whitespace_
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and not _is_title(before)
        and not _is_title(after)
    )


# Lower-case words that belong inside a name ("Bill de Blasio", "Ludwig van Beethoven").
_NAME_PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "der", "den", "van", "von", "le", "la", "du", "des"}
    | {"dos", "das", "ter", "ten", "y", "e", "al", "el", "bin", "ibn", "bint"}
)


def _is_title(token: Token) -> bool:
    """A title, honorific or the hyphen of one ("Vice-President" is "Vice", "-President")."""
    word = token.lower_.lstrip("-").rstrip(".")
    return (
        not word
        or token.is_punct
        or word in _HONORIFICS
        or word in PERSON_TITLES
        or token.lower_ in PERSON_TITLES
    )


def _name_start(run: list[Token]) -> int:
    """Where the name proper begins in a proper-noun run; what comes before describes it.

    After the last title ("New York City Mayor [Bill de Blasio]"), after a lower-case word the
    tagger took for part of the name ("rang [Taylor]"), at the head's PERSON entity ("Britain
    [Liu Xiaming]"), and at a known first name that follows other words ("Browns DL [Sheldon
    Richardson]", "Ukraine [Kurt Volker]"). The head itself always stays.
    """
    start = 0
    for n, token in enumerate(run[:-1]):
        if _joins_name(token):
            continue
        if _is_title(token) or (token.text[:1].islower() and token.lower_ not in _NAME_PARTICLES):
            start = n + 1
    head = run[-1]
    if head.ent_type_ == "PERSON":
        entity_start = len(run) - 1
        while entity_start > start and run[entity_start].ent_iob_ == "I":
            entity_start -= 1
        # Words the model tagged as no entity at all stay with the name ("He Jianxiong",
        # where only "Jianxiong" is tagged); a place or a body before it does not.
        if run[entity_start].ent_type_ == "PERSON" and (
            entity_start == 0 or run[entity_start - 1].ent_iob_ != "O"
        ):
            start = max(start, entity_start)
    for n in range(start, len(run) - 1):
        if is_known_first_name(run[n].text):
            return n  # the first first name: "Christina N Luis Olidem" stays whole
    return start


def _strip_titles(run: list[Token]) -> tuple[list[Token], list[Token], str | None]:
    """Split the words before a name (titles, honorifics, descriptions) off it; a gender when a
    title tells it."""
    start = _name_start(run) if len(run) > 1 else 0
    titles, name = run[:start], run[start:]
    gender: str | None = None
    for token in titles:
        word = token.lower_.lstrip("-").rstrip(".")
        if token.text in MALE_HONORIFICS or word in MALE_TITLES:
            gender = "m"
        elif token.text in FEMALE_HONORIFICS or word in FEMALE_TITLES:
            gender = "f"
    return name, titles, gender


_POSSESSIVES = {"his": "he", "her": "she", "its": "it", "their": "they"}


def describe(head: Token, exclude: Token | None = None) -> Mention:
    """Describe the speaker noun phrase headed by ``head``; ``exclude`` is the cue (not in it)."""
    # A possessive names its owner as the pronoun does: "his claim that ..." is "he" claiming.
    lower = _POSSESSIVES.get(head.lower_, head.lower_) if head.dep_ == "poss" else head.lower_
    doc = head.doc
    if (
        head.pos_ == "PRON"
        and lower in PRONOUNS_MALE | PRONOUNS_FEMALE | PRONOUNS_PLURAL | PRONOUNS_NEUTER
    ):
        gender = "m" if lower in PRONOUNS_MALE else "f" if lower in PRONOUNS_FEMALE else None
        end = head.idx + len(head.text)
        return Mention(
            head.idx,
            end,
            head.text,
            None,
            "unknown",
            gender,
            lower in PRONOUNS_PLURAL,
            lower,
            phrase_start=head.idx,
            phrase_end=end,
        )
    left = [t for t in doc[head.left_edge.i : head.i + 1]]
    # A mention starts in its own paragraph (the parser sometimes hangs a transcript label on
    # the paragraph before: "And then?\n\nMOSS").
    breaks = [n for n, t in enumerate(left) if "\n" in t.text]
    if breaks:
        left = left[breaks[-1] + 1 :]
    # Nor does it start with whitespace: a text's leading spaces, or markup a reader blanked
    # (front matter, tags), are tokens of their own that the parse may hang on the phrase.
    left = left[next((n for n, t in enumerate(left) if not t.is_space), len(left)) :]
    post: list[Token] = []
    conj: list[Token] = []
    for child in head.rights:
        if exclude is not None and child.left_edge.i <= exclude.i <= child.right_edge.i:
            break
        if head.pos_ != "PROPN" and child.dep_ in {"cc", "conj"} and not post:
            conj.extend(doc[child.left_edge.i : child.right_edge.i + 1])
        elif child.dep_ in _DESCRIBING_DEPS or child.dep_ == "punct":
            post.extend(doc[child.left_edge.i : child.right_edge.i + 1])
        else:
            break
    # A description ends with its paragraph (the parser sometimes runs an apposition on).
    # So does a colon: what follows it is the speaker's words ("Said Reed: ...").
    cut = next((n for n, t in enumerate(post) if "\n" in t.text or t.text == ":"), None)
    if cut is not None:
        post = post[:cut]
    while post and post[-1].is_punct:
        post.pop()
    description_after = _text(post).strip(" ,") or None
    last = max([head, *post, *conj], key=lambda t: t.i)
    phrase_end = last.idx + len(last.text)
    if head.pos_ == "PROPN" and not _source_noun_as_name(head, left):
        mention = _describe_name(head, left, description_after)
    else:
        mention = _describe_common(head, left + conj, description_after)
    mention = _with_team(_self_named(mention), head)
    return replace(
        mention,
        description=tidy_description(mention.description),
        phrase_start=head.left_edge.idx,
        phrase_end=phrase_end,
        proper=head.pos_ == "PROPN",
    )


# Those who work with a named person: "Lee and her team wrote" is a group, not Lee alone.
_TEAM_NOUNS = frozenset(
    {"team", "colleagues", "collaborators", "co-authors", "coauthors", "researchers", "staff"}
)


def _with_team(mention: Mention, head: Token) -> Mention:
    """ "Paganini and his team wrote ...": a name joined by "and" to the people working with
    them speaks as one group, "Paganini and his team"."""
    if head.pos_ != "PROPN":
        return mention
    for conj in head.rights:
        owner = next((c for c in conj.children if c.dep_ == "poss"), None)
        if (
            conj.dep_ == "conj"
            and conj.lower_ in _TEAM_NOUNS
            and owner is not None
            and owner.lower_ in {"his", "her", "their"}
        ):
            end = conj.idx + len(conj.text)
            name = f"{mention.name} {head.doc[head.i + 1 : conj.i + 1].text}"
            return replace(mention, end=end, name=name, kind="group", plural=True)
    return mention


# "who gave her name only as Dana", "identified himself only as Sam": the name the person gave.
_GIVEN_NAME = re.compile(
    r"\b(?:gave|give|gives|giving|identified|identifies|identify|asked to be identified)\s+"
    r"(?:(?:his|her|their|only|him|her|them)self\s+|(?:his|her|their)\s+(?:first\s+)?name\s+)?"
    r"(?:only\s+)?as\s+([A-Z][\w'’-]*)"
)
# "Dan (not his real name)": a pseudonym.
_PSEUDONYM = re.compile(r"\bnot (?:his|her|their) real name\b|\bpseudonym\b", re.IGNORECASE)


# "One, who asked not to be named, said": whoever it is asked to stay unnamed.
_UNNAMED_AT_REQUEST = re.compile(
    r"\b(?:anonymity|anonymously|not\s+to\s+be\s+(?:named|identified)|not\s+be\s+named|"
    r"declined\s+to\s+be\s+(?:named|identified))\b",
    re.IGNORECASE,
)


def _self_named(mention: Mention) -> Mention:
    """A person who gave only a first name, or a pseudonym, is named so but unidentified: the
    name they gave, kind "anonymous" (so the anonymous-source rule asks who they are). So is
    someone described as having asked not to be named."""
    description = mention.description or ""
    given = _GIVEN_NAME.search(description)
    if given is not None:
        phrase = " ".join(p for p in (mention.name, description) if p)
        return replace(mention, name=given.group(1), description=phrase, kind="anonymous")
    if _PSEUDONYM.search(description) or (
        mention.kind == "unknown" and _UNNAMED_AT_REQUEST.search(description)
    ):
        return replace(mention, kind="anonymous")
    return mention


_PAIRS = {")": "(", "]": "["}


def tidy_description(text: str | None) -> str | None:
    """One space between words and only balanced brackets: markup leaves runs of spaces and
    half a bracket in the text ("a teacher (at   the school" -> "a teacher at the school")."""
    if not text:
        return None
    words = " ".join(text.split())
    keep = [True] * len(words)
    stack: list[int] = []
    for n, char in enumerate(words):
        if char in "([":
            stack.append(n)
        elif char in _PAIRS:
            if stack and words[stack[-1]] == _PAIRS[char]:
                stack.pop()
            else:
                keep[n] = False
    for n in stack:
        keep[n] = False
    tidied = " ".join("".join(c for c, k in zip(words, keep, strict=True) if k).split())
    return tidied.strip(" ,;:-") or None


def _describe_name(head: Token, left: list[Token], after: str | None) -> Mention:
    run = _name_run(head)
    run_start = run[0].i
    name_tokens, titles, gender = _strip_titles(run)
    # Words before the name and its titles ("Iran expert"); the titles are added once, below.
    before = [
        t
        for t in left
        if t.i < run_start and t.pos_ != "DET" and not t.is_punct and t.lower_ not in _CUE_WORDS
    ]
    # Honorifics address a person; they do not describe one ("Mr", "Ms").
    described = [t for t in titles if t.lower_.rstrip(".") not in _HONORIFICS]
    governor = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else None
    if (
        described
        and governor is not None
        and governor.pos_ == "NOUN"
        and not all(_is_title(t) for t in described)  # "a meeting with Rep. Ed Royce"
    ):
        # "former envoy to Peru Kurt Vollmer": the words before the name end the phrase that
        # describes it, which starts at the noun the preposition hangs on.
        lead = governor.left_edge.i + (governor.left_edge.pos_ == "DET")
        described = list(head.doc[lead : name_tokens[0].i])
    elif _apposed_without_comma(head, run_start):
        # "China's ambassador to Britain Liu Xiaming": the name is apposed to the noun phrase
        # it ends, which is all description.
        noun = head.head
        lead = noun.left_edge.i + (noun.left_edge.pos_ == "DET")
        described = list(head.doc[lead : name_tokens[0].i])
    description_parts = [_text(before), _text(described), after or ""]
    description = " ".join(p for p in description_parts if p).strip() or None
    name = _text(name_tokens)
    if gender is None and len(name_tokens) > 1:
        gender = first_name_gender(name_tokens[0].text)
    words = {t.lower_ for t in name_tokens}
    ent = head.ent_type_
    kind: SpeakerKind
    # "The label that owns her songs, Big Hill, says": a name apposed to an organisation noun.
    apposed_to = head.head.lemma_.lower() if head.dep_ == "appos" else ""
    if words & ORGANIZATION_WORDS or (apposed_to in ORGANIZATION_NOUNS and not gender):
        kind = "organization"
    elif (
        titles
        or gender
        or (len(name_tokens) > 1 and is_known_first_name(name_tokens[0].text))
        or ent == "PERSON"
    ):
        kind = "person"
    elif ent in {"ORG", "GPE", "NORP", "FAC", "LOC"} and not before:
        kind = "organization"
    elif before and any(t.lemma_.lower() in PERSON_TITLES for t in before):
        kind = "person"
    else:
        kind = "person" if len(name_tokens) > 1 else "unknown"
    start = name_tokens[0].idx
    end = head.idx + len(head.text)
    return Mention(start, end, name, description, kind, gender)


def _source_noun_as_name(head: Token, left: list[Token]) -> bool:
    """A source noun alone at the start of a sentence that the parser tagged as a name:
    "Stats show that ...", "Critics say ..."."""
    lower = head.lower_
    singular = lower[:-1] if lower.endswith("s") else lower
    nouns = GROUP_NOUNS | DOCUMENT_NOUNS | ANONYMOUS_NOUNS
    return len(left) == 1 and bool(head.is_sent_start) and (lower in nouns or singular in nouns)


def _apposed_without_comma(head: Token, run_start: int) -> bool:
    """Whether a name is apposed to a subject noun whose phrase runs straight into it, with no
    comma ("the ambassador to Britain Liu Xiaming said", not "the ambassador, Liu Xiaming")."""
    noun = head.head
    if head.dep_ != "appos" or noun.pos_ != "NOUN" or noun.i >= run_start:
        return False
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return False  # only a subject phrase: a name in a list of sources keeps its title
    between = head.doc[noun.i + 1 : run_start]
    return not any(t.is_punct for t in between)


def _people(head: Token) -> bool:
    """Whether a plural common noun names people ("protesters"), not a surname the parser took
    for one ("Scissors, who consults ..." after "Derek Scissors")."""
    lemma = head.lemma_.lower()
    if not (lemma in PERSON_NOUNS or lemma.endswith(SPEAKING_SUFFIXES)):
        return False
    if head.text[:1].islower():
        return True
    surname = re.compile(rf"\b[A-Z][\w'’.-]* {re.escape(head.text)}\b")
    return surname.search(head.doc.text) is None


def _describe_common(head: Token, left: list[Token], after: str | None) -> Mention:
    lemma = head.lemma_.lower()
    plural = head.tag_ in {"NNS", "NNPS"} or head.lower_ in VAGUE_QUANTIFIERS
    core = left
    name = _text(core)
    start = core[0].idx if core else head.idx
    end = core[-1].idx + len(core[-1].text) if core else head.idx + len(head.text)
    first = core[0].lower_ if core else ""
    definite = first in {"the", "this", "that", "its", "their"}
    kind: SpeakerKind
    if lemma in DOCUMENT_NOUNS and not plural:
        kind = "document"
    elif lemma in ANONYMOUS_NOUNS and not (plural and first in VAGUE_QUANTIFIERS):
        # "a senior official", "officials", "two officials": unnamed people. A quantified
        # plural ("many officials", "some aides") is a vague collective: group, below.
        kind = "anonymous"
    elif (
        lemma in GROUP_NOUNS
        or lemma in DOCUMENT_NOUNS
        or head.lower_ in VAGUE_QUANTIFIERS
        or head.ent_type_ == "NORP"
        or (plural and first in VAGUE_QUANTIFIERS)
    ):
        kind = "group"
    elif head.ent_type_ in {"ORG", "GPE"}:
        kind = "organization"
    elif plural and not definite and _people(head):
        # "Protesters believe", "executives across the world say": unnamed people as a body.
        kind = "group"
    else:
        kind = "unknown"
    return Mention(
        start, end, name, after, kind, None, plural, None, definite and kind == "document"
    )
