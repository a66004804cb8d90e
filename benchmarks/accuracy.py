"""Track attrib's accuracy on a PolNeAR split or a real-world gold set across changes.

    python benchmarks/accuracy.py ../shared/corpora/polnear/dev [--record] [--note "what changed"]
    python benchmarks/accuracy.py ../shared/corpora/realworld/dev [--cache /tmp/parses]

Prints the metrics and the change since the last recorded run. ``--record`` appends the numbers
(never any corpus text) with the git commit to ``benchmarks/accuracy-<split>.jsonl`` (PolNeAR)
or ``benchmarks/accuracy-realworld-<split>.jsonl`` (real-world set), so the history of every
major change stays in the repo.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from attrib.evaluation.cache import cached_analyze
from attrib.evaluation.realworld import RATIOS, RealResult, evaluate_realworld
from attrib.evaluation.realworld_gold import is_realworld
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


def realworld_numbers(result: RealResult) -> dict[str, object]:
    """Counts and ratios only: safe to commit."""
    return {
        "articles": len(result.articles),
        "errors": result.failed,
        "total": result.total.as_dict(),
        "errors_by_class": dict(Counter(f"{e.what}: {e.category}" for e in result.errors)),
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
    parser.add_argument("--cache", type=Path, default=None, help="keep spaCy parses here")
    args = parser.parse_args(argv)

    analyze = cached_analyze(args.cache) if args.cache else None
    modes: tuple[str, ...]
    keys: tuple[str, ...]
    if is_realworld(args.split_dir):
        real = evaluate_realworld(args.split_dir, limit=args.limit, analyze=analyze)
        split, record = f"realworld-{real.split}", realworld_numbers(real)
        modes, keys = ("total",), RATIOS
    else:
        result = evaluate(args.split_dir, limit=args.limit, analyze=analyze)
        split, record = result.split, numbers(result)
        modes, keys = ("overlap", "strict"), KEYS
    history = HERE / f"accuracy-{split}.jsonl"
    previous = _last(history)
    print(f"{split}: {record['articles']} articles, commit {_commit()}")
    for mode in modes:
        current = record[mode]
        before = previous.get(mode) if previous else None
        assert isinstance(current, dict)
        cells = []
        for key in keys:
            cell = f"{key}={_fmt(current[key])}"
            if isinstance(before, dict) and isinstance(before.get(key), float):
                value = current[key]
                if isinstance(value, float):
                    cell += f" ({value - before[key]:+.3f})"
            cells.append(cell)
        print(f"  {mode:8} " + "  ".join(cells))
    if args.record:
        record.update(
            split=split,
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
