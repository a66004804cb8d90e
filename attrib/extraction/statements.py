"""Turn cues into draft statements (`cue_drafts`), let the quote conventions (`conventions`)
attach quotations, and keep one statement where drafts overlap (`overlaps`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from attrib.extraction.answers import apply_turns
from attrib.extraction.block_quotes import block_quotes
from attrib.extraction.conventions import attach_quotes, settle_kind
from attrib.extraction.cue_drafts import draft_for_cue
from attrib.extraction.cues import find_cues
from attrib.extraction.drafts import Chunk, Draft
from attrib.extraction.headlines import headline_claim
from attrib.extraction.lemmas import repair_lemmas
from attrib.extraction.lexicon import Lexicon
from attrib.extraction.nested_quotes import nested_drafts
from attrib.extraction.not_statements import NAMING_VERBS, is_title
from attrib.extraction.overlaps import dedupe, drop_embedded, drop_nested_hedges, merge_split_quotes
from attrib.layout import Layout

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Draft", "extract"]


def extract(doc: Doc, base: int, layout: Layout, lexicon: Lexicon, text: str) -> list[Draft]:
    """Draft statements of one parsed chunk starting at character ``base`` of ``text``."""
    repair_lemmas(doc)  # before any lemma is read, here or in attribution
    chunk = Chunk(doc, base, layout)
    drafts: list[Draft] = []
    bare: list[Draft] = []
    quoted_cues: list[Token] = []
    for cue in find_cues(doc, lexicon):
        token = doc[cue.i]
        if chunk.in_quote(token):
            if cue.kind == "verb":
                quoted_cues.append(token)  # only for quotes the speaker quotes in turn
            continue  # the speaker's own words, not the writer's attribution
        draft = draft_for_cue(chunk, token, cue.kind, cue.end, lexicon)
        if draft is None:
            continue
        draft.paragraph = layout.paragraph_of(draft.cue[0] if draft.cue else draft.content[0])
        draft.content = _within_paragraph(draft.content, draft.paragraph, layout, text)
        (bare if draft.content[0] == draft.content[1] else drafts).append(draft)
    drafts = drop_nested_hedges(drafts)
    claim = headline_claim(chunk, text)
    if claim is not None and not any(d.paragraph == claim.paragraph for d in drafts):
        drafts.insert(0, claim)  # a headline with a verb of its own is read by its cue
    blocks = block_quotes(chunk, bare, text)
    drafts.extend(blocks)
    bare = [d for d in bare if d not in blocks]
    attach_quotes(chunk, drafts, bare, text)
    drafts = apply_turns(chunk, drafts)
    drafts.sort(key=lambda d: d.content)
    kept = drop_embedded(dedupe(drafts))
    for draft in kept:
        if not draft.quotes and draft.kind == "indirect":
            # The quote went to a cue inside this statement, dropped as part of its words
            # ('X was known for telling others "..." , said Y'): the statement quotes it.
            draft.quotes.extend(layout.quotes_within(*draft.content))
            settle_kind(draft, text)
    merged = merge_split_quotes([d for d in kept if not _names_a_title(d, text)], layout, text)
    # Quotes the speakers quote in turn: statements of their own, inside the outer ones.
    merged.extend(nested_drafts(chunk, merged, quoted_cues, text))
    return merged


def _names_a_title(draft: Draft, text: str) -> bool:
    """`The videos were called the "Durand Jirga Show."`: a direct quote that is a title after
    a naming verb names something; nobody says it."""
    if draft.kind != "direct" or len(draft.quotes) != 1 or draft.cue_token is None:
        return False
    quote = draft.quotes[0]
    return draft.cue_token.lemma_.lower() in NAMING_VERBS and is_title(text, quote.start, quote.end)


def _within_paragraph(
    content: tuple[int, int], paragraph: int, layout: Layout, text: str
) -> tuple[int, int]:
    """Reported speech stays in its cue's paragraph: the parser sometimes runs a clause across a
    paragraph break, but a quotation that spans paragraphs is found from its marks, not here."""
    start, end = content
    starts = layout.paragraph_starts
    start = max(start, starts[paragraph])
    if paragraph + 1 < len(starts):
        end = min(end, starts[paragraph + 1])
    if end <= start:
        return content if content[0] == content[1] else (start, start)
    piece = text[start:end]
    stripped = piece.rstrip()
    return start + (len(piece) - len(piece.lstrip())), start + len(stripped)
