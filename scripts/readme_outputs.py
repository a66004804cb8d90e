"""Refresh the command outputs README.md shows, from real runs (``--check``: only compare).

A fenced block whose first line is ``$ [cd DIR && ][COLUMNS=N ]attrib ARGS`` shows that command
and what it prints: the command is run in this process (from the repository root, or DIR under
it; N columns, 80 if not given; no colour) and the lines after the command are replaced by its
output, trailing spaces stripped. ``tests/test_readme.py`` fails when a block is out of date.

    python scripts/readme_outputs.py           # rewrite README.md
    python scripts/readme_outputs.py --check   # exit 1 and show the difference if out of date
"""

from __future__ import annotations

import difflib
import os
import re
import shlex
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCK = re.compile(
    r"^```\n(?P<command>\$ (?:cd (?P<folder>\S+) && )?(?:COLUMNS=(?P<columns>\d+) )?"
    r"attrib (?P<args>[^\n]*))\n(?P<output>.*?)^```",
    re.MULTILINE | re.DOTALL,
)


def output_of(args: str, folder: str | None, columns: str | None) -> str:
    """What ``attrib ARGS`` prints in ``folder`` at ``columns`` columns, lines right-stripped."""
    from typer.testing import CliRunner

    from attrib.cli import app

    here = os.getcwd()
    os.chdir(ROOT / (folder or "."))
    try:
        env = {"COLUMNS": columns or "80", "NO_COLOR": "1"}
        result = CliRunner().invoke(app, shlex.split(args), env=env)
    finally:
        os.chdir(here)
    return "".join(line.rstrip() + "\n" for line in result.stdout.splitlines())


def refreshed(readme: str) -> str:
    """``readme`` with every command block's output replaced by a real run's."""

    def run(match: re.Match[str]) -> str:
        output = output_of(match["args"], match["folder"], match["columns"])
        return f"```\n{match['command']}\n{output}```"

    return BLOCK.sub(run, readme)


def main() -> int:
    sys.path.insert(0, str(ROOT))  # this checkout's attrib, installed or not
    readme = README.read_text(encoding="utf-8")
    fresh = refreshed(readme)
    if "--check" in sys.argv[1:]:
        diff = difflib.unified_diff(
            readme.splitlines(True), fresh.splitlines(True), "README.md", "a real run"
        )
        sys.stdout.writelines(diff)
        return int(fresh != readme)
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
