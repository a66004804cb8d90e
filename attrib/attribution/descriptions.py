"""What a speaker's description says: tidied for display, and whether it tells that the person
is not named by their own name.

Examples::

    a teacher (at   the school      -> "a teacher at the school" (tidied)
    a nurse who gave her name only as Dana -> name "Dana", anonymous
    Dan (not his real name)         -> anonymous (a pseudonym)
"""

from __future__ import annotations

import re
from dataclasses import replace

from attrib.attribution.mention import Mention
from attrib.extraction.lexicon import KINSHIP_NOUNS

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


def self_named(mention: Mention) -> Mention:
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
    # A dash that set the description off ("Jessie Buckley — who landed the role — said")
    # belongs to the sentence, not to it.
    return tidied.strip(" ,;:-—–") or None


# Words after a role that make it someone else's: "the president of the farm bureau" is not
# who "the president" means.
_OWNER_LINKS = frozenset({"of", "at", "for", "with"})


# What an abbreviated or formal title is called in a later reference: "Sen. Ann Lee" is "the
# senator", "Rep. Tom Baker" "the congressman", "Justice Ann Lee" (or "Mr Justice") "the judge".
_TITLE_FORMS: dict[str, frozenset[str]] = {
    "sen": frozenset({"senator", "lawmaker"}),
    "senator": frozenset({"lawmaker"}),
    "rep": frozenset({"representative", "congressman", "congresswoman", "lawmaker"}),
    "gov": frozenset({"governor"}),
    "lt": frozenset({"lieutenant"}),
    "col": frozenset({"colonel"}),
    "capt": frozenset({"captain"}),
    "sgt": frozenset({"sergeant"}),
    "det": frozenset({"detective"}),
    "insp": frozenset({"inspector"}),
    "supt": frozenset({"superintendent"}),
    "gen": frozenset({"general"}),
    "adm": frozenset({"admiral"}),
    "prof": frozenset({"professor"}),
    "rev": frozenset({"reverend"}),
    "justice": frozenset({"judge"}),
}


def described_as(lemma: str, description: str) -> bool:
    """Whether a person's description calls them ``lemma`` in its own right ("Actor", "the
    actor", "Treasury Secretary", "Sen." for "senator"), not as the role of some body ("the
    president of a bank")."""
    words = [w.strip(".,()").lower() for w in description.split()]
    return any(
        # A title's other name holds whatever court or house follows ("Justice of the High
        # Court" is a judge); the word itself must not be a body's role.
        lemma in _TITLE_FORMS.get(word, ())
        or (
            word == lemma
            # "the father of the gunman" is a father; "the president of a bank" is the bank's.
            and (n + 1 == len(words) or words[n + 1] not in _OWNER_LINKS or lemma in KINSHIP_NOUNS)
        )
        for n, word in enumerate(words)
    )
