"""``attrib check --sources``: verdicts in the JSON contract, unreadable sources, config."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from attrib.cli import app

runner = CliRunner()

TRANSCRIPT = """\
ANA RUIZ: We will never retreat from this city. The best thing we ever did was to stay.
TOM LEE: Nobody is asking anyone to leave. The council voted more money for the harbour.
"""
DRAFT = """\
Mayor Ana Ruiz was defiant. "We will never retreat from this city," Ruiz said.

"The greatest thing we ever did was to stay," she added.

"Nobody is asking anyone to leave," Ruiz said.

"We have a plan for every street in this town," Ruiz said.
"""


def _files(tmp_path: Path) -> tuple[Path, Path]:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    (tmp_path / "sources").mkdir()
    source = tmp_path / "sources" / "interview.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    return draft, source


def _verdicts(output: str) -> list[tuple[str, str | None]]:
    statements = json.loads(output)["files"][0]["statements"]
    return [
        (s["verification"]["status"], s["verification"]["speaker"])
        for s in statements
        if s["verification"] is not None
    ]


EXPECTED = [
    ("verbatim", "Ana Ruiz"),
    ("altered", "Ana Ruiz"),
    ("verbatim", "Tom Lee"),
    ("not-found", None),
]


def test_sources_option_fills_verification(tmp_path: Path) -> None:
    draft, source = _files(tmp_path)
    result = runner.invoke(
        app,
        ["check", str(draft), "--sources", str(source), "--sources", str(tmp_path / "gone.pdf"),
         "-f", "json", "--fail-on", "never"],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert _verdicts(result.stdout) == EXPECTED
    assert f"{tmp_path / 'gone.pdf'}: no such file or directory (source skipped)" in result.stderr
    altered = json.loads(result.stdout)["files"][0]["statements"][1]["verification"]
    assert altered["source"]["path"] == str(source)
    assert (altered["source"]["line"], altered["source"]["column"]) == (1, 49)
    assert {"op": "replace", "draft": "greatest", "source": "best"} in altered["diff"]


def test_sources_in_config_are_relative_to_it(tmp_path: Path) -> None:
    draft, _ = _files(tmp_path)
    (tmp_path / "attrib.toml").write_text('sources = ["sources"]\n', encoding="utf-8")
    result = runner.invoke(app, ["check", str(draft), "-f", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.stderr
    assert _verdicts(result.stdout) == EXPECTED


def test_without_sources_verification_is_null(tmp_path: Path) -> None:
    draft, _ = _files(tmp_path)
    result = runner.invoke(app, ["check", str(draft), "-f", "json", "--fail-on", "never"])
    statements = json.loads(result.stdout)["files"][0]["statements"]
    assert statements and all(s["verification"] is None for s in statements)


def test_report_is_not_written_over_a_source(tmp_path: Path) -> None:
    draft, source = _files(tmp_path)
    before = source.read_text(encoding="utf-8")
    result = runner.invoke(app, ["check", str(draft), "--sources", str(source), "-o", str(source)])
    assert result.exit_code == 2
    assert "is one of the sources" in result.stderr
    assert source.read_text(encoding="utf-8") == before
