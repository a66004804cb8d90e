"""A proper name as a speaker: where the name starts, the titles and words that describe it,
and whether it names a person or an organisation.

Examples::

    Iran expert Beni Sabti          -> name "Beni Sabti", description "Iran expert", person
    Mossad Director David Barnea    -> name "David Barnea", description "Mossad Director", person
    President Trump                 -> name "Trump", description "President", person (a title)
    New York City Mayor Bill de Blasio -> name "Bill de Blasio" (a particle stays in the name)
    China's ambassador to Britain Liu Xiaming -> the phrase the name ends describes it

The small model's entity labels are hints, not truth: it tags "Beni Sabti" as ORG and "Barnea" as
GPE. A proper name with a person's title, honorific or known first name is a person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from attrib.attribution.apposition import apposed_role, apposed_without_comma
from attrib.attribution.bodies import NAME_PREPOSITIONS, trade_word
from attrib.attribution.gender import (
    AMBIGUOUS_RANKS,
    FEMALE_HONORIFICS,
    FEMALE_TITLES,
    MALE_HONORIFICS,
    MALE_TITLES,
    PERSON_TITLES,
    first_name_gender,
    is_known_first_name,
)
from attrib.attribution.mention import Mention, phrase_text
from attrib.extraction.lexicon import (
    ORGANIZATION_NOUNS,
    ORGANIZATION_WORDS,
)
from attrib.model import SpeakerKind

if TYPE_CHECKING:
    from spacy.tokens import Token

# An initial written before a name: "N", "N.".
_INITIAL = re.compile(r"[A-Z]\.?$")
_CUE_WORDS = frozenset({"said", "says", "added", "asked", "told", "wrote", "continued"})
_HONORIFICS = frozenset(h.lower().rstrip(".") for h in MALE_HONORIFICS | FEMALE_HONORIFICS)


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
        if _is_boundary(token) or _rank_initials(run, n):
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
    first = run[start]
    before = first.doc[first.i - 1] if first.i > 0 else None
    if (
        len(run) - start <= 3
        and before is not None
        and (_is_title(before) or before.pos_ == "NOUN")
        and first.ent_type_ in {"", "PERSON"}
    ):
        # Right after a title or role word, a name of up to three words is all name, whatever
        # first name comes later in it: "spokesman Farhan Aziz Haq" is not "Aziz Haq".
        return start
    for n in range(start, len(run) - 1):
        if is_known_first_name(run[n].text):
            # The first first name: "Christina N Luis Olidem" stays whole; so do initials
            # written before it ("Justice N Anand Venkatesh").
            while n > start and _INITIAL.match(run[n - 1].text):
                n -= 1
            return n
    return start


# Nouns an apposition uses for a body and never for a person ("a provider of", "a charity").
_BODY_APPOSITIONS = frozenset(
    {"company", "firm", "provider", "supplier", "charity", "corporation", "business", "startup"}
    | {"conglomerate", "organisation", "organization", "agency", "brand", "chain", "label"}
)


def _is_boundary(token: Token) -> bool:
    """A title, or a lower-case word the tagger joined to the name ("rang [Taylor]")."""
    return _is_title(token) or (token.text[:1].islower() and token.lower_ not in _NAME_PARTICLES)


def _rank_initials(run: list[Token], n: int) -> bool:
    """Whether ``run[n]`` is a police rank's initials before a person ("PC Tom Hart", "DS
    Carter"), not the start of another name ("DC United", "DS Smith" the company): a known
    first name follows, or the article gives the surname with the same initials and a first
    name elsewhere ("PC Rachel Dunn ... PC Dunn said")."""
    token = run[n]
    if token.text not in AMBIGUOUS_RANKS or n + 1 >= len(run):
        return False
    if is_known_first_name(run[n + 1].text):
        return True
    full = rf"\b{token.text} [A-Z][\w'’-]+ {re.escape(run[-1].text)}\b"
    return any(
        is_known_first_name(m.group(0).split()[1]) for m in re.finditer(full, token.doc.text)
    )


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


def describe_name(head: Token, left: list[Token], after: str | None) -> Mention:
    """Describe a speaker named by the proper noun ``head``: ``left`` is its phrase up to
    the head, ``after`` the description that follows it."""
    run = _name_run(head)
    run_start = run[0].i
    trade = trade_word(run)
    if trade is not None:
        # "Developer Hartwell Homes said": the trade describes the company it opens.
        run = run[1:]
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
    elif apposed_without_comma(head, run_start):
        # "China's ambassador to Britain Liu Xiaming": the name is apposed to the noun phrase
        # it ends, which is all description.
        noun = head.head
        lead = noun.left_edge.i + (noun.left_edge.pos_ == "DET")
        described = list(head.doc[lead : name_tokens[0].i])
    role = apposed_role(head, run_start)
    if role:
        # "His lawyer, Tom Baker, said": the role the name is set beside describes it.
        before = [*role, *before]
    if trade is not None:
        described = [trade, *described]
    # Titles before the name and an apposition after it are two descriptions: "Cmdr.", "a
    # spokesman for the coalition" read "Cmdr., a spokesman ...", not "Cmdr. a spokesman".
    leading = " ".join(p for p in (phrase_text(before), phrase_text(described)) if p).strip()
    after = (after or "").strip()
    # ... but a phrase that goes on from the title stays with it: "Justice of the High Court".
    joint = " " if after.split(" ", 1)[0] in NAME_PREPOSITIONS | {"at", "in", "from"} else ", "
    description = joint.join(p for p in (leading, after) if p) or None
    name = phrase_text(name_tokens)
    if gender is None and len(name_tokens) > 1:
        gender = first_name_gender(name_tokens[0].text)
    words = {t.lower_ for t in name_tokens}
    ent = head.ent_type_
    kind: SpeakerKind
    # "The label that owns her songs, Big Hill, says": a name apposed to an organisation noun.
    apposed_to = head.head.lemma_.lower() if head.dep_ == "appos" else ""
    # "Brightwave, a leading provider of cloud software, today announced": what a press
    # release says a name is.
    described_body = any(
        c.dep_ == "appos" and c.lemma_.lower() in _BODY_APPOSITIONS for c in head.children
    )
    # "Tech giant Apple", "financial firm Halden Morgan": the noun just before the name says
    # what it is.
    named_as = before[-1] if before and before[-1].i == run_start - 1 else None
    body_noun = named_as is not None and named_as.pos_ == "NOUN" and named_as.tag_ == "NN"
    first_named = len(name_tokens) > 1 and is_known_first_name(name_tokens[0].text)
    if (
        words & ORGANIZATION_WORDS
        or (apposed_to in ORGANIZATION_NOUNS and not gender)
        or (described_body and not gender and not titles and not first_named)
        or (
            body_noun
            and named_as is not None
            and named_as.lemma_.lower() in ORGANIZATION_NOUNS
            and not gender
            and not titles
            and not all(_is_title(t) for t in name_tokens)  # "one neo-bank CEO"
        )
        or (trade is not None and not gender and not titles)
    ):
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
