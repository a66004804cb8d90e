"""Find attribution cues in a parsed Doc with array operations (no per-token Python loop).

Cue kinds:

- ``verb``: a reporting verb in any inflection ("said", "tells", "pointed out", "has learned");
- ``according``: "according to X";
- ``hedge``: an adverb that hedges without a source ("reportedly", "allegedly").

Examples::

    Smith said that ...           -> verb "said"
    ..., according to the Post.   -> according "according to"
    Officials reportedly favor    -> hedge "reportedly"
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from attrib.extraction.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab


@dataclass(frozen=True)
class Cue:
    """A cue token (``i``) and its kind; ``end`` is one past its last token."""

    i: int
    end: int
    kind: str


@dataclass(frozen=True)
class _Tables:
    """Hashes of the cue words in one vocab's string store, as numpy arrays for ``isin``."""

    verbs: np.ndarray
    hedges: np.ndarray
    according: int
    to: int


_TABLES: dict[tuple[int, Lexicon], _Tables] = {}


def _tables(vocab: Vocab, lexicon: Lexicon) -> _Tables:
    key = (id(vocab), lexicon)
    tables = _TABLES.get(key)
    if tables is None:
        strings = vocab.strings
        tables = _Tables(
            verbs=np.array([strings.add(v) for v in sorted(lexicon.all_cue_verbs)], dtype="uint64"),
            hedges=np.array([strings.add(h) for h in sorted(lexicon.hedges)], dtype="uint64"),
            according=strings.add("according"),
            to=strings.add("to"),
        )
        _TABLES[key] = tables
    return tables


def find_cues(doc: Doc, lexicon: Lexicon) -> list[Cue]:
    """Every cue in ``doc``, in document order.

    Vectorised over the Doc's arrays (one ``to_array`` and three ``isin``), so the cost per token
    is a few machine operations, not a Python loop or a Matcher state machine.
    """
    from spacy.attrs import LEMMA, LOWER, POS
    from spacy.symbols import AUX, VERB

    if len(doc) == 0:
        return []
    tables = _tables(doc.vocab, lexicon)
    lemma, lower, pos = doc.to_array([LEMMA, LOWER, POS]).T
    verbs = np.flatnonzero(np.isin(lemma, tables.verbs) & ((pos == VERB) | (pos == AUX)))
    hedges = np.flatnonzero(np.isin(lower, tables.hedges))
    according = np.flatnonzero(lower[:-1] == tables.according)
    according = according[lower[according + 1] == tables.to]
    cues = [Cue(int(i), int(i) + 1, "verb") for i in verbs]
    cues += [Cue(int(i), int(i) + 2, "according") for i in according]
    cues += [Cue(int(i), int(i) + 1, "hedge") for i in hedges]
    cues.sort(key=lambda c: c.i)
    return cues
