"""``attrib eval``: the CLI wrapper around the PolNeAR evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from attrib.evaluation import runner
from tests.test_evaluation_run import _write, stub


def test_eval_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "_default_analyze", lambda: stub)
    split = _write(tmp_path / "dev")
    result = CliRunner().invoke(app, ["eval", str(split), "--json", "--limit", "1"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["articles_count"] == 1
    assert data["overlap"]["matched"] == 2


def test_eval_text_and_bad_split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "_default_analyze", lambda: stub)
    split = _write(tmp_path / "dev")
    result = CliRunner().invoke(app, ["eval", str(split), "--show", "1"])
    assert result.exit_code == 0, result.output
    assert "speaker accuracy" in result.stdout
    missing = CliRunner().invoke(app, ["eval", str(tmp_path / "nope")])
    assert missing.exit_code == 2


def test_eval_rejects_a_text_that_is_not_utf8(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(runner, "_default_analyze", lambda: stub)
    split = _write(tmp_path / "dev")
    (split / "text" / "two.txt").write_bytes(b"caf\xe9 said the vote was close.")
    result = CliRunner().invoke(app, ["eval", str(split)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: {split / 'text' / 'two.txt'}: not UTF-8 text (bad byte at offset 3)"
    ]


@pytest.mark.parametrize("limit", ["0", "-1"])
def test_eval_limit_must_be_positive(tmp_path: Path, limit: str) -> None:
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--limit", limit])
    assert result.exit_code == 2
    assert "--limit" in result.output


def test_module_entry_point_limit_must_be_positive(tmp_path: Path) -> None:
    from attrib.evaluation.__main__ import main

    with pytest.raises(SystemExit) as stopped:
        main([str(tmp_path), "--limit", "-1"])
    assert stopped.value.code == 2
