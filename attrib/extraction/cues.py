"""Find attribution cues in a parsed Doc with array operations (no per-token Python loop).

Cue kinds:

- ``verb``: a reporting verb in any inflection ("said", "tells", "pointed out", "has learned");
- ``according``: "according to X";
- ``hedge``: an adverb that hedges without a source ("reportedly", "allegedly");
- ``stance``: an adjective or noun that states a view ("are concerned", "of the view");
- ``by``: "by" with an account or estimate ("by most accounts", "by one estimate");
- ``noun``: a noun for something said, whose "that" clause is what was said ("his claim that").

Examples::

    Smith said that ...           -> verb "said"
    ..., according to the Post.   -> according "according to"
    Officials reportedly favor    -> hedge "reportedly"
    Experts are concerned that    -> stance "concerned"
    By most accounts, ...         -> by "By"
    Her claim that taxes rose     -> noun "claim"
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from attrib.extraction.lexicon import (
    ACCOUNT_NOUNS,
    REPORT_NOUNS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
    Lexicon,
)

if TYPE_CHECKING:
    from spacy.strings import StringStore
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
    stance_adjectives: np.ndarray
    stance_nouns: np.ndarray
    accounts: np.ndarray
    report_nouns: np.ndarray
    according: int
    to: int
    of: int
    the: int
    by: int


_TABLES: dict[tuple[int, Lexicon], _Tables] = {}


def _tables(vocab: Vocab, lexicon: Lexicon) -> _Tables:
    key = (id(vocab), lexicon)
    tables = _TABLES.get(key)
    if tables is None:
        strings = vocab.strings
        tables = _Tables(
            verbs=np.array([strings.add(v) for v in sorted(lexicon.all_cue_verbs)], dtype="uint64"),
            hedges=np.array([strings.add(h) for h in sorted(lexicon.hedges)], dtype="uint64"),
            stance_adjectives=_hashes(strings, STANCE_ADJECTIVES),
            stance_nouns=_hashes(strings, STANCE_NOUNS),
            accounts=_hashes(strings, ACCOUNT_NOUNS),
            report_nouns=_hashes(strings, REPORT_NOUNS),
            according=strings.add("according"),
            to=strings.add("to"),
            of=strings.add("of"),
            the=strings.add("the"),
            by=strings.add("by"),
        )
        _TABLES[key] = tables
    return tables


def _hashes(strings: StringStore, words: frozenset[str]) -> np.ndarray:
    return np.array([strings.add(w) for w in sorted(words)], dtype="uint64")


def find_cues(doc: Doc, lexicon: Lexicon) -> list[Cue]:
    """Every cue in ``doc``, in document order.

    Vectorised over the Doc's arrays (one ``to_array`` and a few ``isin``), so the cost per token
    is a few machine operations, not a Python loop or a Matcher state machine.
    """
    from spacy.attrs import LEMMA, LOWER, POS
    from spacy.symbols import ADJ, AUX, NOUN, VERB

    if len(doc) == 0:
        return []
    tables = _tables(doc.vocab, lexicon)
    lemma, lower, pos = doc.to_array([LEMMA, LOWER, POS]).T
    verbs = np.flatnonzero(np.isin(lemma, tables.verbs) & ((pos == VERB) | (pos == AUX)))
    hedges = np.flatnonzero(np.isin(lower, tables.hedges))
    according = np.flatnonzero(lower[:-1] == tables.according)
    according = according[lower[according + 1] == tables.to]
    # "concerned" is an adjective or a participle; "of the view": the noun two after "of the".
    stances = np.flatnonzero(
        np.isin(lower, tables.stance_adjectives) & ((pos == ADJ) | (pos == VERB))
    )
    nouns = np.flatnonzero(np.isin(lower, tables.stance_nouns) & (pos == NOUN))
    nouns = nouns[nouns >= 2]
    nouns = nouns[(lower[nouns - 2] == tables.of) & (lower[nouns - 1] == tables.the)]
    by = np.flatnonzero(lower[:-2] == tables.by)
    by = by[np.isin(lower[by + 2], tables.accounts)]
    reports = np.flatnonzero(np.isin(lemma, tables.report_nouns) & (pos == NOUN))
    cues = [Cue(int(i), int(i) + 1, "verb") for i in verbs]
    cues += [Cue(int(i), int(i) + 2, "according") for i in according]
    cues += [Cue(int(i), int(i) + 1, "hedge") for i in hedges]
    cues += [Cue(int(i), int(i) + 1, "stance") for i in (*stances, *nouns)]
    cues += [Cue(int(i), int(i) + 3, "by") for i in by]
    cues += [Cue(int(i), int(i) + 1, "noun") for i in reports]
    cues.sort(key=lambda c: c.i)
    return cues
