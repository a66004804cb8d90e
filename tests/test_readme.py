"""The README's examples stay true: its config example loads, the commands it names exist, and
the outputs it shows are what those commands print."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

from typer.testing import CliRunner

from attrib.cli import app
from attrib.profiles import profile_for

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_config_example_is_valid(tmp_path: Path) -> None:
    (block,) = re.findall(r"```toml\n(.*?)```", README, flags=re.S)
    config = tmp_path / "attrib.toml"
    config.write_text(block, encoding="utf-8")
    settings = profile_for(tmp_path / "story.txt").settings
    assert settings.fail_on == "warning"
    assert settings.rules["loaded-cue"]["enabled"] is False
    assert settings.extra_cue_verbs == ("opine",)


def test_subcommands_in_readme_exist() -> None:
    runner = CliRunner()
    for command in sorted(set(re.findall(r"^attrib (\w+)", README, flags=re.M))):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0, command


def test_images_in_readme_exist() -> None:
    images = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert images
    root = Path(__file__).resolve().parents[1]
    for image in images:
        assert (root / image).is_file(), image


def test_ci_runs_the_readme_test_command_with_lint_and_types() -> None:
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    command = next(line for line in ci.splitlines() if line.startswith("pip install -e"))
    assert f"```sh\n{command}\n```" in README
    steps = [step.strip() for step in command.split("&&")]
    # Joined with && under `set -e`: any failing step fails CI.
    assert "set -euo pipefail" in ci
    assert {"ruff check .", "ruff format --check .", "mypy", "pytest"} <= set(steps)


def _readme_outputs() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "scripts" / "readme_outputs.py"
    spec = importlib.util.spec_from_file_location("readme_outputs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_outputs_match_a_real_run() -> None:
    outputs = _readme_outputs()
    blocks = outputs.BLOCK.findall(README)
    assert len(blocks) >= 2  # the sample article and the quote verification example
    assert outputs.refreshed(README) == README, (
        "README.md shows output that attrib no longer prints: "
        "run `python scripts/readme_outputs.py` and review the difference"
    )
