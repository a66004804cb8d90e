"""How a noun phrase names a speaker, as plain data: what `speakers.describe` returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from attrib.model import SpeakerKind

if TYPE_CHECKING:
    from spacy.tokens import Token


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


def phrase_text(tokens: list[Token]) -> str:
    """The words of ``tokens`` as display text: runs of whitespace (line breaks, the blanks
    where an HTML page's inline tags were) become one space; offsets stay with the tokens."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    return " ".join(doc[tokens[0].i : tokens[-1].i + 1].text.split())
