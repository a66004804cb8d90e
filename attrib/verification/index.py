"""The word index over all sources, built once per run, and candidate passages for a quote.

Every source's words are normalised (`attrib.verification.words`), given integer ids and laid
end to end in one array. Two sorted views answer look-ups by binary search: every word's
positions, and every word trigram's positions (a trigram is three ids packed into one 64-bit
key). A quote's trigrams vote for diagonals (source position minus quote position); runs of
nearby diagonals are the candidate passages, and only those few windows are aligned word by
word. Nothing compares a quote with every source position.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from attrib.verification.sources import SourceText
from attrib.verification.words import Words, tokenize

NGRAM = 3
# A trigram found more often than this ("one of the") says nothing about where a quote is.
MAX_HITS = 64
# Diagonals this close (in words) belong to one passage: a few words added or dropped.
DIAGONAL_SLACK = 4
_MULTIPLIER = np.uint64(1_000_003)


@dataclass(frozen=True)
class Candidate:
    """A passage that shares trigrams with quote words ``[first, last)``."""

    source: int  # index into SourceIndex.sources
    votes: int  # distinct quote trigrams found in it
    first: int  # quote word where the shared trigrams begin
    last: int  # quote word where they end
    begin: int  # first source word of the shared trigrams (global word position)
    end: int  # source word just past them
    diagonal: int  # source position of quote word 0 on the first hit's diagonal


class SourceIndex:
    """All sources' words in one array with word and trigram look-ups."""

    def __init__(self, sources: Sequence[SourceText], errors: Sequence[tuple[str, str]] = ()):
        self.sources = tuple(sources)
        self.errors = tuple(errors)
        self.vocabulary: dict[str, int] = {}
        texts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        owner: list[int] = []
        bounds: list[tuple[int, int]] = []
        for number, source in enumerate(self.sources):
            words = tokenize(source.speech)
            bounds.append((len(texts), len(texts) + len(words)))
            texts.extend(words.texts)
            starts.extend(words.starts)
            ends.extend(words.ends)
            owner.extend([number] * len(words))
        setdefault = self.vocabulary.setdefault
        self.ids = np.fromiter(
            (setdefault(w, len(self.vocabulary)) for w in texts), dtype=np.int64, count=len(texts)
        )
        self.starts = np.asarray(starts, dtype=np.int64)
        self.ends = np.asarray(ends, dtype=np.int64)
        self.owner = np.asarray(owner, dtype=np.int32)
        self.bounds = tuple(bounds)
        self._word_order = np.argsort(self.ids, kind="stable")
        self._word_keys = self.ids[self._word_order]
        keys = self._trigram_keys(self.ids)
        # A trigram crossing from one source into the next is not a passage.
        valid = (
            self.owner[: len(keys)] == self.owner[NGRAM - 1 :]
            if len(keys)
            else np.zeros(0, dtype=bool)
        )
        positions = np.flatnonzero(valid)
        order = np.argsort(keys[positions], kind="stable")
        self._gram_positions = positions[order]
        self._gram_keys = keys[positions][order]

    @staticmethod
    def _trigram_keys(ids: np.ndarray) -> np.ndarray:
        if len(ids) < NGRAM:
            return np.zeros(0, dtype=np.uint64)
        packed = ids.astype(np.uint64)
        keys = packed[: len(ids) - 2] * _MULTIPLIER
        keys = (keys + packed[1 : len(ids) - 1]) * _MULTIPLIER
        summed: np.ndarray = (
            keys + packed[2:]
        )  # wraps modulo 2**64: a rare collision only adds a candidate
        return summed

    def __len__(self) -> int:
        return len(self.ids)

    def quote_ids(self, words: Words) -> list[int]:
        """Ids of a quote's words; a word no source has gets an id no source word has."""
        unknown: dict[str, int] = {}
        size = len(self.vocabulary)
        out = []
        for word in words.texts:
            known = self.vocabulary.get(word)
            if known is None:
                known = unknown.setdefault(word, size + len(unknown))
            out.append(known)
        return out

    def word_positions(self, word_id: int, begin: int = 0, end: int | None = None) -> np.ndarray:
        """Sorted global positions of a word in ``[begin, end)``."""
        low = np.searchsorted(self._word_keys, word_id, side="left")
        high = np.searchsorted(self._word_keys, word_id, side="right")
        found = np.sort(self._word_order[low:high])
        if begin or end is not None:
            found = found[(found >= begin) & (found < (len(self.ids) if end is None else end))]
        return found

    def candidates(self, ids: Sequence[int], limit: int = 4) -> list[Candidate]:
        """The passages sharing most trigrams with ``ids``, best first."""
        if len(ids) < NGRAM:
            return []
        keys = self._trigram_keys(np.asarray(ids, dtype=np.int64))
        low = np.searchsorted(self._gram_keys, keys, side="left")
        high = np.searchsorted(self._gram_keys, keys, side="right")
        counts = high - low
        usable = counts <= MAX_HITS
        if not usable.any():
            usable = counts > 0  # every trigram is common: use the first hits of each
        quote_pos: list[np.ndarray] = []
        source_pos: list[np.ndarray] = []
        for i in np.flatnonzero(usable & (counts > 0)):
            hits = self._gram_positions[low[i] : min(high[i], low[i] + MAX_HITS)]
            quote_pos.append(np.full(len(hits), i, dtype=np.int64))
            source_pos.append(hits)
        if not quote_pos:
            return []
        q = np.concatenate(quote_pos)
        p = np.concatenate(source_pos)
        diagonal = p - q
        order = np.lexsort((q, diagonal))
        q, p, diagonal = q[order], p[order], diagonal[order]
        # A new passage starts where the diagonal jumps or the source changes.
        owner = self.owner[p]
        breaks = np.flatnonzero((np.diff(diagonal) > DIAGONAL_SLACK) | (np.diff(owner) != 0)) + 1
        group = np.zeros(len(q), dtype=np.int64)
        group[breaks] = 1
        group = np.cumsum(group)
        # Votes: distinct quote trigrams per passage (one trigram may hit a passage twice).
        pairs = np.unique(group * len(ids) + q)
        votes = np.bincount(pairs // len(ids), minlength=int(group[-1]) + 1)
        best = np.argsort(-votes, kind="stable")[:limit]
        found: list[Candidate] = []
        for g in best:
            members = np.flatnonzero(group == g)
            gq, gp = q[members], p[members]
            found.append(
                Candidate(
                    source=int(owner[members[0]]),
                    votes=int(votes[g]),
                    first=int(gq.min()),
                    last=int(gq.max()) + NGRAM,
                    begin=int(gp.min()),
                    end=int(gp.max()) + NGRAM,
                    diagonal=int(diagonal[members[0]]),
                )
            )
        found.sort(key=lambda c: (-c.votes, c.begin))
        return found[:limit]


def build_index(
    sources: Sequence[SourceText], errors: Sequence[tuple[str, str]] = ()
) -> SourceIndex:
    """The index of ``sources`` (``errors``: the sources that could not be read, kept for the
    report)."""
    return SourceIndex(sources, errors)
