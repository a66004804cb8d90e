"""Every output format shows the verification: table line, messages, SARIF related locations,
csv columns, jsonl fields."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from attrib.api import analyze, tool_info
from attrib.config import Settings
from attrib.model import Report
from attrib.profile import build_profile
from attrib.render import render, rule_infos
from tests.test_render_sarif import validate

TRANSCRIPT = """\
ANA RUIZ: We will never retreat from this city. The best thing we ever did was to stay.
TOM LEE: Nobody is asking anyone to leave. The council voted more money for the harbour.
"""
DRAFT = """\
Mayor Ana Ruiz was defiant. "We will never retreat from this city," Ruiz said.

"The greatest thing we ever did was to stay," Ruiz added.

"Nobody is asking anyone to leave," Ruiz said.

"We have a plan for every street in this town," Ruiz said.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    folder = tmp_path_factory.mktemp("sources")
    source = folder / "interview.txt"
    source.write_text(TRANSCRIPT, encoding="utf-8")
    profile = build_profile(Settings(sources=(str(source),)))
    file = analyze(DRAFT, profile, path="draft.txt")
    return Report(tool_info(profile), (file,))


def _source(report: Report) -> str:
    first = report.files[0].statements[0].verification
    assert first is not None and first.source is not None
    return first.source.path


def test_findings_carry_the_evidence(report: Report) -> None:
    by_rule = {f.rule: f for f in report.files[0].findings}
    assert set(by_rule) >= {"misquote", "misattributed-quote", "unverified-quote"}
    misquote = by_rule["misquote"]
    assert misquote.evidence is not None and misquote.evidence.status == "altered"
    assert misquote.message == f'quote differs from {_source(report)}:1:49: "best" -> "greatest"'
    wrong = by_rule["misattributed-quote"]
    assert wrong.message == f"{_source(report)}:2:10 gives these words to Tom Lee, not Ana Ruiz"
    assert wrong.span.text == "Nobody is asking anyone to leave,"


def test_table_has_a_line_under_each_checked_statement(report: Report) -> None:
    out = render(report, "table", rules=rule_infos(), width=400)
    source = Path(_source(report)).as_posix()
    assert f'↳\xa0{source}:1:49 altered: "best" -> "greatest" (Ana Ruiz)' in out
    assert f"↳\xa0{source}:2:10 verbatim (Tom Lee)" in out
    assert "↳\xa0not found in the sources" in out


def test_markdown_and_github_say_it_in_the_message(report: Report) -> None:
    markdown = render(report, "markdown", rules=rule_infos())
    assert "gives these words to Tom Lee, not Ana Ruiz" in markdown
    github = render(report, "github")
    assert any(
        line.startswith("::error ") and "title=misquote" in line and '"best" -> "greatest"' in line
        for line in github.splitlines()
    )


def test_sarif_related_locations_are_the_source_passages(report: Report) -> None:
    data = json.loads(render(report, "sarif", rules=rule_infos()))
    validate(data)
    results = {r["ruleId"]: r for r in data["runs"][0]["results"]}
    (related,) = results["misquote"]["relatedLocations"]
    location = related["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("interview.txt")
    assert (location["region"]["startLine"], location["region"]["startColumn"]) == (1, 49)
    assert location["region"]["snippet"]["text"] == "The best thing we ever did was to stay"
    assert related["message"]["text"] == "source passage (Ana Ruiz)"
    assert "relatedLocations" not in results["unverified-quote"]


def test_sarif_with_evidence_can_fail_the_schema(report: Report) -> None:
    import jsonschema

    data = json.loads(render(report, "sarif", rules=rule_infos()))
    result = next(r for r in data["runs"][0]["results"] if "relatedLocations" in r)
    result["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] = 0
    with pytest.raises(jsonschema.ValidationError):
        validate(data)


def test_csv_columns(report: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"), newline="")))
    assert [row["verification"] for row in rows] == [
        "verbatim", "altered", "verbatim", "not-found",
    ]  # fmt: skip
    assert rows[1]["verification_source"] == f"{_source(report)}:1:49"
    assert rows[1]["verification_speaker"] == "Ana Ruiz"
    assert rows[1]["verification_changes"] == '"best" -> "greatest"'
    assert rows[1]["verification_score"] == "0.889"


def test_jsonl_and_json_fields(report: Report) -> None:
    lines = [json.loads(line) for line in render(report, "jsonl").splitlines()]
    altered = lines[1]["verification"]
    assert list(altered) == ["status", "score", "source", "speaker", "diff", "segment", "parts"]
    assert altered["status"] == "altered" and altered["speaker"] == "Ana Ruiz"
    assert list(altered["source"]) == ["path", "start", "end", "line", "column", "text"]
    assert {"op": "replace", "draft": "greatest", "source": "best"} in altered["diff"]
    assert altered["segment"]["text"] == "The greatest thing we ever did was to stay,"
    data = json.loads(render(report, "json"))
    finding = next(f for f in data["files"][0]["findings"] if f["rule"] == "misquote")
    assert finding["evidence"]["status"] == "altered"
