"""The verdict on one quoted segment: which passage of which source, and how it differs.

``match_quote(text, index)`` is the public entry point (also used by archive look-ups): it
takes the words of one segment, as written between the quotation marks, and returns a
`Verification`:

- ``verbatim``: the words stand in a source (after normalising case, punctuation, quotation
  marks, whitespace and number forms);
- ``elided``: the parts around the ellipses stand in one source, in order, close together;
- ``altered``: the passage is there with words changed, added or dropped (score >= 0.6, where
  the score is one minus the share of word edits);
- ``spliced``: the parts come from distant places, another source or the wrong order, without
  an ellipsis to say so (or with one that hides more than a short stretch);
- ``not-found``: no passage close enough.

Examples::

    >>> from attrib.verification.sources import SourceText
    >>> from attrib.model import Document
    >>> text = "RUIZ: We will never retreat from this city.\\nLEE: Go.\\n"
    >>> doc = Document.from_text("t.txt", text)
    >>> from attrib.verification.transcripts import find_turns
    >>> turns, labels = find_turns(doc.text)
    >>> index = build_index([SourceText.build(doc, doc.text, turns)])
    >>> v = match_quote("We will never retreat from this town", index)
    >>> v.status, v.speaker, [(d.draft, d.source) for d in v.diff if d.op != "equal"]
    ('altered', 'Ruiz', [('town', 'city')])
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from attrib.model import Passage, Verification
from attrib.verification.align import Alignment, align, exact, exact_alignment
from attrib.verification.diff import diff_of
from attrib.verification.index import NGRAM, Candidate, SourceIndex, build_index
from attrib.verification.people import same_person
from attrib.verification.segments import Part, part_words, parts
from attrib.verification.words import Words

__all__ = ["build_index", "match_parts", "match_quote"]

# A passage scoring at least this is the quoted passage with words changed.
ALTERED_MIN = 0.6
# Each piece of a splice must be at least this close to its own passage.
PIECE_MIN = 0.8
# Words dropped between two pieces, in order, beyond which the join is a splice.
SPLICE_GAP = 3
# Words an ellipsis may stand for; words a stand-alone [bracket] may stand for.
ELISION_GAP = 150
BRACKET_GAP = 6


@dataclass(frozen=True)
class _Run:
    """One part of a segment: its words and ids."""

    part: Part
    words: Words
    ids: list[int]


def match_quote(text: str, index: SourceIndex, *, speaker: str | None = None) -> Verification:
    """The verdict on the quoted words ``text`` (no quotation marks needed) against ``index``.

    ``speaker`` (who the draft says spoke) breaks ties between passages that match equally.
    """
    return match_parts(text, parts(text, 0, len(text)), index, speaker=speaker)


def match_segments(
    text: str, segments: Iterable[tuple[int, int]], index: SourceIndex, speaker: str | None
) -> Iterator[tuple[int, int, Verification]]:
    """``(start, end, verdict)`` of each quoted segment ``text[start:end]`` that has words."""
    for start, end in segments:
        segment = parts(text, start, end)
        if segment:
            yield start, end, match_parts(text, segment, index, speaker=speaker)


def match_parts(
    text: str, segment: Sequence[Part], index: SourceIndex, *, speaker: str | None = None
) -> Verification:
    """The verdict on one segment given as its parts (see `attrib.verification.segments`)."""
    runs = [_Run(p, w, index.quote_ids(w)) for p in segment if len(w := part_words(text, p))]
    if not runs or not len(index):
        return Verification("not-found", 0.0, None, None)
    if len(runs) == 1:
        found, status = _single(index, runs[0].ids, speaker)
    else:
        found, status = _chain(index, runs, speaker)
    return _verdict(text, index, runs, found, status)


def _speaker(index: SourceIndex, alignment: Alignment) -> str | None:
    source = index.sources[alignment.source]
    if not source.turns:
        return None  # no speakers: no need to find where the passage starts
    return source.speaker_at(index.start_of(alignment.begin))


def _rank(index: SourceIndex, alignment: Alignment, speaker: str | None) -> tuple[float, int, int]:
    """Sort key: best score, then the attributed speaker's words, then a labelled speaker's."""
    said_by = _speaker(index, alignment)
    if said_by is None:
        who = 2
    else:
        who = 0 if speaker is not None and same_person(speaker, said_by) else 1
    return (-round(alignment.score, 6), who, alignment.begin)


def _best(
    index: SourceIndex, alignments: Sequence[Alignment], speaker: str | None
) -> Alignment | None:
    return min(alignments, key=lambda a: _rank(index, a, speaker), default=None)


def _alignments(index: SourceIndex, ids: list[int]) -> tuple[list[Alignment], list[Candidate]]:
    """Aligned candidates for a run of words (exact hits for runs too short for trigrams)."""
    if len(ids) < NGRAM:
        return [exact_alignment(index, 0, len(ids), p) for p in exact(index, ids)[:50]], []
    candidates = index.candidates(ids)
    return [align(index, ids, 0, len(ids), c) for c in candidates], candidates


def _single(
    index: SourceIndex, ids: list[int], speaker: str | None
) -> tuple[list[Alignment | None], str]:
    found, candidates = _alignments(index, ids)
    best = _best(index, found, speaker)
    if best is not None and best.distance == 0:
        return [best], "verbatim"
    pieces = _splice(index, ids, candidates, speaker)
    if pieces is not None and (
        best is None or sum(p.distance for p in pieces) + len(pieces) - 1 < best.distance
    ):
        return list(pieces), "spliced"
    if best is not None and best.score >= ALTERED_MIN and len(ids) >= NGRAM:
        return [best], "altered"
    return [None], "not-found"


def _splice(
    index: SourceIndex, ids: list[int], candidates: list[Candidate], speaker: str | None
) -> list[Alignment] | None:
    """Pieces from different passages that together make up the quote, or None."""
    size = len(ids)
    covered = [False] * size
    chosen: list[Candidate] = []
    for candidate in candidates:
        span = range(candidate.first, min(candidate.last, size))
        new = sum(1 for i in span if not covered[i])
        if new >= NGRAM and new >= len(span) - 2:
            chosen.append(candidate)
            for i in span:
                covered[i] = True
    if len(chosen) < 2 or sum(covered) < size - 2:
        return None
    chosen.sort(key=lambda c: c.first)
    pieces: list[Alignment] = []
    start = 0
    for number, candidate in enumerate(chosen):
        end = size if number == len(chosen) - 1 else chosen[number + 1].first
        end = max(end, start + 1)
        pieces.append(align(index, ids, start, end, candidate))
        start = end
    if any(piece.score < PIECE_MIN for piece in pieces):
        return None
    if all(_follows(a, b, SPLICE_GAP) and _same_turn(index, a, b) for a, b in pairwise(pieces)):
        return None  # one passage with a few words dropped: the alignment says "altered"
    return pieces


def _same_turn(index: SourceIndex, a: Alignment, b: Alignment) -> bool:
    """True when two passages of one source are in one speaker's turn."""
    source = index.sources[a.source]
    if not source.turns:
        return True
    return source.turn_at(index.start_of(a.begin)) == source.turn_at(index.start_of(b.begin))


