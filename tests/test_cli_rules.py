"""attrib rules, attrib config, and check's --config / --fail-on exit codes through CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attrib.cli import app
from attrib.rules import RULES

runner = CliRunner()

# Invented sentences: one unsourced claim (error), one vague source (warning), one loaded cue.
ARTICLE = (
    "The minister reportedly resigned on Friday.\n"
    "Experts say the sanctions have failed.\n"
    "Ana Ruiz, the foreign minister, claimed the talks were on track.\n"
)


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def findings(out: str) -> list[tuple[str, str]]:
    (file,) = json.loads(out)["files"]
    return [(f["rule"], f["severity"]) for f in file["findings"]]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "news" / "article.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_rules_lists_every_rule() -> None:
    code, out, _ = run("rules")
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == [rule.ID for rule in RULES]
    assert all(len(line) <= 120 for line in lines)


def test_rules_id_prints_the_documentation() -> None:
    code, out, _ = run("rules", "anonymous-source")
    assert code == 0
    assert "What it flags" in out and "New York Times" in out


def test_rules_json() -> None:
    code, out, _ = run("rules", "--json")
    assert code == 0
    assert [r["id"] for r in json.loads(out)] == [rule.ID for rule in RULES]


def test_unknown_rule_is_a_usage_error() -> None:
    code, _, err = run("rules", "vague-sourse")
    assert code == 2 and "vague-sourse" in err


def test_sample_findings_and_default_exit_code(article: Path) -> None:
    code, out, _ = run("check", str(article), "--format", "json")
    found = findings(out)
    assert ("unsourced-claim", "error") in found
    assert ("vague-source", "warning") in found
    assert ("loaded-cue", "info") in found
    assert code == 1  # an error-level finding fails the default --fail-on error


@pytest.mark.parametrize(
    ("config", "fail_on", "code"),
    [
        ("[rules.unsourced-claim]\nenabled = false\n", None, 0),  # only warning and info left
        ("[rules.unsourced-claim]\nenabled = false\n", "warning", 1),
        ("[rules.unsourced-claim]\nenabled = false\n", "info", 1),
        ('fail-on = "never"\n', None, 0),
        ('fail-on = "never"\n', "error", 1),  # the flag overrides the file
        ("", "never", 0),
    ],
)
def test_fail_on_and_config(article: Path, config: str, fail_on: str | None, code: int) -> None:
    (article.parent / "attrib.toml").write_text(config, encoding="utf-8")
    args = ["check", str(article), "--format", "json"]
    if fail_on:
        args += ["--fail-on", fail_on]
    got, out, _ = run(*args)
    assert got == code
    if "enabled = false" in config:
        assert "unsourced-claim" not in {rule for rule, _ in findings(out)}


def test_severity_from_config_changes_the_exit_code(article: Path) -> None:
    (article.parent / ".attrib.toml").write_text(
        '[rules.unsourced-claim]\nseverity = "info"\n', encoding="utf-8"
    )
    code, out, _ = run("check", str(article), "--format", "json")
    assert ("unsourced-claim", "info") in findings(out)
    assert code == 0


def test_explicit_config_file(article: Path, tmp_path: Path) -> None:
    (article.parent / "attrib.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    strict = tmp_path / "strict.toml"
    strict.write_text('fail-on = "info"\n[rules.unsourced-claim]\nenabled = false\n')
    code, _, _ = run("check", str(article), "--format", "json", "--config", str(strict))
    assert code == 1


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (
            "[rules.vague-sourse]\nenabled = false\n",
            "attrib.toml: rules.vague-sourse: unknown rule id",
        ),
        ("colour = 1\n", "attrib.toml: colour: unknown key"),
        ('fail-on = "sometimes"\n', "attrib.toml: fail-on: expected one of"),
    ],
)
def test_config_errors_exit_2(article: Path, config: str, message: str) -> None:
    (article.parent / "attrib.toml").write_text(config, encoding="utf-8")
    code, out, err = run("check", str(article), "--format", "json")
    assert code == 2
    assert message in err
    assert out == ""


def test_bad_fail_on_and_missing_config_exit_2(article: Path, tmp_path: Path) -> None:
    assert run("check", str(article), "--fail-on", "sometimes")[0] == 2
    code, _, err = run("check", str(article), "--config", str(tmp_path / "nope.toml"))
    assert code == 2 and "nope.toml: no such config file" in err


def test_input_errors_win_over_findings(article: Path, tmp_path: Path) -> None:
    code, out, _ = run("check", str(article), str(tmp_path / "missing.txt"), "--format", "json")
    assert code == 2
    assert len(json.loads(out)["files"]) == 2


def test_suppression_comment_is_counted_not_shown(article: Path) -> None:
    article.write_text("<!-- attrib: ignore unsourced-claim -->\n" + ARTICLE, encoding="utf-8")
    code, out, _ = run("check", str(article), "--format", "json")
    data = json.loads(out)
    assert "unsourced-claim" not in {rule for rule, _ in findings(out)}
    assert data["summary"]["suppressed"] == 1
    assert code == 0


def test_config_command_prints_effective_settings(article: Path) -> None:
    (article.parent / "attrib.toml").write_text(
        'fail-on = "warning"\n[rules.loaded-cue]\nenabled = false\n', encoding="utf-8"
    )
    code, out, _ = run("config", str(article))
    assert code == 0
    data = json.loads(out)
    assert data["config-file"] == str((article.parent / "attrib.toml").absolute())
    assert data["fail-on"] == "warning"
    assert data["rules"]["loaded-cue"] == {"enabled": False, "severity": "info"}
    assert data["rules"]["vague-source"] == {"enabled": True, "severity": "warning"}


def test_config_command_reports_errors(article: Path) -> None:
    (article.parent / "attrib.toml").write_text("[rules]\nnope = {}\n", encoding="utf-8")
    code, _, err = run("config", str(article))
    assert code == 2 and "rules.nope: unknown rule id" in err
