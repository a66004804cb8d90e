"""``--format sarif``: SARIF 2.1.0 for code-scanning tools (GitHub code scanning and others).

One run; the driver lists every rule of the registry with its help text; each finding is a
result with a 1-based region (columns counted in Unicode code points) and a partial fingerprint
built from the rule, the path and the statement's text, so it stays the same when lines above
the finding move.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import PurePath
from urllib.parse import quote

from attrib.model import FileReport, Report, Verification
from attrib.render import RuleInfo
from attrib.render.common import end_position, fingerprint, keyed_findings, normalise_path

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "attribFingerprint/v1"

# attrib severity -> SARIF level.
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A path as a SARIF artifact URI: relative paths stay relative, absolute ones get file://."""
    if os.path.isabs(path):
        return PurePath(path).as_uri()
    return quote(normalise_path(path), safe="/")


def _text(value: str) -> dict[str, str]:
    return {"text": value}


def _rule_descriptor(rule: RuleInfo) -> dict[str, object]:
    descriptor: dict[str, object] = {"id": rule.id}
    if rule.summary:
        descriptor["shortDescription"] = _text(rule.summary)
    if rule.help:
        descriptor["fullDescription"] = _text(rule.help)
        descriptor["help"] = {"text": rule.help, "markdown": rule.help}
    configuration: dict[str, object] = {"level": LEVELS.get(rule.severity, "warning")}
    if not rule.enabled:
        configuration["enabled"] = False  # switched off in the config: listed, never reported
    descriptor["defaultConfiguration"] = configuration
    return descriptor


def _descriptors(
    report: Report, rules: Mapping[str, RuleInfo]
) -> tuple[list[dict[str, object]], dict[str, int]]:
    """Rule descriptors: the registry's, then any rule a finding names that it lacks."""
    descriptors: list[dict[str, object]] = []
    index: dict[str, int] = {}
    for rule_id, rule in rules.items():
        index[rule_id] = len(descriptors)
        descriptors.append(_rule_descriptor(rule))
    for file in report.files:
        for finding in file.findings:
            if finding.rule not in index:
                index[finding.rule] = len(descriptors)
                descriptors.append({"id": finding.rule})
    return descriptors, index


def _results(file: FileReport, index: Mapping[str, int]) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    uri = artifact_uri(file.path)
    for finding, key, occurrence in keyed_findings(file):
        span = finding.span
        end_line, end_column = end_position(span, file)
        region: dict[str, object] = {
            "startLine": span.line,
            "startColumn": span.column,
            "endLine": end_line,
            "endColumn": end_column,
            "snippet": _text(span.text),
        }
        result: dict[str, object] = {
            "ruleId": finding.rule,
            "ruleIndex": index[finding.rule],
            "level": LEVELS.get(finding.severity, "warning"),
            "message": _text(finding.message),
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri},
                        "region": region,
                    }
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: fingerprint(key, occurrence)},
        }
        if finding.evidence is not None:
            related = _related(finding.evidence)
            if related:
                result["relatedLocations"] = related
        results.append(result)
    return results


def _related(evidence: Verification) -> list[dict[str, object]]:
    """The source passages behind a quote-verification finding, as SARIF related locations."""
    passages = evidence.parts or ((evidence.source,) if evidence.source is not None else ())
    who = f" ({evidence.speaker})" if evidence.speaker else ""
    return [
        {
            "id": number,
            "physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(passage.path)},
                "region": {
                    "startLine": passage.line,
                    "startColumn": passage.column,
                    "snippet": _text(passage.text),
                },
            },
            "message": _text(f"source passage{who}"),
        }
        for number, passage in enumerate(passages, 1)
    ]


def sarif_log(report: Report, rules: Mapping[str, RuleInfo]) -> dict[str, object]:
    """The report as a SARIF log object."""
    descriptors, index = _descriptors(report, rules)
    results: list[dict[str, object]] = []
    notifications: list[dict[str, object]] = []
    for file in report.files:
        if file.error is not None:
            location = {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(file.path)}}}
            notifications.append(
                {"level": "error", "message": _text(file.error), "locations": [location]}
            )
            continue
        results.extend(_results(file, index))
    invocation: dict[str, object] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    driver: dict[str, object] = {
        "name": report.tool.name,
        "version": report.tool.version,
        "rules": descriptors,
    }
    run: dict[str, object] = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


def render(report: Report, *, rules: Mapping[str, RuleInfo]) -> str:
    """The report as a SARIF 2.1.0 JSON document."""
    return json.dumps(sarif_log(report, rules), ensure_ascii=False, indent=2) + "\n"
