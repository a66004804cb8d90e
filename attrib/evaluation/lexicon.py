"""Reporting-verb lexicon used to classify gold cues as speech cues.

This is the evaluation's own yardstick, kept apart from the extractor's cue lists on purpose:
the metric must not move when the extractor's vocabulary changes.
"""

from __future__ import annotations

import re
from functools import lru_cache

# fmt: off
# Verbs of saying, writing and publicly asserting (lemmas).
REPORTING_LEMMAS: tuple[str, ...] = (
    "say", "tell", "add", "note", "argue", "claim", "warn", "suggest", "state", "explain",
    "insist", "announce", "report", "write", "declare", "assert", "acknowledge", "admit", "ask",
    "answer", "reply", "respond", "remark", "comment", "mention", "observe", "point", "tweet",
    "post", "testify", "confirm", "deny", "contend", "maintain", "recall", "recount", "describe",
    "predict", "promise", "vow", "pledge", "threaten", "urge", "call", "complain", "boast", "brag",
    "concede", "conclude", "emphasize", "emphasise", "stress", "repeat", "reiterate", "reveal",
    "disclose", "estimate", "speculate", "shout", "yell", "whisper", "joke", "quip", "muse",
    "wonder", "question", "counter", "retort", "rebut", "scoff", "criticize", "accuse", "allege",
    "caution", "advise", "recommend", "propose", "inform", "assure", "lament", "agree", "disagree",
    "echo", "exclaim", "proclaim", "cite", "quote", "speak", "chant", "demand", "charge", "concur",
    "elaborate", "inquire", "plead", "pronounce", "protest", "recite", "remind", "reassure",
    "relate", "sigh", "snap", "tout", "blast", "slam", "praise", "thank", "apologize", "apologise",
    "highlight", "underscore", "affirm", "swear", "hint", "imply", "indicate", "interject",
    "mutter", "opine", "posit", "read", "specify", "summarize", "email", "text",
)
# fmt: on

# Past forms and participles that regular rules cannot make.
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "speak": ("spoke", "spoken"),
    "swear": ("swore", "sworn"),
    "read": ("read",),
    "admit": ("admitted", "admitting"),
    "quip": ("quipped", "quipping"),
    "snap": ("snapped", "snapping"),
    "rebut": ("rebutted", "rebutting"),
    "scoff": ("scoffed", "scoffing"),
}

# Multi-word cues that count as speech cues as a whole.
SPEECH_PHRASES: tuple[str, ...] = ("according to",)

_WORD = re.compile(r"[a-z]+")


def inflections(lemma: str) -> tuple[str, ...]:
    """The lemma and its regular -s, -ed and -ing forms, plus any irregular ones."""
    if lemma.endswith("e"):
        forms = [lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    elif lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u"):
        forms = [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
    elif lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms = [lemma + "es", lemma + "ed", lemma + "ing"]
    else:
        forms = [lemma + "s", lemma + "ed", lemma + "ing"]
    return (lemma, *forms, *_IRREGULAR.get(lemma, ()))


@lru_cache(maxsize=1)
def _form_to_lemma() -> dict[str, str]:
    table: dict[str, str] = {}
    for lemma in REPORTING_LEMMAS:
        for form in inflections(lemma):
            table.setdefault(form, lemma)
    return table


def words(text: str) -> list[str]:
    """Lower-case words of a cue."""
    return _WORD.findall(text.lower())


def is_speech_cue(cue: str) -> bool:
    """True for a reporting verb (any inflection), "according to" or a colon."""
    lowered = " ".join(cue.lower().split())
    if ":" in lowered or any(phrase in lowered for phrase in SPEECH_PHRASES):
        return True
    table = _form_to_lemma()
    return any(word in table for word in words(lowered))


def cue_lemma(cue: str) -> str:
    """A coarse class for a cue: its reporting-verb lemma, the phrase, or the lowered text."""
    lowered = " ".join(cue.lower().split())
    for phrase in SPEECH_PHRASES:
        if phrase in lowered:
            return phrase
    table = _form_to_lemma()
    for word in words(lowered):
        if word in table:
            return table[word]
    if ":" in lowered:
        return ":"
    return lowered[:30] or "(empty)"
