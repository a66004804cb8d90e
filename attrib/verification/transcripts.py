"""Speaker turns in transcripts: who says which stretch of a source.

Three layouts that transcription services and newsrooms produce are recognised, one turn per
label, the turn running to the next label:

- ``ANA RUIZ: We will not retreat.`` (a name and a colon opening the line, any case);
- ``[00:01:02] Ana Ruiz: We will not retreat.`` (a timestamp before the name, in brackets or not,
  or after it: ``Ana Ruiz (00:01:02): ...``);
- ``Ana Ruiz  00:01`` on a line of its own, the words on the lines below (the export format of
  the common transcription services).

A text is only read as a transcript when labels open at least two lines and a fifth of its
non-empty lines: one "Note:" in an article must not turn the rest of it into Note's words.
Generic labels ("Speaker 1", "Unknown", "Q", "A") mark a turn whose speaker is not known.

Examples::

    >>> turns, labels = find_turns("ANA RUIZ: We stay.\\nTOM LEE: We go.\\n")
    >>> [(t.start, t.speaker) for t in turns]
    [(10, 'Ana Ruiz'), (28, 'Tom Lee')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
# A name: up to five capitalised words (initials and particles such as "de" allowed), or a
# generic label with a number ("Speaker 2").
_NAME = (
    r"(?:[A-Z][\w'’.-]*|\d+)"
    r"(?:[ \t]+(?:[A-Z][\w'’.-]*|de|del|da|van|von|der|la|le|bin|al|\d+)){0,4}"
)
# "NAME:" with an optional timestamp before or after the name.
_COLON_LABEL = re.compile(
    rf"^[ \t]*(?:[\[(]?{_TIME}[\])]?[ \t]*[-–]?[ \t]*)?(?P<name>{_NAME})"
    rf"[ \t]*(?:[\[(]{_TIME}[\])])?[ \t]*:(?:[ \t]+|$)",
    re.MULTILINE,
)
# "Name  00:01" alone on its line: the turn's words follow on the next lines.
_HEADER_LABEL = re.compile(
    rf"^[ \t]*(?P<name>{_NAME})[ \t]+[\[(]?{_TIME}[\])]?[ \t]*$\n?", re.MULTILINE
)
_GENERIC = re.compile(
    r"^(?:speaker|unknown|unidentified|voice|participant|person|q|a)(?:[ \t]*\d+)?$",
    re.IGNORECASE,
)
_PARTICLES = frozenset({"de", "del", "da", "van", "von", "der", "la", "le", "bin", "al"})
_NON_EMPTY_LINE = re.compile(r"^[ \t]*\S", re.MULTILINE)
# Share of non-empty lines that labels must open for a text to count as a transcript.
_LABEL_SHARE = 0.2


@dataclass(frozen=True)
class Turn:
    """From ``start`` on (an offset into the source text), ``speaker`` is talking."""

    start: int
    speaker: str | None


def speaker_name(label: str) -> str | None:
    """The speaker a label names: generic labels give None, ALL-CAPS names are title-cased."""
    name = " ".join(label.split()).strip(" .")
    if not name or _GENERIC.match(name):
        return None
    if name.isupper():
        name = " ".join(
            word.lower() if word.lower() in _PARTICLES else word.capitalize()
            for word in name.split()
        )
    return name


def find_turns(text: str) -> tuple[tuple[Turn, ...], tuple[tuple[int, int], ...]]:
    """Speaker turns of a transcript, and the label ranges (not speech) to leave out.

    A text that does not look like a transcript has no turns.
    """
    found: list[tuple[int, int, str]] = []  # (label start, speech start, name)
    for pattern in (_COLON_LABEL, _HEADER_LABEL):
        for match in pattern.finditer(text):
            if not _plausible(match.group("name")):
                continue
            found.append((match.start(), match.end(), match.group("name")))
    if len(found) < 2:
        return (), ()
    lines = len(_NON_EMPTY_LINE.findall(text))
    if len(found) < _LABEL_SHARE * lines:
        return (), ()
    found.sort()
    turns = tuple(Turn(speech, speaker_name(name)) for _, speech, name in found)
    labels = tuple((start, speech) for start, speech, _ in found)
    return turns, labels


# Capitalised words that open prose lines followed by a colon ("Note: ...", "Update: ...").
_NOT_NAMES = frozenset(
    [
        "note",
        "update",
        "updated",
        "editor",
        "correction",
        "source",
        "sources",
        "photo",
        "credit",
        "warning",
        "summary",
        "background",
        "contact",
        "tags",
        "subject",
        "re",
        "fw",
        "date",
        "time",
        "location",
        "transcript",
    ]
)


def _plausible(name: str) -> bool:
    words = name.split()
    return not (len(words) == 1 and words[0].lower().strip(".") in _NOT_NAMES)
