"""The draft statement that extraction builds and attribution resolves, and the parsed chunk
it comes from. Internal to extraction and attribution: spaCy tokens live here, and nothing in
this module leaves those two stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from attrib.extraction.quotes import Quote
from attrib.layout import Layout
from attrib.model import StatementKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Draft:
    """A statement before attribution (internal to extraction and attribution)."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    cue_kind: str
    subject: Token | None = None
    cue_token: Token | None = None
    kind: StatementKind = "indirect"
    quotes: list[Quote] = field(default_factory=list)
    hedge: bool = False
    continues: Draft | None = None
    paragraph: int = 0
    # The relative pronoun that names the speaker ("an expert who said"), when one does.
    relative: Token | None = None


@dataclass
class Chunk:
    """One parsed piece of a document, starting at character ``base``."""

    doc: Doc
    base: int
    layout: Layout

    @property
    def length(self) -> int:
        """Characters in the chunk, without ``doc.text`` (which rebuilds the whole string)."""
        doc = self.doc
        return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0

    def chars(self, first: int, last: int) -> tuple[int, int]:
        """Absolute character range of tokens ``[first, last)``."""
        doc = self.doc
        if last <= first:
            start = self.base + doc[first].idx if first < len(doc) else self.base + self.length
            return start, start
        end_tok = doc[last - 1]
        return self.base + doc[first].idx, self.base + end_tok.idx + len(end_tok.text)

    def in_quote(self, token: Token) -> bool:
        return self.layout.quote_at(self.base + token.idx) is not None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
