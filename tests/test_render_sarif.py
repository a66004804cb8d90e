"""``sarif``: valid SARIF 2.1.0, 1-based regions, fingerprints that survive moved lines."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from attrib.model import Document, FileReport, Finding, Report
from attrib.render import render
from attrib.render.sarif import artifact_uri
from tests.test_render import RULES, TOOL, TRICKY, span_of, tricky_file, tricky_report

SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)


def sarif(report: Report) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render(report, "sarif", rules=RULES))
    return data


def validate(data: dict[str, Any]) -> None:
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    validator.validate(data)


@pytest.mark.parametrize(
    "report",
    [tricky_report(), Report(TOOL, ()), Report(TOOL, (FileReport("/abs/a b.txt", error="x"),))],
    ids=["tricky", "empty", "error-only"],
)
def test_valid_against_official_schema(report: Report) -> None:
    validate(sarif(report))


def test_schema_check_can_fail() -> None:
    data = sarif(tricky_report())
    data["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


def test_driver_lists_every_rule_with_help() -> None:
    driver = sarif(tricky_report())["runs"][0]["tool"]["driver"]
    assert driver["name"] == "attrib"
    assert driver["version"] == "0.1.0"
    by_id = {rule["id"]: rule for rule in driver["rules"]}
    assert list(by_id) == ["anonymous-source", "pronoun-only", "unattributed"]
    anonymous = by_id["anonymous-source"]
    assert anonymous["shortDescription"] == {"text": "Statement attributed to an unnamed source"}
    assert anonymous["help"]["markdown"].startswith("## What it flags")
    assert anonymous["defaultConfiguration"] == {"level": "warning"}
    assert by_id["pronoun-only"]["defaultConfiguration"] == {"level": "note"}


def test_results_point_at_the_finding() -> None:
    run = sarif(tricky_report())["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["pronoun-only", "unattributed", "anonymous-source"]
    assert [r["level"] for r in results] == ["note", "error", "warning"]
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    location = results[1]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "news/tricky.txt"}
    # "[click](https://evil.example) was *safe*" on line 5 starts at column 46 and is 40 long.
    assert location["region"] == {
        "startLine": 5,
        "startColumn": 46,
        "endLine": 5,
        "endColumn": 86,
        "snippet": {"text": "[click](https://evil.example) was *safe*"},
    }
    # The two-line quote ends on line 4 after '::warning::again,"' (18 characters).
    region = results[0]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"], region["endColumn"]) == (3, 4, 19)


def test_failed_file_is_a_notification() -> None:
    invocation = sarif(tricky_report())["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["message"]["text"] == "cannot read: No such file or directory"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == (
        "missing%7Cfile.txt"
    )


def test_rule_missing_from_registry_still_gets_a_descriptor() -> None:
    data = json.loads(render(tricky_report(), "sarif"))
    run = data["runs"][0]
    ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert sorted(ids) == ["anonymous-source", "pronoun-only", "unattributed"]
    validate(data)


def fingerprints(report: Report) -> list[str]:
    return [
        r["partialFingerprints"]["attribFingerprint/v1"]
        for r in sarif(report)["runs"][0]["results"]
    ]


def test_fingerprints_survive_a_blank_line_above() -> None:
    before = Report(TOOL, (tricky_file(TRICKY),))
    after = Report(TOOL, (tricky_file("\n" + TRICKY),))
    lines_before = [r["locations"][0]["physicalLocation"]["region"]["startLine"]
                    for r in sarif(before)["runs"][0]["results"]]  # fmt: skip
    lines_after = [r["locations"][0]["physicalLocation"]["region"]["startLine"]
                   for r in sarif(after)["runs"][0]["results"]]  # fmt: skip
    assert lines_after == [line + 1 for line in lines_before]
    assert fingerprints(after) == fingerprints(before)
    assert len(set(fingerprints(before))) == 3


def test_fingerprint_changes_with_the_statement_text() -> None:
    file = tricky_file(TRICKY)
    s4 = file.statements[3]
    content = replace(s4.content, text=s4.content.text.replace("calc", "notepad"))
    statements = (*file.statements[:3], replace(s4, content=content), file.statements[4])
    before = Report(TOOL, (file,))
    edited = Report(TOOL, (replace(file, statements=statements),))
    assert fingerprints(before)[0] == fingerprints(edited)[0]
    assert fingerprints(before)[2] != fingerprints(edited)[2]


def test_identical_findings_get_distinct_fingerprints() -> None:
    doc = Document.from_text("t.txt", "He said it. He said it.\n")
    findings = tuple(
        Finding("r", "info", "m", None, span_of(doc, "He said it.", n)) for n in (0, 1)
    )
    report = Report(TOOL, (FileReport("t.txt", findings=findings, document=doc),))
    first, second = fingerprints(report)
    assert first != second


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("news/a b.md", "news/a%20b.md"),
        ("./news/a.md", "news/a.md"),
        ("/srv/news/a.md", "file:///srv/news/a.md"),
        ("ünï.txt", "%C3%BCn%C3%AF.txt"),
    ],
)
def test_artifact_uri(path: str, uri: str) -> None:
    assert artifact_uri(path) == uri
