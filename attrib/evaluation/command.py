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
    if format == "realworld" or (format == "auto" and is_realworld(split_dir)):
        return _run_realworld(
            split_dir,
            as_json=as_json,
            limit=limit,
            show=show,
            articles=articles,
            profile=profile,
            out=stream,
            analyze=analyze,
        )
    try:
        result = evaluate(split_dir, profile=profile, limit=limit, analyze=analyze)
    except (FileNotFoundError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if as_json:
        json.dump(to_json(result, show=show), stream, indent=2, ensure_ascii=False)
        stream.write("\n")
    else:
        stream.write(render_text(result, show=show, articles=articles))
    return 0


def _run_realworld(
    split_dir: Path,
    *,
    as_json: bool,
    limit: int | None,
    show: int,
    articles: bool,
    profile: Profile | None,
    out: TextIO,
    analyze: Callable[..., Iterator[FileReport]] | None,
) -> int:
    try:
        result = evaluate_realworld(split_dir, profile=profile, limit=limit, analyze=analyze)
    except (FileNotFoundError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if as_json:
        json.dump(realworld_json(result, show=show), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(render_realworld(result, show=show, articles=articles))
    return 0
