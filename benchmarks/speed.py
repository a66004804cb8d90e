"""Speed of attrib against a bare spaCy parse of the same texts, measured in the same run.

Usage::

    python benchmarks/speed.py FOLDER [--limit N] [--repeat R] [--scaling] [--jobs N]

FOLDER holds .txt articles (for example PolNeAR's ``train/text``; read from where it lies, never
copied). Three measurements, each reported as a ratio to its baseline:

1. batch: ``attrib check --format json`` over the articles (a subprocess, as a user runs it) against
   a subprocess that loads the same pipeline and runs ``nlp.pipe`` over the same texts;
2. short: one short article, ``attrib check`` against bare load-and-parse (difference in seconds);
3. scaling (``--scaling``): the library on a synthetic 20,000- and 200,000-word text (paragraphs of
   the sample article repeated), seconds per 1,000 words, to show time grows linearly.

The best of ``--repeat`` runs is kept for each command, which filters out noise from other work on
the machine. Nothing here asserts: the numbers go in the README.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = """
import sys, pathlib
from attrib.nlp import load, chunk_bounds
nlp = load()
texts = [pathlib.Path(p).read_text(encoding="utf-8") for p in sys.argv[1:]]
pieces = [t[a:b] for t in texts for a, b in chunk_bounds(t)]
for _ in nlp.pipe(pieces, batch_size=32):
    pass
"""


# attrib as a user runs it, with the machine-readable output and an exit code that ignores findings.
CHECK = [sys.executable, "-m", "attrib.cli", "check", "--format", "json", "--fail-on", "never"]

# Runs a command and prints the peak resident memory (KiB) of it and its descendants: a wrapper
# process of its own, so that one measurement's peak never leaks into another's.
PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def best_of(repeat: int, command: list[str]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def peak_kib(command: list[str]) -> int:
    out = subprocess.run([sys.executable, "-c", PEAK, *command], capture_output=True, text=True)
    return int(out.stdout.strip() or 0)


def batch(files: list[Path], repeat: int, jobs: int) -> dict[str, float]:
    names = [str(f) for f in files]
    bare = best_of(repeat, [sys.executable, "-c", BARE, *names])
    check_cmd = [*CHECK, *names]
    attrib = best_of(repeat, check_cmd)
    bare_mem = peak_kib([sys.executable, "-c", BARE, *names])
    attrib_mem = peak_kib(check_cmd)
    result = {
        "files": len(files),
        "bare_s": bare,
        "attrib_s": attrib,
        "ratio": attrib / bare,
        "bare_peak_mib": bare_mem / 1024,
        "attrib_peak_mib": attrib_mem / 1024,
        "memory_ratio": attrib_mem / bare_mem if bare_mem else float("nan"),
    }
    if jobs > 1:
        parallel = best_of(repeat, [*CHECK, "--jobs", str(jobs), *names])
        result.update({"jobs": jobs, "attrib_jobs_s": parallel, "jobs_ratio": parallel / bare})
    return result


def short(repeat: int) -> dict[str, float]:
    sample = ROOT / "samples" / "iran-talks.txt"
    bare = best_of(repeat, [sys.executable, "-c", BARE, str(sample)])
    attrib = best_of(repeat, [*CHECK, str(sample)])
    return {"bare_s": bare, "attrib_s": attrib, "overhead_s": attrib - bare}


def scaling() -> dict[str, float]:
    from attrib.api import analyze
    from attrib.nlp import load

    nlp = load()
    paragraphs = (ROOT / "samples" / "iran-talks.txt").read_text(encoding="utf-8").split("\n")
    out: dict[str, float] = {}
    for words in (20_000, 200_000):
        parts: list[str] = []
        count = 0
        while count < words:
            for paragraph in paragraphs:
                parts.append(paragraph)
                count += len(paragraph.split())
        text = "\n\n".join(parts)
        start = time.perf_counter()
        for _ in nlp.pipe([text[a:b] for a, b in _bounds(text)]):
            pass
        bare = time.perf_counter() - start
        start = time.perf_counter()
        analyze(text)
        full = time.perf_counter() - start
        out[f"{words}_words_bare_s_per_1k"] = bare / count * 1000
        out[f"{words}_words_attrib_s_per_1k"] = full / count * 1000
        out[f"{words}_words_ratio"] = full / bare
    return out


def _bounds(text: str) -> list[tuple[int, int]]:
    from attrib.nlp import chunk_bounds

    return chunk_bounds(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--scaling", action="store_true")
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.txt"))[: args.limit]
    if not files:
        parser.error(f"no .txt files in {args.folder}")
    results: dict[str, object] = {
        "batch": batch(files, args.repeat, args.jobs),
        "short": short(args.repeat),
    }
    if args.scaling:
        results["scaling"] = scaling()
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
