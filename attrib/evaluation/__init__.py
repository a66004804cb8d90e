"""Accuracy of attrib on PolNeAR (brat standoff): statement detection and speakers."""

from __future__ import annotations

from attrib.evaluation.brat import GoldArticle, GoldAttribution, read_split
from attrib.evaluation.command import run
from attrib.evaluation.matching import match, qualifies
from attrib.evaluation.metrics import Counts, speaker_correct
from attrib.evaluation.report import render_text, to_json
from attrib.evaluation.runner import EvalResult, evaluate

__all__ = [
    "Counts",
    "EvalResult",
    "GoldArticle",
    "GoldAttribution",
    "evaluate",
    "match",
    "qualifies",
    "read_split",
    "render_text",
    "run",
    "speaker_correct",
    "to_json",
]
