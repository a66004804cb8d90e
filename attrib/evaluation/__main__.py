"""``python -m attrib.evaluation SPLIT_DIR [--format F] [--json] [--limit N] [--show N]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from attrib.evaluation.command import run


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {number}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m attrib.evaluation",
        description="Score attrib against a PolNeAR split (text/ + attributions/) or a "
        "real-world gold set (text/ + gold/*.json).",
    )
    parser.add_argument("split_dir", type=Path, help="a PolNeAR split, e.g. .../polnear/dev")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--limit", type=_positive, default=None, help="only the first N articles")
    parser.add_argument("--show", type=int, default=10, help="misses and false alarms to list")
    parser.add_argument(
        "--no-articles", action="store_true", help="leave out the per-article table"
    )
    parser.add_argument(
        "--format",
        choices=("auto", "polnear", "realworld"),
        default="auto",
        help="gold format (auto: realworld when the folder has gold/*.json)",
    )
    parser.add_argument(
        "--cache", type=Path, default=None, help="folder that keeps spaCy parses between runs"
    )
    args = parser.parse_args(argv)
    return run(
        args.split_dir,
        as_json=args.json,
        limit=args.limit,
        show=args.show,
        articles=not args.no_articles,
        format=args.format,
        cache=args.cache,
    )


if __name__ == "__main__":
    sys.exit(main())
