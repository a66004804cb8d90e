"""The best source passage for a reported statement (``--verify-paraphrase``).

A paraphrase shares its content words with what was said, not their order or form, so it is
not aligned word by word: the passage is the stretch of one source holding most of the
statement's content words (stop words left out), found from the word index, and the score is
rapidfuzz's token-set ratio of the two. The result is evidence for the editor, never a
finding: paraphrase is legitimate.
"""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz

from attrib.model import Passage, Verification
from attrib.verification.index import SourceIndex
from attrib.verification.words import tokenize

# Share of token-set similarity at which the passage is shown as the statement's likely source.
PARAPHRASE_MIN = 0.5
# A word found more often than this in the sources does not help locate a passage.
_COMMON = 200


def match_paraphrase(text: str, index: SourceIndex) -> Verification:
    """The passage that most likely underlies the reported statement ``text``, and its score."""
    # Imported here: spaCy's import is the slowest part of starting a command that never parses.
    from spacy.lang.en.stop_words import STOP_WORDS

    words = [w for w in tokenize(text).texts if w not in STOP_WORDS]
    ids = {index.vocabulary[w] for w in words if w in index.vocabulary}
    if not ids or not len(index):
        return Verification("not-found", 0.0, None, None)
    hits = [p for i in ids if len(p := index.word_positions(i)) <= _COMMON]
    if not hits:
        return Verification("not-found", 0.0, None, None)
    positions = np.sort(np.concatenate(hits))
    width = max(2 * len(words), 8)
    # The window of ``width`` words holding most hits, inside one source.
    ends = np.searchsorted(positions, positions + width, side="left")
    counts = ends - np.arange(len(positions))
    best = int(np.argmax(counts))
    begin = int(positions[best])
    owner = int(index.owner[begin])
    last = min(int(positions[ends[best] - 1]) + 1, index.bounds[owner][1])
    source = index.sources[owner]
    start, end = index.start_of(begin), index.end_of(last - 1)
    said = source.document.text[start:end]
    score = round(fuzz.token_set_ratio(" ".join(words), said.lower()) / 100, 3)
    if score < PARAPHRASE_MIN:
        return Verification("not-found", score, None, None)
    line, column = source.document.locate(start)
    return Verification(
        "paraphrase",
        score,
        Passage(start, end, line, column, said, path=source.path),
        source.speaker_at(start),
    )
