"""A cue that closes its paragraph with a colon introduces the next paragraph as what was said.

Web copy sets long quotations off as block quotes and often drops their quotation marks, so the
words stand as a paragraph of their own after their cue:

    The governor added:

    It is typical of her. She knows nothing about what happened in the city.

The quoted paragraph is the statement of the cue's speaker (PolNeAR annotates it so). A
paragraph that opens with a quotation mark is left to the quote conventions, and a cue that
already reports something ("He said the plan had failed:") is left alone.

Examples::

    Limbaugh added:  /  And this reeks of fear.        -> "And this reeks of fear." (Limbaugh)
    Limbaugh added:  /  "This reeks of fear."          -> (a quote: conventions decide)
    The plan has three parts:  /  First, ...           -> (no cue verb: nothing)
"""

from __future__ import annotations

from attrib.extraction.drafts import Chunk, Draft

# Marks that open a quotation: a paragraph opening with one is a quote, not a block quote.
_OPENING_MARKS = "\"'“‘«"
# Longest paragraph taken as a block quote: anything longer is more likely the article going on.
_BLOCK_CHARS = 1500


def block_quotes(chunk: Chunk, bare: list[Draft], text: str) -> list[Draft]:
    """Drafts for the bare cues (no content, no quote) that end their paragraph with a colon
    before a paragraph with no quotation marks; each takes that paragraph as its content."""
    layout = chunk.layout
    chunk_end = chunk.base + chunk.length
    found: list[Draft] = []
    for draft in bare:
        if draft.cue is None or draft.cue_kind != "verb" or draft.quotes:
            continue
        cue_end = draft.cue[1]
        paragraph = layout.paragraph_of(cue_end)
        _, end = layout.paragraph(cue_end)
        if text[cue_end:end].strip() != ":" or paragraph + 1 >= len(layout.paragraph_starts):
            continue
        start, next_end = layout.paragraph(layout.paragraph_starts[paragraph + 1])
        block = text[start:next_end]
        words = block.strip()
        if not words or words[0] in _OPENING_MARKS or len(words) > _BLOCK_CHARS:
            continue
        if next_end > chunk_end or any(
            not q.is_scare for q in layout.quotes_between(start, next_end)
        ):
            continue  # in another parsed chunk, or quoted: the quote conventions decide
        first = start + len(block) - len(block.lstrip())
        draft.content = (first, first + len(words))
        found.append(draft)
    return found
