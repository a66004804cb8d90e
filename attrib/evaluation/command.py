"""The evaluation command, shared by ``python -m attrib.evaluation`` and ``attrib eval``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TextIO

from attrib.evaluation.cache import cached_analyze
from attrib.evaluation.realworld import evaluate_realworld
from attrib.evaluation.realworld_gold import is_realworld
from attrib.evaluation.realworld_report import realworld_json, render_realworld
from attrib.evaluation.report import render_text, to_json
from attrib.evaluation.runner import evaluate
from attrib.model import FileReport
from attrib.profile import Profile

FORMATS: tuple[str, ...] = ("auto", "polnear", "realworld")


def run(
    split_dir: Path,
    *,
    as_json: bool = False,
    limit: int | None = None,
    show: int = 10,
    articles: bool = True,
    profile: Profile | None = None,
    analyze: Callable[..., Iterator[FileReport]] | None = None,
    out: TextIO | None = None,
    format: str = "auto",
    cache: Path | None = None,
) -> int:
    """Evaluate ``split_dir``, print the report to ``out``, and return an exit code.

    ``format`` is ``polnear`` (brat: ``text/`` + ``attributions/``), ``realworld`` (``gold/*.json``
    + ``text/``) or ``auto`` (real-world when the folder has ``gold/*.json``, else PolNeAR).
    ``cache`` names a folder that keeps spaCy parses between runs (see `attrib.evaluation.cache`).
    Exit codes: 0 on success, 2 when ``split_dir`` is not a split of that format or a file in it
    cannot be read.
    """
    stream = out or sys.stdout
    if analyze is None and cache is not None:
        analyze = cached_analyze(cache)
    if format not in FORMATS:
        print(f"error: unknown format {format!r} (choose {', '.join(FORMATS)})", file=sys.stderr)
        return 2
    report: str | dict[str, object]
    try:
        if format == "realworld" or (format == "auto" and is_realworld(split_dir)):
            real = evaluate_realworld(split_dir, profile=profile, limit=limit, analyze=analyze)
            report = (
                realworld_json(real, show=show)
                if as_json
                else render_realworld(real, show=show, articles=articles)
            )
        else:
            result = evaluate(split_dir, profile=profile, limit=limit, analyze=analyze)
            report = (
                to_json(result, show=show)
                if as_json
                else render_text(result, show=show, articles=articles)
            )
    except (FileNotFoundError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if isinstance(report, str):
        stream.write(report)
    else:
        json.dump(report, stream, indent=2, ensure_ascii=False)
        stream.write("\n")
    return 0