def _follows(a: Alignment, b: Alignment, gap: int) -> bool:
    """True when ``b`` comes after ``a`` in the same source within ``gap`` words."""
    return a.source == b.source and 0 <= b.begin - a.end <= gap


def _gap(run: _Run) -> int:
    return ELISION_GAP if run.part.gap == "ellipsis" else BRACKET_GAP


def _chain(
    index: SourceIndex, runs: list[_Run], speaker: str | None
) -> tuple[list[Alignment | None], str]:
    """Align the parts of an elided segment, each near the one before it."""
    options = [_alignments(index, run.ids)[0] for run in runs]
    anchor = max(range(len(runs)), key=lambda i: (len(runs[i].ids) >= NGRAM, len(runs[i].ids)))
    first = _best(index, options[anchor], speaker)
    if first is None:
        return [None] * len(runs), "not-found"
    found: list[Alignment | None] = [None] * len(runs)
    found[anchor] = first
    near = [True] * len(runs)
    for step, order in ((1, range(anchor + 1, len(runs))), (-1, range(anchor - 1, -1, -1))):
        previous = first
        for i in order:
            run = runs[i]
            gap = _gap(runs[i - 1]) if step == 1 else _gap(run)
            if step == 1:
                low, high = previous.end, previous.end + gap + 1
            else:
                low, high = previous.begin - gap - len(run.ids), previous.begin
            low, high = (
                max(low, index.bounds[previous.source][0]),
                min(high, index.bounds[previous.source][1]),
            )
            close = [
                a
                for a in options[i]
                if a.source == previous.source and low <= a.begin and a.end <= high
            ]
            if not close:
                close = [
                    exact_alignment(index, 0, len(run.ids), p)
                    for p in exact(index, run.ids, low, high)[:5]
                ]
            # An ellipsis leaves words out of one person's answer, never joins two answers.
            close = [a for a in close if _same_turn(index, previous, a)]
            pick = _best(index, close, speaker)
            if pick is None and len(run.ids) >= NGRAM:
                pick = _best(index, options[i], speaker)
                near[i] = pick is None
            if pick is not None:
                found[i] = pick
                previous = pick
    return found, _chain_status(runs, found, near)


