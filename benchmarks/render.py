"""What the HTML report adds to a check run, against the JSON output, measured in the same run.

Usage::

    python benchmarks/render.py FOLDER [--limit N] [--repeat R]

FOLDER holds .txt articles (for example PolNeAR's ``train/text``; read from where they lie, never
copied). One process reads the first N articles and checks them as ``attrib check`` does (reading,
parsing, extraction, attribution, rules), then renders the same report as ``json`` and as ``html``
(the best of R renderings each, to filter out other work on the machine). It prints the seconds
of each and the share the HTML rendering adds to the whole run compared with the JSON one:
``(check + html) / (check + json) - 1``. Subprocess timings of two whole runs would bury a
difference this small under the parse's noise; here both formats render the very same report.
Nothing here asserts: the numbers go in the README.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from attrib.api import prepare, tool_info
from attrib.model import Report
from attrib.render import RuleInfo, render, rule_infos


def best_of(
    repeat: int, report: Report, fmt: str, rules: dict[str, RuleInfo]
) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of ``repeat`` renderings."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        render(report, fmt, rules=rules)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    paths = sorted(str(p) for p in args.folder.glob("*.txt"))[: args.limit]
    rules = rule_infos()
    tool = tool_info()  # loads the pipeline, as a run does before its first file
    wall, cpu = time.perf_counter(), time.process_time()
    report = Report(tool, tuple(prepare(paths).check()))
    check = (time.perf_counter() - wall, time.process_time() - cpu)
    json_s = best_of(args.repeat, report, "json", rules)
    html_s = best_of(args.repeat, report, "html", rules)
    size = len(render(report, "html", rules=rules).encode("utf-8"))
    statements = sum(len(f.statements) for f in report.files)
    print(f"articles: {len(paths)}, statements: {statements}, html: {size / 1e6:.1f} MB")
    # CPU seconds are the steadier figure on a shared machine; wall-clock is what a user waits.
    for clock, index in (("wall", 0), ("cpu", 1)):
        added = (check[index] + html_s[index]) / (check[index] + json_s[index]) - 1
        print(
            f"{clock}: check {check[index]:.2f} s, render json {json_s[index]:.3f} s, "
            f"render html {html_s[index]:.3f} s; html adds {added * 100:.2f}% to the run"
        )


if __name__ == "__main__":
    main()
