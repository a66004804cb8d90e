"""The evaluation command, shared by ``python -m attrib.evaluation`` and ``attrib eval``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from attrib.evaluation.report import render_text, to_json
from attrib.evaluation.runner import Analyze, evaluate
from attrib.profile import Profile


def run(
    split_dir: Path,
    *,
    as_json: bool = False,
    limit: int | None = None,
    show: int = 10,
    articles: bool = True,
    profile: Profile | None = None,
    analyze: Analyze | None = None,
    out: TextIO | None = None,
) -> int:
    """Evaluate ``split_dir``, print the report to ``out``, and return an exit code.

    Exit codes: 0 on success, 2 when ``split_dir`` is not a PolNeAR split.
    """
    stream = out or sys.stdout
    try:
        result = evaluate(split_dir, profile=profile, limit=limit, analyze=analyze)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if as_json:
        json.dump(to_json(result, show=show), stream, indent=2, ensure_ascii=False)
        stream.write("\n")
    else:
        stream.write(render_text(result, show=show, articles=articles))
    return 0
