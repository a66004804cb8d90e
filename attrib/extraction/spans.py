"""Token ranges of a parsed sentence: a subtree's range, trimmed of punctuation, and whether a
paragraph break falls inside one. Shared by the modules that read what a cue reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Token index ranges (first, last_exclusive) within a Doc.
TokenRange = tuple[int, int]

_TRAILING = frozenset({",", ";", ":", "-", "—", "–", "(", ")"})


def subtree_range(token: Token) -> TokenRange:
    return token.left_edge.i, token.right_edge.i + 1


def trim(doc_tokens: object, first: int, last: int) -> TokenRange:
    """Drop leading/trailing punctuation and spaces (but keep quotation marks)."""
    toks = doc_tokens
    while first < last and (toks[first].is_space or toks[first].text in _TRAILING):  # type: ignore[index]
        first += 1
    while last > first and (
        toks[last - 1].is_space or toks[last - 1].text in _TRAILING or toks[last - 1].text == "."  # type: ignore[index]
    ):
        last -= 1
    return first, last


def across_paragraphs(a: Token, b: Token) -> bool:
    """Whether a paragraph break lies between two tokens of one parsed sentence."""
    first, last = sorted((a.i, b.i))
    return any("\n\n" in t.text_with_ws for t in a.doc[first:last])
