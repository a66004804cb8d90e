"""``python -m attrib.evaluation SPLIT_DIR [--json] [--limit N] [--show N]``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from attrib.evaluation.command import run


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m attrib.evaluation",
        description="Score attrib against a PolNeAR split (text/ and attributions/).",
    )
    parser.add_argument("split_dir", type=Path, help="a PolNeAR split, e.g. .../polnear/dev")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--show", type=int, default=10, help="misses and false alarms to list")
    parser.add_argument(
        "--no-articles", action="store_true", help="leave out the per-article table"
    )
    args = parser.parse_args(argv)
    return run(
        args.split_dir,
        as_json=args.json,
        limit=args.limit,
        show=args.show,
        articles=not args.no_articles,
    )


if __name__ == "__main__":
    sys.exit(main())
