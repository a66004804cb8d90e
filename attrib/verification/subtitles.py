"""Subtitles as sources: SubRip (``.srt``) and WebVTT (``.vtt``), with their speakers.

Parsing is left to two small, well-kept libraries that follow the formats' specifications and
their real-world deviations: ``srt`` (tolerant of the sloppy files players accept, thoroughly
property-tested) and ``webvtt-py`` (the W3C format's cue settings, comments and ``<v Name>``
voice spans). What they do not give, where each cue's words stand in the file, is found here
in a separate step: each cue's lines are looked up in order from where the last cue ended, so
a match's line and column are the file's own.

Speakers: a WebVTT voice span (``<v Ana Ruiz>``), or a ``NAME:`` label opening a cue. A cue
opening with a dash (``- We go.``) is someone else talking; a cue without either continues
the speaker before it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from attrib.reading.common import ReadError
from attrib.verification.transcripts import Turn, speaker_name

# Markup inside cue text: HTML-like tags (<i>, <v Name>, <c.loud>, timestamps) and SubRip's
# ASS positioning codes ({\an8}).
_TAGS = re.compile(r"<[^>\n]*>|\{\\[^}\n]*\}")
_LABEL = re.compile(r"^[ \t]*(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,4})[ \t]*:[ \t]+")
_DASH = re.compile(r"^[ \t]*[-–][ \t]*")


@dataclass(frozen=True)
class Cue:
    """One cue's text lines (as written in the file) and the voice the format gives it."""

    lines: tuple[str, ...]
    voice: str | None = None


def srt_cues(text: str) -> list[Cue]:
    """The cues of a SubRip file, or `ReadError` when it is not one."""
    import srt

    try:
        return [Cue(tuple(sub.content.split("\n"))) for sub in srt.parse(text)]
    except (srt.SRTParseError, ValueError) as exc:
        raise ReadError("not a valid SubRip file") from exc


def vtt_cues(text: str) -> list[Cue]:
    """The cues of a WebVTT file with their voices, or `ReadError` when it is not one."""
    import webvtt
    from webvtt.errors import MalformedFileError

    try:
        captions = webvtt.from_buffer(io.StringIO(text)).captions
    except (MalformedFileError, ValueError) as exc:
        raise ReadError(f"not a valid WebVTT file ({_first_line(exc).lower()})") from exc
    return [Cue(tuple(c.raw_text.split("\n")), c.voice) for c in captions]


def _first_line(exc: Exception) -> str:
    message = str(exc).strip().splitlines()
    return message[0] if message else type(exc).__name__


def cue_speech(text: str, cues: list[Cue]) -> tuple[str, tuple[Turn, ...]]:
    """``text`` with everything but the cues' words blanked in place, and the speaker turns."""
    out = [c if c in "\r\n" else " " for c in text]
    turns: list[Turn] = []
    speaker: str | None = None
    cursor = 0
    for cue in cues:
        for number, line in enumerate(cue.lines):
            if not line.strip():
                continue
            start = text.find(line, cursor)
            if start == -1:
                continue  # the library normalised this line; its words are left out
            end = start + len(line)
            cursor = end
            keep_from = start
            if number == 0:
                label = _LABEL.match(line)
                dash = _DASH.match(line)
                if cue.voice is not None:
                    speaker = speaker_name(cue.voice)
                elif label is not None:
                    speaker = speaker_name(label.group("name"))
                    keep_from = start + label.end()
                elif dash is not None:
                    speaker = None
                turns.append(Turn(keep_from, speaker))
            elif (dash := _DASH.match(line)) is not None and cue.voice is None:
                speaker = None  # a second dash line in one cue: the other person answers
                turns.append(Turn(start, speaker))
            out[keep_from:end] = text[keep_from:end]
            for tag in _TAGS.finditer(text, keep_from, end):
                out[tag.start() : tag.end()] = " " * (tag.end() - tag.start())
    return "".join(out), _merged(turns)


def _merged(turns: list[Turn]) -> tuple[Turn, ...]:
    """Turns with consecutive repeats of one speaker folded into the first."""
    merged: list[Turn] = []
    for turn in turns:
        if not merged or merged[-1].speaker != turn.speaker:
            merged.append(turn)
    return tuple(merged)
