"""Speaker colours for the HTML report, with their contrast checked against WCAG 2.x.

Every speaker gets a pair: a light *tint* behind the statement's text (dark text on it) and a
dark *accent* for its underline and its label (white text on it). Both pairs must reach the
WCAG AA ratio for normal text, 4.5:1; `speaker_colours` guarantees it by construction and the
tests check it for the first hundred speakers.
"""

from __future__ import annotations

import colorsys
from dataclasses import dataclass

# WCAG 2.x, success criterion 1.4.3 (contrast, minimum), level AA for normal-size text.
AA_CONTRAST = 4.5

TEXT = "#111111"  # the article's text colour, on a tint
ON_ACCENT = "#ffffff"  # a label's text colour, on an accent
# Ten hues far apart (an article rarely has more speakers); each further round of ten turns them a
# little and makes them less saturated, so every speaker of a long article still has its own pair.
_HUES = (210, 28, 135, 280, 350, 180, 50, 315, 95, 245)
_ROUND_TURN = 17


@dataclass(frozen=True)
class Colours:
    """One speaker's tint (background) and accent (underline, label background)."""

    tint: str
    accent: str


# Severity colours for markers and notes, on the page's white: icon shapes tell them apart too.
SEVERITY_COLOURS = {"error": "#b3261e", "warning": "#8a4b00", "info": "#0b57a4"}
PAGE = "#ffffff"

# For statements with no speaker: grey, so they read as "nobody" next to the hues.
NO_SPEAKER = Colours(tint="#e4e4e4", accent="#555555")


def _hex(red: float, green: float, blue: float) -> str:
    return "#{:02x}{:02x}{:02x}".format(*(round(channel * 255) for channel in (red, green, blue)))


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#rrggbb`` colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _hue_and_saturation(index: int) -> tuple[float, float]:
    turn, position = divmod(index, len(_HUES))
    hue = (_HUES[position] + turn * _ROUND_TURN) % 360 / 360
    return hue, (0.75, 0.55, 0.9)[turn % 3]


def speaker_colours(index: int) -> Colours:
    """The colours of the ``index``-th speaker (0-based), both pairs at least AA contrast."""
    hue, saturation = _hue_and_saturation(index)
    # colorsys takes hue, lightness, saturation. Step the tint lighter and the accent darker
    # until each reaches AA with its text; most hues pass at the first step.
    lightness = 0.86
    tint = _hex(*colorsys.hls_to_rgb(hue, lightness, saturation))
    while contrast(tint, TEXT) < AA_CONTRAST:
        lightness += 0.02
        tint = _hex(*colorsys.hls_to_rgb(hue, lightness, saturation))
    lightness = 0.36
    accent = _hex(*colorsys.hls_to_rgb(hue, lightness, 0.65))
    while contrast(accent, ON_ACCENT) < AA_CONTRAST:
        lightness -= 0.02
        accent = _hex(*colorsys.hls_to_rgb(hue, lightness, 0.65))
    return Colours(tint, accent)