def _chain_status(runs: list[_Run], found: list[Alignment | None], near: list[bool]) -> str:
    words = sum(len(run.ids) for run in runs)
    matched = sum(a.equal_words for a in found if a is not None)
    if matched < words / 2:
        return "not-found"
    if not all(near):
        return "spliced"
    if any(a is None or a.distance for a in found):
        return "altered"
    return "elided" if any(run.part.gap == "ellipsis" for run in runs[:-1]) else "verbatim"


def _verdict(
    text: str,
    index: SourceIndex,
    runs: list[_Run],
    found: list[Alignment | None],
    status: str,
) -> Verification:
    matched = [a for a in found if a is not None]
    if status == "not-found" or not matched:
        return Verification("not-found", 0.0, None, None)
    words = sum(len(run.ids) for run in runs)
    edits = sum(a.distance for a in matched)
    edits += sum(len(run.ids) for run, a in zip(runs, found, strict=False) if a is None)
    score = round(max(0.0, 1.0 - edits / max(words, 1)), 3)
    passages = tuple(_passage(index, a) for a in matched)
    first, last = matched[0], matched[-1]
    if status in ("verbatim", "elided", "altered") and first.source == last.source:
        source = _passage(index, first, last)
    else:
        source = passages[0]
    speakers = [s for s in (_speaker(index, a) for a in matched) if s is not None]
    return Verification(
        status,
        score,
        source,
        speakers[0] if speakers else None,
        diff_of(text, index, runs_words(runs, found), found),
        parts=passages if len(passages) > 1 else (),
    )


def runs_words(runs: list[_Run], found: list[Alignment | None]) -> list[Words]:
    """The words each alignment covers (a splice's pieces share one run)."""
    if len(runs) == len(found):
        return [run.words for run in runs]
    return [runs[0].words] * len(found)


def _passage(index: SourceIndex, first: Alignment, last: Alignment | None = None) -> Passage:
    last = last or first
    source = index.sources[first.source]
    start = index.start_of(first.begin)
    end = index.end_of(max(last.end - 1, last.begin))
    line, column = source.document.locate(start)
    text = source.document.text[start:end]
    return Passage(start, end, line, column, text, path=source.path)
