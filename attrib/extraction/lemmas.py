"""Repair lemmas the small English model gets wrong for cue words, before cues are looked up.

The lemmatizer of ``en_core_web_sm`` reads every form of "hope" as "hop" ("The mayor hopes
the bridge reopens": lemma "hop"), so the verb of hoping, a cue like "believe", was never found.
The repair is by word form, so "hopped" keeps "hop". It runs once per parsed chunk with array
operations and sets the lemma only on the few tokens that need it; attribution reads the same
Doc afterwards and sees the same lemmas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Lower-case word form -> the lemma it should have, where the model's lemma is another word.
LEMMA_REPAIRS: dict[str, str] = {
    "hope": "hope",
    "hopes": "hope",
    "hoped": "hope",
    "hoping": "hope",
}

_HASHES: dict[int, dict[int, str]] = {}


def _forms(doc: Doc) -> dict[int, str]:
    """Hash of each form in this vocab's string store -> the lemma it should have."""
    strings = doc.vocab.strings
    found = _HASHES.get(id(strings))
    if found is None:
        found = {int(strings.add(form)): right for form, right in LEMMA_REPAIRS.items()}
        _HASHES[id(strings)] = found
    return found


def repair_lemmas(doc: Doc) -> None:
    """Set the right lemma on the tokens of ``doc`` whose form the model lemmatizes wrongly."""
    from spacy.attrs import LEMMA, LOWER

    if len(doc) == 0:
        return
    forms = _forms(doc)
    lower, lemma = doc.to_array([LOWER, LEMMA]).T
    hashes = np.fromiter(forms, dtype="uint64", count=len(forms))
    for i in np.flatnonzero(np.isin(lower, hashes)):  # a handful of tokens, not the document
        right = forms[int(lower[i])]
        if doc.vocab.strings[int(lemma[i])] != right:
            doc[int(i)].lemma_ = right
