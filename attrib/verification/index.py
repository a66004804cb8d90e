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
from itertools import chain

import numpy as np

from attrib.verification.sources import SourceText
from attrib.verification.words import MERGING, Words, merges, normal, raw_words, tokenize

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
        self.ids, self.owner = self._words_of_all()
        counts = np.bincount(self.owner, minlength=len(self.sources))
        ends = np.cumsum(counts)
        bounds = [(int(e - c), int(e)) for c, e in zip(counts, ends, strict=True)]
        self.bounds = tuple(bounds)
        # Character offsets are only needed for the few passages that match: each source is
        # tokenised again, with offsets, the first time one of its passages is shown.
        self._offsets: dict[int, Words] = {}
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

    def _words_of_all(self) -> tuple[np.ndarray, np.ndarray]:
        """Every source's word ids laid end to end, and the source of each word.

        Normalising and numbering happen once per distinct word (a few tens of thousands in a
        megabyte), never per word; number words and "per cent" are merged where they stand.
        """
        raws = []
        for source in self.sources:
            raw = raw_words(source.speech)
            raws.append(raw if raw is not None else tokenize(source.speech).texts)
        flat = list(chain.from_iterable(raws))
        distinct = list(dict.fromkeys(flat))
        position = {w: i for i, w in enumerate(distinct)}
        raw_ids = np.fromiter(map(position.__getitem__, flat), np.int64, len(flat))
        normalised = [normal(w) for w in distinct]
        for word in normalised:
            self.vocabulary.setdefault(word, len(self.vocabulary))
        to_id = np.fromiter(map(self.vocabulary.__getitem__, normalised), np.int64, len(distinct))
        ids = to_id[raw_ids] if len(flat) else np.zeros(0, dtype=np.int64)
        owner = np.repeat(np.arange(len(raws), dtype=np.int32), [len(r) for r in raws])
        merging = np.fromiter((w in MERGING for w in normalised), bool, len(distinct))
        marked = np.flatnonzero(merging[raw_ids]) if len(flat) else np.zeros(0, dtype=np.int64)
        if len(marked) == 0:
            return ids, owner
        keep = np.ones(len(ids), dtype=bool)
        starts = np.concatenate(([0], np.cumsum([len(r) for r in raws])))
        # Merging stays inside one source, as tokenising that source alone would do it.
        for number in np.unique(owner[marked]):
            low = int(starts[number])
            local = [int(i) - low for i in marked[owner[marked] == number]]

            def word_at(i: int, low: int = low) -> str:
                return normalised[int(raw_ids[low + i])]

            joined, dropped = merges(word_at, local)
            for first, (merged, _) in joined.items():
                ids[low + first] = self.vocabulary.setdefault(merged, len(self.vocabulary))
            keep[[low + i for i in dropped]] = False
        return ids[keep], owner[keep]

    def __len__(self) -> int:
        return len(self.ids)

    def _words(self, source: int) -> Words:
        if source not in self._offsets:
            words = tokenize(self.sources[source].speech)
            low, high = self.bounds[source]
            if len(words) != high - low:  # pragma: no cover - the two tokenisers agree
                raise RuntimeError(f"{self.sources[source].path}: tokenisers disagree")
            self._offsets[source] = words
        return self._offsets[source]

    def start_of(self, position: int) -> int:
        """Character offset (into its source's text) where word ``position`` starts."""
        source = int(self.owner[position])
        return self._words(source).starts[position - self.bounds[source][0]]

    def end_of(self, position: int) -> int:
        """Character offset just past word ``position``."""
        source = int(self.owner[position])
        return self._words(source).ends[position - self.bounds[source][0]]

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
