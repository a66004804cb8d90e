"""Find attribution cues in a parsed Doc with one spaCy Matcher pass (no per-token Python loop).

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

from attrib.extraction.lexicon import HEDGE_ADVERBS, Lexicon

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab


@dataclass(frozen=True)
class Cue:
    """A cue token (``i``) and its kind; ``end`` is one past its last token."""

    i: int
    end: int
    kind: str


_MATCHERS: dict[tuple[int, Lexicon], Matcher] = {}


def build_matcher(vocab: Vocab, lexicon: Lexicon) -> Matcher:
    """One Matcher per vocab and lexicon, built once."""
    from spacy.matcher import Matcher

    key = (id(vocab), lexicon)
    matcher = _MATCHERS.get(key)
    if matcher is None:
        matcher = Matcher(vocab)
        verbs = sorted(lexicon.all_cue_verbs)
        matcher.add("verb", [[{"LEMMA": {"IN": verbs}, "POS": {"IN": ["VERB", "AUX"]}}]])
        matcher.add("according", [[{"LOWER": "according"}, {"LOWER": "to"}]])
        matcher.add("hedge", [[{"LOWER": {"IN": sorted(HEDGE_ADVERBS)}}]])
        _MATCHERS[key] = matcher
    return matcher


def find_cues(doc: Doc, lexicon: Lexicon) -> list[Cue]:
    """Every cue in ``doc``, in document order."""
    matcher = build_matcher(doc.vocab, lexicon)
    strings = doc.vocab.strings
    cues = [Cue(start, end, strings[match_id]) for match_id, start, end in matcher(doc)]
    cues.sort(key=lambda c: c.i)
    return cues
