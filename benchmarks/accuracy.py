"""Track attrib's accuracy on a PolNeAR split across changes.

    python benchmarks/accuracy.py ../shared/corpora/polnear/dev [--record] [--note "what changed"]

Prints the overlap- and strict-matching metrics and the change since the last recorded run.
``--record`` appends the numbers (never any corpus text) with the git commit to
``benchmarks/accuracy-<split>.jsonl``, so the history of every major change stays in the repo.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from attrib.evaluation.runner import EvalResult, evaluate

HERE = Path(__file__).resolve().parent
KEYS = ("precision", "recall", "f1", "quoted_recall", "speech_recall", "speaker_accuracy")


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def numbers(result: EvalResult) -> dict[str, object]:
    """Counts and ratios only: safe to commit."""
    return {
        "articles": len(result.articles),
        "errors": result.errors,
        "overlap": result.overlap.as_dict(),
        "strict": result.strict.as_dict(),
        "misses_by_class": dict(Counter(m.category for m in result.misses)),
        "false_alarms_by_class": dict(Counter(a.category for a in result.false_alarms)),
        "wrong_speakers": len(result.wrong_speakers),
    }


def _last(history: Path) -> dict[str, object] | None:
    if not history.exists():
        return None
    lines = [line for line in history.read_text(encoding="utf-8").splitlines() if line.strip()]
    return json.loads(lines[-1]) if lines else None


def _fmt(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("split_dir", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--record", action="store_true", help="append to the history file")
    parser.add_argument("--note", default="", help="what changed, for the history")
    args = parser.parse_args(argv)

    result = evaluate(args.split_dir, limit=args.limit)
    record = numbers(result)
    history = HERE / f"accuracy-{result.split}.jsonl"
    previous = _last(history)
    print(f"{result.split}: {len(result.articles)} articles, commit {_commit()}")
    for mode in ("overlap", "strict"):
        current = record[mode]
        before = previous.get(mode) if previous else None
        assert isinstance(current, dict)
        cells = []
        for key in KEYS:
            cell = f"{key}={_fmt(current[key])}"
            if isinstance(before, dict) and isinstance(before.get(key), float):
                value = current[key]
                if isinstance(value, float):
                    cell += f" ({value - before[key]:+.3f})"
            cells.append(cell)
        print(f"  {mode:8} " + "  ".join(cells))
    if args.record:
        record.update(
            split=result.split,
            limit=args.limit,
            commit=_commit(),
            note=args.note,
            when=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )
        with history.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, sort_keys=True) + "\n")
        print(f"recorded in {history.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
