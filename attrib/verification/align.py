"""Word-level alignment of one run of quote words with a candidate passage (rapidfuzz).

The window a candidate suggests is widened by a few words each way, and the start and end that
give the fewest word edits are kept. Ties go to the passage whose first and last words are the
quote's, then to the one as long as the quote: a changed word at the edge reads as a
replacement rather than as an addition next to a source word the quote never used. That is a
semi-global alignment done with rapidfuzz's Levenshtein distance on word ids, which costs
microseconds per window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from attrib.verification.index import Candidate, SourceIndex

# How far (in words) the passage may start or end from where the shared trigrams put it.
EDGE = 3


@dataclass(frozen=True)
class Alignment:
    """Quote words ``[first, last)`` against source words ``[begin, end)`` (global positions)."""

    source: int
    first: int
    last: int
    begin: int
    end: int
    distance: int
    opcodes: tuple[tuple[str, int, int, int, int], ...]  # rapidfuzz's, quote vs passage

    @property
    def score(self) -> float:
        """1.0 for the same words; the share of edits otherwise (normalised Levenshtein)."""
        longest = max(self.last - self.first, self.end - self.begin, 1)
        return 1.0 - self.distance / longest

    @property
    def equal_words(self) -> int:
        return sum(i2 - i1 for tag, i1, i2, _, _ in self.opcodes if tag == "equal")


def align(
    index: SourceIndex, ids: Sequence[int], first: int, last: int, candidate: Candidate
) -> Alignment:
    """The best passage near ``candidate`` for quote words ``ids[first:last]``.

    ``candidate`` was found for the whole of ``ids``; its quote coordinates are shifted here.
    """
    part = list(ids[first:last])
    low, high = index.bounds[candidate.source]
    # Where the candidate's trigrams put the start and end of this run of words.
    expected_start = candidate.begin - (candidate.first - first)
    expected_end = candidate.end + (last - candidate.last)
    starts = range(max(low, expected_start - EDGE), min(high, expected_start + EDGE) + 1)
    ends = range(max(low, expected_end - EDGE), min(high, expected_end + EDGE) + 1)
    # One conversion of the whole stretch to a list; the windows are slices of it.
    base = min(starts.start, ends.start) if len(starts) and len(ends) else low
    region = index.ids[base : max(ends.stop, starts.stop)].tolist()
    best: tuple[int, int, int, int, int] | None = None
    for start in starts:
        for end in ends:
            if end <= start:
                continue
            window = region[start - base : end - base]
            distance = Levenshtein.distance(part, window)
            edges = (part[0] != window[0]) + (part[-1] != window[-1])
            key = (distance, edges, abs(end - start - len(part)), start, end)
            if best is None or key < best:
                best = key
    words = index.ids
    if best is None:
        start, end = max(low, min(expected_start, high - 1)), min(high, max(expected_end, low + 1))
        distance = Levenshtein.distance(part, words[start:end].tolist())
    else:
        distance, _, _, start, end = best
    opcodes = tuple(
        (op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
        for op in Levenshtein.opcodes(part, words[start:end].tolist())
    )
    return Alignment(candidate.source, first, last, start, end, distance, opcodes)


def exact(
    index: SourceIndex, ids: Sequence[int], begin: int = 0, end: int | None = None
) -> list[int]:
    """Global positions in ``[begin, end)`` where the words ``ids`` stand in a row."""
    if not ids:
        return []
    hits = index.word_positions(ids[0], begin, end)
    if len(ids) == 1:
        return [int(h) for h in hits]
    words = index.ids
    found = []
    for hit in hits[:5000]:
        h = int(hit)
        if (
            words[h : h + len(ids)].tolist() == list(ids)
            and index.owner[h] == index.owner[min(h + len(ids) - 1, len(words) - 1)]
        ):
            found.append(h)
    return found


def exact_alignment(index: SourceIndex, first: int, last: int, position: int) -> Alignment:
    """The alignment of quote words ``[first, last)`` found verbatim at ``position``."""
    size = last - first
    return Alignment(
        int(index.owner[position]),
        first,
        last,
        position,
        position + size,
        0,
        (("equal", 0, size, 0, size),),
    )
