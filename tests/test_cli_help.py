"""Every command's help reads well: no ``<bool>`` beside flags, no Python annotations, usage
lines in click's convention (``PATH...``, ``[RULE_ID]``)."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from attrib.cli import app

runner = CliRunner()


@pytest.mark.parametrize(
    ("command", "usage"),
    [
        ((), "[OPTIONS] COMMAND [ARGS]..."),
        (("check",), "check [OPTIONS] PATH..."),
        (("rules",), "rules [OPTIONS] [RULE_ID]"),
        (("config",), "config [OPTIONS] [PATH]"),
        (("eval",), "eval [OPTIONS] SPLIT_DIR"),
        (("index",), "index [OPTIONS] PATHS..."),
        (("sources",), "sources [OPTIONS]"),
    ],
)
def test_help_reads_well(command: tuple[str, ...], usage: str) -> None:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    (usage_line,) = [line.strip() for line in lines if line.strip().startswith("Usage:")]
    assert usage_line.endswith(usage)
    assert "<bool>" not in result.stdout
    assert not re.search(r"<list\[|\{\w+\}", result.stdout)
    help_line = next(line for line in lines if "--help" in line)
    assert re.search(r"--help\s+Show this message and exit\.", help_line)


def test_flags_and_repeated_options_show_what_they_take() -> None:
    output = runner.invoke(app, ["check", "--help"], env={"COLUMNS": "120"}).stdout
    assert re.search(r"--verify-paraphrase\s+With sources", output)
    assert re.search(r"--sources\s+<path>\s+Check quotes", output)
    assert re.search(r"\*\s+PATH\s+Articles, folders or globs", output)
    assert runner.invoke(app, ["--version"]).stdout.startswith("attrib ")
