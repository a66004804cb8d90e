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
    return tidied.strip(" ,;:-") or None
